/** First-week friction (issue 9, items 11, 14, 15), through the built binary as a clerk runs it. */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, EXAMPLES, runCli } from '../helpers/cli.js';

const office = () => {
  const dir = mkdtempSync(join(tmpdir(), 'edu-first-week-'));
  copyFileSync(join(EXAMPLES, '2026-2027', 'edu-comms.yaml'), join(dir, 'edu-comms.yaml'));
  return dir;
};

describe('check-config', () => {
  it('says a clean configuration is valid (exit 0)', () => {
    const r = runCli(['check-config'], { cwd: office() });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('edu-comms.yaml: cấu hình hợp lệ (34 đơn vị');
  });

  it('reports authority, calendar and roster problems in one pass, located, exit 1', () => {
    const dir = office();
    const file = join(dir, 'edu-comms.yaml');
    const text = readFileSync(file, 'utf8')
      .replace('deadline: 2026-12-15}', 'deadline: 2026-15-40}')
      .replace('  symbol: SGDĐT\n', '')
      .replace('code: MN-CHOCHU', 'code: XA-DINHHOA');
    writeFileSync(file, text);
    const r = runCli(['check-config'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/edu-comms\.yaml:\d+:\d+ .*authority\.symbol/);
    expect(r.stderr).toMatch(/edu-comms\.yaml:\d+:\d+ .*2026-15-40/);
    expect(r.stderr).toMatch(/edu-comms\.yaml:\d+:\d+ Mã đơn vị XA-DINHHOA xuất hiện hơn một lần/);
  });

  it('reports the documents section with the others, in the same pass', () => {
    const dir = office();
    const file = join(dir, 'edu-comms.yaml');
    const text = readFileSync(file, 'utf8')
      .replace('authority: KT., on_behalf_of: GIÁM ĐỐC, title: PHÓ GIÁM ĐỐC', 'authority: KY THAY, on_behalf_of: GIÁM ĐỐC, title: PHÓ GIÁM ĐỐC')
      .replace('new_deadline: 2026-12-28', 'new_deadline: 28/12/2026')
      .replace('deadline: 2026-12-15}', 'deadline: 2026-15-40}');
    writeFileSync(file, text);
    const r = runCli(['check-config'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/edu-comms\.yaml:\d+:\d+ .*KY THAY/);
    expect(r.stderr).toMatch(/edu-comms\.yaml:\d+:\d+ .*28\/12\/2026/);
    expect(r.stderr).toMatch(/edu-comms\.yaml:\d+:\d+ .*2026-15-40/);
  });

  it('never checks the bundled sample: no edu-comms.yaml is a usage error (exit 2)', () => {
    const r = runCli(['check-config'], { cwd: mkdtempSync(join(tmpdir(), 'edu-empty-')) });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('edu-comms init');
  });
});

describe('schema --of config', () => {
  it('prints the JSON Schema of edu-comms.yaml', () => {
    const r = runCli(['schema', '--of', 'config']);
    expect(r.code).toBe(0);
    const schema = JSON.parse(r.stdout) as { $id: string; properties: Record<string, unknown> };
    expect(schema.$id).toContain('config');
    expect(Object.keys(schema.properties)).toEqual(expect.arrayContaining(['authority', 'calendar', 'units', 'documents']));
  });
});

describe('render --summary with a file that is not a summary', () => {
  it('names the file and what was expected, never "phiên bản undefined"', () => {
    const dir = office();
    const r = runCli(['render', '--summary', 'edu-comms.yaml', '--kind', 'report', '--out', 'x.docx', '--date', '2026-12-20'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).not.toContain('undefined');
    expect(r.stderr).toContain('edu-comms.yaml là tệp cấu hình');
    expect(r.stderr).toContain('summary.json');
  });
});

describe('Node version', () => {
  it('an older Node gets a Vietnamese message and exit 2, before anything is loaded', () => {
    const fake = 'data:text/javascript,Object.defineProperty(process,"versions",{value:{...process.versions,node:"18.20.4"}})';
    const r = spawnSync(process.execPath, ['--import', fake, BIN, '--version'], { encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('edu-comms cần Node.js 20.19 trở lên');
    expect(r.stderr).toContain('18.20.4');
    expect(r.stdout).toBe('');
  });
});
