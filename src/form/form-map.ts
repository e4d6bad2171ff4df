/**
 * Where each field of a filled form really is. Clerks insert blank rows, delete them, move rows, add a column of notes:
 * the form is read by what each row and column says it holds, not by its position.
 *
 * - Sheet «Báo cáo»: every field row carries its key in the «Tên mục (YAML)» column (every form ever written does), and
 *   its label in the «Nội dung» column; the header row names the «Giá trị» column. A row is found by its key, else by
 *   its label under the section it belongs to; the value column by its header, else by its place next to the keys.
 * - A table sheet: the note row under the headers starts every column's note with the item's key (`url — …`), and the
 *   header row holds the labels; items are the rows under them.
 *
 * Pure: works on our `SheetView`; what cannot be found is returned as a problem (sheet, row, labels) for the reader to
 * report once.
 */
import { t } from '../i18n/index.js';
import {
  MAIN_COLUMNS,
  TABLE_FIRST_ROW,
  TABLE_HEADER_ROW,
  TABLE_NOTE_ROW,
  pathKey,
  type FormLayout,
  type MainField,
  type MainSection,
  type TableLayout,
} from './layout.js';
import type { SheetView } from './excel/workbook.js';

/** Rows and columns looked at when finding the form's parts: far more than any edit adds, a bound for a hostile file. */
const SCAN_ROWS = 1000;
const SCAN_COLUMNS = 40;
const TABLE_SCAN_ROWS = 60;

export interface LayoutProblem {
  sheet: string;
  /** The row where the form stops matching (1-based). */
  row: number;
  /** Labels of the fields (or columns) that could not be found, or that appear twice. */
  labels: string[];
  kind: 'missing' | 'duplicate';
}

export interface MainMap {
  valueCol: number;
  /** Row of each field, by `pathKey`. */
  rows: Map<string, number>;
  /** Rows that are not the form's (inserted by a clerk) but hold something in the value column. */
  strays: number[];
  problems: LayoutProblem[];
}

export interface TableMap {
  /** Column of each item field, by `pathKey` inside the item. */
  columns: Map<string, number>;
  /** First row that can hold an item. */
  firstRow: number;
  problems: LayoutProblem[];
}

const text = (sheet: SheetView, row: number, col: number): string => {
  const c = sheet.cell(row, col);
  return c.type === 'text' ? c.text.normalize('NFC').trim() : '';
};

const headerTexts = (key: 'form.col.value' | 'form.col.label') => new Set([t(key, 'vi'), t(key, 'en')]);

const labelsOf = (meta: { label: { vi: string; en: string } } | undefined, fallback: string) => (meta ? [meta.label.vi, meta.label.en] : [fallback]);

/** Read the main sheet's map: rows by key (or label), the value column by its header. */
export function mapMain(sheet: SheetView, layout: FormLayout): MainMap {
  const lastRow = Math.min(sheet.rowCount, SCAN_ROWS);
  const lastCol = Math.min(Math.max(sheet.columnCount, MAIN_COLUMNS.key), SCAN_COLUMNS);
  const fields = new Map(layout.fields.map((f) => [pathKey(f.path), f]));
  const sections = new Map(layout.sections.map((s) => [pathKey(s.path), s]));

  // the key column: the column holding the most keys of the form
  let keyCol = 0;
  let best = 0;
  for (let col = 1; col <= lastCol; col++) {
    let n = 0;
    for (let row = 1; row <= lastRow; row++) {
      const key = text(sheet, row, col);
      if (fields.has(key) || sections.has(key)) n++;
    }
    if (n > best) [best, keyCol] = [n, col];
  }

  // the header row names the label and value columns
  const valueHeaders = headerTexts('form.col.value');
  const labelHeaders = headerTexts('form.col.label');
  let headerRow = 0;
  let valueCol = 0;
  let labelCol = 0;
  for (let row = 1; row <= lastRow && headerRow === 0; row++) {
    let v = 0;
    let l = 0;
    for (let col = 1; col <= lastCol; col++) {
      const s = text(sheet, row, col);
      if (!v && valueHeaders.has(s)) v = col;
      else if (!l && labelHeaders.has(s)) l = col;
    }
    if (v && l) [headerRow, valueCol, labelCol] = [row, v, l];
  }
  if (!valueCol) valueCol = keyCol ? keyCol - (MAIN_COLUMNS.key - MAIN_COLUMNS.value) : MAIN_COLUMNS.value;
  if (!labelCol) labelCol = keyCol ? keyCol - (MAIN_COLUMNS.key - MAIN_COLUMNS.label) : MAIN_COLUMNS.label;
  if (valueCol < 1) valueCol = MAIN_COLUMNS.value;

  const rows = new Map<string, number>();
  const problems: LayoutProblem[] = [];
  const strays: number[] = [];
  const duplicates: { row: number; field: MainField }[] = [];
  // the section a row without a key belongs to, for finding a field by its label
  let context: MainSection | undefined;
  const byLabel = (label: string): MainField | MainSection | undefined => {
    if (!label) return undefined;
    const parent = context ? pathKey(context.path) : '';
    const field = layout.fields.find(
      (f) => !rows.has(pathKey(f.path)) && pathKey(f.path.slice(0, -1)) === parent && labelsOf(f.field.meta, pathKey(f.path)).includes(label),
    );
    if (field) return field;
    const matches = layout.sections.filter((s) => labelsOf(s.meta, pathKey(s.path)).includes(label));
    return matches.length === 1 ? matches[0] : undefined;
  };
  for (let row = headerRow + 1; row <= lastRow; row++) {
    const key = keyCol ? text(sheet, row, keyCol) : '';
    const found = fields.get(key) ?? sections.get(key) ?? byLabel(text(sheet, row, labelCol));
    if (found && 'field' in found) {
      const k = pathKey(found.path);
      if (rows.has(k)) duplicates.push({ row, field: found });
      else rows.set(k, row);
      continue;
    }
    if (found) {
      context = found;
      continue;
    }
    if (sheet.cell(row, valueCol).type !== 'empty') strays.push(row);
  }

  // a field row copied: harmless when the copy holds nothing different
  const conflicting = duplicates.filter(({ row, field }) => {
    const here = sheet.cell(row, valueCol);
    const there = sheet.cell(rows.get(pathKey(field.path))!, valueCol);
    return here.type !== 'empty' && JSON.stringify(here) !== JSON.stringify(there);
  });
  if (conflicting.length > 0) {
    problems.push({ sheet: sheet.name, row: conflicting[0]!.row, labels: conflicting.map((d) => labelOf(d.field)), kind: 'duplicate' });
  }

  const missing = layout.fields.filter((f) => !rows.has(pathKey(f.path)));
  if (missing.length > 0) {
    // the row after the last field found before the first missing one
    const index = layout.fields.indexOf(missing[0]!);
    const before = layout.fields.slice(0, index).reverse().find((f) => rows.has(pathKey(f.path)));
    const row = before ? rows.get(pathKey(before.path))! + 1 : headerRow + 1;
    problems.push({ sheet: sheet.name, row, labels: missing.map(labelOf), kind: 'missing' });
  }
  return { valueCol, rows, strays, problems };
}

const labelOf = (f: MainField) => f.field.meta?.label.vi ?? pathKey(f.path);

/** Read a table sheet's map: columns by the keys of the note row (or by the labels of the header row). */
export function mapTable(sheet: SheetView, table: TableLayout): TableMap {
  const lastRow = Math.min(sheet.rowCount, TABLE_SCAN_ROWS);
  const lastCol = Math.min(Math.max(sheet.columnCount, table.columns.length + 1), SCAN_COLUMNS + table.columns.length);
  const keys = new Set(table.columns.map((c) => pathKey(c.path)));
  const labels = new Map<string, string>();
  for (const c of table.columns) for (const l of labelsOf(c.field.meta, pathKey(c.path))) labels.set(l, pathKey(c.path));

  const best = (match: (s: string) => string | undefined) => {
    let found = { row: 0, columns: new Map<string, number>() };
    for (let row = 1; row <= lastRow; row++) {
      const columns = new Map<string, number>();
      for (let col = 1; col <= lastCol; col++) {
        const key = match(text(sheet, row, col));
        if (key !== undefined && !columns.has(key)) columns.set(key, col);
      }
      if (columns.size > found.columns.size) found = { row, columns };
    }
    return found;
  };
  // `url — chữ; không bắt buộc`: the note starts with the key
  const notes = best((s) => {
    const key = s.split(' — ')[0]!.trim();
    return keys.has(key) ? key : undefined;
  });
  const heads = best((s) => labels.get(s.replace(/\s*\*$/, '')));

  const columns = new Map(notes.columns);
  for (const [key, col] of heads.columns) if (!columns.has(key) && ![...columns.values()].includes(col)) columns.set(key, col);
  const headerRow = Math.max(notes.row, heads.row);
  const problems: LayoutProblem[] = [];
  if (columns.size === 0) {
    // nothing recognisable: read it as written, and say where the headers were expected
    problems.push({ sheet: sheet.name, row: TABLE_HEADER_ROW, labels: table.columns.map((c) => c.field.meta?.label.vi ?? pathKey(c.path)), kind: 'missing' });
    return { columns: new Map(table.columns.map((c) => [pathKey(c.path), c.col])), firstRow: TABLE_FIRST_ROW, problems };
  }
  const missing = table.columns.filter((c) => !columns.has(pathKey(c.path)));
  if (missing.length > 0) {
    problems.push({ sheet: sheet.name, row: heads.row || notes.row, labels: missing.map((c) => c.field.meta?.label.vi ?? pathKey(c.path)), kind: 'missing' });
  }
  return { columns, firstRow: headerRow + 1 || TABLE_NOTE_ROW + 1, problems };
}
