/**
 * Writing responses sheets: the header row an online form must produce (`template --format responses`, with a guide
 * to building the form), and a whole set of submissions as one sheet, a row each (`convert --to responses`).
 *
 * A submission is written only if reading its row back gives exactly its data (`responsesMisfits`): a value a cell
 * cannot hold as it is, or more items than the form has places for, is named instead of being lost.
 */
import { isDeepStrictEqual } from 'node:util';
import { stringify } from 'csv-stringify/sync';
import { formatPath, valueAt, type PathSegment } from '../contract/walk.js';
import { t, type Lang, type MessageKey } from '../i18n/index.js';
import type { CellValue } from './excel/workbook.js';
import { readResponses, type Grid } from './read-responses.js';
import { formMisfits, type Misfit } from './fit.js';
import { RESPONSES_GUIDE_SHEET, RESPONSES_SHEET, responsesLayout, type ResponseColumn } from './responses-layout.js';

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The text of one answer, as an online form would export it: numbers as digits, yes/no as «Có»/«Không», dates ISO. */
export function answerText(value: unknown, column: ResponseColumn): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'boolean') return column.kind === 'bool' ? (value ? 'Có' : 'Không') : String(value);
  if (typeof value === 'number') return Number.isInteger(value) && Math.abs(value) < 1e21 ? value.toFixed(0) : String(value);
  return String(value);
}

/** The answers of one submission, one per column of the layout. */
export function responseRow(data: unknown): string[] {
  return responsesLayout().columns.map((column) => answerText(valueAt(data, column.path), column));
}

function headers(lang: Lang): string[] {
  return responsesLayout().columns.map((c) => c.header[lang]);
}

function gridOf(rows: readonly (readonly string[])[], sheet: string | null): Grid {
  return {
    sheet,
    rowCount: rows.length,
    columnCount: Math.max(0, ...rows.map((r) => r.length)),
    cell(row, col): CellValue {
      const v = rows[row - 1]?.[col - 1];
      return v === undefined || v === '' ? { type: 'empty' } : { type: 'text', text: v };
    },
  };
}

/** The data as a row reads back: empty values absent, the repeatable sections always present. */
function canonical(data: Record<string, unknown>): Record<string, unknown> {
  const strip = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(strip);
    if (!isRecord(v)) return v;
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v)) {
      if (x === null || x === undefined || x === '') continue;
      const s = strip(x);
      if (isRecord(s) && Object.keys(s).length === 0) continue;
      out[k] = s;
    }
    return out;
  };
  const out = strip(data) as Record<string, unknown>;
  for (const section of responsesLayout().sections) out[section.key] ??= [];
  return out;
}

/** The first paths at which two values differ. */
function differences(a: unknown, b: unknown, path: PathSegment[] = []): PathSegment[][] {
  if (isDeepStrictEqual(a, b)) return [];
  if (isRecord(a) && isRecord(b)) return [...new Set([...Object.keys(a), ...Object.keys(b)])].flatMap((k) => differences(a[k], b[k], [...path, k]));
  if (Array.isArray(a) && Array.isArray(b) && a.length === b.length) return a.flatMap((x, i) => differences(x, b[i], [...path, i]));
  return [path];
}

export interface ResponsesMisfit extends Misfit {
  /** For `too_many_items`: the number of items the form has. */
  limit?: number;
}

/** Why a submission cannot be one row of a responses sheet exactly; empty when it can. */
export function responsesMisfits(data: unknown): ResponsesMisfit[] {
  const misfits: ResponsesMisfit[] = formMisfits(data);
  if (misfits.length > 0 || !isRecord(data)) return misfits;
  for (const section of responsesLayout().sections) {
    const items = data[section.key];
    if (Array.isArray(items) && items.length > section.limit) {
      const segments = [section.key, section.limit];
      misfits.push({ path: formatPath(segments), segments, reason: 'too_many_items', limit: section.limit });
    }
  }
  if (misfits.length > 0) return misfits;
  const [doc] = readResponses(gridOf([headers('vi'), responseRow(data)], null), { file: 'x', lang: 'vi', sha256: '' });
  for (const segments of differences(doc?.data, canonical(data))) {
    misfits.push({ path: formatPath(segments), segments, reason: 'not_exact' });
  }
  return misfits;
}

/** The sheet as CSV text: UTF-8 with a byte-order mark (so Excel shows Vietnamese letters), CRLF line ends. */
export function writeResponsesCsv(rows: readonly unknown[], lang: Lang): string {
  return `\uFEFF${stringify([headers(lang), ...rows.map(responseRow)], { record_delimiter: '\r\n' })}`;
}

/** The guide to building the online form: how to ask each question, one line per column. */
function guideRows(lang: Lang): string[][] {
  const keys: MessageKey[] = ['responses.guide.1', 'responses.guide.2', 'responses.guide.3', 'responses.guide.4', 'responses.guide.5'];
  const rows: string[][] = [[t('responses.guide.title', lang)], [], ...keys.map((k, i) => [`${i + 1}.`, t(k, lang)]), []];
  rows.push([t('responses.guide.col.question', lang), t('responses.guide.col.type', lang), t('responses.guide.col.key', lang)]);
  for (const column of responsesLayout().columns) {
    const type = column.kind === 'enum' ? t('responses.type.enum', lang, { options: column.options.map((c) => c.names[lang === 'vi' ? 0 : 1] ?? c.code).join(', ') }) : t(`responses.type.${column.kind}`, lang);
    const required = !column.field.optional && !column.item && column.key !== 'reported_at';
    rows.push([`${column.header[lang]}${required ? ' *' : ''}`, type, column.key]);
  }
  return rows;
}

/** The guide as plain text (beside a CSV header file). */
export function responsesGuideText(lang: Lang): string {
  return `${guideRows(lang)
    .map((r) => r.join('\t'))
    .join('\n')}\n`;
}

/**
 * The sheet as .xlsx bytes: «Câu trả lời» (headers, then a row per submission, every answer a text cell as an online
 * form's export has them) and, for a blank header, «Hướng dẫn». Byte-identical for the same `created`.
 */
export async function writeResponsesWorkbook(rows: readonly unknown[], options: { lang: Lang; created: Date; guide: boolean }): Promise<Uint8Array> {
  const { newWorkbook, workbookBytes } = await import('./excel/workbook.js');
  const wb = newWorkbook(options.created);
  const ws = wb.addWorksheet(RESPONSES_SHEET, { views: [{ state: 'frozen', ySplit: 1 }] });
  const layout = responsesLayout();
  ws.columns = layout.columns.map(() => ({ width: 24 }));
  const header = ws.getRow(1);
  headers(options.lang).forEach((h, i) => {
    const cell = header.getCell(i + 1);
    cell.value = h;
    cell.font = { bold: true };
    cell.alignment = { wrapText: true, vertical: 'top' };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E1F2' } };
  });
  rows.forEach((data, r) => {
    const row = ws.getRow(r + 2);
    responseRow(data).forEach((text, i) => {
      if (text === '') return;
      const cell = row.getCell(i + 1);
      cell.numFmt = '@';
      cell.value = text;
    });
  });
  if (options.guide) {
    const guide = wb.addWorksheet(RESPONSES_GUIDE_SHEET);
    guide.columns = [{ width: 60 }, { width: 50 }, { width: 36 }];
    guideRows(options.lang).forEach((values, r) => {
      values.forEach((v, c) => {
        const cell = guide.getCell(r + 1, c + 1);
        cell.value = v;
        cell.alignment = { wrapText: true, vertical: 'top' };
      });
    });
    guide.getCell(1, 1).font = { bold: true, size: 14 };
  }
  return workbookBytes(wb);
}
