/**
 * The summary on disk (JSON and YAML: the same document; broken child summaries refused with a line) and the Excel
 * tables (the sheets a clerk pastes into an appendix; byte-identical whatever the wall clock says).
 */
import ExcelJS from 'exceljs';
import { parse as parseYamlText } from 'yaml';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { aggregate, AggregateInputError } from '../../src/aggregate/aggregate.js';
import { parseSummary, summaryToJson, summaryToYaml } from '../../src/aggregate/summary-file.js';
import { looksLikeSummaryText as looksLikeSummary } from '../../src/contract/summary.js';
import { renderTerminal } from '../../src/aggregate/terminal.js';
import { summaryToXlsx } from '../../src/aggregate/xlsx.js';
import { unzipSync } from 'fflate';
import { resolvePeriod } from '../../src/contract/period.js';
import type { Summary } from '../../src/contract/summary.js';
import type { FileResult } from '../../src/contract/findings.js';
import { cleanSubmission, testConfig, testRoster } from '../fixtures/submission.js';

function sampleSummary(lang: 'vi' | 'en' = 'vi'): Summary {
  const late = cleanSubmission();
  late.unit = { code: 'TH-BINHYEN', name: 'Trường TH Bình Yên', level: 'TH', parent: 'PGD-DINHHOA' };
  late.reported_at = '2024-12-20';
  const file: FileResult = {
    file: 'in/th.yaml', format: 'yaml', unit: 'TH-BINHYEN', period: late.period,
    periodRef: { kind: 'term', school_year: '2024-2025', term: 'HK1' }, status: 'accepted', findings: [], submission: late, sha256: 'abc',
  };
  return aggregate({
    roster: testRoster,
    node: 'SGD-TEST',
    target: resolvePeriod({ kind: 'term', school_year: '2024-2025', term: 'HK1' }, testConfig.calendar),
    parts: [],
    files: [file],
    summaries: [],
    rules: { preset: 'recommended', severity: { 'fanpage-connected': 'error' } },
    generatedAt: '2025-01-05T01:00:00.000Z',
    generator: 'edu-comms test',
    lang,
  }).summary;
}

describe('summary.json and summary.yaml', () => {
  const summary = sampleSummary();

  it('hold the same document, which parses back to the summary', () => {
    expect(JSON.parse(summaryToJson(summary))).toEqual(parseYamlText(summaryToYaml(summary)));
    expect(parseSummary(Buffer.from(summaryToYaml(summary)), { file: 's.yaml', lang: 'vi' })).toEqual(summary);
    expect(parseSummary(Buffer.from(summaryToJson(summary)), { file: 's.json', lang: 'vi' })).toEqual(summary);
  });

  it('are told apart from submissions by their kind', () => {
    expect(looksLikeSummary(summaryToJson(summary))).toBe(true);
    expect(looksLikeSummary(summaryToYaml(summary))).toBe(true);
    expect(looksLikeSummary('schema_version: 1\nunit:\n  code: TH-A\n')).toBe(false);
    expect(looksLikeSummary('assessment:\n  strengths: "kind: edu-comms-summary"\n')).toBe(false);
  });

  it('a hand-broken summary is refused with the file and line of the bad field', () => {
    const yaml = summaryToYaml(summary);
    const lines = yaml.split('\n');
    const at = lines.findIndex((l) => l.trim() === 'expected: 3') + 1;
    const broken = yaml.replace('  expected: 3\n', '  expected: -3\n');
    let error: unknown;
    try {
      parseSummary(Buffer.from(broken), { file: 'pgd/summary.yaml', lang: 'vi' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(AggregateInputError);
    expect((error as AggregateInputError).details.join('\n')).toContain(`pgd/summary.yaml:${at}: `);
    expect((error as AggregateInputError).details.join('\n')).toContain('completeness.expected');
  });

  it('a summary of another version, or not a summary at all, is refused', () => {
    expect(() => parseSummary(Buffer.from(JSON.stringify({ ...summary, schema_version: 3 })), { file: 's.json', lang: 'en' })).toThrow(/version 3/);
    expect(() => parseSummary(Buffer.from('kind: edu-comms-summary\nschema_version: 1\n'), { file: 's.yaml', lang: 'en' })).toThrow(AggregateInputError);
    expect(() => parseSummary(Buffer.from('{ "kind": "edu-comms-summary", '), { file: 's.json', lang: 'en' })).toThrow(AggregateInputError);
  });

  it('records the rule settings used, sorted', () => {
    expect(summary.rules).toEqual({ preset: 'recommended', severity: { 'fanpage-connected': 'error' } });
  });
});

describe('summary.xlsx', () => {
  afterEach(() => vi.useRealTimers());

  it('has the appendix tables, with every unit row and the late list', async () => {
    const summary = sampleSummary();
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(await summaryToXlsx(summary, 'vi')) as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((w) => w.name)).toEqual([
      'Tổng hợp', 'Theo đơn vị', 'Theo cấp học', 'Danh sách đơn vị', 'Chưa nộp, muộn', 'Sự cố', 'Gương điển hình', 'Khen thưởng', 'Đánh giá',
    ]);
    const units = workbook.getWorksheet('Danh sách đơn vị')!;
    const codes: string[] = [];
    units.eachRow((row) => {
      const code = row.getCell(2).value;
      if (typeof code === 'string' && testRoster.byCode.has(code)) codes.push(code);
    });
    expect(codes).toEqual(summary.units.map((u) => u.code));
    const lists = workbook.getWorksheet('Chưa nộp, muộn')!;
    const texts: string[] = [];
    lists.eachRow((row) => row.eachCell((cell) => texts.push(String(cell.value))));
    expect(texts).toContain('20/12/2024');
    expect(texts).toContain('Trường TH Bình Yên');
    expect(units.pageSetup.paperSize).toBe(9);
    expect(units.pageSetup.orientation).toBe('landscape');
  });

  it('is formatted for printing: widths, merged titles, bold grey header rows repeated on every page, percentages', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(await summaryToXlsx(sampleSummary(), 'vi')) as unknown as ArrayBuffer);
    const byChild = workbook.getWorksheet('Theo đơn vị')!;
    expect(byChild.getColumn(2).width).toBe(32);
    expect(byChild.getCell(1, 1).font?.size).toBe(14);
    expect(byChild.getCell(1, 1).font?.bold).toBe(true);
    expect(byChild.getCell(1, 1).font?.name).toBe('Times New Roman');
    expect(byChild.getCell(1, 3).isMerged).toBe(true);
    const header = byChild.getCell(5, 2);
    expect(header.value).toBe('Đơn vị');
    expect(header.font?.bold).toBe(true);
    expect((header.fill as { fgColor?: { argb?: string } } | undefined)?.fgColor?.argb).toBe('FFE7E6E6');
    expect(header.border?.top?.style).toBe('thin');
    expect(byChild.pageSetup.printTitlesRow).toBe('5:5');
    expect(byChild.pageSetup.fitToWidth).toBe(1);
    const pct = byChild.getCell(6, 9);
    expect(typeof pct.value).toBe('number');
    expect(pct.numFmt).toBe('0.0');
    expect(byChild.headerFooter.oddFooter).toBe('&C&P / &N');
  });

  it('is byte-identical whatever the time of the run', async () => {
    const summary = sampleSummary();
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2030-06-01T10:11:12Z'));
    const first = await summaryToXlsx(summary, 'vi');
    vi.setSystemTime(new Date('2031-02-03T04:05:06Z'));
    const second = await summaryToXlsx(summary, 'vi');
    expect(Buffer.from(second).equals(Buffer.from(first))).toBe(true);
  });

  it('speaks English with --lang en', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(await summaryToXlsx(sampleSummary('en'), 'en')) as unknown as ArrayBuffer);
    expect(workbook.worksheets[0]!.name).toBe('Summary');
  });
});

describe('summary.xlsx as a zip', () => {
  it('stamps every entry with the summary’s instant (generated_at, UTC fields), [Content_Types].xml first', async () => {
    const summary = sampleSummary();
    const bytes = await summaryToXlsx(summary, 'vi');
    const at = new Date(summary.generated_at);
    const dos = ((at.getUTCFullYear() - 1980) << 25) | ((at.getUTCMonth() + 1) << 21) | (at.getUTCDate() << 16) | (at.getUTCHours() << 11) | (at.getUTCMinutes() << 5) | (at.getUTCSeconds() >> 1);
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const names: string[] = [];
    for (let p = 0; view.getUint32(p, true) === 0x04034b50; ) {
      expect(view.getUint32(p + 10, true)).toBe(dos >>> 0);
      const nameLength = view.getUint16(p + 26, true);
      names.push(Buffer.from(bytes.subarray(p + 30, p + 30 + nameLength)).toString('latin1'));
      p += 30 + nameLength + view.getUint16(p + 28, true) + view.getUint32(p + 18, true);
    }
    expect(names[0]).toBe('[Content_Types].xml');
    expect(names).toEqual(Object.keys(unzipSync(bytes)));
  });
});

describe('terminal summary', () => {
  it('shows completeness and timeliness, the late units by name and where the files went', () => {
    const text = renderTerminal(sampleSummary(), [], ['out/x/summary.json'], 'vi');
    expect(text).toContain('học kỳ I năm học 2024-2025');
    expect(text).toContain('33,3%'); // 1 of 3 accepted, Vietnamese decimal comma
    expect(text).toContain('Trường TH Bình Yên (TH-BINHYEN) — 20/12/2024');
    expect(text).toContain('Trường THCS Bình Yên (THCS-BINHYEN)'); // missing
    expect(text).toContain('out/x/summary.json');
  });
});

describe('summary.yaml written in pieces', () => {
  it('is exactly what the yaml library writes for the whole document', async () => {
    const { stringify } = await import('yaml');
    const summary = sampleSummary();
    summary.lists.assessment.strengths.push({ unit: 'TH-BINHYEN', unit_name: 'Trường TH Bình Yên', text: 'Dòng một\nDòng hai: "trích" #1' });
    expect(summaryToYaml(summary)).toBe(stringify(summary, { lineWidth: 0, minContentWidth: 0 }));
  });
});

describe('terminal table', () => {
  it('gives offices a row each and folds single schools into one line that still adds up', () => {
    const text = renderTerminal(sampleSummary('en'), [], [], 'en');
    expect(text).toMatch(/Phòng GD&ĐT Định Hóa +2 +1 +0 +1 +0 +1 +50\.0% +0\.0%/);
    expect(text).toMatch(/Other units directly under it \(1\) +1 +0 +0 +0 +0 +1 +0\.0% +0\.0%/);
    expect(text).not.toMatch(/^ +Trường THPT Định Hóa +1/m);
  });
});
