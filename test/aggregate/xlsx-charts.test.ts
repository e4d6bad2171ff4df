/**
 * summary.xlsx's "Biểu đồ" sheet: the report's charts as PNG pictures (xl/media, anchored by a drawing part of the
 * sheet), each with its data table in the cells next to it so that a clerk can make a native Excel chart; the same
 * bytes between runs. The charts are drawn by the render layer (render/charts/workbook.ts) and handed to the writer.
 */
import ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { withComparison } from '../../src/aggregate/compare.js';
import { summaryToXlsx } from '../../src/aggregate/xlsx.js';
import { SummarySchema, type Summary } from '../../src/contract/summary.js';
import { workbookCharts } from '../../src/render/charts/workbook.js';

const FIXTURE = readFileSync(new URL('../fixtures/summary-hk1.json', import.meta.url), 'utf8');
const summaryOf = (): Summary => SummarySchema.parse(JSON.parse(FIXTURE));

function compared(): Summary {
  const now = summaryOf();
  const before = summaryOf();
  before.period = { school_year: '2023-2024', term: 'HK1', start: '2023-09-05', end: '2024-01-18', deadline: '2023-12-15' };
  before.completeness = { ...before.completeness, completeness_pct: 71.5, timeliness_pct: 60 };
  return withComparison(now, [{ file: 'out/truoc/summary.json', sha256: 'x', summary: before }], { lang: 'vi' });
}

describe('summary.xlsx charts', () => {
  it('a Biểu đồ sheet with each chart as a PNG and its data next to it, byte-identical between runs', async () => {
    const summary = compared();
    const charts = await workbookCharts(summary, 'vi');
    expect(charts.map((c) => c.title)).toEqual([
      'Tỷ lệ báo cáo đạt yêu cầu và đúng hạn theo đơn vị',
      'Tỷ lệ báo cáo đạt yêu cầu và đúng hạn theo cấp học',
      'Tỷ lệ báo cáo đạt yêu cầu và đúng hạn qua các kỳ',
    ]);
    const bytes = await summaryToXlsx(summary, 'vi', charts);
    expect(Buffer.from(await summaryToXlsx(summary, 'vi', await workbookCharts(summary, 'vi'))).equals(Buffer.from(bytes))).toBe(true);

    const files = unzipSync(bytes);
    const media = Object.keys(files).filter((f) => /^xl\/media\/.*\.png$/.test(f));
    expect(media).toHaveLength(3);
    for (const f of media) expect(Buffer.from(files[f]!.subarray(0, 8)).toString('hex')).toBe('89504e470d0a1a0a');
    expect(strFromU8(files['[Content_Types].xml']!)).toContain('Extension="png"');
    const drawing = Object.keys(files).find((f) => /^xl\/drawings\/drawing\d+\.xml$/.test(f))!;
    expect((strFromU8(files[drawing]!).match(/<xdr:pic>/g) ?? []).length).toBe(3);

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
    const ws = wb.getWorksheet('Biểu đồ')!;
    expect(ws).toBeDefined();
    expect(wb.worksheets.at(-1)!.name).toBe('Biểu đồ');
    const values: Array<Array<unknown>> = [];
    ws.eachRow((row) => values.push((row.values as unknown[]).slice(1)));
    const find = (first: string) => values.find((r) => r[0] === first);
    // the by-unit chart's table: a header, then a row per unit below with completeness and timeliness
    expect(find('Đơn vị')).toEqual(['Đơn vị', 'Tỷ lệ đạt yêu cầu (%)', 'Tỷ lệ đúng hạn (%)']);
    const child = summary.by_child.find((c) => c.level === 'OFFICE')!;
    const label = child.name.replace(/^(Ủy|Uỷ) ban nhân dân\s+/u, 'UBND ');
    expect(find(label)).toEqual([label, child.completeness.completeness_pct, child.completeness.timeliness_pct]);
    // the trend's table: the compared period, then this one
    expect(find('Kỳ báo cáo')).toBeDefined();
    expect(find('học kỳ I năm học 2023-2024')).toEqual(['học kỳ I năm học 2023-2024', 71.5, 60]);
    expect(find('học kỳ I năm học 2024-2025')).toEqual(['học kỳ I năm học 2024-2025', summary.completeness.completeness_pct, summary.completeness.timeliness_pct]);
    // each picture is anchored right of its table (column E, 0-based 4), on the sheet that holds the tables
    const anchors = [...strFromU8(files[drawing]!).matchAll(/<xdr:from><xdr:col>(\d+)<\/xdr:col>/g)].map((m) => Number(m[1]));
    expect(anchors).toEqual([4, 4, 4]);
    const n = drawing.match(/drawing(\d+)\.xml$/)![1];
    expect(strFromU8(files[`xl/worksheets/sheet${wb.worksheets.length}.xml`]!)).toContain('<drawing r:id=');
    expect(strFromU8(files[`xl/worksheets/_rels/sheet${wb.worksheets.length}.xml.rels`]!)).toContain(`../drawings/drawing${n}.xml`);
  });

  it('no charts given, no chart sheet and no pictures', async () => {
    const bytes = await summaryToXlsx(summaryOf(), 'vi');
    const files = unzipSync(bytes);
    expect(Object.keys(files).some((f) => f.startsWith('xl/media/'))).toBe(false);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
    expect(wb.getWorksheet('Biểu đồ')).toBeUndefined();
  });
});
