/**
 * Reading a filled Excel form (the workbook written by `edu-comms template` or `edu-comms convert`) into the same
 * SourceDocument a YAML file gives: the same plain data (dates `YYYY-MM-DD`, whole numbers, booleans, arrays for the
 * repeatable sections, absent keys for empty cells), so the same rules run on both; `locate` answers with a cell.
 *
 * Cells are found through the form layout derived from the contract (`src/form/layout.ts`); exceljs is reached
 * only through our adapter (`./excel/workbook.ts`), after the package passed the zip checks (`./excel/zip.ts`).
 */
import { nestsDeeperThan } from '../util/depth.js';
import { formatPath, type FieldPath, type PathSegment } from '../contract/walk.js';
import { t, type Lang, type MessageData, type MessageKey } from '../i18n/index.js';
import {
  CONTRACT_VERSION,
  FORM_ID,
  MAIN_COLUMNS,
  MAIN_SHEET,
  META_SHEET,
  TABLE_FIRST_ROW,
  TABLE_MAX_ROWS,
  cellRef,
  formKind,
  formLayout,
  pathKey,
  type FormLayout,
} from './layout.js';
import type { Finding, Location, SourceDocument } from '../contract/findings.js';
import { cellFingerprint, cellToValue } from './excel/values.js';
import { loadWorkbook, type CellValue, type SheetView, type WorkbookView } from './excel/workbook.js';
import { openPackage, type PackageProblem } from './excel/zip.js';
import { readResponses, responsesMatchCount } from './read-responses.js';
import { sha256 } from '../util/hash.js';

/** Rows in one worksheet beyond which a file cannot be a submission (checked before exceljs parses anything). */
export const SHEET_ROW_LIMIT = 5000;

const noCell = (cell: string): Location => ({ line: null, column: null, cell });

function finding(file: string, lang: Lang, at: string, key: MessageKey, data: MessageData = {}, hint?: MessageKey, path: string | null = null): Finding {
  return { rule: 'syntax', severity: 'error', file, path, ...noCell(at), message: t(key, lang, data), hint: hint ? t(hint, lang, data) : null };
}

const mb = (bytes: number) => (bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : bytes >= 1024 ? `${(bytes / 1024).toFixed(0)} KB` : `${bytes} B`);

function problemFinding(problem: PackageProblem, file: string, lang: Lang): Finding {
  const f = (key: MessageKey, data: MessageData = {}, hint?: MessageKey) => finding(file, lang, 'A1', key, data, hint);
  switch (problem.kind) {
    case 'empty':
      return f('xlsx.empty', {}, 'syntax.empty.hint');
    case 'too-large':
      return f('xlsx.too_large', { size: mb(problem.bytes), limit: mb(problem.limit) }, 'syntax.too_large.hint');
    case 'encrypted':
      return f('xlsx.encrypted', {}, 'xlsx.encrypted.hint');
    case 'xls':
      return f('xlsx.xls', {}, 'xlsx.xls.hint');
    case 'ods':
      return f('xlsx.ods', {}, 'xlsx.ods.hint');
    case 'other-office':
      return f('xlsx.other_office', { what: problem.what === 'docx' ? 'Word (.docx)' : 'PowerPoint (.pptx)' }, 'xlsx.not_zip.hint');
    case 'not-zip':
      return f('xlsx.not_zip', {}, 'xlsx.not_zip.hint');
    case 'not-workbook':
      return f('xlsx.not_workbook', {}, 'xlsx.not_zip.hint');
    case 'bomb':
      return problem.lying
        ? f('xlsx.bomb_lying', { entry: problem.entry, declared: mb(problem.declared) }, 'xlsx.bomb.hint')
        : f('xlsx.bomb', { entry: problem.entry, declared: mb(problem.declared), limit: mb(problem.limit) }, 'xlsx.bomb.hint');
    case 'corrupt':
      return f('xlsx.corrupt', { detail: problem.detail }, 'xlsx.corrupt.hint');
  }
}

/** `<row` elements in a worksheet part: a cheap bound on the work exceljs would do. */
function countRows(xml: Uint8Array): number {
  const buffer = Buffer.from(xml.buffer, xml.byteOffset, xml.byteLength);
  let n = 0;
  for (let i = buffer.indexOf('<row'); i >= 0; i = buffer.indexOf('<row', i + 4)) n++;
  return n;
}

function failed(file: string, bytes: Uint8Array, findings: Finding[]): SourceDocument {
  const at = findings[0]?.cell ?? 'A1';
  return { file, format: 'xlsx', data: undefined, locate: () => noCell(at), findings, sha256: sha256(bytes) };
}

/** The meta sheet: form identity, and the cells written by `convert` that must be read exactly as written. */
interface FormIdentity {
  form: string;
  contract: string;
  layout: string;
  verbatim: Map<string, { value: unknown; fingerprint: string }>;
}

function readIdentity(meta: SheetView): FormIdentity {
  const text = (row: number, col: number) => {
    const c = meta.cell(row, col);
    return c.type === 'text' ? c.text : c.type === 'number' ? String(c.value) : '';
  };
  const identity: FormIdentity = { form: '', contract: '', layout: '', verbatim: new Map() };
  const last = Math.min(meta.rowCount, TABLE_MAX_ROWS * 4);
  for (let row = 1; row <= last; row++) {
    const key = text(row, 1);
    if (key === 'form') identity.form = text(row, 2);
    else if (key === 'contract') identity.contract = text(row, 2);
    else if (key === 'layout') identity.layout = text(row, 2);
    else if (key === 'verbatim') {
      try {
        const value = JSON.parse(text(row, 3)) as unknown;
        // a stored value nested deeper than any submission is damage, not data: the cell is read as it shows
        if (!nestsDeeperThan(value)) identity.verbatim.set(text(row, 2), { value, fingerprint: text(row, 4) });
      } catch {
        // a damaged entry only loses its exactness: the cell is read like any other
      }
    }
  }
  return identity;
}

export function setAt(target: Record<string, unknown>, path: readonly PathSegment[], value: unknown): void {
  let node: Record<string, unknown> = target;
  path.forEach((segment, i) => {
    const key = String(segment);
    if (i === path.length - 1) node[key] = value;
    else node = (node[key] ??= {}) as Record<string, unknown>;
  });
}

interface Extracted {
  data: Record<string, unknown>;
  findings: Finding[];
  /** Sheet row of each item of each repeatable section. */
  itemRows: Map<string, number[]>;
}

function extract(book: WorkbookView, layout: FormLayout, identity: FormIdentity, file: string, lang: Lang): Extracted {
  const findings: Finding[] = [];
  const data: Record<string, unknown> = {};
  const itemRows = new Map<string, number[]>();

  const read = (sheet: SheetView, row: number, col: number, kind: ReturnType<typeof formKind>, options: readonly string[] | undefined, path: FieldPath) => {
    const ref = cellRef(sheet.name, row, col);
    const cell: CellValue = sheet.cell(row, col);
    const exact = identity.verbatim.get(ref);
    if (exact && exact.fingerprint === cellFingerprint(cell)) return { value: exact.value, findings: [] as Finding[] };
    const result = cellToValue(cell, kind, options);
    const cellFindings: Finding[] = [];
    if (result.formula !== undefined) {
      cellFindings.push(finding(file, lang, ref, 'xlsx.formula', { formula: result.formula }, 'xlsx.formula.hint', formatPath(path)));
    }
    if (result.legacy) {
      cellFindings.push({
        rule: 'legacy-encoding',
        severity: 'warning',
        file,
        path: formatPath(path),
        ...noCell(ref),
        message: t('legacy.converted', lang, { encoding: t(`legacy.${result.legacy}`, lang), text: String(result.value) }),
        hint: t('legacy.converted.hint', lang),
      });
    }
    return { value: result.value, findings: cellFindings };
  };

  const main = book.sheet(MAIN_SHEET)!;
  for (const field of layout.fields) {
    const { value, findings: cellFindings } = read(main, field.row, MAIN_COLUMNS.value, formKind(field.field), field.field.kind?.options, field.path);
    findings.push(...cellFindings);
    if (value !== undefined) setAt(data, field.path, value);
  }

  for (const table of layout.tables) {
    const sheet = book.sheet(table.sheet)!;
    const items: Record<string, unknown>[] = [];
    const rows: number[] = [];
    const lastRow = Math.min(sheet.rowCount, TABLE_FIRST_ROW + TABLE_MAX_ROWS - 1);
    for (let row = TABLE_FIRST_ROW; row <= lastRow; row++) {
      const item: Record<string, unknown> = {};
      const rowFindings: Finding[] = [];
      for (const column of table.columns) {
        const index = items.length; // the item's index if this row turns out not to be empty
        const { value, findings: cellFindings } = read(sheet, row, column.col, formKind(column.field), column.field.kind?.options, [table.key, index, ...column.path]);
        rowFindings.push(...cellFindings);
        if (value !== undefined) setAt(item, column.path, value);
      }
      // an empty row is a row the clerk did not use; a formula without a result still says something was meant
      if (Object.keys(item).length === 0 && rowFindings.length === 0) continue;
      items.push(item);
      rows.push(row);
      findings.push(...rowFindings);
    }
    if (sheet.rowCount > lastRow) {
      for (let row = lastRow + 1; row <= Math.min(sheet.rowCount, lastRow + SHEET_ROW_LIMIT); row++) {
        if (table.columns.some((c) => sheet.cell(row, c.col).type !== 'empty')) {
          findings.push(finding(file, lang, cellRef(sheet.name, row, table.columns[0]!.col), 'xlsx.table_too_long', { sheet: sheet.name, limit: TABLE_MAX_ROWS }));
          break;
        }
      }
    }
    data[table.key] = items;
    itemRows.set(table.key, rows);
  }
  return { data, findings, itemRows };
}

/** Where the value at `path` is (or would be) typed in the form. */
function locator(layout: FormLayout, itemRows: Map<string, number[]>): SourceDocument['locate'] {
  const fieldRow = new Map(layout.fields.map((f) => [pathKey(f.path), f.row]));
  const firstField = layout.fields[0]!;
  const at = (sheet: string, row: number, col: number): Location => noCell(cellRef(sheet, row, col));
  return (path) => {
    const table = layout.tables.find((t) => t.key === path[0]);
    if (table) {
      const rows = itemRows.get(table.key) ?? [];
      const index = path[1];
      // a missing item points at the first free row
      const row = typeof index === 'number' ? (rows[index] ?? Math.max(TABLE_FIRST_ROW - 1, ...rows) + 1) : TABLE_FIRST_ROW;
      const rest = pathKey(path.slice(2));
      const column = table.columns.find((c) => pathKey(c.path) === rest) ?? table.columns.find((c) => pathKey(c.path).startsWith(rest)) ?? table.columns[0]!;
      return at(table.sheet, row, column.col);
    }
    // the field itself, else the first field of the group at the path, else of the nearest group that exists
    for (let n = path.length; n > 0; n--) {
      const key = pathKey(path.slice(0, n));
      const row = fieldRow.get(key) ?? layout.fields.find((f) => pathKey(f.path).startsWith(`${key}.`))?.row;
      if (row !== undefined) return at(MAIN_SHEET, row, MAIN_COLUMNS.value);
    }
    return at(MAIN_SHEET, firstField.row, MAIN_COLUMNS.value);
  };
}

/** Read one Excel submission. Never throws for bad content: problems become findings at a cell. */
export async function readXlsxDocument(bytes: Uint8Array, options: { file: string; lang: Lang }): Promise<SourceDocument> {
  return (await readXlsxSources(bytes, { ...options, responses: false }))[0]!;
}

/**
 * Read an .xlsx file: the tool's form gives one document; a responses sheet exported from an online form (no form
 * identity, but a first row of the report's questions) gives one document per row.
 */
export async function readXlsxSources(
  bytes: Uint8Array,
  options: { file: string; lang: Lang; responses?: boolean; columns?: Readonly<Record<string, string>> },
): Promise<SourceDocument[]> {
  const { file, lang } = options;
  const opened = openPackage(bytes);
  if (!opened.ok) return [failed(file, bytes, [problemFinding(opened.problem, file, lang)])];

  for (const [name, xml] of opened.files) {
    if (!/^xl\/worksheets\/[^/]+\.xml$/.test(name)) continue;
    const rows = countRows(xml);
    if (rows > SHEET_ROW_LIMIT) return [failed(file, bytes, [finding(file, lang, 'A1', 'xlsx.too_many_rows', { rows, limit: SHEET_ROW_LIMIT })])];
  }

  let book: WorkbookView;
  try {
    book = await loadWorkbook(opened.files);
  } catch (error) {
    return [failed(file, bytes, [finding(file, lang, 'A1', 'xlsx.corrupt', { detail: String((error as Error).message ?? error).split('\n')[0] }, 'xlsx.corrupt.hint')])];
  }
  const firstSheet = book.sheetNames[0] ? `${book.sheetNames[0]}!A1` : 'A1';

  const meta = book.sheet(META_SHEET);
  const identity = meta ? readIdentity(meta) : undefined;
  if (!identity || identity.form !== FORM_ID) {
    if (options.responses !== false) {
      // the first sheet whose header row names questions of the report
      const grids = book.sheetNames.map((n) => book.sheet(n)!).map((ws) => ({ sheet: ws.name, rowCount: ws.rowCount, columnCount: ws.columnCount, cell: ws.cell }));
      const sheet = grids.find((grid) => responsesMatchCount(grid, options.columns) > 0);
      if (sheet) {
        const docs = readResponses(sheet, { file, lang, sha256: sha256(bytes), ...(options.columns ? { columns: options.columns } : {}) });
        return docs.map((d) => ({ ...d, data: d.data === undefined ? undefined : structuredClone(d.data) }));
      }
    }
    return [failed(file, bytes, [finding(file, lang, firstSheet, 'xlsx.not_template', { sheet: META_SHEET }, 'xlsx.not_template.hint')])];
  }
  const layout = formLayout();
  if (identity.contract !== String(CONTRACT_VERSION) || identity.layout !== layout.fingerprint) {
    const found = `${identity.contract}/${identity.layout}`;
    return [
      failed(file, bytes, [
        finding(file, lang, firstSheet, 'xlsx.other_version', { found, expected: `${CONTRACT_VERSION}/${layout.fingerprint}` }, 'xlsx.other_version.hint'),
      ]),
    ];
  }
  const missing = [MAIN_SHEET, ...layout.tables.map((t) => t.sheet)].filter((name) => !book.sheet(name));
  if (missing.length > 0) {
    return [failed(file, bytes, missing.map((sheet) => finding(file, lang, firstSheet, 'xlsx.missing_sheet', { sheet }, 'xlsx.other_version.hint')))];
  }

  const { data, findings, itemRows } = extract(book, layout, identity, file, lang);
  // the strings exceljs hands out can be slices of its whole parsed XML: copy them, so a folder of 2,500 documents
  // does not keep 2,500 workbooks alive
  return [{ file, format: 'xlsx', data: structuredClone(data), locate: locator(layout, itemRows), findings, sha256: sha256(bytes) }];
}
