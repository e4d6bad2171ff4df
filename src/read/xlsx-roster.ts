/**
 * A roster kept in an Excel workbook (`units_file: roster.xlsx`): the first sheet, a header row with the columns code,
 * name, level, parent, reports (or their Vietnamese labels), one unit per row. Findings point at cells (`Sheet!C7`).
 * The workbook goes through the same checks as a submission (zip limits before inflating, our exceljs adapter), and
 * text is normalised the same way (NFC, legacy TCVN3/VNI converted). Loaded only when a roster workbook is used.
 */
import type { RosterUnit } from '../contract/config.js';
import { t, type Lang } from '../i18n/index.js';
import { cellRef } from '../form/layout.js';
import type { Finding, Location } from '../contract/findings.js';
import { loadWorkbook, type CellValue, type WorkbookView } from '../form/excel/workbook.js';
import { openPackage } from '../form/excel/zip.js';
import { normaliseText } from '../util/legacy-vn.js';
import { checkRosterRows, rosterColumn, rosterRow, type LoadedRoster, type RosterColumn } from './roster.js';
import { readXlsxDocument, SHEET_ROW_LIMIT } from '../form/read-xlsx.js';
import { dateToIso } from '../form/excel/values.js';

const at = (cell: string): Location => ({ line: null, column: null, cell });

/** The text of a cell as the clerk sees it: codes typed as numbers keep their digits, formulas give their result. */
function cellText(cell: CellValue): string {
  switch (cell.type) {
    case 'text':
      return normaliseText(cell.text, cell.font).text;
    case 'number':
      return Number.isInteger(cell.value) ? cell.value.toFixed(0) : String(cell.value);
    case 'boolean':
      return cell.value ? 'true' : 'false';
    case 'date':
      return dateToIso(cell.value);
    case 'error':
      return cell.text;
    default:
      return '';
  }
}

export async function readXlsxRoster(bytes: Uint8Array, options: { file: string; lang: Lang }): Promise<LoadedRoster> {
  const { file, lang } = options;
  const fail = (message: string, where: Location = at('A1')): LoadedRoster => ({
    units: [],
    findings: [{ rule: 'roster', severity: 'error', file, path: null, ...where, message, hint: null }],
  });
  const opened = openPackage(bytes);
  if (!opened.ok) {
    // the submission reader words every package problem (encrypted, .xls, zip bomb …): reuse its message
    const doc = await readXlsxDocument(bytes, { file, lang });
    return fail(doc.findings[0]?.message ?? t('syntax.unreadable', lang, { detail: opened.problem.kind }));
  }
  let book: WorkbookView;
  try {
    book = await loadWorkbook(opened.files);
  } catch (error) {
    return fail(t('syntax.unreadable', lang, { detail: (error as Error).message }));
  }
  const sheet = book.sheetNames[0] ? book.sheet(book.sheetNames[0]) : undefined;
  if (!sheet || sheet.rowCount === 0) return fail(t('roster.csv.empty', lang));
  const name = sheet.name;

  const columns = new Map<number, RosterColumn>();
  const findings: Finding[] = [];
  for (let col = 1; col <= sheet.columnCount; col++) {
    const text = cellText(sheet.cell(1, col));
    const column = rosterColumn(text);
    if (column) columns.set(col, column);
    else if (text.trim() !== '') findings.push({ rule: 'roster', severity: 'error', file, path: null, ...at(cellRef(name, 1, col)), message: t('roster.csv.unknown_column', lang, { column: text }), hint: null });
  }
  const present = new Set(columns.values());
  const missing = (['code', 'name', 'level'] as const).filter((c) => !present.has(c));
  if (missing.length > 0) return { units: [], findings: [...findings, ...fail(t('roster.csv.header', lang, { missing: missing.join(', ') })).findings] };

  // a workbook is read whole into memory: past its row limit, say so (never drop the rest silently) and point to CSV
  if (sheet.rowCount > SHEET_ROW_LIMIT + 1) {
    return { units: [], findings: [...findings, ...fail(t('roster.xlsx.too_many_rows', lang, { rows: sheet.rowCount - 1, limit: SHEET_ROW_LIMIT }), at(cellRef(name, SHEET_ROW_LIMIT + 2, 1))).findings] };
  }
  const rows: { unit: RosterUnit; codeAt: Location; parentAt: Location }[] = [];
  for (let r = 2; r <= sheet.rowCount; r++) {
    const values: Partial<Record<RosterColumn, { value: string; at: Location }>> = {};
    let blank = true;
    for (const [col, column] of columns) {
      const value = cellText(sheet.cell(r, col));
      if (value.trim() !== '') blank = false;
      values[column] = { value, at: at(cellRef(name, r, col)) };
    }
    if (blank) continue;
    const { unit, findings: rowFindings } = rosterRow(values, at(cellRef(name, r, 1)), { file, lang });
    findings.push(...rowFindings);
    if (unit) rows.push({ unit, codeAt: values.code!.at, parentAt: values.parent?.at ?? at(cellRef(name, r, 1)) });
  }
  findings.push(...checkRosterRows(rows, { file, lang }));
  return { units: rows.map((r) => r.unit), findings };
}
