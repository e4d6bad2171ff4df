/**
 * A roster kept in an Excel workbook (`units_file: roster.xlsx`): the first sheet, a header row (in any order, Vietnamese
 * or English names, or mapped by `columns:`; every other column an attribute), one unit per row. Findings point at cells (`Sheet!C7`).
 * The workbook goes through the same checks as a submission (zip limits before inflating, our exceljs adapter), and
 * text is normalised the same way (NFC, legacy TCVN3/VNI converted). Loaded only when a roster workbook is used.
 */
import type { RosterUnit } from '../contract/config.js';
import { t } from '../i18n/index.js';
import { cellRef } from '../form/layout.js';
import type { Finding, Location } from '../contract/findings.js';
import { loadWorkbook, type CellValue, type WorkbookView } from '../form/excel/workbook.js';
import { openPackage } from '../form/excel/zip.js';
import { normaliseText } from '../util/legacy-vn.js';
import { checkRosterRows, HEADER_SEARCH_ROWS, resolveHeader, rosterRow, rowValues, type LoadedRoster, type RosterReadOptions } from './roster.js';
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

export async function readXlsxRoster(bytes: Uint8Array, options: RosterReadOptions): Promise<LoadedRoster> {
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

  const findings: Finding[] = [];
  const headerOf = (r: number) =>
    resolveHeader(
      Array.from({ length: sheet.columnCount }, (_, i) => ({ text: cellText(sheet.cell(r, i + 1)), at: at(cellRef(name, r, i + 1)) })),
      { file, lang, columns: options.columns, rowAt: at(cellRef(name, r, 1)) },
    );
  // a list exported from the sector's database often has title rows above its header: the header is the first of the
  // top rows that names the required columns (else row 1, whose missing columns are then reported)
  let headerRow = 1;
  for (let r = 1; r <= Math.min(sheet.rowCount, HEADER_SEARCH_ROWS); r++) {
    if (headerOf(r).complete) {
      headerRow = r;
      break;
    }
  }
  const resolved = headerOf(headerRow);
  findings.push(...resolved.findings);
  if (!resolved.complete) return { units: [], findings };

  // a workbook is read whole into memory: past its row limit, say so (never drop the rest silently) and point to CSV
  if (sheet.rowCount > SHEET_ROW_LIMIT + headerRow) {
    return { units: [], findings: [...findings, ...fail(t('roster.xlsx.too_many_rows', lang, { rows: sheet.rowCount - headerRow, limit: SHEET_ROW_LIMIT }), at(cellRef(name, SHEET_ROW_LIMIT + headerRow + 1, 1))).findings] };
  }
  const rows: { unit: RosterUnit; codeAt: Location; parentAt: Location }[] = [];
  const unheaded = new Set<number>();
  for (let r = headerRow + 1; r <= sheet.rowCount; r++) {
    const cells = Array.from({ length: sheet.columnCount }, (_, i) => ({ value: cellText(sheet.cell(r, i + 1)), at: at(cellRef(name, r, i + 1)) }));
    if (cells.every((c) => c.value.trim() === '')) continue;
    cells.forEach((c, i) => {
      if (resolved.targets[i] === undefined && cellText(sheet.cell(headerRow, i + 1)).trim() === '' && c.value.trim() !== '' && !unheaded.has(i)) {
        unheaded.add(i);
        findings.push({ rule: 'roster', severity: 'error', file, path: null, ...c.at, message: t('roster.no_header', lang, { value: c.value.trim() }), hint: null });
      }
    });
    const values = rowValues(cells, resolved.targets);
    const { unit, findings: rowFindings } = rosterRow(values, at(cellRef(name, r, 1)), { file, lang });
    findings.push(...rowFindings);
    if (unit) rows.push({ unit, codeAt: values.fields.code!.at, parentAt: values.fields.parent?.at ?? at(cellRef(name, r, 1)) });
  }
  findings.push(...checkRosterRows(rows, { file, lang }));
  return { units: rows.map((r) => r.unit), findings };
}
