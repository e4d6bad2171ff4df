/**
 * Both cores (issue #15): the per-file half of a run in worker threads gives the same bytes as one thread, for
 * `validate --format json` and for aggregate's summary files, on a set of a few hundred files generated once, with
 * every kind of trouble (syntax and schema errors, duplicates, byte-identical copies, Excel forms, a zip of reports, a
 * file of another kind). Through the built binary (`EDU_COMMS_THREADS` forces one thread or a pool), and the pool
 * itself from dist/: results in input order, progress counted, a broken worker an error and never a hang.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { strToU8, zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type * as Pool from '../../src/validate/pool.js';
import type * as Load from '../../src/config/load.js';
import { EXAMPLES, ROOT, runCli } from '../helpers/cli.js';

const SCHOOLS = 200;
/** Each of these tests runs the binary on all the files a few times: room for a loaded 2-core machine. */
const SLOW = 240_000;
const CLEAN = readFileSync(join(EXAMPLES, 'submissions/hk1-2024-2025/pgd-dinhhoa/th-binhyen.yaml'), 'utf8');
const HK1 = ['--term', 'HK1', '--year', '2024-2025'];
let dir = '';
/** `validate --format json` in one thread: the reference. */
let reference: ReturnType<typeof runCli>;

/** A province office's folder: reports of 300 schools (a few broken, a few twice, a few copied), forms, a zip. */
function generate(): string {
  const root = mkdtempSync(join(tmpdir(), 'edu-comms-threads-'));
  const units = ['  - {code: SGD-T, name: Sở GD&ĐT, level: OFFICE}', '  - {code: PGD-T, name: Phòng GD&ĐT, level: OFFICE, parent: SGD-T}'];
  mkdirSync(join(root, 'in', 'a'), { recursive: true });
  const zipped: Record<string, Uint8Array> = {};
  for (let i = 0; i < SCHOOLS; i++) {
    const code = `TH-${String(i).padStart(4, '0')}`;
    units.push(`  - {code: ${code}, name: Trường Tiểu học số ${i}, level: TH, parent: PGD-T}`);
    let text = CLEAN.replace('code: TH-BINHYEN', `code: ${code}`)
      .replace('parent: PGD-DINHHOA', 'parent: PGD-T')
      .replace(/portal_posts: \d+/, `portal_posts: ${i % 50}`)
      .replace(/^reported_at: .*$/m, `reported_at: ${i % 10 === 3 ? '2024-12-20' : '2024-12-10'}`);
    if (i % 37 === 5) text = text.replace(`code: ${code}`, 'code: TH-0001'); // a second report of one school
    if (i % 41 === 3) text = text.replace(/^period:/m, 'period: ['); // a syntax error
    if (i % 43 === 8) text = text.replace(/portal_posts: \d+/, 'portal_posts: nhiều'); // a schema error
    if (i % 29 === 11) {
      zipped[`${code}.yaml`] = strToU8(text);
      continue;
    }
    writeFileSync(join(root, 'in', 'a', `${code}.yaml`), text);
    if (i % 53 === 1) writeFileSync(join(root, 'in', 'a', `${code}-ban-sao.yaml`), text); // a byte-identical copy
  }
  writeFileSync(join(root, 'in', 'dinh-kem.zip'), zipSync(zipped, { mtime: new Date('2024-12-01T00:00:00Z') }));
  for (const f of readdirSync(join(EXAMPLES, 'broken'))) copyFileSync(join(EXAMPLES, 'broken', f), join(root, 'in', f));
  for (const f of readdirSync(join(EXAMPLES, 'excel'))) copyFileSync(join(EXAMPLES, 'excel', f), join(root, 'in', f));
  writeFileSync(join(root, 'in', 'ghi-chu.txt'), 'không phải báo cáo\n');
  const config = readFileSync(join(EXAMPLES, 'edu-comms.yaml'), 'utf8').replace(/^units:[\s\S]*$/m, `units:\n${units.join('\n')}\n`);
  writeFileSync(join(root, 'edu-comms.yaml'), config);
  return root;
}

const threads = (n: number) => ({ cwd: dir, env: { EDU_COMMS_THREADS: String(n), SOURCE_DATE_EPOCH: '1736064000' } });

beforeAll(() => {
  dir = generate();
  reference = runCli(['validate', 'in', ...HK1, '--format', 'json'], threads(1));
}, SLOW);
afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('worker threads change no byte of the output', () => {
  it('validate --format json: one thread and two workers', () => {
    const one = reference;
    expect(one.code).toBe(1);
    const report = JSON.parse(one.stdout) as { files: { findings: { rule: string }[] }[]; summary: { files: number; rejected: number } };
    expect(report.summary.files).toBeGreaterThan(SCHOOLS);
    const rules = new Set(report.files.flatMap((f) => f.findings.map((x) => x.rule)));
    for (const rule of ['syntax', 'schema', 'duplicate-submission', 'duplicate-copy', 'late-submission']) expect(rules).toContain(rule);
    const pooled = runCli(['validate', 'in', ...HK1, '--format', 'json'], threads(2));
    expect({ code: pooled.code, stderr: pooled.stderr }).toEqual({ code: one.code, stderr: one.stderr });
    expect(pooled.stdout === one.stdout).toBe(true);
  }, SLOW);

  it('aggregate: summary.json, summary.yaml and summary.xlsx', () => {
    const outputs = [1, 2].map((n) => {
      const out = `out/t${n}`;
      const run = runCli(['aggregate', ...HK1, '--unit', 'SGD-T', '--in', 'in', '--out', out, '--date', '2024-12-31'], threads(n));
      expect(run.code, run.stderr).toBeLessThanOrEqual(1);
      return { code: run.code, files: ['summary.json', 'summary.yaml', 'summary.xlsx'].map((f) => readFileSync(join(dir, out, f))) };
    });
    expect(outputs[0]!.files[0]!.length).toBeGreaterThan(1000);
    expect(outputs[1]!.code).toBe(outputs[0]!.code);
    outputs[0]!.files.forEach((bytes, i) => expect(Buffer.compare(bytes, outputs[1]!.files[i]!)).toBe(0));
  }, SLOW);

  it('validate --timing adds up the workers\' times: every rule that ran has its row', () => {
    const timed = runCli(['validate', 'in', ...HK1, '--format', 'json', '--timing'], threads(2));
    expect(timed.stdout === reference.stdout).toBe(true);
    const ids = timed.stderr.trim().split('\n').slice(2).map((line) => line.split('|')[0]!.trim());
    for (const id of ['schema', 'channel-url', 'duplicate-submission', 'late-submission']) expect(ids).toContain(id);
  }, SLOW);
});

describe('the pool (from dist/)', () => {
  const load = async () => {
    const pool = (await import(pathToFileURL(join(ROOT, 'dist/validate/pool.js')).href)) as typeof Pool;
    const { loadConfig } = (await import(pathToFileURL(join(ROOT, 'dist/config/load.js')).href)) as typeof Load;
    const loaded = await loadConfig({ config: join(dir, 'edu-comms.yaml'), lang: 'vi' });
    const setup: Pool.WorkerSetup = {
      config: loaded.config,
      roster: { units: loaded.roster.units, schoolYear: loaded.roster.schoolYear, versions: loaded.roster.versions },
      target: null,
      lang: 'vi',
      keepSubmissions: false,
      timing: false,
    };
    const inputs = readdirSync(join(dir, 'in', 'a'))
      .sort()
      .slice(0, 60)
      .map((f) => ({ path: join(dir, 'in', 'a', f), file: `in/a/${f}` }));
    return { pool, setup, inputs };
  };

  it('hands the results on in input order and counts every file', async () => {
    const { pool, setup, inputs } = await load();
    const seen: string[] = [];
    const progress: number[] = [];
    await pool.checkInWorkers(inputs, setup, 3, (c) => seen.push(c.file), (done, total) => {
      expect(total).toBe(inputs.length);
      progress.push(done);
    });
    expect(seen).toEqual(inputs.map((i) => i.file));
    expect(progress).toEqual(inputs.map((_, i) => i + 1));
  });

  it('a worker that cannot start fails the run with its error instead of waiting for it', async () => {
    const { pool, setup, inputs } = await load();
    const broken = { ...setup, config: { ...setup.config, rules: undefined } } as unknown as Pool.WorkerSetup;
    await expect(pool.checkInWorkers(inputs, broken, 2, () => {})).rejects.toThrow();
  });

  it('an error in what the main thread does with a result ends the run too, and every worker stops', async () => {
    const { pool, setup, inputs } = await load();
    await expect(
      pool.checkInWorkers(inputs, setup, 2, () => {
        throw new Error('consume failed');
      }),
    ).rejects.toThrow('consume failed');
  });
});
