/**
 * Reading a responses sheet (the CSV or XLSX an online form exports: a header row, then one row per submission) into
 * one SourceDocument per row, each with the same plain data the YAML and Excel readers give, so the same rules run.
 *
 * Columns are matched by header text through the layout derived from the contract (`src/form/responses-layout.ts`)
 * — the Vietnamese label, the English one, the field's key (`unit.code`), or a `columns:` mapping of the config — in
 * any order. Every finding points at its cell: `Câu trả lời!F12` (an XLSX sheet) or `F12` (a CSV, which has none).
 */
import { formatPath, type FieldPath, type PathSegment } from '../contract/walk.js';
import { t, type Lang, type MessageData, type MessageKey } from '../i18n/index.js';
import { columnLetter } from './layout.js';
import {
  FORM_OWN_HEADERS,
  TIMESTAMP_HEADERS,
  normaliseHeader,
  responsesLayout,
  type ResponseColumn,
} from './responses-layout.js';
import type { Finding, Location, SourceDocument } from '../contract/findings.js';
import { cellToValue, dateToIso } from './excel/values.js';
import { dayMonthYearToIso } from '../util/dates.js';
import type { CellValue } from './excel/workbook.js';

/** A sheet as this reader sees it: from a CSV or from an XLSX worksheet. */
export interface Grid {
  /** The worksheet's name, or null for a CSV. */
  sheet: string | null;
  rowCount: number;
  columnCount: number;
  cell(row: number, col: number): CellValue;
}

export interface ResponsesOptions {
  file: string;
  lang: Lang;
  sha256: string;
  /** `columns:` of the config: header text → field key (`unit.code`, `incidents[0].date`). */
  columns?: Readonly<Record<string, string>>;
}

/** Rows beyond which a sheet cannot be one office's collection (a province has at most a few thousand schools). */
export const RESPONSES_ROW_LIMIT = 5000;

type HeaderMatch =
  | { kind: 'field'; column: ResponseColumn }
  | { kind: 'timestamp' }
  | { kind: 'form-own' }
  | { kind: 'unknown' }
  | { kind: 'empty' }
  | { kind: 'bad-mapping'; target: string };

let headerIndex: Map<string, ResponseColumn> | undefined;

function index(): Map<string, ResponseColumn> {
  if (headerIndex) return headerIndex;
  headerIndex = new Map();
  for (const column of responsesLayout().columns) {
    for (const text of [column.header.vi, column.header.en, column.key]) {
      const key = normaliseHeader(text);
      if (!headerIndex.has(key)) headerIndex.set(key, column);
    }
  }
  return headerIndex;
}

const TIMESTAMPS = new Set(TIMESTAMP_HEADERS.map(normaliseHeader));
const FORM_OWN = new Set(FORM_OWN_HEADERS.map(normaliseHeader));

function matchHeader(text: string, mapping: ReadonlyMap<string, string>): HeaderMatch {
  const key = normaliseHeader(text);
  if (key === '') return { kind: 'empty' };
  const mapped = mapping.get(key);
  if (mapped !== undefined) {
    const target = index().get(normaliseHeader(mapped));
    return target ? { kind: 'field', column: target } : { kind: 'bad-mapping', target: mapped };
  }
  const column = index().get(key);
  if (column) return { kind: 'field', column };
  if (TIMESTAMPS.has(key)) return { kind: 'timestamp' };
  if (FORM_OWN.has(key)) return { kind: 'form-own' };
  return { kind: 'unknown' };
}

/** Text of a header cell (a header typed as a number, or a date, still has a text). */
function cellText(cell: CellValue): string {
  switch (cell.type) {
    case 'text':
    case 'error':
      return cell.text;
    case 'number':
    case 'boolean':
      return String(cell.value);
    case 'date':
      return dateToIso(cell.value);
    default:
      return '';
  }
}

/** How many header cells name a field of the contract: the test for "is this a responses sheet". */
export function responsesMatchCount(grid: Grid, columns?: Readonly<Record<string, string>>): number {
  const mapping = mappingOf(columns);
  let n = 0;
  for (let col = 1; col <= grid.columnCount; col++) if (matchHeader(cellText(grid.cell(1, col)), mapping).kind === 'field') n++;
  return n;
}

function mappingOf(columns: Readonly<Record<string, string>> | undefined): Map<string, string> {
  return new Map(Object.entries(columns ?? {}).map(([header, key]) => [normaliseHeader(header), key]));
}

/** `2/12/2026 14:03:22`, `2026-12-02T14:03:22Z`, an Excel date: the day the form was sent (day first, as everywhere). */
export function timestampToIso(cell: CellValue): string | undefined {
  if (cell.type === 'date') return dateToIso(cell.value);
  if (cell.type !== 'text') return undefined;
  const text = cell.text.trim();
  const iso = /^(\d{4}-\d{2}-\d{2})(?:[T ].*)?$/.exec(text);
  if (iso) return iso[1];
  const dmy = /^(\d{1,2}[/.-]\d{1,2}[/.-]\d{4})(?:[ ,T].*)?$/.exec(text);
  return dmy ? dayMonthYearToIso(dmy[1]!) : undefined;
}

function setAt(target: Record<string, unknown>, path: readonly PathSegment[], value: unknown): void {
  let node: Record<string, unknown> = target;
  path.forEach((segment, i) => {
    const key = String(segment);
    if (i === path.length - 1) node[key] = value;
    else node = (node[key] ??= {}) as Record<string, unknown>;
  });
}

const noCell = (cell: string): Location => ({ line: null, column: null, cell });

/** Read every row of a responses sheet. Never throws for bad content: problems become findings at a cell. */
export function readResponses(grid: Grid, options: ResponsesOptions): SourceDocument[] {
  const { file, lang, sha256 } = options;
  const ref = (row: number, col: number) => `${grid.sheet ? `${grid.sheet}!` : ''}${columnLetter(col)}${row}`;
  const finding = (at: string, rule: string, severity: Finding['severity'], key: MessageKey, data: MessageData = {}, hint?: MessageKey, path: string | null = null): Finding => ({
    rule,
    severity,
    file,
    path,
    ...noCell(at),
    message: t(key, lang, data),
    hint: hint ? t(hint, lang, data) : null,
  });
  const failed = (f: Finding): SourceDocument[] => [{ file, format: 'responses', data: undefined, locate: () => noCell(f.cell ?? 'A1'), findings: [f], sha256 }];

  if (grid.rowCount > RESPONSES_ROW_LIMIT + 1) {
    return failed(finding(ref(1, 1), 'syntax', 'error', 'responses.too_many_rows', { rows: grid.rowCount - 1, limit: RESPONSES_ROW_LIMIT }));
  }

  // the header row
  const mapping = mappingOf(options.columns);
  const headerFindings: Finding[] = [];
  const fields: { col: number; column: ResponseColumn }[] = [];
  const taken = new Map<string, number>();
  let timestampCol: number | undefined;
  for (let col = 1; col <= grid.columnCount; col++) {
    const header = cellText(grid.cell(1, col));
    const match = matchHeader(header, mapping);
    if (match.kind === 'field') {
      const first = taken.get(match.column.key);
      if (first !== undefined) {
        headerFindings.push(finding(ref(1, col), 'syntax', 'error', 'responses.duplicate_column', { header, other: ref(1, first) }, 'responses.duplicate_column.hint', match.column.key));
        continue;
      }
      taken.set(match.column.key, col);
      fields.push({ col, column: match.column });
    } else if (match.kind === 'timestamp') {
      timestampCol ??= col;
    } else if (match.kind === 'unknown') {
      headerFindings.push(finding(ref(1, col), 'unknown-column', 'info', 'responses.unknown_column', { header }, 'responses.unknown_column.hint'));
    } else if (match.kind === 'bad-mapping') {
      headerFindings.push(finding(ref(1, col), 'syntax', 'error', 'responses.bad_mapping', { header, target: match.target }, 'responses.bad_mapping.hint'));
    }
  }
  if (fields.length === 0) return failed(finding(ref(1, 1), 'syntax', 'error', 'responses.no_columns', {}, 'responses.no_columns.hint'));

  const byKey = new Map(fields.map((f) => [f.column.key, f.col]));
  const firstCol = Math.min(...fields.map((f) => f.col));
  const docs: SourceDocument[] = [];
  for (let row = 2; row <= grid.rowCount; row++) {
    const cells = fields.map((f) => ({ ...f, cell: grid.cell(row, f.col) }));
    const stamp = timestampCol !== undefined ? grid.cell(row, timestampCol) : undefined;
    if (cells.every((c) => c.cell.type === 'empty') && (!stamp || stamp.type === 'empty')) continue; // a blank line

    const data: Record<string, unknown> = { schema_version: 1 };
    const findings: Finding[] = docs.length === 0 ? [...headerFindings] : [];
    const items = new Map<string, Map<number, Record<string, unknown>>>();
    for (const { col, column, cell } of cells) {
      const result = cellToValue(cell, column.kind, column.options);
      if (result.formula !== undefined) {
        findings.push(finding(ref(row, col), 'syntax', 'error', 'xlsx.formula', { formula: result.formula }, 'xlsx.formula.hint', column.key));
      }
      if (result.legacy) {
        findings.push(
          finding(ref(row, col), 'legacy-encoding', 'warning', 'legacy.converted', { encoding: t(`legacy.${result.legacy}`, lang), text: String(result.value) }, 'legacy.converted.hint', column.key),
        );
      }
      if (result.value === undefined) continue;
      if (column.item) {
        const section = items.get(column.item.section) ?? new Map<number, Record<string, unknown>>();
        items.set(column.item.section, section);
        const item = section.get(column.item.number) ?? {};
        section.set(column.item.number, item);
        setAt(item, column.path.slice(2), result.value);
      } else {
        setAt(data, column.path, result.value);
      }
    }
    let reportedFromStamp = false;
    if (data['reported_at'] === undefined && stamp && stamp.type !== 'empty') {
      const iso = timestampToIso(stamp);
      if (iso) {
        data['reported_at'] = iso;
        reportedFromStamp = true;
      }
    }
    // items keep their order; the numbers of the items present are remembered for locating
    const itemNumbers = new Map<string, number[]>();
    for (const section of responsesLayout().sections) {
      const present = [...(items.get(section.key) ?? new Map<number, Record<string, unknown>>()).entries()].sort((a, b) => a[0] - b[0]);
      data[section.key] = present.map(([, item]) => item);
      itemNumbers.set(section.key, present.map(([n]) => n));
    }

    docs.push({
      file: `${file}#${row}`,
      format: 'responses',
      data,
      locate: locator(row, byKey, itemNumbers, firstCol, reportedFromStamp ? timestampCol : undefined, ref),
      findings,
      sha256,
    });
  }
  if (docs.length === 0) return failed(finding(ref(2, firstCol), 'syntax', 'error', 'responses.no_rows', {}, 'responses.no_rows.hint'));
  return docs;
}

/** The cell of the value at `path` in this row; a field without a column points at the nearest column that exists. */
function locator(
  row: number,
  byKey: ReadonlyMap<string, number>,
  itemNumbers: ReadonlyMap<string, number[]>,
  firstCol: number,
  stampCol: number | undefined,
  ref: (row: number, col: number) => string,
): SourceDocument['locate'] {
  const keys = [...byKey.keys()];
  const at = (col: number) => noCell(ref(row, col));
  return (path: FieldPath) => {
    if (stampCol !== undefined && path[0] === 'reported_at') return at(stampCol);
    let wanted: PathSegment[] = [...path];
    const numbers = itemNumbers.get(String(path[0]));
    if (numbers && typeof path[1] === 'number') {
      // item i of the data is item number n of the form (an empty item in between is skipped)
      const n = numbers[path[1]] ?? (numbers.length > 0 ? Math.max(...numbers) + 1 : 1);
      wanted = [path[0]!, n - 1, ...path.slice(2)];
    }
    for (let n = wanted.length; n > 0; n--) {
      const key = formatPath(wanted.slice(0, n));
      const exact = byKey.get(key);
      if (exact !== undefined) return at(exact);
      const inside = keys.find((k) => k.startsWith(`${key}.`) || k.startsWith(`${key}[`));
      if (inside !== undefined) return at(byKey.get(inside)!);
    }
    return at(firstCol);
  };
}
