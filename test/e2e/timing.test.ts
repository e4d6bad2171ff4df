/**
 * `validate --timing`: the time of each rule on stderr, like ESLint's TIMING=1; the report itself is the same bytes.
 * Nothing here depends on how long anything takes: only on which rows are there and how they are laid out.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { timingTable } from '../../src/cli/actions/validate.js';
import { rules } from '../../src/rules/index.js';
import { EXAMPLES, runCli } from '../helpers/cli.js';

describe('timingTable', () => {
  it('lists every rule slowest first, with its milliseconds and share, in the chosen language', () => {
    const table = timingTable(new Map([['schema', 3], ['fanpage', 1], ['outlier', 0]]), 'en');
    expect(table.split('\n')).toEqual([
      'Rule    | Time (ms) | Relative',
      '--------|-----------|---------',
      'schema  |     3.000 |    75.0%',
      'fanpage |     1.000 |    25.0%',
      'outlier |     0.000 |     0.0%',
      '',
    ]);
    expect(timingTable(new Map([['schema', 1]]), 'vi')).toContain('Quy tắc');
  });
});

describe('validate --timing', () => {
  const args = ['validate', join(EXAMPLES, 'submissions'), '--config', join(EXAMPLES, 'edu-comms.yaml'), '--term', 'HK1', '--year', '2024-2025', '--format', 'json'];

  it('prints a row for the schema and for every rule that ran, on stderr only; the report is unchanged', () => {
    const plain = runCli(args);
    const timed = runCli([...args, '--timing']);
    expect(timed.code).toBe(plain.code);
    expect(timed.stdout).toBe(plain.stdout);
    const rows = timed.stderr.trim().split('\n').slice(2).map((line) => line.split('|').map((cell) => cell.trim()));
    const ids = rows.map((r) => r[0]);
    expect(ids).toContain('schema');
    for (const id of ['channel-url', 'duplicate-submission', 'late-submission']) expect(ids).toContain(id);
    for (const id of ids) expect(id === 'schema' || rules.some((r) => r.id === id)).toBe(true);
    for (const r of rows) {
      expect(Number(r[1])).toBeGreaterThanOrEqual(0);
      expect(r[2]).toMatch(/^\d+\.\d%$/);
    }
    expect(plain.stderr).not.toContain('schema');
  });
});
