/**
 * One configuration over the years (examples/edu-comms.qua-cac-nam.yaml), through the built binary: the pre-reform
 * 2024-2025 term and the post-reform 2026-2027 term are validated and aggregated with their own rosters (valid_from,
 * valid_until, replaces); a 2026-2027 report from a district office that ended in 2025 is told its successors. Each
 * year's roster is the very roster of that year's own example (the summary's roster hash says so).
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { EXAMPLES, runCli, runJson } from '../helpers/cli.js';

const HISTORY = ['--config', join(EXAMPLES, 'edu-comms.qua-cac-nam.yaml')];
const Y2024 = ['--term', 'HK1', '--year', '2024-2025', '--date', '2025-01-05'];
const Y2026 = ['--term', 'HK1', '--year', '2026-2027', '--date', '2026-12-20'];
const PRE = [join(EXAMPLES, 'submissions', 'hk1-2024-2025'), join(EXAMPLES, 'excel')];
const POST = [join(EXAMPLES, '2026-2027', 'submissions', 'hk1-2026-2027'), join(EXAMPLES, '2026-2027', 'excel')];
const out = mkdtempSync(join(tmpdir(), 'edu-comms-history-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

interface Summary {
  roster: { school_year: string; units: number; sha256: string };
  by_child: { code: string }[];
  completeness: { expected: number; accepted: number };
}
const summaryOf = (dir: string): Summary => JSON.parse(readFileSync(join(dir, 'summary.json'), 'utf8')) as Summary;
const aggregate = (config: string[], period: string[], inputs: string[], dir: string) => {
  const r = runCli(['aggregate', ...config, ...period, '--in', ...inputs, '--out', join(out, dir)]);
  expect(r.code, r.stderr).toBe(0);
  return summaryOf(join(out, dir));
};

describe('one configuration for the pre-reform and the post-reform terms', () => {
  it('check-config accepts it, with the calendars of 2024-2025 to 2027-2028', () => {
    const r = runCli(['check-config', ...HISTORY]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('2024-2025, 2025-2026, 2026-2027, 2027-2028');
    expect(r.stdout).toContain('năm học 2024-2025: 27 đơn vị; năm học 2025-2026: 34 đơn vị; năm học 2026-2027: 34 đơn vị; năm học 2027-2028: 34 đơn vị');
  });

  it('validates each term’s clean reports against that year’s roster', () => {
    for (const [period, inputs] of [[Y2024, PRE], [Y2026, POST]] as const) {
      const { code, json } = runJson(['validate', ...inputs, ...HISTORY, ...period, '--format', 'json']);
      expect(code, JSON.stringify(json.summary)).toBe(0);
      expect(json.summary.rejected).toBe(0);
      expect(json.summary.files).toBeGreaterThan(20);
    }
  });

  it('2024-2025 is summed over the district offices, 2026-2027 over the communes and wards, each roster recorded', () => {
    const before = aggregate(HISTORY, Y2024, PRE, 'pre');
    expect(before.by_child.map((c) => c.code)).toEqual(expect.arrayContaining(['PGD-DINHHOA', 'PGD-PHULUONG', 'THPT-DINHHOA']));
    expect(before.by_child.map((c) => c.code).some((c) => c.startsWith('XA-'))).toBe(false);
    expect(before.roster).toMatchObject({ school_year: '2024-2025', units: 27 });
    const after = aggregate(HISTORY, Y2026, POST, 'post');
    expect(after.by_child.map((c) => c.code)).toEqual(expect.arrayContaining(['XA-DINHHOA', 'PHUONG-PHANDINHPHUNG', 'THPT-CHUYENBACKAN']));
    expect(after.by_child.map((c) => c.code).some((c) => c.startsWith('PGD-'))).toBe(false);
    expect(after.roster).toMatchObject({ school_year: '2026-2027', units: 34 });
    expect(after.completeness).toMatchObject({ expected: 27, accepted: 23 });
  });

  it('each year’s roster is that year’s own example: the same summary roster hash with either configuration', () => {
    const single2024 = aggregate(['--config', join(EXAMPLES, 'edu-comms.yaml')], Y2024, PRE, 'pre-single');
    const single2026 = aggregate(['--config', join(EXAMPLES, '2026-2027', 'edu-comms.yaml')], Y2026, POST, 'post-single');
    expect(summaryOf(join(out, 'pre')).roster.sha256).toBe(single2024.roster.sha256);
    expect(summaryOf(join(out, 'post')).roster.sha256).toBe(single2026.roster.sha256);
    expect(single2024.roster.sha256).not.toBe(single2026.roster.sha256);
  });

  it('a 2026-2027 report from a district office that ended in 2025 gets unit-in-force naming its successors', () => {
    const clean = readFileSync(join(EXAMPLES, '2026-2027', 'submissions', 'hk1-2026-2027', 'xa-dinhhoa', 'th-chochu.yaml'), 'utf8');
    const office = clean.replace(/unit:\n {2}code: TH-CHOCHU\n {2}name: [^\n]*\n {2}level: TH\n {2}parent: XA-DINHHOA\n/, 'unit:\n  code: PGD-DINHHOA\n  name: Phòng Giáo dục và Đào tạo huyện Định Hóa\n  level: OFFICE\n');
    expect(office).toContain('code: PGD-DINHHOA');
    const file = join(out, 'pgd-dinhhoa-2026.yaml');
    writeFileSync(file, office);
    const { code, json } = runJson(['validate', file, ...HISTORY, ...Y2026, '--format', 'json']);
    expect(code).toBe(1);
    const findings = json.files[0].findings as { rule: string; message: string; hint: string; line: number }[];
    expect(findings.map((f) => f.rule)).not.toContain('unit-known');
    const ended = findings.find((f) => f.rule === 'unit-in-force')!;
    expect(ended.line).toBe(office.split('\n').findIndex((l) => l.includes('code: PGD-DINHHOA')) + 1);
    expect(ended.message).toBe(
      'Đơn vị PGD-DINHHOA (Phòng Giáo dục và Đào tạo huyện Định Hóa) chỉ có trong danh sách đến năm học 2024-2025; năm học 2026-2027 đơn vị này không còn, đơn vị thay thế: XA-DINHHOA (Ủy ban nhân dân xã Định Hóa), XA-BINHYEN (Ủy ban nhân dân xã Bình Yên), XA-TRUNGHOI (Ủy ban nhân dân xã Trung Hội).',
    );
    // without --year, the file's own school year (2026-2027) picks the roster: the same finding
    const pre = runJson(['validate', file, ...HISTORY, '--format', 'json']);
    expect(pre.json.files[0].findings.map((f: { rule: string }) => f.rule)).toContain('unit-in-force');
    const en = runJson(['validate', file, ...HISTORY, ...Y2026, '--format', 'json', '--lang', 'en']);
    expect(en.json.files[0].findings.find((f: { rule: string }) => f.rule === 'unit-in-force').message).toContain('replaced by: XA-DINHHOA');
  });

  it('aggregate for the district office in 2026-2027 stops (exit 2) and names the communes that replace it', () => {
    const r = runCli(['aggregate', ...HISTORY, ...Y2026, '--unit', 'PGD-DINHHOA', '--in', ...POST, '--out', join(out, 'pgd')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('XA-DINHHOA, XA-BINHYEN, XA-TRUNGHOI');
  });

  it('a merged school of 2024-2025 is lined up with the school it merged into', () => {
    const clean = readFileSync(join(EXAMPLES, '2026-2027', 'submissions', 'hk1-2026-2027', 'xa-phuluong', 'thcs-dongdat.yaml'), 'utf8');
    const merged = clean.replace(/code: THCS-DONGDAT\n {2}name: [^\n]*\n/, 'code: THCS-GIANGTIEN\n  name: Trường THCS Giang Tiên\n');
    const file = join(out, 'thcs-giangtien-2026.yaml');
    writeFileSync(file, merged);
    const { json } = runJson(['validate', file, ...HISTORY, ...Y2026, '--format', 'json']);
    expect(json.files[0].findings.find((f: { rule: string }) => f.rule === 'unit-in-force').message).toContain('đơn vị thay thế: THCS-DONGDAT (Trường THCS Động Đạt)');
  });
});
