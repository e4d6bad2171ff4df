/**
 * The start-up path loads only what it needs (issue 15, item 5): `--help` loads commander and the command line's texts
 * in the chosen language, never the whole message catalogue, the other language, a command's work, exceljs, docx…
 * Which modules a run loaded is recorded by a module-loader hook (node:module register) in the child; no timing here
 * (bench/startup.mjs measures the CPU).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { BIN, ROOT } from '../helpers/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'edu-comms-startup-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const hooks = `import { appendFileSync } from 'node:fs';
export async function load(url, context, next) {
  if (url.startsWith('file:')) appendFileSync(process.env.EDU_COMMS_TEST_LOADED, url + '\\n');
  return next(url, context);
}`;
const register = `import { register } from 'node:module'; register(${JSON.stringify(`data:text/javascript,${encodeURIComponent(hooks)}`)});`;

let runs = 0;
/** The files (relative to the project, `/` separated) a run of the binary loaded, and its stdout. */
function loaded(args: readonly string[]): { files: string[]; stdout: string; code: number | null } {
  const log = join(dir, `loaded-${runs++}.txt`);
  const r = spawnSync(process.execPath, ['--import', `data:text/javascript,${encodeURIComponent(register)}`, BIN, ...args], {
    encoding: 'utf8',
    env: { ...process.env, EDU_COMMS_TEST_LOADED: log, EDU_COMMS_LANG: '' },
  });
  const files = readFileSync(log, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((url) => relative(ROOT, fileURLToPath(url)).split('\\').join('/'));
  return { files: [...new Set(files)].sort(), stdout: r.stdout, code: r.status };
}

describe('start-up loads only what it needs', () => {
  it('`--help` loads commander and the Vietnamese texts of the command line, nothing else', () => {
    const run = loaded(['--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Cách dùng: edu-comms');
    expect(run.stdout).toContain('validate [options] <paths...>');
    const ours = run.files.filter((f) => !f.startsWith('node_modules/'));
    expect(ours).toEqual(['bin/edu-comms.js', 'dist/cli/commander-i18n.js', 'dist/cli/main.js', 'dist/i18n/help.js', 'dist/i18n/help/vi.js', 'dist/i18n/lang.js', 'dist/util/errors.js', 'dist/util/version.js']);
    const packages = new Set(run.files.filter((f) => f.startsWith('node_modules/')).map((f) => f.split('/')[1]));
    expect([...packages]).toEqual(['commander']);
  });

  it('`--lang en --help` loads the English texts and not the Vietnamese ones', () => {
    const run = loaded(['--lang', 'en', '--help']);
    expect(run.stdout).toContain('Usage: edu-comms');
    expect(run.files).toContain('dist/i18n/help/en.js');
    expect(run.files).not.toContain('dist/i18n/help/vi.js');
    expect(run.files).not.toContain('dist/i18n/messages.js');
  });

  it("a command's --help defines that command only, and loads none of its work", () => {
    const run = loaded(['validate', '--help']);
    expect(run.stdout).toContain('--format <format>');
    expect(run.files.filter((f) => f.startsWith('dist/cli/commands/'))).toEqual(['dist/cli/commands/validate.js']);
    expect(run.files.some((f) => f.startsWith('dist/cli/actions/') || f.startsWith('dist/validate/'))).toBe(false);
    expect(run.files).not.toContain('dist/i18n/messages.js');
  });

  it('`--version` is answered by the binary alone', () => {
    const run = loaded(['--version']);
    expect(run.stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
    expect(run.files).toEqual(['bin/edu-comms.js']);
  });
});

describe("the program's list of commands", () => {
  it('prints the same help with stubs as with every command defined in full, in both languages', async () => {
    const { buildProgram } = await import('../../src/cli/main.js');
    for (const lang of ['vi', 'en'] as const) {
      const full = await buildProgram(lang);
      const stubs = await buildProgram(lang, ['node', 'edu-comms', '--help']);
      expect(stubs.helpInformation()).toBe(full.helpInformation());
      expect(stubs.commands.map((c) => c.name())).toEqual(full.commands.map((c) => c.name()));
    }
  });
});
