/**
 * Shared by the fault tests of the built binary (kill.test.ts, disk.test.ts, out-paths.test.ts, commands.test.ts):
 * the aggregate run they fault, the checks of an output folder (one complete generation, nothing left behind), and a
 * first generation built once per test file and copied for each test (one run of the binary instead of one a test).
 */
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect } from 'vitest';
import { EXAMPLES, runCli } from '../helpers/cli.js';

export const CONFIG = join(EXAMPLES, 'edu-comms.yaml');
export const INPUT = join(EXAMPLES, 'submissions', 'hk1-2024-2025', 'truc-thuoc-so');
/** Read-only even for root. */
export const READ_ONLY = '/sys/edu-comms-test';

export const aggregateArgs = (out: string, date: string) => [
  'aggregate', '--config', CONFIG, '--term', 'HK1', '--year', '2024-2025', '--in', INPUT, '--out', out, '--date', date, '--format', 'json',
];

const sha = (path: string) => `sha256:${createHash('sha256').update(readFileSync(path)).digest('hex')}`;

/** The date of the generation in `out`, after checking that the three files are one generation (or null if none). */
export function generation(out: string): string | null {
  if (!existsSync(out)) return null;
  const manifest = JSON.parse(readFileSync(join(out, '.edu-comms-outputs.json'), 'utf8')).files as Record<string, string>;
  for (const f of ['summary.json', 'summary.yaml', 'summary.xlsx']) expect(sha(join(out, f)), f).toBe(manifest[f]);
  const json = JSON.parse(readFileSync(join(out, 'summary.json'), 'utf8')).generated_at as string;
  expect(readFileSync(join(out, 'summary.yaml'), 'utf8')).toContain(`generated_at: ${json}`);
  return json.slice(0, 10);
}

/** Temporaries and locks a write left behind, in `dir` and below. */
export function leftovers(dir: string): string[] {
  const found: string[] = [];
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      if ((e.name.includes('.edu-comms-') && e.name !== '.edu-comms-outputs.json') || e.name === '.edu-comms.lock' || e.name.endsWith('.tmp')) found.push(join(d, e.name));
      if (e.isDirectory()) walk(join(d, e.name));
    }
  };
  walk(dir);
  return found;
}

/**
 * A scratch folder for the test file, and `place()` for a fresh folder per test. `aggregated(to)` puts a copy of the
 * 2025-01-05 generation of the aggregate output at `to` (built by the binary once, in beforeAll).
 */
export function workspace(prefix: string) {
  let work = '';
  let n = 0;
  beforeAll(() => {
    work = mkdtempSync(join(tmpdir(), `edu-comms-${prefix}-`));
    const first = runCli(aggregateArgs(join(work, 'first'), '2025-01-05'));
    expect(first.code, first.stderr).toBe(0);
    expect(generation(join(work, 'first'))).toBe('2025-01-05');
  });
  afterAll(() => rmSync(work, { recursive: true, force: true }));
  return {
    place(): string {
      const dir = join(work, `case-${++n}`);
      mkdirSync(dir);
      return dir;
    },
    aggregated(to: string): string {
      cpSync(join(work, 'first'), to, { recursive: true });
      return to;
    },
  };
}
