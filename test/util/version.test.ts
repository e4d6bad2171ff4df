import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { VERSION } from '../../src/util/version.js';
import { ROOT } from '../helpers/cli.js';

describe('VERSION', () => {
  it('is the version in package.json', () => {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
    expect(VERSION).toBe(pkg.version);
    expect(VERSION).toMatch(/^\d+\.\d+\.\d+/);
  });

  // the built tool beside a package.json of another version: --version must say that one, so no copy of the number
  // written anywhere in the code can go stale
  const dir = mkdtempSync(join(tmpdir(), 'edu-comms-version-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('is read from package.json at run time, never written into the code', () => {
    for (const folder of ['bin', 'dist']) cpSync(join(ROOT, folder), join(dir, folder), { recursive: true });
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as Record<string, unknown>;
    writeFileSync(join(dir, 'package.json'), JSON.stringify({ ...pkg, version: '97.5.3-probe' }));
    symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'junction');
    const run = spawnSync(process.execPath, [join(dir, 'bin', 'edu-comms.js'), '--version'], { cwd: dir, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    expect(run.stderr).toBe('');
    expect(run.stdout.trim()).toBe('97.5.3-probe');
    expect(run.status).toBe(0);
    // bin/ answers `--version` alone from package.json itself; with another option it is the program's VERSION (the
    // one every file's generator field carries) that answers, so a number written into src/util/version.ts fails here
    const program = spawnSync(process.execPath, [join(dir, 'bin', 'edu-comms.js'), '--lang', 'en', '--version'], { cwd: dir, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    expect(program.stderr).toBe('');
    expect(program.stdout.trim()).toBe('97.5.3-probe');
    expect(program.status).toBe(0);
  });
});
