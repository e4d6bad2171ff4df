/**
 * The tool installs the way README.md and docs/huong-dan.md say: `npm pack` makes `edu-comms-<version>.tgz` holding
 * everything the program needs at run time (bin/, dist/, templates/, the sample configurations in examples/,
 * package.json), and the packed program, unpacked beside its dependencies as `npm install -g` would put it, runs
 * every stage from there. The supported Node versions are the ones the docs name.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';

const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string; engines: { node: string }; bin: Record<string, string> };
const TARBALL = `edu-comms-${pkg.version}.tgz`;

function npm(args: string[], cwd: string) {
  // npm-cli.js beside the node running the tests: no shell, the same on every platform
  const cli = join(process.execPath, '..', '..', 'lib', 'node_modules', 'npm', 'bin', 'npm-cli.js');
  const r = existsSync(cli)
    ? spawnSync(process.execPath, [cli, ...args], { cwd, encoding: 'utf8', timeout: 120_000 })
    : spawnSync('npm', args, { cwd, encoding: 'utf8', timeout: 120_000, shell: process.platform === 'win32' });
  expect(r.status, r.stderr).toBe(0);
  return r.stdout;
}

const walk = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)]));

const work = mkdtempSync(join(tmpdir(), 'edu-comms-pack-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('npm pack', () => {
  let files: string[] = [];
  let filename = '';
  beforeAll(() => {
    // --ignore-scripts: dist/ is already built (the test setup builds it); `npm pack` alone would build it first
    const [entry] = JSON.parse(npm(['pack', '--dry-run', '--json', '--ignore-scripts'], ROOT)) as Array<{ filename: string; files: Array<{ path: string }> }>;
    files = entry!.files.map((f) => f.path);
    filename = entry!.filename;
  }, 120_000);

  it(`is ${TARBALL}, the name README.md and the guide install`, () => {
    expect(filename).toBe(TARBALL);
    expect(readFileSync(join(ROOT, 'README.md'), 'utf8')).toContain(`npm install -g ./${TARBALL}`);
    expect(readFileSync(join(ROOT, 'docs', 'huong-dan.md'), 'utf8')).toContain(`npm install -g ./${TARBALL}`);
  });

  it('holds bin/, every compiled file of dist/, every wording template, the sample configurations and package.json', () => {
    const packed = new Set(files);
    const wanted = [
      'package.json',
      'README.md',
      pkg.bin['edu-comms']!.replace(/^\.\//, ''),
      ...walk(join(ROOT, 'dist')).map((f) => relative(ROOT, f).split('\\').join('/')),
      ...walk(join(ROOT, 'templates')).map((f) => relative(ROOT, f).split('\\').join('/')),
      'examples/edu-comms.yaml',
      'examples/2026-2027/edu-comms.yaml',
    ];
    expect(wanted.filter((f) => !packed.has(f))).toEqual([]);
    expect(files.filter((f) => /^(src|test|scripts|bench|node_modules|out|fuzz-findings)\//.test(f) || f.endsWith('.ts'))).toEqual([]);
  });

  it('packs a program that runs from the package: version, template and validate on the bundled sample, init --example, aggregate and render', () => {
    npm(['pack', '--ignore-scripts', '--pack-destination', work], ROOT);
    const unpacked = join(work, 'unpacked');
    mkdirSync(unpacked);
    const tar = spawnSync('tar', ['-xzf', join(work, TARBALL), '-C', unpacked], { encoding: 'utf8' });
    expect(tar.status, tar.stderr).toBe(0);
    const installed = join(unpacked, 'package');
    // the dependencies, where `npm install -g` puts them for the installed package
    symlinkSync(join(ROOT, 'node_modules'), join(installed, 'node_modules'), 'junction');
    const office = join(work, 'office');
    mkdirSync(office);
    const run = (args: string[]) => {
      const r = spawnSync(process.execPath, [join(installed, 'bin', 'edu-comms.js'), ...args], {
        cwd: office,
        encoding: 'utf8',
        env: { ...process.env, NO_COLOR: '1', EDU_COMMS_LANG: 'vi' },
        timeout: 120_000,
      });
      return { code: r.status, out: `${r.stdout}${r.stderr}` };
    };
    expect(run(['--version'])).toEqual({ code: 0, out: `${pkg.version}\n` });
    // the bundled sample configuration (examples/edu-comms.yaml) serves template and validate in an empty folder
    const form = run(['template', '--format', 'yaml', '--unit', 'TH-PHANME', '--term', 'HK1', '--year', '2024-2025', '--out', 'mau.yaml', '--date', '2024-12-20']);
    expect(form.code, form.out).toBe(0);
    expect(readFileSync(join(office, 'mau.yaml'), 'utf8')).toMatch(/^# yaml-language-server: \$schema=/);
    const submissions = join(installed, 'examples', '2026-2027', 'submissions', 'hk1-2026-2027');
    // init --example copies the starter configuration shipped in the package
    const init = run(['init', 'config', '--example', '--out', 'edu-comms.yaml']);
    expect(init.code, init.out).toBe(0);
    const checked = run(['validate', submissions, '--term', 'HK1', '--year', '2026-2027', '--date', '2026-12-20', '--quiet']);
    expect(checked.code, checked.out).toBe(0);
    const summary = run(['aggregate', '--term', 'HK1', '--year', '2026-2027', '--in', submissions, '--out', 'tong-hop', '--date', '2026-12-20']);
    expect(summary.code, summary.out).toBe(0);
    // render reads the wording templates shipped in templates/
    const letter = run(['render', '--summary', 'tong-hop', '--kind', 'letter', '--out', 'cong-van.docx', '--date', '2026-12-20']);
    expect(letter.code, letter.out).toBe(0);
    expect(readFileSync(join(office, 'cong-van.docx')).subarray(0, 2).toString()).toBe('PK');
  });
});

describe('supported Node versions', () => {
  it('package.json requires 20.19 or later, and README, the guide and docs/cli.md name 20.19+, 22 and 24', () => {
    expect(pkg.engines.node).toBe('>=20.19');
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    expect(readme).toContain('Node.js 20.19 trở lên, 22 hoặc 24');
    expect(readFileSync(join(ROOT, 'docs', 'huong-dan.md'), 'utf8')).toContain('20.19 trở\n   lên, 22 và 24');
    expect(readFileSync(join(ROOT, 'docs', 'cli.md'), 'utf8')).toContain('20.19+, 22 hoặc 24');
    // the running Node is one of them (the test suite itself runs on a supported version)
    const [major, minor] = process.versions.node.split('.').map(Number) as [number, number];
    expect(major > 20 || (major === 20 && minor >= 19)).toBe(true);
  });
});
