/**
 * The result cache (`--cache`): a run with it reports exactly what a run without it reports, cold or warm; an entry is
 * used only while the file's bytes and name and the run's settings (configuration, roster, target, language, tool
 * version) are the same; a damaged or foreign entry is ignored and rewritten.
 *
 * To see whether an entry was used, the tests mark every entry (a finding no check would make, under the entry's own
 * valid key): a file whose result shows the mark came from the cache, one without it was checked again.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { jsonChunks } from '../../src/cli/actions/validate.js';
import { loadConfig, type LoadedConfig } from '../../src/config/load.js';
import type { ValidationReport } from '../../src/contract/findings.js';
import { validatePaths, type ValidateEnv } from '../../src/validate/run.js';
import { EXAMPLES, runCli } from '../helpers/cli.js';

const MARK = 'cache-test-mark';
let work: string;
let input: string;
let loaded: LoadedConfig;

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'edu-comms-cache-'));
  input = join(work, 'in');
  cpSync(join(EXAMPLES, 'submissions'), join(input, 'yaml'), { recursive: true });
  cpSync(join(EXAMPLES, 'excel'), join(input, 'excel'), { recursive: true });
  cpSync(join(EXAMPLES, 'broken'), join(input, 'broken'), { recursive: true });
  loaded = await loadConfig({ config: join(EXAMPLES, 'edu-comms.yaml'), lang: 'vi' });
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

const text = (report: ValidationReport) => [...jsonChunks(report)].join('');
const run = (cacheDir: string | undefined, change: Partial<ValidateEnv> = {}) =>
  validatePaths([input], { loaded, target: null, lang: 'vi', keepSubmissions: false, ...(cacheDir ? { cacheDir } : {}), ...change });

function entries(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? entries(path) : [path];
  });
}

/** Add the mark to every entry, keeping its key: what is read from the cache from now on shows it. */
function mark(dir: string): void {
  for (const path of entries(dir)) {
    const entry = JSON.parse(readFileSync(path, 'utf8'));
    for (const checked of entry.checked) checked.findings.push({ ...checked.findings[0], rule: MARK, severity: 'info', message: MARK, hint: null });
    writeFileSync(path, JSON.stringify(entry));
  }
}

/** Files whose result came from the cache. */
const fromCache = (report: ValidationReport) => report.files.filter((f) => f.findings.some((x) => x.rule === MARK)).map((f) => f.file);

/** A cache filled by a cold run, every entry marked. */
async function markedCache(): Promise<string> {
  const dir = mkdtempSync(join(work, 'cache-'));
  await run(dir);
  mark(dir);
  return dir;
}

describe('validate --cache', () => {
  it('reports the same bytes without a cache, with a cold one and with a warm one, and the warm run reads it', async () => {
    const dir = mkdtempSync(join(work, 'cache-'));
    const plain = await run(undefined);
    expect(plain.files.length).toBeGreaterThan(10);
    expect(plain.files.some((f) => f.status === 'rejected')).toBe(true);
    expect(plain.files.some((f) => f.format === 'xlsx')).toBe(true);
    const cold = await run(dir);
    expect(entries(dir).length).toBeGreaterThan(0);
    const warm = await run(dir);
    expect(text(cold)).toBe(text(plain));
    expect(text(warm)).toBe(text(plain));
    mark(dir);
    // every submission file was served from the cache (only entries of unreadable files are never written)
    expect(fromCache(await run(dir)).length).toBe(plain.files.length);
  });

  it('through the built binary, in worker threads, --cache cold and warm prints what one thread without it prints', () => {
    const threads = (n: number) => ({ cwd: work, env: { EDU_COMMS_THREADS: String(n) } });
    const args = ['validate', 'in', '--format', 'json', '--config', join(EXAMPLES, 'edu-comms.yaml')];
    const reference = runCli(args, threads(1));
    expect(reference.stdout.length).toBeGreaterThan(1000);
    for (const run of [runCli([...args, '--cache'], threads(2)), runCli([...args, '--cache'], threads(2)), runCli([...args, '--cache', 'other'], threads(1))]) {
      expect(run.stdout).toBe(reference.stdout);
      expect(run.code).toBe(reference.code);
    }
    // `--cache` alone keeps it in out/.cache
    expect(entries(join(work, 'out', '.cache')).length).toBeGreaterThan(0);
    expect(entries(join(work, 'other')).length).toBeGreaterThan(0);
  });

  it('keeps what aggregate needs: the same digests with and without the cache', async () => {
    const dir = mkdtempSync(join(work, 'cache-'));
    const plain = await run(undefined, { keepSubmissions: 'digest' });
    await run(dir, { keepSubmissions: 'digest' });
    const warm = await run(dir, { keepSubmissions: 'digest' });
    expect(warm.files.filter((f) => f.submission !== null).length).toBeGreaterThan(0);
    expect(warm).toEqual(plain);
  });

  it('checks a changed file again, and only that one', async () => {
    const dir = await markedCache();
    const file = join(input, 'yaml', readdirSync(join(input, 'yaml'))[0]!);
    const changed = statSync(file).isDirectory() ? entries(file).find((p) => p.endsWith('.yaml'))! : file;
    const before = readFileSync(changed, 'utf8');
    try {
      writeFileSync(changed, `${before}\n# sửa lại\n`);
      const report = await run(dir);
      const all = report.files.map((f) => f.file);
      const cached = fromCache(report);
      expect(all.length - cached.length).toBe(1);
      expect(all.filter((f) => !cached.includes(f))[0]).toMatch(new RegExp(`${changed.split(/[\\/]/).pop()!.replace('.', '\\.')}$`));
    } finally {
      writeFileSync(changed, before);
    }
  });

  it('checks every file again when the configuration, the roster, the target period or the language changes', async () => {
    const dir = await markedCache();
    expect(fromCache(await run(dir)).length).toBeGreaterThan(0);
    const config = { ...loaded.config, rules: { ...loaded.config.rules, severity: { ...loaded.config.rules.severity, 'leading-zero': 'off' as const } } };
    const roster = { ...loaded.roster, units: loaded.roster.units.slice(0, -1) } as typeof loaded.roster;
    for (const change of [
      { loaded: { ...loaded, config } },
      { loaded: { ...loaded, roster } },
      { target: { kind: 'term', term: 'HK1', school_year: '2024-2025' } },
      { lang: 'en' as const },
    ] as Partial<ValidateEnv>[]) {
      expect(fromCache(await run(dir, change))).toEqual([]);
    }
    // and the entries of the first settings are still there for them
    expect(fromCache(await run(dir)).length).toBeGreaterThan(0);
  });

  it('checks every file again under another version of the tool', async () => {
    const dir = await markedCache();
    vi.resetModules();
    vi.doMock('../../src/util/version.js', () => ({ VERSION: '999.0.0' }));
    try {
      const other = await import('../../src/validate/run.js');
      const report = await other.validatePaths([input], { loaded, target: null, lang: 'vi', keepSubmissions: false, cacheDir: dir });
      expect(report.files.length).toBeGreaterThan(0);
      expect(fromCache(report)).toEqual([]);
    } finally {
      vi.doUnmock('../../src/util/version.js');
      vi.resetModules();
    }
  });

  it('ignores a damaged or a foreign entry, gives the right answer and rewrites it', async () => {
    const dir = mkdtempSync(join(work, 'cache-'));
    const plain = await run(undefined);
    await run(dir);
    const paths = entries(dir);
    expect(paths.length).toBeGreaterThan(2);
    const [damaged, foreign, donor] = paths as [string, string, string];
    writeFileSync(damaged, readFileSync(damaged, 'utf8').slice(0, 100));
    // another file's entry under this one's name: its key says whose it is
    writeFileSync(foreign, readFileSync(donor));
    writeFileSync(join(dir, 'not-an-entry.txt'), 'x');
    expect(text(await run(dir))).toBe(text(plain));
    expect(() => JSON.parse(readFileSync(damaged, 'utf8'))).not.toThrow();
    expect(JSON.parse(readFileSync(foreign, 'utf8')).key).not.toEqual(JSON.parse(readFileSync(donor, 'utf8')).key);
    expect(entries(dir).filter((p) => p.endsWith('.tmp'))).toEqual([]);
  });
});
