/**
 * Our own small interface over exceljs, so the rest of the code never sees exceljs's cell model and the library can
 * be swapped (the research names maintained forks). Reading returns plain `CellValue`s; writing goes through
 * `newWorkbook()` and `workbookBytes()`, which makes the output deterministic.
 *
 * exceljs is imported here only; this module is loaded only when an Excel file is touched.
 */
import ExcelJS from 'exceljs';
import { openPackage, writePackage } from './zip.js';

/** A cell as our readers see it: what a person typed (formulas give their saved result). */
export type CellValue =
  | { type: 'empty' }
  | { type: 'text'; text: string; font?: string }
  | { type: 'number'; value: number }
  | { type: 'boolean'; value: boolean }
  /** Excel dates are zone-less: the Date is read with getUTC*. */
  | { type: 'date'; value: Date }
  | { type: 'error'; text: string }
  /** A formula whose result was never saved (the file was written by a program that does not calculate). */
  | { type: 'formula'; formula: string };

export const EMPTY: CellValue = { type: 'empty' };

export interface SheetView {
  name: string;
  /** Last row and column that have content or formatting. */
  rowCount: number;
  columnCount: number;
  cell(row: number, col: number): CellValue;
}

export interface WorkbookView {
  sheetNames: string[];
  sheet(name: string): SheetView | undefined;
}

type RichRun = { text?: string; font?: { name?: string } };

function fromValue(value: unknown, font: string | undefined): CellValue {
  if (value === null || value === undefined) return EMPTY;
  if (typeof value === 'string') return value === '' ? EMPTY : { type: 'text', text: value, ...(font ? { font } : {}) };
  if (typeof value === 'number') return Number.isFinite(value) ? { type: 'number', value } : { type: 'error', text: String(value) };
  if (typeof value === 'boolean') return { type: 'boolean', value };
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? { type: 'error', text: '#VALUE!' } : { type: 'date', value };
  if (typeof value !== 'object') return EMPTY;
  const v = value as Record<string, unknown>;
  if (Array.isArray(v['richText'])) {
    const runs = v['richText'] as RichRun[];
    const text = runs.map((r) => r.text ?? '').join('');
    // legacy fonts are set per run: the first run with text and a font speaks for the cell
    const runFont = runs.find((r) => (r.text ?? '').trim() !== '' && r.font?.name)?.font?.name ?? font;
    return fromValue(text, runFont);
  }
  if ('hyperlink' in v) return fromValue(v['text'] ?? v['hyperlink'], font);
  if ('formula' in v || 'sharedFormula' in v) {
    const result = v['result'];
    if (result === undefined || result === null) return { type: 'formula', formula: String(v['formula'] ?? v['sharedFormula'] ?? '') };
    return fromValue(result, font);
  }
  if ('error' in v) return { type: 'error', text: String(v['error']) };
  return EMPTY;
}

function sheetView(ws: ExcelJS.Worksheet): SheetView {
  return {
    name: ws.name,
    rowCount: ws.rowCount,
    columnCount: ws.columnCount,
    cell(row, col) {
      const cell = ws.findCell(row, col);
      if (!cell) return EMPTY;
      // a merged range's value belongs to its top-left cell; the other cells of the range read as empty
      if (cell.type === ExcelJS.ValueType.Merge && cell.master !== cell) return EMPTY;
      return fromValue(cell.value, cell.font?.name);
    },
  };
}

/** Load a workbook from the entries of a package already opened (and size-checked) by `openPackage`. */
export async function loadWorkbook(files: ReadonlyMap<string, Uint8Array>): Promise<WorkbookView> {
  const wb = new ExcelJS.Workbook();
  // stored, not compressed: exceljs unzips again, and this keeps it to a copy
  await wb.xlsx.load(Buffer.from(writePackage(files, { level: 0 })) as unknown as ExcelJS.Buffer);
  const sheets = new Map(wb.worksheets.map((ws) => [ws.name, ws]));
  return {
    sheetNames: wb.worksheets.map((ws) => ws.name),
    sheet(name) {
      const ws = sheets.get(name);
      return ws ? sheetView(ws) : undefined;
    },
  };
}

/** A new, empty workbook with fixed document properties. */
export function newWorkbook(created: Date): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'edu-comms';
  wb.lastModifiedBy = 'edu-comms';
  wb.created = created;
  wb.modified = created;
  wb.calcProperties.fullCalcOnLoad = false;
  return wb;
}

/** The workbook as .xlsx bytes, byte-identical for the same content and `created` date. */
export async function workbookBytes(wb: ExcelJS.Workbook): Promise<Uint8Array> {
  const raw = new Uint8Array(await wb.xlsx.writeBuffer());
  const opened = openPackage(raw);
  if (!opened.ok) throw new Error(`exceljs wrote an unreadable package (${opened.problem.kind})`);
  return writePackage(opened.files);
}

