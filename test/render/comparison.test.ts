/**
 * The documents narrate a comparison (aggregate --compare): the report's section "So sánh với các kỳ trước" says what
 * rose and fell in words ("tăng … so với học kỳ I năm học 2023-2024"), names the child units whose completeness fell
 * most, says every warning, and its comparison appendix has a row per child with the change columns; the covering
 * letter gives the headline changes. Checked in the DOCX XML; the changes are checked against the two summaries.
 */
import { describe, expect, it } from 'vitest';
import { withComparison } from '../../src/aggregate/compare.js';
import type { Summary } from '../../src/contract/summary.js';
import { changeWords } from '../../src/render/comparison.js';
import { documentText, fixtureSummary, renderKind } from './helpers.js';

const WORDS = { up: 'tăng', down: 'giảm', same: 'không thay đổi', points: 'điểm phần trăm', no_data: '–' } as const;

function compared(): { now: Summary; before: Summary; summary: Summary } {
  const now = fixtureSummary();
  const before = fixtureSummary();
  before.period = { school_year: '2023-2024', term: 'HK1', start: '2023-09-05', end: '2024-01-18', deadline: '2023-12-15' };
  before.totals.activities.portal_posts = now.totals.activities.portal_posts - 40;
  before.totals.incidents.total = now.totals.incidents.total + 2;
  before.completeness = { ...before.completeness, accepted: before.completeness.expected, completeness_pct: 100 };
  // the first office had every school reporting last year
  const first = before.by_child[0]!;
  first.completeness = { ...first.completeness, completeness_pct: 100 };
  const summary = withComparison(now, [{ file: 'out/truoc/summary.json', sha256: 'x', summary: before }], { lang: 'vi' });
  return { now, before, summary };
}

describe('the report with a comparison', () => {
  it('says what rose and fell, names the largest falls, and has the comparison appendix', async () => {
    const { now, before, summary } = compared();
    const { parts } = await renderKind('report', { summary });
    const text = documentText(parts['word/document.xml']!);
    expect(text).toContain('7. So sánh với các kỳ trước');
    const drop = Math.round((100 - now.completeness.completeness_pct!) * 10) / 10;
    expect(text).toContain(
      `So với học kỳ I năm học 2023-2024 (cùng kỳ năm học trước), tỷ lệ đơn vị báo cáo đạt yêu cầu là ${now.completeness.completeness_pct!.toFixed(1).replace('.', ',')}% (kỳ đó: 100,0%), giảm ${drop.toFixed(1).replace('.', ',')} điểm phần trăm`,
    );
    const rel = ((40 * 100) / before.totals.activities.portal_posts).toFixed(1).replace('.', ',');
    expect(text).toContain(`Số tin, bài đăng trên cổng/trang thông tin điện tử tăng 40 (${rel}%)`);
    expect(text).toContain('số sự cố truyền thông giảm 2 (');
    expect(text).toContain('Các đơn vị có tỷ lệ báo cáo đạt yêu cầu giảm nhiều nhất so với học kỳ I năm học 2023-2024:');
    const first = now.by_child[0]!;
    if (first.completeness.completeness_pct! < 100) expect(text).toMatch(new RegExp(`- ${first.name}: [\\d,]+% \\(kỳ đó: 100,0%\\), giảm [\\d,]+ điểm phần trăm`));
    expect(text).toMatch(/Kết quả so sánh theo từng đơn vị: xem Phụ lục II\./);
    expect(text).toContain('SO SÁNH KẾT QUẢ CỦA CÁC ĐƠN VỊ HỌC KỲ I NĂM HỌC 2024-2025 VỚI HỌC KỲ I NĂM HỌC 2023-2024');
    // the appendix: its header and a row per child with the change columns
    for (const h of ['Tỷ lệ báo cáo đạt yêu cầu', 'Kỳ này', 'Kỳ trước', 'Tăng, giảm', 'Ghi chú']) expect(text).toContain(h);
    for (const c of now.by_child) expect(text).toContain(c.name);
  });

  it('says a comparison of unlike things in italics', async () => {
    const now = fixtureSummary();
    const other = fixtureSummary();
    other.node = { ...other.node, code: 'SGD-KHAC', name: 'Sở khác' };
    other.period = { school_year: '2023-2024', term: 'CN', start: '2023-09-05', end: '2024-05-31', deadline: null };
    const summary = withComparison(now, [{ file: 'khac.json', sha256: 'y', summary: other }], { lang: 'vi' });
    const { parts } = await renderKind('report', { summary });
    const xml = parts['word/document.xml']!;
    const text = documentText(xml);
    expect(text).toContain('Lưu ý: Bản tổng hợp đem so sánh (năm học 2023-2024) là của Sở khác (SGD-KHAC), không phải của Sở Giáo dục và Đào tạo Thái Nguyên (SGD-THAINGUYEN)');
    // an official document names units and periods, never a file of the office's computer
    expect(text).not.toContain('khac.json');
    expect(text).toContain('Lưu ý: So sánh học kỳ I năm học 2024-2025 với năm học 2023-2024: hai kỳ báo cáo khác loại');
  });

  it('without a comparison the report has no such section or appendix', async () => {
    const { parts } = await renderKind('report');
    const text = documentText(parts['word/document.xml']!);
    expect(text).not.toContain('So sánh với các kỳ trước');
    expect(text).not.toContain('Tăng, giảm');
  });
});

describe('the covering letter with a comparison', () => {
  it('gives completeness and the two counts that changed most', async () => {
    const { summary } = compared();
    const { parts } = await renderKind('letter', { summary });
    const text = documentText(parts['word/document.xml']!);
    expect(text).toContain('So với học kỳ I năm học 2023-2024 (cùng kỳ năm học trước):');
    expect(text).toMatch(/- Tỷ lệ đơn vị báo cáo đạt yêu cầu là [\d,]+% \(kỳ đó: 100,0%\), giảm [\d,]+ điểm phần trăm;/);
    expect(text).toMatch(/- Số sự cố truyền thông là \d+ \(kỳ đó: \d+\), giảm 2 \([\d,]+%\)/);
    expect(text).toMatch(/- Số tin, bài đăng trên cổng\/trang thông tin điện tử là [\d.]+ \(kỳ đó: [\d.]+\), tăng 40 \([\d,]+%\)/);
  });
});

describe('changeWords', () => {
  const words = { ...WORDS, relation: { previous_period: '', same_period_last_year: '', other: '' }, presence: { only_current: '', only_earlier: '' }, indicators: {} as never };
  it('writes a change as Vietnamese do', () => {
    expect(changeWords({ current: 1234, earlier: 1000, change: 234, relative_pct: 23.4 }, false, words)).toBe('tăng 234 (23,4%)');
    expect(changeWords({ current: 80, earlier: 86.7, change: -6.7, relative_pct: -7.7 }, true, words)).toBe('giảm 6,7 điểm phần trăm');
    expect(changeWords({ current: 5, earlier: 5, change: 0, relative_pct: 0 }, false, words)).toBe('không thay đổi');
    expect(changeWords({ current: 5, earlier: 0, change: 5, relative_pct: null }, false, words)).toBe('tăng 5');
    expect(changeWords({ current: null, earlier: 5, change: null, relative_pct: null }, false, words)).toBe('–');
    expect(changeWords({ current: 2500, earlier: 1000, change: 1500, relative_pct: 150 }, false, words)).toBe('tăng 1.500 (150,0%)');
  });
});
