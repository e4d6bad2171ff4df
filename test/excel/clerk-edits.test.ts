/**
 * The form as schools really use it, through the built binary: rows and columns inserted, blank rows deleted, rows
 * moved — the answers do not change; a field's row deleted — one finding naming the sheet and row; choices typed in
 * Vietnamese (any case, with or without diacritics) are read as their codes, and findings name the choices as shown.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXAMPLES, runJson } from '../helpers/cli.js';
import { columnOf, edit, rowOf } from './helpers.js';

const MAIN = 'Báo cáo';
const INCIDENTS = 'Sự cố truyền thông trong kỳ';
let dir: string;
let original: Uint8Array;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'edu-comms-clerk-'));
  original = new Uint8Array(readFileSync(join(EXAMPLES, 'excel', 'th-phanme.xlsx')));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let n = 0;
async function validate(change: (wb: ExcelJS.Workbook) => void) {
  const file = join(dir, `f${n++}.xlsx`);
  writeFileSync(file, await edit(original, change));
  return runJson(['validate', file, '--format', 'json']);
}
/** What the findings say, without where they are (cells move with the rows). */
const said = (result: { json: any }) =>
  (result.json.files[0].findings as { rule: string; path: string | null; message: string }[]).map((f) => `${f.rule} ${f.path} ${f.message}`).sort();

describe('rows and columns a clerk inserts, deletes or moves', () => {
  let baseline: string[];
  beforeAll(async () => {
    baseline = said(await validate(() => {}));
  });

  it('a blank row inserted in the middle of the report sheet changes nothing', async () => {
    const result = await validate((wb) => {
      const ws = wb.getWorksheet(MAIN)!;
      ws.spliceRows(rowOf(ws, 'Số điện thoại'), 0, []);
    });
    expect(result.code).toBe(0);
    expect(said(result)).toEqual(baseline);
  });

  it('columns inserted before the data, blank rows deleted, rows moved: same answers', async () => {
    const result = await validate((wb) => {
      const ws = wb.getWorksheet(MAIN)!;
      // swap two field rows (label, value, key move together)
      const a = ws.getRow(rowOf(ws, 'Số cộng tác viên truyền thông'));
      const b = ws.getRow(rowOf(ws, 'Thông cáo báo chí'));
      const av = a.values;
      a.values = b.values as ExcelJS.CellValue[];
      b.values = av as ExcelJS.CellValue[];
      ws.spliceRows(2, 1); // the caption row, blank of data
      ws.spliceColumns(1, 0, []);
      const table = wb.getWorksheet(INCIDENTS)!;
      table.spliceColumns(2, 0, []);
      table.spliceRows(1, 0, []);
    });
    expect(result.code).toBe(0);
    expect(said(result)).toEqual(baseline);
  });

  it('a field row deleted: one finding with the sheet and row, not a cascade of wrong values', async () => {
    let row = 0;
    const result = await validate((wb) => {
      const ws = wb.getWorksheet(MAIN)!;
      row = rowOf(ws, 'Thông cáo báo chí');
      ws.spliceRows(row, 1);
    });
    expect(result.code).toBe(1);
    const findings = result.json.files[0].findings as { cell: string; message: string }[];
    expect(findings).toHaveLength(1);
    expect(findings[0]!.cell).toBe(`${MAIN}!A${row}`);
    expect(findings[0]!.message).toContain('Bố cục mẫu đã bị thay đổi');
    expect(findings[0]!.message).toContain('«Thông cáo báo chí»');
  });

  it('a value typed into an inserted row is not lost without a word', async () => {
    const result = await validate((wb) => {
      const ws = wb.getWorksheet(MAIN)!;
      const row = rowOf(ws, 'Số điện thoại');
      ws.spliceRows(row, 0, [null, null, '0912345678']);
    });
    const findings = result.json.files[0].findings as { severity: string; message: string }[];
    expect(findings.filter((f) => f.message.includes('«0912345678»') && f.severity === 'warning')).toHaveLength(1);
  });
});

describe('choices in Vietnamese', () => {
  const incident = (severity: string, status: string) => (wb: ExcelJS.Workbook) => {
    const ws = wb.getWorksheet(INCIDENTS)!;
    let row = 5;
    while (ws.getCell(row, columnOf(ws, 'Tóm tắt sự cố')).value) row++;
    ws.getCell(row, columnOf(ws, 'Ngày phát hiện')).value = '20/11/2024';
    ws.getCell(row, columnOf(ws, 'Tóm tắt sự cố')).value = 'Tin sai về học phí';
    ws.getCell(row, columnOf(ws, 'Mức độ')).value = severity;
    ws.getCell(row, columnOf(ws, 'Tình trạng')).value = status;
  };

  it('the dropdowns of the form offer Vietnamese names', async () => {
    let list = '';
    await edit(original, (wb) => {
      const ws = wb.getWorksheet(INCIDENTS)!;
      list = String(ws.getCell(5, columnOf(ws, 'Mức độ')).dataValidation?.formulae?.[0]);
    });
    expect(list).toBe('"Thấp,Trung bình,Cao"');
  });

  it('«Trung bình», «đã xử lý», «trung binh» are read as their codes', async () => {
    for (const [severity, status] of [['Trung bình', 'Đã xử lý'], ['trung binh', 'da xu ly'], ['medium', 'resolved']] as const) {
      const result = await validate(incident(severity, status));
      const findings = result.json.files[0].findings as { rule: string; path: string }[];
      expect(findings.filter((f) => f.rule === 'schema'), `${severity}/${status}`).toEqual([]);
    }
  });

  it('a choice not in the list is named with the form’s labels, at its cell', async () => {
    const result = await validate(incident('vừa', 'Đã xử lý'));
    const findings = result.json.files[0].findings as { rule: string; message: string; cell: string }[];
    const bad = findings.find((f) => f.rule === 'schema')!;
    expect(bad.message).toContain('Thấp, Trung bình, Cao');
    expect(bad.message).not.toMatch(/low|medium|high/);
    expect(bad.cell.startsWith(`${INCIDENTS}!`)).toBe(true);
  });
});
