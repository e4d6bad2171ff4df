/**
 * A week in a real office (issue "never a wrong official document"): the built binary run the way a clerk does, in
 * folders laid out as a clerk lays them out. Each `describe` is one case a clerk met; each fails on the behaviour it
 * replaces.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXAMPLES, runCli } from '../helpers/cli.js';

const POST = join(EXAMPLES, '2026-2027');
const HK1 = ['--term', 'HK1', '--year', '2026-2027'];
const DATE = ['--date', '2026-12-20'];

let root: string;
beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'edu-comms-office-'));
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** A fresh folder under the test's root. */
function folder(name: string): string {
  const dir = join(root, name);
  mkdirSync(dir, { recursive: true });
  return dir;
}

describe('1. no edu-comms.yaml: aggregate and render never work from the bundled sample', () => {
  it('aggregate in a new office folder stops (exit 2), writes nothing, and says how to create or point at a config', () => {
    const office = folder('no-config/office');
    cpSync(join(POST, 'submissions', 'hk1-2026-2027', 'xa-binhyen'), join(root, 'no-config', 'truong'), { recursive: true });
    const r = runCli(['aggregate', ...HK1, '--in', '../truong', ...DATE], { cwd: office });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Không có edu-comms.yaml');
    expect(r.stderr).toContain('edu-comms init');
    expect(r.stderr).toContain('--config');
    expect(r.stderr).not.toContain('Thái Nguyên');
    expect(r.stdout).toBe('');
    expect(readdirSync(office)).toEqual([]);
  });

  it('render beside a summary but without a config stops (exit 2) and writes no document', () => {
    const office = folder('no-config/render');
    // a summary made properly, with the office's config given by --config
    const made = runCli(['aggregate', '--config', join(POST, 'edu-comms.yaml'), ...HK1, '--unit', 'XA-BINHYEN', '--in', join(POST, 'submissions', 'hk1-2026-2027', 'xa-binhyen'), '--out', 'tong-hop', ...DATE], { cwd: office });
    expect(made.code).toBe(0);
    for (const kind of ['report', 'letter', 'reminder']) {
      const r = runCli(['render', '--summary', 'tong-hop', '--kind', kind, '--out', `${kind}.docx`, ...DATE, '--lang', 'en'], { cwd: office });
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('No edu-comms.yaml');
      expect(r.stderr).toContain('edu-comms init');
      expect(r.stderr).toContain('--config');
    }
    expect(readdirSync(office)).toEqual(['tong-hop']);
  });

  it('with --config, or an edu-comms.yaml in the folder, both work; validate may still use the sample', () => {
    const office = folder('no-config/own');
    cpSync(join(POST, 'edu-comms.yaml'), join(office, 'edu-comms.yaml'));
    const schools = join(POST, 'submissions', 'hk1-2026-2027', 'xa-binhyen');
    expect(runCli(['aggregate', ...HK1, '--unit', 'XA-BINHYEN', '--in', schools, '--out', 'tong-hop', ...DATE], { cwd: office }).code).toBe(0);
    expect(runCli(['render', '--summary', 'tong-hop', '--out', 'bao-cao.docx', ...DATE], { cwd: office }).code).toBe(0);
    expect(existsSync(join(office, 'bao-cao.docx'))).toBe(true);
    const empty = folder('no-config/validate');
    writeFileSync(join(empty, 'placeholder.txt'), '');
    const v = runCli(['validate', join(EXAMPLES, 'submissions', 'hk1-2024-2025', 'pgd-dinhhoa'), '--term', 'HK1', '--year', '2024-2025', '--date', '2025-01-05'], { cwd: empty });
    expect(v.code).toBe(0);
    expect(v.stderr).toContain('cấu hình mẫu');
  });
});
