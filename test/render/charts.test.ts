/**
 * The report's charts: their SVG read as data (bars with their values, labels with Vietnamese letters, the sort, the
 * node's line), the figures in the DOCX (an SVG and its PNG each, numbered captions "Biểu đồ 1. …"), none with
 * charts off, the same bytes on every render, and LibreOffice opening the document with its images.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { withComparison } from '../../src/aggregate/compare.js';
import type { Summary } from '../../src/contract/summary.js';
import { buildChart, type ChartStrings } from '../../src/render/charts/build.js';
import { fitLabel } from '../../src/render/charts/svg.js';
import { documentText, fixtureSummary, renderKind } from './helpers.js';

const WORDS: ChartStrings = { completeness: 'Tỷ lệ báo cáo đạt yêu cầu', timeliness: 'Tỷ lệ báo cáo đúng hạn', overall: 'Tỷ lệ chung', other_units: 'Các đơn vị trực thuộc khác' };

const bars = (svg: string) =>
  [...svg.matchAll(/<rect class="bar" data-series="([^"]*)" data-value="([^"]*)"/g)].map((m) => ({ series: m[1], value: m[2] === '' ? null : Number(m[2]) }));
const rows = (svg: string) => [...svg.matchAll(/<g class="row" data-label="([^"]*)"/g)].map((m) => m[1]);

function compared(): Summary {
  const now = fixtureSummary();
  const before = fixtureSummary();
  before.period = { school_year: '2023-2024', term: 'HK1', start: '2023-09-05', end: '2024-01-18', deadline: '2023-12-15' };
  before.completeness = { ...before.completeness, completeness_pct: 80, timeliness_pct: 70 };
  return withComparison(now, [{ file: 'truoc.json', sha256: 'x', summary: before }], { lang: 'vi' });
}

describe('chart SVG', () => {
  it('completeness by child unit: two bars a row with their values, sorted, the node’s rate as a line', () => {
    const s = fixtureSummary();
    const built = buildChart('completeness_by_unit', s, WORDS)!;
    const svg = built.chart.svg;
    const offices = s.by_child.filter((c) => c.level === 'OFFICE' || c.completeness.expected > 1);
    const singles = s.by_child.filter((c) => !(c.level === 'OFFICE' || c.completeness.expected > 1));
    expect(rows(svg)).toHaveLength(offices.length + 1);
    expect(rows(svg)).toContain(`Các đơn vị trực thuộc khác (${singles.length})`);
    for (const o of offices) expect(rows(svg)).toContain(o.name);
    const values = bars(svg);
    expect(values).toHaveLength(2 * rows(svg).length);
    const completeness = values.filter((b) => b.series === WORDS.completeness).map((b) => b.value!);
    expect(completeness).toEqual([...completeness].sort((a, b) => b - a));
    for (const o of offices) {
      const i = rows(svg).indexOf(o.name);
      expect(values[2 * i]!.value).toBe(o.completeness.completeness_pct);
      expect(values[2 * i + 1]!.value).toBe(o.completeness.timeliness_pct);
    }
    expect(svg).toContain(`<line class="reference" data-value="${s.completeness.completeness_pct}"`);
    expect(svg).toContain('>Tỷ lệ báo cáo đạt yêu cầu</text>');
    expect(svg).toMatch(/>\d+,\d%<\/text>/);
    expect(svg).toContain("font-family=\"'Times New Roman'");
  });

  it('levels: a row per level; trend: the compared periods then this one, only with a comparison', () => {
    const s = compared();
    const levels = buildChart('levels', s, WORDS)!;
    expect(rows(levels.chart.svg)).toEqual(expect.arrayContaining(['Mầm non', 'Tiểu học', 'Trung học cơ sở']));
    expect(rows(levels.chart.svg)).toHaveLength(s.by_level.length);
    const trend = buildChart('trend', s, WORDS)!;
    expect(rows(trend.chart.svg)).toEqual(['học kỳ I năm học 2023-2024', 'học kỳ I năm học 2024-2025']);
    expect(bars(trend.chart.svg).map((b) => b.value)).toEqual([80, 70, s.completeness.completeness_pct, s.completeness.timeliness_pct]);
    expect(buildChart('trend', fixtureSummary(), WORDS)).toBeNull();
  });

  it('a long committee name reads as “UBND …” and a label never runs out of its column', () => {
    const s = fixtureSummary();
    const [first, second] = s.by_child.filter((c) => c.level === 'OFFICE' || c.completeness.expected > 1);
    first!.name = 'Ủy ban nhân dân phường Phan Đình Phùng';
    second!.name = 'Ủy ban nhân dân xã Trường Sơn Tây Nguyên Bắc Trung Bộ Duyên Hải Nam Trung Bộ';
    const svg = buildChart('completeness_by_unit', s, WORDS)!.chart.svg;
    const shown = [...svg.matchAll(/<text x="([\d.]+)" y="[\d.]+" text-anchor="end">([^<]*)<\/text>/g)].map((m) => ({ x: Number(m[1]), text: m[2]! }));
    expect(shown.map((l) => l.text)).toContain('UBND phường Phan Đình Phùng');
    const cut = shown.find((l) => l.text.startsWith('UBND xã Trường Sơn'))!;
    expect(cut.text.endsWith('…')).toBe(true);
    // the cut label, at a wide estimate of Times' letters, fits between the left edge and the bars
    expect(fitLabel(cut.text, cut.x - 2, 11)).toBe(cut.text);
    expect(rows(svg)).toContain('UBND xã Trường Sơn Tây Nguyên Bắc Trung Bộ Duyên Hải Nam Trung Bộ');
  });

  it('fitLabel keeps what fits and cuts the rest with “…”', () => {
    expect(fitLabel('xã Bình Yên', 178, 11)).toBe('xã Bình Yên');
    const long = 'Trường Trung học phổ thông Dân tộc nội trú tỉnh Thái Nguyên';
    const cut = fitLabel(long, 178, 11);
    expect(cut.endsWith('…')).toBe(true);
    expect(long.startsWith(cut.slice(0, -1))).toBe(true);
    expect(fitLabel(cut, 178, 11)).toBe(cut);
  });

  it('is the same text for the same summary', () => {
    expect(buildChart('completeness_by_unit', compared(), WORDS)!.chart.svg).toBe(buildChart('completeness_by_unit', compared(), WORDS)!.chart.svg);
  });
});

describe('charts in the report', () => {
  it('holds each chart as SVG with a PNG fallback, as numbered figures, the same bytes every time', async () => {
    const summary = compared();
    const first = await renderKind('report', { summary });
    const media = Object.keys(first.parts).filter((k) => k.startsWith('word/media/')).sort();
    expect(media.filter((m) => m.endsWith('.svg'))).toHaveLength(3);
    expect(media.filter((m) => m.endsWith('.png'))).toHaveLength(3);
    for (const m of media.filter((x) => x.endsWith('.png'))) expect(first.parts[m]!.slice(1, 4)).toBe('PNG');
    const xml = first.parts['word/document.xml']!;
    expect(xml).toContain('<asvg:svgBlip');
    const text = documentText(xml);
    const captions = text.split('\n').filter((l) => l.startsWith('Biểu đồ '));
    expect(captions).toEqual([
      'Biểu đồ 1. Tỷ lệ báo cáo đạt yêu cầu và đúng hạn qua các kỳ',
      'Biểu đồ 2. Tỷ lệ báo cáo đạt yêu cầu và đúng hạn theo đơn vị, học kỳ I năm học 2024-2025',
      'Biểu đồ 3. Tỷ lệ báo cáo đạt yêu cầu và đúng hạn theo cấp học, học kỳ I năm học 2024-2025',
    ]);
    const again = await renderKind('report', { summary: compared() });
    expect(Buffer.from(again.bytes).equals(Buffer.from(first.bytes))).toBe(true);
  });

  it('has no figure without a comparison for the trend, and none at all with charts off', async () => {
    const plain = await renderKind('report');
    expect(documentText(plain.parts['word/document.xml']!)).not.toContain('qua các kỳ');
    expect(Object.keys(plain.parts).filter((k) => k.endsWith('.svg'))).toHaveLength(2);
    const off = await renderKind('report', { summary: compared(), charts: false });
    expect(Object.keys(off.parts).filter((k) => k.startsWith('word/media/'))).toEqual([]);
    expect(documentText(off.parts['word/document.xml']!)).not.toContain('Biểu đồ');
  });

  it('opens in LibreOffice with its figures', async () => {
    const { bytes } = await renderKind('report', { summary: compared() });
    const work = mkdtempSync(join(tmpdir(), 'edu-comms-charts-'));
    writeFileSync(join(work, 'bc.docx'), bytes);
    const profile = pathToFileURL(join(work, 'profile')).href;
    execFileSync('soffice', ['--headless', '--norestore', `-env:UserInstallation=${profile}`, '--convert-to', 'pdf', '--outdir', work, join(work, 'bc.docx')], { stdio: 'ignore' });
    const images = execFileSync('pdfimages', ['-list', join(work, 'bc.pdf')], { encoding: 'utf8' }).trim().split('\n').slice(2);
    expect(images.length).toBeGreaterThanOrEqual(3);
    expect(execFileSync('pdftotext', [join(work, 'bc.pdf'), '-'], { encoding: 'utf8' }).replace(/\s+/g, '')).toContain('Biểuđồ1.');
  }, 120_000);
});
