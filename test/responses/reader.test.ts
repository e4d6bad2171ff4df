/**
 * Reading responses sheets as an online form exports them: columns by header text in any order, numbered columns for
 * the repeatable sections, the form's timestamp, unknown columns, and every finding at its row and column.
 */
import { stringify } from 'csv-stringify/sync';
import { describe, expect, it } from 'vitest';
import { ConfigSchema } from '../../src/contract/config.js';
import { readCsvSources } from '../../src/read/csv.js';
import { readXlsxSources } from '../../src/form/read-xlsx.js';
import { responseRow, writeResponsesCsv, writeResponsesWorkbook } from '../../src/form/write-responses.js';
import { responsesLayout } from '../../src/form/responses-layout.js';
import { validateDocuments } from '../../src/validate/engine.js';
import { cleanSubmission, testConfig, testConfigInput, testRoster } from '../fixtures/submission.js';

const enc = (text: string) => new TextEncoder().encode(text);
const csv = (rows: string[][]) => enc(stringify(rows));
const headersVi = () => responsesLayout().columns.map((c) => c.header.vi);

/** The clean submission as a sheet row, with the columns in reverse order and a Google Forms timestamp first. */
function googleSheet(rows: Record<string, unknown>[]): string[][] {
  const headers = headersVi();
  const order = headers.map((_, i) => headers.length - 1 - i);
  return [
    ['Dấu thời gian', ...order.map((i) => headers[i]!)],
    ...rows.map((r) => {
      const cells = responseRow(r);
      return ['10/12/2024 14:03:22', ...order.map((i) => cells[i]!)];
    }),
  ];
}

describe('responses sheet: columns', () => {
  it('matches columns by header text in any order and reads each row as its own submission', () => {
    const a = cleanSubmission();
    const b = { ...cleanSubmission(), unit: { ...a.unit, code: 'TH-KHAC' } };
    const docs = readCsvSources(csv(googleSheet([a, b])), { file: 'cau-tra-loi.csv', lang: 'vi' });
    expect(docs.map((d) => d.file)).toEqual(['cau-tra-loi.csv#2', 'cau-tra-loi.csv#3']);
    expect(docs.map((d) => d.findings)).toEqual([[], []]);
    expect(docs[0]!.data).toEqual(a);
    expect((docs[1]!.data as typeof b).unit.code).toBe('TH-KHAC');
  });

  it('accepts headers that differ only in case, spacing, dashes and a required mark', () => {
    const headers = headersVi().map((h) => `  ${h.toUpperCase().replace(' – ', ' - ')} *`);
    const docs = readCsvSources(csv([headers, responseRow(cleanSubmission())]), { file: 'x.csv', lang: 'vi' });
    expect(docs[0]!.findings).toEqual([]);
    expect(docs[0]!.data).toEqual(cleanSubmission());
  });

  it('accepts field keys as headers and a columns: mapping from the config', () => {
    const headers = responsesLayout().columns.map((c) => c.key);
    headers[0] = 'Mã trường của bạn';
    const config = ConfigSchema.parse({ ...testConfigInput, columns: { 'Mã trường của bạn': 'unit.code' } });
    const docs = readCsvSources(csv([headers, responseRow(cleanSubmission())]), { file: 'x.csv', lang: 'vi', ...(config.columns ? { columns: config.columns } : {}) });
    expect(docs[0]!.findings).toEqual([]);
    expect(docs[0]!.data).toEqual(cleanSubmission());
  });

  it('reports an unknown column once, as information at its header cell, and reads the rest', () => {
    const rows = googleSheet([cleanSubmission(), cleanSubmission()]).map((r, i) => [...r, i === 0 ? 'Ghi chú thêm' : 'bất kỳ']);
    const docs = readCsvSources(csv(rows), { file: 'x.csv', lang: 'vi' });
    const col = rows[0]!.length; // the last column
    expect(docs[0]!.findings.map((f) => [f.rule, f.severity, f.cell])).toEqual([['unknown-column', 'info', `${String.fromCharCode(64 + Math.floor((col - 1) / 26))}${String.fromCharCode(65 + ((col - 1) % 26))}1`]]);
    expect(docs[0]!.findings[0]!.message).toContain('Ghi chú thêm');
    expect(docs[1]!.findings).toEqual([]);
    expect(docs[0]!.data).toEqual(cleanSubmission());
  });

  it('a mapping to a field that does not exist is an error at the header', () => {
    const headers = headersVi();
    headers[1] = 'Tên trường';
    const docs = readCsvSources(csv([headers, responseRow(cleanSubmission())]), { file: 'x.csv', lang: 'vi', columns: { 'Tên trường': 'unit.ten' } });
    expect(docs[0]!.findings.map((f) => [f.rule, f.cell])).toEqual([['syntax', 'B1']]);
  });

  it('a sheet whose header names no question is one error, not a silent skip', () => {
    const docs = readCsvSources(csv([['Họ tên', 'Lớp'], ['An', '5A']]), { file: 'x.csv', lang: 'vi' });
    expect(docs).toHaveLength(1);
    expect(docs[0]!.data).toBeUndefined();
    expect(docs[0]!.findings.map((f) => [f.rule, f.severity, f.cell])).toEqual([['syntax', 'error', 'A1']]);
  });

  it('a CSV saved in a legacy code page is an error saying how to save it as UTF-8', () => {
    const bytes = new Uint8Array([...enc('Mã đơn vị\n').slice(0, 3), 0xe3, 0x0a]);
    const docs = readCsvSources(bytes, { file: 'x.csv', lang: 'vi' });
    expect(docs[0]!.findings[0]!.message).toContain('UTF-8');
    expect(docs[0]!.findings[0]!.hint).toContain('CSV UTF-8');
  });
});

describe('responses sheet: timestamp, items, locations', () => {
  it('takes reported_at from the form timestamp (day first) when the question was not asked', () => {
    const headers = headersVi();
    const at = headers.indexOf('Ngày lập báo cáo');
    const rows = googleSheet([cleanSubmission()]).map((r) => r.filter((_, i) => i !== headers.length - at));
    const docs = readCsvSources(csv(rows), { file: 'x.csv', lang: 'vi' });
    expect((docs[0]!.data as { reported_at: string }).reported_at).toBe('2024-12-10');
    // a finding about the date points at the timestamp column
    expect(docs[0]!.locate(['reported_at']).cell).toBe('A2');
  });

  it('locates every field of a row at its column, items at their numbered columns, in the sheet of an XLSX', async () => {
    const s = cleanSubmission();
    const bytes = await writeResponsesWorkbook([s, s], { lang: 'vi', created: new Date(0), guide: false });
    const docs = await readXlsxSources(bytes, { file: 'x.xlsx', lang: 'vi' });
    const columns = responsesLayout().columns;
    const letter = (key: string) => {
      const n = columns.findIndex((c) => c.key === key) + 1;
      return n <= 26 ? String.fromCharCode(64 + n) : String.fromCharCode(64 + Math.floor((n - 1) / 26)) + String.fromCharCode(65 + ((n - 1) % 26));
    };
    expect(docs[1]!.locate(['unit', 'name']).cell).toBe(`Câu trả lời!${letter('unit.name')}3`);
    expect(docs[1]!.locate(['channels', 1, 'url']).cell).toBe(`Câu trả lời!${letter('channels[1].url')}3`);
    expect(docs[0]!.locate(['contacts', 'leader']).cell).toBe(`Câu trả lời!${letter('contacts.leader.name')}2`);
  });

  it('skips an empty item in the middle but keeps pointing at the right columns', () => {
    const headers = headersVi();
    const s = cleanSubmission();
    const row = responseRow(s);
    // move channel 2 to place 3, leaving place 2 empty
    const idx = (key: string) => responsesLayout().columns.findIndex((c) => c.key === key);
    for (const field of ['type', 'name', 'url', 'managed_by_leader', 'connected_to_parent', 'followers', 'posts']) {
      row[idx(`channels[2].${field}`)] = row[idx(`channels[1].${field}`)]!;
      row[idx(`channels[1].${field}`)] = '';
    }
    const [doc] = readCsvSources(csv([headers, row]), { file: 'x.csv', lang: 'vi' });
    expect(doc!.data).toEqual(s);
    expect(doc!.locate(['channels', 1, 'posts']).cell).toMatch(/\d+$/);
    const col = idx('channels[2].posts') + 1;
    expect(doc!.locate(['channels', 1, 'posts']).cell).toBe(`${col <= 26 ? String.fromCharCode(64 + col) : String.fromCharCode(64 + Math.floor((col - 1) / 26)) + String.fromCharCode(65 + ((col - 1) % 26))}2`);
  });

  it('each row is its own submission for the rules: duplicates across rows, schema errors at the row', () => {
    const bad = { ...cleanSubmission(), governance: { comms_plan: true, spokesperson_regulation: true, collaborators: 'ba' } } as unknown as ReturnType<typeof cleanSubmission>;
    const text = writeResponsesCsv([cleanSubmission(), cleanSubmission(), bad], 'vi');
    const docs = readCsvSources(enc(text), { file: 'x.csv', lang: 'vi' });
    const report = validateDocuments(docs, { config: testConfig, roster: testRoster, target: null, lang: 'vi' });
    expect(report.files.map((f) => f.file)).toEqual(['x.csv#2', 'x.csv#3', 'x.csv#4']);
    expect(report.files.map((f) => f.status)).toEqual(['rejected', 'rejected', 'rejected']);
    expect(report.files[0]!.findings.find((f) => f.rule === 'duplicate-submission')!.message).toContain('x.csv#3');
    const schema = report.files[2]!.findings.find((f) => f.rule === 'schema')!;
    expect(schema.path).toBe('governance.collaborators');
    expect(schema.cell).toMatch(/^[A-Z]+4$/);
  });
});
