/**
 * A roster kept in an Excel workbook (`units_file: roster.xlsx`): the first sheet, a header row with the columns code,
 * name, level, parent, reports (or their Vietnamese labels), one unit per row. Findings point at cells (`Sheet!C7`).
 * Loaded only when a roster workbook is used, so that exceljs is never read for YAML-only projects.
 */
import type { Cell } from 'exceljs';
import type { RosterUnit } from '../contract/config.js';
import { t, type Lang } from '../i18n/index.js';
import type { Finding, Location } from '../validate/types.js';
import { checkRosterRows, rosterColumn, rosterRow, type LoadedRoster, type RosterColumn } from './roster.js';

const at = (sheet: string, address: string): Location => ({ line: null, column: null, cell: `${sheet}!${address}` });

/** The text of a cell as the clerk sees it (numbers typed as codes, rich text, formulas with a cached result). */
function cellText(cell: Cell): string {
  const v = cell.value;
  if (v === null || v === undefined) return '';
  if (typeof v === 'object' && 'result' in v) return v.result === undefined || v.result === null ? '' : String(v.result);
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  return cell.text ?? String(v);
}

export async function readXlsxRoster(bytes: Uint8Array, options: { file: string; lang: Lang }): Promise<LoadedRoster> {
  const { file, lang } = options;
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  const fail = (message: string, where: Location = { line: null, column: null, cell: 'A1' }): LoadedRoster => ({
    units: [],
    findings: [{ rule: 'roster', severity: 'error', file, path: null, ...where, message, hint: null }],
  });
  try {
    await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  } catch (error) {
    return fail(t('syntax.unreadable', lang, { detail: (error as Error).message }));
  }
  const ws = workbook.worksheets[0];
  if (!ws || ws.actualRowCount === 0) return fail(t('roster.csv.empty', lang));
  const sheet = ws.name;

  const header = ws.getRow(1);
  const columns = new Map<number, RosterColumn>();
  const findings: Finding[] = [];
  header.eachCell((cell, col) => {
    const text = cellText(cell);
    const column = rosterColumn(text);
    if (column) columns.set(col, column);
    else if (text.trim() !== '') findings.push({ rule: 'roster', severity: 'error', file, path: null, ...at(sheet, cell.address), message: t('roster.csv.unknown_column', lang, { column: text }), hint: null });
  });
  const present = new Set(columns.values());
  const missing = (['code', 'name', 'level'] as const).filter((c) => !present.has(c));
  if (missing.length > 0) return { units: [], findings: [...findings, ...fail(t('roster.csv.header', lang, { missing: missing.join(', ') })).findings] };

  const rows: { unit: RosterUnit; codeAt: Location; parentAt: Location }[] = [];
  for (let r = 2; r <= ws.rowCount; r++) {
    const row = ws.getRow(r);
    const values: Partial<Record<RosterColumn, { value: string; at: Location }>> = {};
    let blank = true;
    for (const [col, column] of columns) {
      const cell = row.getCell(col);
      const value = cellText(cell);
      if (value.trim() !== '') blank = false;
      values[column] = { value, at: at(sheet, cell.address) };
    }
    if (blank) continue;
    const rowAt = at(sheet, `A${r}`);
    const { unit, findings: rowFindings } = rosterRow(values, rowAt, { file, lang });
    findings.push(...rowFindings);
    if (unit) rows.push({ unit, codeAt: values.code!.at, parentAt: values.parent?.at ?? rowAt });
  }
  findings.push(...checkRosterRows(rows, { file, lang }));
  return { units: rows.map((r) => r.unit), findings };
}
