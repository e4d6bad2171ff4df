import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BIN, ROOT, runCli } from '../helpers/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'edu-comms-trace-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function loadedModules(args: string[]): string[] {
  const file = join(dir, `trace-${args.join('-').replace(/[^a-z0-9-]/gi, '_')}.txt`);
  const result = spawnSync(process.execPath, ['--import', join(ROOT, 'test/helpers/trace-imports.mjs'), BIN, ...args], {
    cwd: ROOT,
    env: { ...process.env, TRACE_IMPORTS_FILE: file, NO_COLOR: '1' },
    encoding: 'utf8',
  });
  expect([0, 1]).toContain(result.status); // 1 = findings; anything else would be a crash
  return readFileSync(file, 'utf8').split('\n').filter(Boolean);
}

describe('start-up cost', () => {
  it('`--help` loads commander but neither exceljs, docx, zod nor yaml', () => {
    const modules = loadedModules(['--help']);
    expect(modules.some((m) => m.includes('/node_modules/commander/'))).toBe(true);
    for (const heavy of ['exceljs', 'docx', 'zod', 'yaml', '@inquirer']) {
      expect(modules.filter((m) => m.includes(`/node_modules/${heavy}/`))).toEqual([]);
    }
  });

  it('validating YAML files does not load exceljs or docx', () => {
    const modules = loadedModules(['validate', 'examples/submissions', '--format', 'json']);
    expect(modules.some((m) => m.includes('/node_modules/yaml/'))).toBe(true);
    expect(modules.filter((m) => /\/node_modules\/(exceljs|docx)\//.test(m))).toEqual([]);
  });
});

describe('help and version', () => {
  it('prints Vietnamese help by default and English with --lang en', () => {
    const vi = runCli(['--help']);
    expect(vi.code).toBe(0);
    expect(vi.stdout).toContain('validate');
    expect(vi.stdout).toContain('kiểm tra các tệp báo cáo');
    const en = runCli(['--lang', 'en', '--help']);
    expect(en.stdout).toContain('check submission files');
  });

  it('prints the version, the one of package.json, without loading the program', () => {
    const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
    for (const flag of ['--version', '-V']) {
      const result = runCli([flag]);
      expect(result.code).toBe(0);
      expect(result.stdout).toBe(`${version}\n`);
      expect(loadedModules([flag]).filter((m) => m.includes('/dist/') || m.includes('/node_modules/'))).toEqual([]);
    }
    // with other arguments commander answers, and says the same
    expect(runCli(['--lang', 'en', '--version']).stdout).toBe(`${version}\n`);
  });
});
