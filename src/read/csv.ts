/**
 * Reading a responses sheet saved as CSV (Google Forms' «Tải xuống .csv», Excel's «CSV UTF-8»). The text is parsed
 * by csv-parse; the rows are then read like an XLSX responses sheet (`./responses.ts`). Loaded only for .csv files.
 */
import { parse } from 'csv-parse/sync';
import { t, type Lang } from '../i18n/index.js';
import type { Finding, SourceDocument } from '../contract/findings.js';
import type { CellValue } from '../form/excel/workbook.js';
import { readResponses, RESPONSES_ROW_LIMIT, type Grid } from '../form/read-responses.js';
import { sha256 } from '../util/hash.js';

/** A CSV of one office's collection is well under a megabyte a thousand schools; this leaves a wide margin. */
export const CSV_BYTE_LIMIT = 20 * 1024 * 1024;

/** The separator of the header line: a comma (Google Forms), or the semicolon or tab an Excel in some locales writes. */
function delimiterOf(text: string): string {
  const header = text.slice(0, text.search(/\r?\n|$/));
  const counts = [',', ';', '\t'].map((d) => ({ d, n: header.split(d).length - 1 }));
  return counts.reduce((a, b) => (b.n > a.n ? b : a)).d;
}

export function readCsvSources(bytes: Uint8Array, options: { file: string; lang: Lang; columns?: Readonly<Record<string, string>> }): SourceDocument[] {
  const { file, lang } = options;
  const hash = sha256(bytes);
  const fail = (key: 'csv.not_utf8' | 'csv.too_large' | 'csv.broken' | 'syntax.empty', data: Record<string, string | number> = {}, line = 1): SourceDocument[] => {
    const hint = key === 'csv.not_utf8' ? t('csv.not_utf8.hint', lang) : key === 'csv.broken' ? t('csv.broken.hint', lang) : null;
    const f: Finding = { rule: 'syntax', severity: 'error', file, path: null, line, column: 1, cell: null, message: t(key, lang, data), hint };
    return [{ file, format: 'responses', data: undefined, locate: () => ({ line, column: 1, cell: null }), findings: [f], sha256: hash }];
  };
  if (bytes.length > CSV_BYTE_LIMIT) return fail('csv.too_large', { limit: `${CSV_BYTE_LIMIT / 1024 / 1024} MB` });
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return fail('csv.not_utf8');
  }
  if (text.replace(/^\uFEFF/, '').trim() === '') return fail('syntax.empty');

  let rows: string[][];
  try {
    rows = parse(text, {
      bom: true,
      delimiter: delimiterOf(text.replace(/^\uFEFF/, '')),
      relax_column_count: true,
      skip_empty_lines: false,
      // a bound on the work for a hostile file; a real sheet is far below it
      to_line: RESPONSES_ROW_LIMIT + 2,
    }) as string[][];
  } catch (error) {
    const e = error as { message?: string; lines?: number };
    return fail('csv.broken', { detail: String(e.message ?? error).split('\n')[0]! }, e.lines ?? 1);
  }
  const columnCount = Math.max(0, ...rows.map((r) => r.length));
  const grid: Grid = {
    sheet: null,
    rowCount: rows.length,
    columnCount,
    cell(row, col): CellValue {
      const value = rows[row - 1]?.[col - 1];
      return value === undefined || value === '' ? { type: 'empty' } : { type: 'text', text: value };
    },
  };
  return readResponses(grid, { file, lang, sha256: hash, ...(options.columns ? { columns: options.columns } : {}) });
}
