/**
 * `aggregate --compare` through the built binary, on the 2026-2027 example: earlier summaries of HK2 and HK1
 * 2025-2026 are made from this term's summary with changed figures (a commune that fell behind, fewer portal posts,
 * a commune that did not exist), kept in out/ as an office keeps them. With no file named, aggregate finds both;
 * the changes in summary.json are checked against the two summaries; the order of --compare files changes nothing;
 * the terminal shows the changes with signs and arrows; a summary of another node is said.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SummarySchema, type Summary } from '../../src/contract/summary.js';
import { EXAMPLES, runCli } from '../helpers/cli.js';
import { strFromU8, unzipSync } from 'fflate';

/** The visible text of a DOCX body, a paragraph a line. */
function docxText(path: string): string {
  const xml = strFromU8(unzipSync(readFileSync(path))['word/document.xml']!);
  return [...xml.matchAll(/<w:p\b[\s\S]*?<\/w:p>/g)].map((p) => [...p[0].matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('')).join('\n').replace(/&amp;/g, '&');
}

const ARGS = ['aggregate', '--term', 'HK1', '--year', '2026-2027', '--in', 'submissions/hk1-2026-2027', 'excel', '--date', '2026-12-20'];
let work: string;
let now: Summary;
const readJson = (path: string): Summary => SummarySchema.parse(JSON.parse(readFileSync(join(work, path), 'utf8')));

/** An earlier summary: this term's figures, moved to `term` of 2025-2026 and changed. */
function earlier(term: 'HK1' | 'HK2', portalDelta: number): Summary {
  const s = structuredClone(now);
  s.period = term === 'HK1'
    ? { school_year: '2025-2026', term, start: '2025-09-05', end: '2026-01-18', deadline: '2025-12-15' }
    : { school_year: '2025-2026', term, start: '2026-01-19', end: '2026-05-31', deadline: '2026-05-20' };
  s.generated_at = term === 'HK1' ? '2026-01-05T01:00:00.000Z' : '2026-06-05T01:00:00.000Z';
  s.totals.activities.portal_posts += portalDelta;
  const pdp = s.by_child.find((c) => c.name.includes('Phan Đình Phùng'))!;
  pdp.completeness = { ...pdp.completeness, accepted: 3, on_time: 3, missing: 0, completeness_pct: 100, timeliness_pct: 100 };
  s.by_child.push({ ...structuredClone(pdp), code: 'XA-CU', name: 'Ủy ban nhân dân xã Cũ' });
  return s;
}

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'edu-compare-'));
  cpSync(join(EXAMPLES, '2026-2027'), work, { recursive: true });
  const first = runCli(ARGS, { cwd: work });
  expect(first.code, first.stderr).toBe(0);
  now = readJson('out/SGD-THAINGUYEN-2026-2027-HK1/summary.json');
  for (const [term, delta] of [['HK1', -12], ['HK2', 7]] as const) {
    mkdirSync(join(work, 'out', `SGD-THAINGUYEN-2025-2026-${term}`), { recursive: true });
    writeFileSync(join(work, 'out', `SGD-THAINGUYEN-2025-2026-${term}`, 'summary.json'), `${JSON.stringify(earlier(term, delta), null, 2)}\n`);
  }
}, 120_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('aggregate --compare', () => {
  it('with no file named, finds the previous term and the same term last year in out/ and compares with both', () => {
    const r = runCli([...ARGS, '--compare', '--force'], { cwd: work });
    expect(r.code, r.stderr).toBe(0);
    const s = readJson('out/SGD-THAINGUYEN-2026-2027-HK1/summary.json');
    expect(s.schema_version).toBe(2);
    const c = s.comparison!;
    expect(c.map((x) => [x.reference.file, x.reference.relation])).toEqual([
      ['out/SGD-THAINGUYEN-2025-2026-HK2/summary.json', 'previous_period'],
      ['out/SGD-THAINGUYEN-2025-2026-HK1/summary.json', 'same_period_last_year'],
    ]);
    const hk1 = readJson('out/SGD-THAINGUYEN-2025-2026-HK1/summary.json');
    expect(c[1]!.totals['activities.portal_posts']).toEqual({
      current: now.totals.activities.portal_posts,
      earlier: hk1.totals.activities.portal_posts,
      change: 12,
      relative_pct: Math.round((12 * 1000) / hk1.totals.activities.portal_posts) / 10,
    });
    const pdp = c[1]!.by_child.find((u) => u.name.includes('Phan Đình Phùng'))!;
    expect(pdp.indicators.completeness_pct).toEqual({ current: 33.3, earlier: 100, change: -66.7, relative_pct: -66.7 });
    expect(c[1]!.by_child.find((u) => u.code === 'XA-CU')!.presence).toBe('only_earlier');
    // the terminal: signs and arrows, the largest fall named, the unit found only last year
    expect(r.stdout).toContain('So với học kỳ I năm học 2025-2026 (cùng kỳ năm học trước) — out/SGD-THAINGUYEN-2025-2026-HK1/summary.json:');
    expect(r.stdout).toMatch(/Tin, bài đăng trên cổng\/trang thông tin điện tử\s+\d+ → \d+ {2}▲ \+12 \(\+[\d,]+%\)/);
    expect(r.stdout).toContain('Tỷ lệ nộp giảm nhiều nhất:');
    expect(r.stdout).toContain('Ủy ban nhân dân phường Phan Đình Phùng (');
    expect(r.stdout).toContain('100,0% → 33,3%  ▼ -66,7 điểm %');
    expect(r.stdout).toContain('Chỉ có ở kỳ trước: Ủy ban nhân dân xã Cũ (XA-CU)');

    // render narrates it: the report's comparison section and appendix, the letter's headline changes
    const summaryDir = 'out/SGD-THAINGUYEN-2026-2027-HK1';
    const report = runCli(['render', '--summary', summaryDir, '--kind', 'report', '--out', 'bc.docx', '--date', '2026-12-20'], { cwd: work });
    expect(report.code, report.stderr).toBe(0);
    const text = docxText(join(work, 'bc.docx'));
    expect(text).toContain('So với học kỳ II năm học 2025-2026 (kỳ trước), tỷ lệ đơn vị báo cáo đạt yêu cầu là 85,2%');
    expect(text).toContain('Số tin, bài đăng trên cổng/trang thông tin điện tử tăng 12 (');
    expect(text).toContain('- Ủy ban nhân dân phường Phan Đình Phùng: 33,3% (kỳ đó: 100,0%), giảm 66,7 điểm phần trăm');
    expect(text).toContain('Chỉ có ở kỳ trước');
    // …and shows it: numbered figures, each an SVG with its PNG fallback; the trend's bars are the three summaries'
    const files = unzipSync(readFileSync(join(work, 'bc.docx')));
    const svgs = Object.keys(files).filter((f) => /^word\/media\/.*\.svg$/.test(f)).map((f) => strFromU8(files[f]!));
    expect(Object.keys(files).filter((f) => /^word\/media\/.*\.png$/.test(f))).toHaveLength(svgs.length);
    expect(text).toContain('Biểu đồ 2. Tỷ lệ báo cáo đạt yêu cầu và đúng hạn theo đơn vị, học kỳ I năm học 2026-2027');
    expect(text).toMatch(/Biểu đồ 1\. Tỷ lệ báo cáo đạt yêu cầu và đúng hạn qua các kỳ/);
    const trend = svgs.find((s) => s.includes('data-label="học kỳ II năm học 2025-2026"'));
    expect(trend, 'a trend chart over the compared periods').toBeDefined();
    const hk2 = readJson('out/SGD-THAINGUYEN-2025-2026-HK2/summary.json');
    const bars = [...trend!.matchAll(/<g class="row" data-label="([^"]+)">([\s\S]*?)<\/g>/g)].map((g) => [
      g[1],
      [...g[2]!.matchAll(/data-value="([^"]*)"/g)].map((v) => Number(v[1])),
    ]);
    expect(bars).toEqual([
      ['học kỳ I năm học 2025-2026', [hk1.completeness.completeness_pct, hk1.completeness.timeliness_pct]],
      ['học kỳ II năm học 2025-2026', [hk2.completeness.completeness_pct, hk2.completeness.timeliness_pct]],
      ['học kỳ I năm học 2026-2027', [s.completeness.completeness_pct, s.completeness.timeliness_pct]],
    ]);
    const letter = runCli(['render', '--summary', summaryDir, '--kind', 'letter', '--out', 'cv.docx', '--date', '2026-12-20'], { cwd: work });
    expect(letter.code, letter.stderr).toBe(0);
    expect(docxText(join(work, 'cv.docx'))).toContain('So với học kỳ II năm học 2025-2026 (kỳ trước):');
  });

  it('named files give the same summary in any order; a summary of another node is said', () => {
    const a = 'out/SGD-THAINGUYEN-2025-2026-HK1/summary.json';
    const b = 'out/SGD-THAINGUYEN-2025-2026-HK2';
    const one = runCli([...ARGS, '--out', 'o1', '--compare', a, b], { cwd: work });
    const two = runCli([...ARGS, '--out', 'o2', '--compare', b, a], { cwd: work });
    expect(one.code, one.stderr).toBe(0);
    expect(two.code, two.stderr).toBe(0);
    expect(readFileSync(join(work, 'o1/summary.json'), 'utf8')).toBe(readFileSync(join(work, 'o2/summary.json'), 'utf8'));
    const other = structuredClone(now);
    other.node = { ...other.node, code: 'SGD-KHAC', name: 'Sở khác' };
    writeFileSync(join(work, 'khac.json'), JSON.stringify(other));
    const r = runCli([...ARGS, '--out', 'o3', '--compare', 'khac.json', '--lang', 'en'], { cwd: work });
    expect(r.code, r.stderr).toBe(0);
    // the heading names the file compared; the warning names the unit and period, as the report will
    expect(r.stdout).toMatch(/— khac\.json:/);
    expect(r.stdout).toMatch(/! The summary compared with \([^)]*\d{4}-\d{4}\) is that of Sở khác \(SGD-KHAC\), not of Sở Giáo dục và Đào tạo Thái Nguyên \(SGD-THAINGUYEN\)/);
    expect(readJson('o3/summary.json').comparison![0]!.warnings.map((w) => w.code)).toContain('other_node');
  });

  it('a missing file is a usage error (exit 2); nothing found in out/ is said, and the summary is written without comparison', () => {
    const missing = runCli([...ARGS, '--out', 'o4', '--compare', 'nowhere.json'], { cwd: work });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('nowhere.json');
    const alone = mkdtempSync(join(tmpdir(), 'edu-compare-none-'));
    try {
      cpSync(join(EXAMPLES, '2026-2027'), alone, { recursive: true });
      const r = runCli([...ARGS, '--compare'], { cwd: alone });
      expect(r.code, r.stderr).toBe(0);
      expect(r.stdout).toContain('Không tìm thấy trong out tệp tổng hợp của Sở Giáo dục và Đào tạo Thái Nguyên (SGD-THAINGUYEN) cho học kỳ II năm học 2025-2026 hoặc học kỳ I năm học 2025-2026');
      expect(JSON.parse(readFileSync(join(alone, 'out/SGD-THAINGUYEN-2026-2027-HK1/summary.json'), 'utf8'))).not.toHaveProperty('comparison');
    } finally {
      rmSync(alone, { recursive: true, force: true });
    }
  });
});
