/**
 * Findings to a file: `validate -o FILE` (format by extension or --format), `--quiet` (errors only), and the CSV of
 * all findings — on the built binary, checked against the JSON report of the same run.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, describe, expect, it } from 'vitest';
import { findingsCsv } from '../../src/validate/findings-csv.js';
import type { ValidationReport } from '../../src/contract/findings.js';
import { EXAMPLES, runCli, runJson } from '../helpers/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'edu-comms-findings-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const ARGS = ['validate', join(EXAMPLES, 'broken'), '--config', join(EXAMPLES, 'edu-comms.yaml'), '--term', 'HK1', '--year', '2024-2025'];
type Report = { files: { file: string; findings: { severity: string; rule: string; message: string }[] }[]; summary: { errors: number; warnings: number; infos: number } };

describe('validate -o, --quiet, CSV', () => {
  const full = runJson<Report>([...ARGS, '--format', 'json']);
  const all = full.json.files.flatMap((f) => f.findings.map((x) => ({ file: f.file, ...x })));

  it('writes the CSV of every finding (by the extension), one line each, with the exit code of the run', () => {
    const r = runCli([...ARGS, '-o', join(dir, 'loi.csv')]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('loi.csv');
    const text = readFileSync(join(dir, 'loi.csv'), 'utf8');
    expect(text.startsWith('\uFEFFTệp,Mã đơn vị,Kết quả,Mức độ,Quy tắc,Vị trí')).toBe(true);
    const rows = parse(text, { bom: true }) as string[][];
    expect(rows.length - 1).toBe(all.length);
    expect(rows.slice(1).map((r) => [r[0], r[4], r[7]])).toEqual(all.map((f) => [f.file, f.rule, f.message]));
  });

  it('writes JSON by the extension, and --format wins over the extension', () => {
    expect(runCli([...ARGS, '-o', join(dir, 'kq.json')]).code).toBe(1);
    expect(JSON.parse(readFileSync(join(dir, 'kq.json'), 'utf8'))).toEqual(full.json);
    expect(runCli([...ARGS, '-o', join(dir, 'kq.txt'), '--format', 'csv']).code).toBe(1);
    expect((parse(readFileSync(join(dir, 'kq.txt'), 'utf8'), { bom: true }) as string[][]).length - 1).toBe(all.length);
  });

  it('--quiet lists errors only, keeps the real totals, and does not change the exit code', () => {
    const quiet = runJson<Report>([...ARGS, '--format', 'json', '--quiet']);
    expect(quiet.code).toBe(full.code);
    expect(quiet.json.summary).toEqual(full.json.summary);
    const errors = all.filter((f) => f.severity === 'error');
    expect(errors.length).toBeGreaterThan(0);
    expect(errors.length).toBeLessThan(all.length);
    expect(quiet.json.files.flatMap((f) => f.findings.map((x) => x.message))).toEqual(errors.map((f) => f.message));
    const pretty = runCli([...ARGS, '--quiet']);
    expect(pretty.stdout).not.toMatch(/cảnh báo {2}|thông tin {2}/);
    expect(pretty.stdout).toContain('lỗi');
  });

  it('a text report on file has no colour codes', () => {
    runCli([...ARGS, '-o', join(dir, 'kq2.txt')], { env: { FORCE_COLOR: '1', NO_COLOR: undefined } });
    expect(readFileSync(join(dir, 'kq2.txt'), 'utf8')).not.toContain('\u001b[');
  });
});

describe('findingsCsv', () => {
  it('writes a value Excel would run as a formula as text', () => {
    const report: ValidationReport = {
      files: [
        {
          file: 'x.yaml',
          format: 'yaml',
          unit: '=HYPERLINK("http://x")',
          period: null,
          periodRef: null,
          status: 'rejected',
          submission: null,
          sha256: '',
          findings: [{ rule: 'schema', severity: 'error', file: 'x.yaml', path: 'a', line: 1, column: 1, cell: null, message: '+1 sai', hint: '-2' }],
        },
      ],
      summary: { files: 1, accepted: 0, rejected: 1, errors: 1, warnings: 0, infos: 0 },
    };
    const rows = parse(findingsCsv(report, 'en'), { bom: true }) as string[][];
    expect(rows[0]).toEqual(['File', 'Unit', 'Status', 'Severity', 'Rule', 'Location', 'Field', 'Message', 'How to fix']);
    expect(rows[1]).toEqual(['x.yaml', `'=HYPERLINK("http://x")`, 'rejected', 'error', 'schema', '1:1', 'a', "'+1 sai", "'-2"]);
  });
});
