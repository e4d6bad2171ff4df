/**
 * Reading a filled Excel form (the workbook written by `edu-comms template` or `edu-comms convert`) into the same
 * SourceDocument a YAML file gives: the same plain data (dates `YYYY-MM-DD`, whole numbers, booleans, arrays for the
 * repeatable sections, absent keys for empty cells), so the same rules run on both; `locate` answers with a cell.
 *
 * Cells are found through the form layout derived from the contract (`src/form/layout.ts`), in the cells read
 * straight from the workbook's XML (`./excel/xml-workbook.ts`, faster than exceljs's full model and giving the same
 * cells), after the package passed the zip checks (`./excel/zip.ts`).
 */
import { nestsDeeperThan } from '../util/depth.js';
import { formatPath, type FieldPath, type LeafField, type PathSegment } from '../contract/walk.js';
import { mapMain, mapTable, type LayoutProblem, type MainMap, type TableMap } from './form-map.js';
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
  columnLetter,
  formKind,
  formLayout,
  pathKey,
  type FormLayout,
} from './layout.js';
import type { Finding, Location, SourceDocument } from '../contract/findings.js';
import { cellFingerprint, cellToValue, choicesOf } from './excel/values.js';
import type { CellValue, SheetView, WorkbookView } from './excel/workbook.js';
import { readWorkbook } from './excel/xml-workbook.js';
import { openPackage, type PackageProblem } from './excel/zip.js';
import { readResponses, responsesMatchCount } from './read-responses.js';
import { sha256 } from '../util/hash.js';

/** Rows in one worksheet beyond which a file cannot be a submission (checked before any sheet is parsed). */
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

/** `<row` elements in a worksheet part: a cheap bound on the work of reading it. */
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
  /** Where each field and item really is (rows inserted, deleted or moved by the clerk). */
  main: MainMap;
  tables: Map<string, { map: TableMap; rows: number[] }>;
  problems: LayoutProblem[];
}

/**
 * The verbatim cells are recorded by the cell they were written to; the clerk may have moved them since. Give each a
 * place that does not move: the field's key on the main sheet, the column's key and the item's number in a table.
 */
function verbatimByField(identity: FormIdentity, layout: FormLayout): Map<string, { value: unknown; fingerprint: string }> {
  const out = new Map<string, { value: unknown; fingerprint: string }>();
  const mainRows = new Map(layout.fields.map((f) => [cellRef(MAIN_SHEET, f.row, MAIN_COLUMNS.value), pathKey(f.path)]));
  for (const [ref, exact] of identity.verbatim) {
    const field = mainRows.get(ref);
    if (field !== undefined) {
      out.set(`main:${field}`, exact);
      continue;
    }
    for (const table of layout.tables) {
      for (const column of table.columns) {
        const prefix = `${table.sheet}!${columnLetter(column.col)}`;
        const row = ref.startsWith(prefix) ? Number(ref.slice(prefix.length)) : NaN;
        if (Number.isInteger(row) && row >= TABLE_FIRST_ROW) out.set(`${table.key}:${row - TABLE_FIRST_ROW}:${pathKey(column.path)}`, exact);
      }
    }
  }
  return out;
}

function extract(book: WorkbookView, layout: FormLayout, identity: FormIdentity, file: string, lang: Lang): Extracted {
  const findings: Finding[] = [];
  const data: Record<string, unknown> = {};
  const tables = new Map<string, { map: TableMap; rows: number[] }>();
  const verbatim = verbatimByField(identity, layout);

  const read = (sheet: SheetView, row: number, col: number, exactKey: string, field: LeafField, path: FieldPath) => {
    const ref = cellRef(sheet.name, row, col);
    const cell: CellValue = sheet.cell(row, col);
    const exact = verbatim.get(exactKey);
    if (exact && exact.fingerprint === cellFingerprint(cell)) return { value: exact.value, findings: [] as Finding[] };
    const result = cellToValue(cell, formKind(field), choicesOf(field));
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
  const mainMap = mapMain(main, layout);
  for (const field of layout.fields) {
    const row = mainMap.rows.get(pathKey(field.path));
    if (row === undefined) continue;
    const { value, findings: cellFindings } = read(main, row, mainMap.valueCol, `main:${pathKey(field.path)}`, field.field, field.path);
    findings.push(...cellFindings);
    if (value !== undefined) setAt(data, field.path, value);
  }
  // a value typed into a row that is not the form's is not lost without a word
  for (const row of mainMap.strays) {
    const cell = main.cell(row, mainMap.valueCol);
    const shown = cell.type === 'text' || cell.type === 'error' ? cell.text : cell.type === 'formula' ? `=${cell.formula}` : cellFingerprint(cell).replace(/^\w+:/, '');
    findings.push({
      ...finding(file, lang, cellRef(MAIN_SHEET, row, mainMap.valueCol), 'xlsx.stray_value', { sheet: MAIN_SHEET, row, value: shown.slice(0, 60) }, 'xlsx.stray_value.hint'),
      severity: 'warning',
    });
  }

  const problems = [...mainMap.problems];
  for (const table of layout.tables) {
    const sheet = book.sheet(table.sheet)!;
    const map = mapTable(sheet, table);
    problems.push(...map.problems);
    const items: Record<string, unknown>[] = [];
    const rows: number[] = [];
    const lastRow = Math.min(sheet.rowCount, map.firstRow + TABLE_MAX_ROWS - 1);
    const columns = table.columns.filter((c) => map.columns.has(pathKey(c.path)));
    for (let row = map.firstRow; row <= lastRow; row++) {
      const item: Record<string, unknown> = {};
      const rowFindings: Finding[] = [];
      for (const column of columns) {
        const index = items.length; // the item's index if this row turns out not to be empty
        const col = map.columns.get(pathKey(column.path))!;
        const exactKey = `${table.key}:${row - map.firstRow}:${pathKey(column.path)}`;
        const { value, findings: cellFindings } = read(sheet, row, col, exactKey, column.field, [table.key, index, ...column.path]);
        rowFindings.push(...cellFindings);
        if (value !== undefined) setAt(item, column.path, value);
      }
      // an empty row is a row the clerk did not use; a formula without a result still says something was meant
      if (Object.keys(item).length === 0 && rowFindings.length === 0) continue;
      items.push(item);
      rows.push(row);
      findings.push(...rowFindings);
    }
    if (sheet.rowCount > lastRow && columns.length > 0) {
      for (let row = lastRow + 1; row <= Math.min(sheet.rowCount, lastRow + SHEET_ROW_LIMIT); row++) {
        if (columns.some((c) => sheet.cell(row, map.columns.get(pathKey(c.path))!).type !== 'empty')) {
          findings.push(finding(file, lang, cellRef(sheet.name, row, map.columns.get(pathKey(columns[0]!.path))!), 'xlsx.table_too_long', { sheet: sheet.name, limit: TABLE_MAX_ROWS }));
          break;
        }
      }
    }
    data[table.key] = items;
    tables.set(table.key, { map, rows });
  }
  return { data, findings, main: mainMap, tables, problems };
}

/** Where the value at `path` is (or would be) typed in the form. */
function locator(layout: FormLayout, extracted: Pick<Extracted, 'main' | 'tables'>): SourceDocument['locate'] {
  const fieldRow = extracted.main.rows;
  const valueCol = extracted.main.valueCol;
  const firstRow = fieldRow.get(pathKey(layout.fields[0]!.path)) ?? layout.fields[0]!.row;
  const at = (sheet: string, row: number, col: number): Location => noCell(cellRef(sheet, row, col));
  return (path) => {
    const table = layout.tables.find((t) => t.key === path[0]);
    if (table) {
      const { map, rows } = extracted.tables.get(table.key) ?? { map: { columns: new Map<string, number>(), firstRow: TABLE_FIRST_ROW }, rows: [] };
      const index = path[1];
      // a missing item points at the first free row
      const row = typeof index === 'number' ? (rows[index] ?? Math.max(map.firstRow - 1, ...rows) + 1) : map.firstRow;
      const rest = pathKey(path.slice(2));
      const column = table.columns.find((c) => pathKey(c.path) === rest) ?? table.columns.find((c) => pathKey(c.path).startsWith(rest)) ?? table.columns[0]!;
      return at(table.sheet, row, map.columns.get(pathKey(column.path)) ?? column.col);
    }
    // the field itself, else the first field of the group at the path, else of the nearest group that exists
    for (let n = path.length; n > 0; n--) {
      const key = pathKey(path.slice(0, n));
      const field = fieldRow.has(key) ? key : layout.fields.map((f) => pathKey(f.path)).find((k) => k.startsWith(`${key}.`) && fieldRow.has(k));
      if (field !== undefined) return at(MAIN_SHEET, fieldRow.get(field)!, valueCol);
    }
    return at(MAIN_SHEET, firstRow, valueCol);
  };
}

/** One finding for a form whose layout was changed so far that its fields cannot all be found. */
function layoutFinding(problem: LayoutProblem, file: string, lang: Lang): Finding {
  const shown = problem.labels.slice(0, 3).map((l) => `«${l}»`).join(', ') + (problem.labels.length > 3 ? ` (+${problem.labels.length - 3})` : '');
  const key = problem.kind === 'duplicate' ? 'xlsx.layout_duplicate' : 'xlsx.layout_changed';
  return finding(file, lang, `${problem.sheet}!A${problem.row}`, key, { sheet: problem.sheet, row: problem.row, labels: shown }, 'xlsx.layout_changed.hint');
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
    book = readWorkbook(opened.files);
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

  const extracted = extract(book, layout, identity, file, lang);
  // rows or columns of the form that cannot be found: the answers cannot be trusted, so none is read (said once per sheet)
  if (extracted.problems.length > 0) return [failed(file, bytes, extracted.problems.map((p) => layoutFinding(p, file, lang)))];
  // the strings read can be slices of a whole sheet's XML text: copy them, so a folder of 2,500 documents
  // does not keep 2,500 workbooks alive
  return [{ file, format: 'xlsx', data: structuredClone(extracted.data), locate: locator(layout, extracted), findings: extracted.findings, sha256: sha256(bytes) }];
}
