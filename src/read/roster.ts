/**
 * Reading a roster kept outside edu-comms.yaml (`units_file:`): `.csv` or `.xlsx` with the columns code, name, level,
 * parent (and optionally reports). Every problem is a located finding: `file:line:column` for CSV, `Sheet!C7` for Excel.
 *
 * CSV is read by a small RFC 4180 reader of our own (quoted cells, doubled quotes, line breaks inside quotes, CRLF,
 * BOM), because we need the line and column of every cell. A file saved by Excel in a Vietnamese locale uses `;`
 * between cells; the header row tells which separator the file uses.
 */
import { RosterUnitSchema, type RosterUnit } from '../contract/config.js';
import { normaliseUnitCode, schoolYearStart, suggestUnitCodes } from '../contract/roster.js';
import { ROSTER_LIMITS } from '../contract/constants.js';
import { t, type Lang } from '../i18n/index.js';
import { issueToFindings } from '../contract/schema-issues.js';
import type { Finding, Location } from '../contract/findings.js';

export interface LoadedRoster {
  units: RosterUnit[];
  findings: Finding[];
}

export const ROSTER_COLUMNS = ['code', 'name', 'level', 'parent', 'reports', 'valid_from', 'valid_until', 'replaces'] as const;
export type RosterColumn = (typeof ROSTER_COLUMNS)[number];


function finding(file: string, at: Location, message: string, path: string | null = null, hint: string | null = null): Finding {
  return { rule: 'roster', severity: 'error', file, path, ...at, message, hint };
}

export interface CsvCell {
  value: string;
  line: number;
  column: number;
}

export interface CsvRecord {
  cells: CsvCell[];
  line: number;
}

/** RFC 4180 records with the line and column where every cell starts. Problems are reported, never thrown. */
export function parseCsv(text: string, separator: string): { records: CsvRecord[]; problems: { line: number; column: number; kind: 'quote' | 'stray_quote' }[] } {
  const records: CsvRecord[] = [];
  const problems: { line: number; column: number; kind: 'quote' | 'stray_quote' }[] = [];
  let line = 1;
  let column = 1;
  let i = 0;
  let cells: CsvCell[] = [];
  let recordLine = 1;
  const n = text.length;
  const endRecord = () => {
    // a blank line is not a record
    if (!(cells.length === 1 && cells[0]!.value === '')) records.push({ cells, line: recordLine });
    cells = [];
  };
  while (i <= n) {
    const cellLine = line;
    const cellColumn = column;
    let value = '';
    if (text[i] === '"') {
      i++;
      column++;
      let closed = false;
      while (i < n) {
        const ch = text[i]!;
        if (ch === '"') {
          if (text[i + 1] === '"') {
            value += '"';
            i += 2;
            column += 2;
            continue;
          }
          i++;
          column++;
          closed = true;
          break;
        }
        if (ch === '\n') {
          line++;
          column = 1;
        } else column++;
        value += ch;
        i++;
      }
      if (!closed) problems.push({ line: cellLine, column: cellColumn, kind: 'quote' });
      // text after the closing quote up to the separator is kept, but flagged
      while (i < n && text[i] !== separator && text[i] !== '\n' && text[i] !== '\r') {
        if (text[i] === '"') problems.push({ line, column, kind: 'stray_quote' });
        value += text[i];
        i++;
        column++;
      }
    } else {
      while (i < n && text[i] !== separator && text[i] !== '\n' && text[i] !== '\r') {
        if (text[i] === '"') problems.push({ line, column, kind: 'stray_quote' });
        value += text[i];
        i++;
        column++;
      }
    }
    cells.push({ value, line: cellLine, column: cellColumn });
    if (i >= n) {
      endRecord();
      break;
    }
    const ch = text[i];
    if (ch === separator) {
      i++;
      column++;
      continue;
    }
    // end of record: \n, \r\n or a lone \r
    i += ch === '\r' && text[i + 1] === '\n' ? 2 : 1;
    line++;
    column = 1;
    endRecord();
    recordLine = line;
    if (i >= n) break;
  }
  return { records, problems };
}

const HEADER_ALIASES: Record<string, RosterColumn> = {
  code: 'code',
  'mã đơn vị': 'code',
  'ma don vi': 'code',
  name: 'name',
  'tên đơn vị': 'name',
  'ten don vi': 'name',
  level: 'level',
  'cấp học': 'level',
  'cap hoc': 'level',
  parent: 'parent',
  'mã đơn vị quản lý': 'parent',
  'ma don vi quan ly': 'parent',
  reports: 'reports',
  'nộp báo cáo': 'reports',
  'nop bao cao': 'reports',
  valid_from: 'valid_from',
  'có từ năm học': 'valid_from',
  'co tu nam hoc': 'valid_from',
  valid_until: 'valid_until',
  'có đến năm học': 'valid_until',
  'co den nam hoc': 'valid_until',
  replaces: 'replaces',
  'thay cho đơn vị': 'replaces',
  'thay cho don vi': 'replaces',
};

/** Map a header cell to a roster column: the contract key or its Vietnamese label, any case. */
export function rosterColumn(header: string): RosterColumn | undefined {
  return HEADER_ALIASES[header.normalize('NFC').trim().toLowerCase()];
}

const OPTIONAL_TEXT = new Set<RosterColumn>(['parent', 'valid_from', 'valid_until']);
const TRUE_WORDS = new Set(['true', 'yes', 'có', 'co', 'x', '1']);
const FALSE_WORDS = new Set(['false', 'no', 'không', 'khong', '0', '']);

/** Turn the cells of one roster row into a unit, or findings located at the cells. Shared with the Excel reader. */
export function rosterRow(
  values: Partial<Record<RosterColumn, { value: string; at: Location }>>,
  rowAt: Location,
  options: { file: string; lang: Lang },
): { unit?: RosterUnit; findings: Finding[] } {
  const { file, lang } = options;
  const findings: Finding[] = [];
  const data: Record<string, unknown> = {};
  for (const column of ['code', 'name', 'level', 'parent', 'valid_from', 'valid_until'] as const) {
    const v = values[column]?.value.normalize('NFC').trim();
    if (v !== undefined && (v !== '' || !OPTIONAL_TEXT.has(column))) data[column] = column === 'code' || column === 'parent' ? normaliseUnitCode(v) : v;
  }
  // several codes in one cell, separated by commas, semicolons or spaces
  const replaces = values.replaces?.value.normalize('NFC').split(/[\s,;]+/).filter((c) => c !== '');
  if (replaces && replaces.length > 0) data['replaces'] = replaces.map(normaliseUnitCode);
  const reports = values.reports;
  if (reports) {
    const word = reports.value.normalize('NFC').trim().toLowerCase();
    if (TRUE_WORDS.has(word)) data['reports'] = true;
    else if (!FALSE_WORDS.has(word)) findings.push(finding(file, reports.at, t('roster.csv.bool', lang, { value: reports.value }), 'reports'));
  }
  const result = RosterUnitSchema.safeParse(data);
  if (!result.success) {
    const locate = (path: readonly (string | number)[]) => values[path[0] as RosterColumn]?.at ?? rowAt;
    for (const issue of result.error.issues) {
      findings.push(...issueToFindings(issue, { root: RosterUnitSchema, data, file, lang, locate }).map((f) => ({ ...f, rule: 'roster' })));
    }
  }
  return findings.length > 0 || !result.success ? { findings } : { unit: result.data, findings };
}

/** Duplicate codes and parents missing from the file, located at the offending cell. */
export function checkRosterRows(rows: readonly { unit: RosterUnit; codeAt: Location; parentAt: Location }[], options: { file: string; lang: Lang }): Finding[] {
  const { file, lang } = options;
  const findings: Finding[] = [];
  const codes = new Set(rows.map((r) => r.unit.code));
  const seen = new Map<string, RosterUnit[]>();
  for (const r of rows) {
    // versions of one code in years that do not overlap are one unit over time (checked year by year on loading)
    const earlier = seen.get(r.unit.code) ?? [];
    if (earlier.some((u) => overlap(u, r.unit))) findings.push(finding(file, r.codeAt, t('roster.duplicate', lang, { code: r.unit.code }), 'code'));
    seen.set(r.unit.code, [...earlier, r.unit]);
    if (r.unit.parent !== undefined && !codes.has(r.unit.parent)) {
      const close = suggestUnitCodes(r.unit.parent, codes);
      findings.push(finding(file, r.parentAt, t('roster.unknown_parent', lang, { code: r.unit.code, parent: r.unit.parent }), 'parent', close.length > 0 ? t('roster.did_you_mean', lang, { codes: close.join(', ') }) : null));
    }
  }
  return findings;
}

function overlap(a: RosterUnit, b: RosterUnit): boolean {
  const from = (u: RosterUnit) => (u.valid_from === undefined ? -Infinity : schoolYearStart(u.valid_from));
  const until = (u: RosterUnit) => (u.valid_until === undefined ? Infinity : schoolYearStart(u.valid_until));
  return from(a) <= until(b) && from(b) <= until(a);
}

export function parseRosterCsv(bytes: Uint8Array, options: { file: string; lang: Lang }): LoadedRoster {
  const { file, lang } = options;
  const start: Location = { line: 1, column: 1, cell: null };
  if (bytes.byteLength > ROSTER_LIMITS.csvBytes) {
    const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
    return { units: [], findings: [finding(file, start, t('roster.too_large', lang, { size: mb(bytes.byteLength), limit: mb(ROSTER_LIMITS.csvBytes) }))] };
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    return { units: [], findings: [finding(file, start, t('syntax.encoding', lang), null, t('syntax.encoding.hint', lang))] };
  }
  if (text.trim() === '') return { units: [], findings: [finding(file, start, t('roster.csv.empty', lang))] };
  const firstLine = text.slice(0, text.search(/\r|\n|$/));
  const separator = firstLine.includes(';') && !firstLine.includes(',') ? ';' : firstLine.includes('\t') && !firstLine.includes(',') ? '\t' : ',';
  const { records, problems } = parseCsv(text, separator);
  const findings: Finding[] = problems.map((p) =>
    finding(file, { line: p.line, column: p.column, cell: null }, t(p.kind === 'quote' ? 'roster.csv.quote' : 'roster.csv.stray_quote', lang)),
  );
  const [header, ...body] = records;
  if (!header) return { units: [], findings: [finding(file, start, t('roster.csv.empty', lang))] };

  const columns: (RosterColumn | undefined)[] = header.cells.map((c) => rosterColumn(c.value));
  header.cells.forEach((c, i) => {
    if (columns[i] === undefined && c.value.trim() !== '') {
      findings.push(finding(file, { line: c.line, column: c.column, cell: null }, t('roster.csv.unknown_column', lang, { column: c.value })));
    }
  });
  const missing = (['code', 'name', 'level'] as const).filter((c) => !columns.includes(c));
  if (missing.length > 0) {
    findings.push(finding(file, { line: header.line, column: 1, cell: null }, t('roster.csv.header', lang, { missing: missing.join(', ') })));
    return { units: [], findings };
  }

  const rows: { unit: RosterUnit; codeAt: Location; parentAt: Location }[] = [];
  for (const record of body) {
    const rowAt: Location = { line: record.line, column: 1, cell: null };
    if (record.cells.length !== header.cells.length) {
      findings.push(finding(file, rowAt, t('roster.csv.columns', lang, { count: record.cells.length, expected: header.cells.length })));
      continue;
    }
    const values: Partial<Record<RosterColumn, { value: string; at: Location }>> = {};
    record.cells.forEach((c, i) => {
      const column = columns[i];
      if (column) values[column] = { value: c.value, at: { line: c.line, column: c.column, cell: null } };
    });
    const { unit, findings: rowFindings } = rosterRow(values, rowAt, { file, lang });
    findings.push(...rowFindings);
    if (unit) rows.push({ unit, codeAt: values.code!.at, parentAt: values.parent?.at ?? rowAt });
  }
  findings.push(...checkRosterRows(rows, { file, lang }));
  return { units: rows.map((r) => r.unit), findings: sortByLocation(findings) };
}

function sortByLocation(findings: Finding[]): Finding[] {
  return [...findings].sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
}
