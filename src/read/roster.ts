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
import { LEVEL_ALIASES, LEVEL_NAMES, LEVELS, ROSTER_LIMITS } from '../contract/constants.js';
import { matchChoice, type Choice } from '../form/excel/values.js';
import { t, type Lang } from '../i18n/index.js';
import { issueToFindings } from '../contract/schema-issues.js';
import type { Finding, Location, SourceDocument } from '../contract/findings.js';
import { metaOf } from '../contract/meta.js';
import { formatPath, type FieldPath } from '../contract/walk.js';
import { suggest } from '../util/suggest.js';

export interface LoadedRoster {
  units: RosterUnit[];
  findings: Finding[];
}

export const ROSTER_COLUMNS = ['code', 'name', 'level', 'parent', 'reports', 'moet_code', 'valid_from', 'valid_until', 'replaces'] as const;
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

/**
 * Header names a roster column is known by, besides the field's own key and its Vietnamese and English labels in the
 * contract (`RosterUnitSchema`). Compared loosely (any case, with or without diacritics, spaces or `_`), so that
 * `Mã đơn vị`, `MA_DON_VI` and `ma don vi` are one header. Anything else a sector export calls its columns goes in the
 * `columns:` mapping of `units_file:`.
 */
const HEADER_NAMES: Record<RosterColumn, readonly string[]> = {
  code: ['code', 'unit code', 'mã đơn vị'],
  name: ['name', 'unit name', 'tên đơn vị', 'tên trường'],
  level: ['level', 'cấp học'],
  parent: ['parent', 'parent code', 'mã đơn vị quản lý', 'mã đơn vị cấp trên'],
  reports: ['reports', 'nộp báo cáo'],
  moet_code: ['moet code', 'moet', 'mã csdl', 'mã csdl ngành', 'mã trên csdl ngành', 'sector database code'],
  valid_from: ['valid from', 'có từ năm học'],
  valid_until: ['valid until', 'có đến năm học'],
  replaces: ['replaces', 'thay cho đơn vị'],
};

/** A header compared loosely: NFC, lower case, no diacritics (đ → d), every run of other characters one space. */
export function headerKey(text: string): string {
  return text
    .normalize('NFC')
    .toLocaleLowerCase('vi')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

const FIELD_BY_HEADER: ReadonlyMap<string, RosterColumn> = (() => {
  const map = new Map<string, RosterColumn>();
  for (const column of ROSTER_COLUMNS) {
    const label = metaOf(RosterUnitSchema.shape[column])?.label;
    for (const name of [column, ...HEADER_NAMES[column], ...(label ? [label.vi, label.en] : [])]) map.set(headerKey(name), column);
  }
  return map;
})();

/** Map a header cell to a roster column: the contract key, its Vietnamese or English label or a known name, loosely. */
export function rosterColumn(header: string): RosterColumn | undefined {
  return FIELD_BY_HEADER.get(headerKey(header));
}

/** What a column of a roster file feeds: a field of the unit, or one of its attributes (every other header). */
export type ColumnTarget = { field: RosterColumn } | { attribute: string };

const ATTRIBUTE_TARGET = /^\s*(?:attributes|thuộc tính|thuoc tinh)\s*[.:]\s*(.+?)\s*$/iu;

/**
 * The target a `columns:` mapping names: a roster field (its key or label, loosely) or `attributes.NAME`
 * (`thuộc tính: NAME`) for an attribute; undefined for anything else.
 */
export function mappingTarget(value: string): ColumnTarget | undefined {
  const attribute = ATTRIBUTE_TARGET.exec(value.normalize('NFC'));
  if (attribute) return { attribute: attribute[1]! };
  const field = rosterColumn(value);
  return field ? { field } : undefined;
}

/** What a `columns:` mapping may name, for its error message. */
export const MAPPING_TARGETS = [...ROSTER_COLUMNS, 'attributes.<tên>'] as const;

/**
 * The problems of a `columns:` mapping of `units_file:` (the raw value read from edu-comms.yaml): a target that is
 * neither a roster field nor `attributes.NAME`, located at its line, with the closest field names.
 */
export function checkRosterMapping(columns: unknown, ctx: { file: string; lang: Lang; locate: SourceDocument['locate']; prefix: FieldPath }): Finding[] {
  if (columns === null || typeof columns !== 'object' || Array.isArray(columns)) return [];
  const findings: Finding[] = [];
  for (const [header, value] of Object.entries(columns as Record<string, unknown>)) {
    if (typeof value !== 'string' || mappingTarget(value) !== undefined) continue;
    const path = [...ctx.prefix, header];
    const near = suggest(headerKey(value).replace(/ /g, '_'), ROSTER_COLUMNS);
    findings.push({
      rule: 'config',
      severity: 'error',
      file: ctx.file,
      path: formatPath(path),
      ...ctx.locate(path, 'value'),
      message: t('roster.mapping_target', ctx.lang, { header, value }),
      hint:
        (near.length > 0 ? `${t('roster.did_you_mean', ctx.lang, { codes: near.join(', ') })} ` : '') +
        t('roster.mapping_target.hint', ctx.lang, { targets: MAPPING_TARGETS.join(', ') }),
    });
  }
  return findings;
}

export interface HeaderCell {
  text: string;
  at: Location;
}

/**
 * Turn a header row into the target of each column: the `columns:` mapping first, then the roster's known names, and
 * every other non-empty header is an attribute named by it. Problems, all at once and located at their header cell:
 * two columns feeding one field or attribute, and the required fields no column feeds (with the headers that come
 * closest, and the hint to map them in `columns:`).
 */
export function resolveHeader(
  cells: readonly HeaderCell[],
  options: { file: string; lang: Lang; columns?: Readonly<Record<string, string>> | undefined; rowAt: Location },
): { targets: (ColumnTarget | undefined)[]; findings: Finding[]; complete: boolean } {
  const { file, lang } = options;
  const mapping = new Map(Object.entries(options.columns ?? {}).map(([header, target]) => [headerKey(header), mappingTarget(target)]));
  const findings: Finding[] = [];
  const seen = new Map<string, HeaderCell>();
  const targets = cells.map((cell): ColumnTarget | undefined => {
    const text = cell.text.normalize('NFC').trim();
    if (text === '') return undefined;
    // the mapping, else a field's name or `attributes.NAME` written in the file itself, else an attribute named by it
    const target = mapping.get(headerKey(text)) ?? mappingTarget(text) ?? { attribute: text };
    const id = 'field' in target ? `field:${target.field}` : `attribute:${headerKey(target.attribute)}`;
    const first = seen.get(id);
    if (first) {
      findings.push(finding(file, cell.at, t('roster.header_twice', lang, { column: text, first: first.text, target: 'field' in target ? target.field : target.attribute })));
      return undefined;
    }
    seen.set(id, cell);
    return target;
  });
  const fed = new Set(targets.flatMap((x) => (x && 'field' in x ? [x.field] : [])));
  const missing = (['code', 'name', 'level'] as const).filter((c) => !fed.has(c));
  if (missing.length > 0) {
    const others = cells.filter((_, i) => { const x = targets[i]; return x !== undefined && 'attribute' in x; }).map((c) => c.text.trim());
    const close = missing.flatMap((field) => {
      const names = [...FIELD_BY_HEADER].filter(([, f]) => f === field).map(([k]) => k);
      const near = others.filter((o) => suggest(headerKey(o), names).length > 0);
      return near.map((o) => `«${o}» → ${field}`);
    });
    findings.push(
      finding(
        file,
        options.rowAt,
        t('roster.csv.header', lang, { missing: missing.join(', '), found: cells.map((c) => c.text.trim()).filter((x) => x !== '').join(', ') || '—' }),
        null,
        t('roster.csv.header.hint', lang, { example: close.length > 0 ? close.join('; ') : `«Mã trường» → ${missing[0]}` }),
      ),
    );
  }
  return { targets, findings, complete: missing.length === 0 };
}

/** The cells of one row, by what they feed. */
export interface RowValues {
  fields: Partial<Record<RosterColumn, { value: string; at: Location }>>;
  attributes: { name: string; value: string; at: Location }[];
}

/** Sort a row's cells into fields and attributes by their column's target. */
export function rowValues(cells: readonly { value: string; at: Location }[], targets: readonly (ColumnTarget | undefined)[]): RowValues {
  const row: RowValues = { fields: {}, attributes: [] };
  cells.forEach((cell, i) => {
    const target = targets[i];
    if (!target) return;
    if ('field' in target) row.fields[target.field] = cell;
    else row.attributes.push({ name: target.attribute, ...cell });
  });
  return row;
}

/** A level as the sector's lists write it: its code (any case), its Vietnamese or English name, or a known alias. */
const LEVEL_CHOICES: Choice[] = LEVELS.map((code) => ({
  code,
  names: [LEVEL_NAMES[code].vi, LEVEL_NAMES[code].en, ...Object.keys(LEVEL_ALIASES).filter((a) => LEVEL_ALIASES[a] === code)],
}));
export const levelFromText = (text: string): string => matchChoice(text, LEVEL_CHOICES) ?? text;

const OPTIONAL_TEXT = new Set<RosterColumn>(['parent', 'moet_code', 'valid_from', 'valid_until']);
const TRUE_WORDS = new Set(['true', 'yes', 'có', 'co', 'x', '1']);
const FALSE_WORDS = new Set(['false', 'no', 'không', 'khong', '0', '']);

/** Turn the cells of one roster row into a unit, or findings located at the cells. Shared with the Excel reader. */
export function rosterRow(row: RowValues, rowAt: Location, options: { file: string; lang: Lang }): { unit?: RosterUnit; findings: Finding[] } {
  const { file, lang } = options;
  const values = row.fields;
  const findings: Finding[] = [];
  const data: Record<string, unknown> = {};
  for (const column of ['code', 'name', 'level', 'parent', 'moet_code', 'valid_from', 'valid_until'] as const) {
    const v = values[column]?.value.normalize('NFC').trim();
    if (v !== undefined && (v !== '' || !OPTIONAL_TEXT.has(column))) {
      data[column] = column === 'code' || column === 'parent' ? normaliseUnitCode(v) : column === 'level' ? levelFromText(v) : v;
    }
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
  // an empty cell: the unit has no value for that attribute
  const attributes = row.attributes.map((a) => ({ ...a, value: a.value.normalize('NFC').trim() })).filter((a) => a.value !== '');
  if (attributes.length > 0) data['attributes'] = Object.fromEntries(attributes.map((a) => [a.name, a.value]));
  const result = RosterUnitSchema.safeParse(data);
  if (!result.success) {
    const locate = (path: readonly (string | number)[]) =>
      (path[0] === 'attributes' ? attributes.find((a) => a.name === path[1])?.at : values[path[0] as RosterColumn]?.at) ?? rowAt;
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

/** How many lines or rows from the top a roster file's header may be (title lines above it are skipped). */
export const HEADER_SEARCH_ROWS = 20;

export interface RosterReadOptions {
  file: string;
  lang: Lang;
  /** `columns:` of `units_file:`: header text → roster field or `attributes.NAME`. */
  columns?: Readonly<Record<string, string>> | undefined;
}

export function parseRosterCsv(bytes: Uint8Array, options: RosterReadOptions): LoadedRoster {
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
  if (records.length === 0) return { units: [], findings: [finding(file, start, t('roster.csv.empty', lang))] };

  const at = (c: CsvCell): Location => ({ line: c.line, column: c.column, cell: null });
  const headerOf = (record: CsvRecord) =>
    resolveHeader(record.cells.map((c) => ({ text: c.value, at: at(c) })), { file, lang, columns: options.columns, rowAt: { line: record.line, column: 1, cell: null } });
  // a list exported from the sector's database may have title lines above its header: the header is the first of the
  // first lines that names the required columns (else the first line, whose missing columns are then reported)
  const headerIndex = Math.max(0, records.slice(0, HEADER_SEARCH_ROWS).findIndex((r) => headerOf(r).complete));
  const header = records[headerIndex]!;
  const body = records.slice(headerIndex + 1);
  const resolved = headerOf(header);
  findings.push(...resolved.findings);
  if (!resolved.complete) return { units: [], findings: sortByLocation(findings) };

  const rows: { unit: RosterUnit; codeAt: Location; parentAt: Location }[] = [];
  const unheaded = new Set<number>();
  for (const record of body) {
    const rowAt: Location = { line: record.line, column: 1, cell: null };
    if (record.cells.length > header.cells.length && record.cells.slice(header.cells.length).some((c) => c.value.trim() !== '')) {
      findings.push(finding(file, rowAt, t('roster.csv.columns', lang, { count: record.cells.length, expected: header.cells.length })));
      continue;
    }
    if (record.cells.length < header.cells.length) {
      findings.push(finding(file, rowAt, t('roster.csv.columns', lang, { count: record.cells.length, expected: header.cells.length })));
      continue;
    }
    record.cells.forEach((c, i) => {
      if (i < header.cells.length && resolved.targets[i] === undefined && header.cells[i]!.value.trim() === '' && c.value.trim() !== '' && !unheaded.has(i)) {
        unheaded.add(i);
        findings.push(finding(file, at(c), t('roster.no_header', lang, { value: c.value.trim() })));
      }
    });
    const values = rowValues(record.cells.map((c) => ({ value: c.value, at: at(c) })), resolved.targets);
    const { unit, findings: rowFindings } = rosterRow(values, rowAt, { file, lang });
    findings.push(...rowFindings);
    if (unit) rows.push({ unit, codeAt: values.fields.code!.at, parentAt: values.fields.parent?.at ?? rowAt });
  }
  findings.push(...checkRosterRows(rows, { file, lang }));
  return { units: rows.map((r) => r.unit), findings: sortByLocation(findings) };
}

function sortByLocation(findings: Finding[]): Finding[] {
  return [...findings].sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
}
