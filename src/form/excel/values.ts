/**
 * From a cell to a contract value and back. Pure.
 *
 * Reading forgives what clerks type (`submission.md` → Types): numbers typed as text (`"12"`, `"1.200"` with the
 * Vietnamese thousands separator), dates as real Excel dates, `10/12/2024` text (always day/month/year) or serial
 * numbers, yes/no as «Có»/«Không». What cannot be read as the field's kind is passed on as typed, so the schema
 * reports it with the value the clerk sees.
 */
import type { FormKind } from '../layout.js';
import { normaliseText, type LegacyEncoding } from '../../util/legacy-vn.js';
import type { CellValue } from './workbook.js';
import { dayMonthYearToIso, isoParts, isRealIsoDate } from '../../util/dates.js';
import { BOOL_WORDS } from '../../contract/primitives.js';

export interface ReadValue {
  /** undefined: the cell is empty (the field is absent). */
  value: unknown;
  legacy?: LegacyEncoding;
  /** The cell holds a formula with no saved result. */
  formula?: string;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** `YYYY-MM-DD` of an Excel date (zone-less, so read in UTC; half a second absorbs float error in times). */
export function dateToIso(date: Date): string {
  const d = new Date(date.getTime() + 500);
  return `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

/** Excel's serial day number (1900 system; day 0 is 1899-12-30) as `YYYY-MM-DD`, for plausible serials. */
export function serialToIso(serial: number): string | undefined {
  // 61 = 1900-03-01: earlier serials are off by Excel's phantom 29/02/1900, and no report is that old
  if (!Number.isFinite(serial) || serial < 61 || serial > 2958465) return undefined;
  return dateToIso(new Date(Date.UTC(1899, 11, 30) + Math.floor(serial) * 86_400_000));
}

/** A real calendar date `YYYY-MM-DD` as the Date Excel stores (UTC midnight), or undefined. */
export function isoToDate(iso: string): Date | undefined {
  if (!isRealIsoDate(iso)) return undefined;
  const { year, month, day } = isoParts(iso);
  return new Date(Date.UTC(year, month - 1, day));
}


/** `12`, `1.200`, `1 200` → a whole number; anything else → undefined. */
export function parseWholeNumber(text: string): number | undefined {
  const t = text.replace(/[\s\u00A0]+/g, ' ').trim();
  if (/^[+-]?\d+$/.test(t)) return Number(t);
  if (/^\d{1,3}(\.\d{3})+$/.test(t) || /^\d{1,3}( \d{3})+$/.test(t)) return Number(t.replace(/[. ]/g, ''));
  return undefined;
}

const fold = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .trim();

/** A choice of an enum field: its code, and the names a person may see or type for it (Vietnamese first). */
export interface Choice {
  code: string;
  names: readonly string[];
}

/** The choices of a field from the contract (codes and their labels); empty for a field that is not an enum. */
export function choicesOf(field: { kind?: { options?: readonly string[]; labels?: Readonly<Record<string, { vi: string; en: string }>> } }): Choice[] {
  const labels = field.kind?.labels;
  return (field.kind?.options ?? []).map((code) => ({ code, names: labels?.[code] ? [labels[code].vi, labels[code].en] : [] }));
}

/** What the form shows for an enum's code: its label in the form's language, else the code. */
export function choiceLabel(choices: readonly Choice[], code: unknown, lang: 'vi' | 'en'): unknown {
  const choice = choices.find((c) => c.code === code);
  return choice?.names[lang === 'vi' ? 0 : 1] ?? choice?.names[0] ?? code;
}

/** The code a clerk meant: the code or a label, whatever the case, diacritics and spacing. */
export function matchChoice(text: string, choices: readonly (string | Choice)[]): string | undefined {
  const list = choices.map((c) => (typeof c === 'string' ? { code: c, names: [] } : c));
  const exact = list.find((c) => c.code === text || c.names.includes(text));
  if (exact) return exact.code;
  const folded = fold(text).replace(/\s+/g, ' ');
  return list.find((c) => [c.code, ...c.names].some((name) => fold(name).replace(/\s+/g, ' ') === folded))?.code;
}

export const YES = BOOL_WORDS.yes;
export const NO = BOOL_WORDS.no;
const YES_WORDS = new Set(['co', 'yes', 'true', 'x']);
const NO_WORDS = new Set(['khong', 'no', 'false']);

/** Read a cell as a value of `kind`. `options` are an enum's allowed values. */
export function cellToValue(cell: CellValue, kind: FormKind, options: readonly (string | Choice)[] = []): ReadValue {
  switch (cell.type) {
    case 'empty':
      return { value: undefined };
    case 'formula':
      return { value: undefined, formula: cell.formula };
    case 'error':
      return { value: cell.text };
    case 'text':
      return textToValue(cell.text, cell.font, kind, options);
    case 'number':
      if (kind === 'date') return { value: serialToIso(cell.value) ?? cell.value };
      if (kind === 'text' || kind === 'enum') return textToValue(numberText(cell.value), undefined, kind, options);
      if (kind === 'bool' && (cell.value === 0 || cell.value === 1)) return { value: cell.value === 1 };
      return { value: Object.is(cell.value, -0) ? 0 : cell.value };
    case 'boolean':
      return { value: cell.value };
    case 'date': {
      const iso = dateToIso(cell.value);
      return { value: iso };
    }
  }
}

function numberText(n: number): string {
  return Number.isInteger(n) && Math.abs(n) < 1e21 ? n.toFixed(0) : String(n);
}

function textToValue(raw: string, font: string | undefined, kind: FormKind, options: readonly (string | Choice)[]): ReadValue {
  const { text: normalised, legacy } = kind === 'text' ? normaliseText(raw, font) : { text: raw.normalize('NFC'), legacy: null };
  const text = normalised.replace(/\r\n?/g, '\n').trim();
  if (text === '') return { value: undefined };
  const withLegacy = (value: unknown): ReadValue => (legacy ? { value, legacy } : { value });
  switch (kind) {
    case 'text':
      return withLegacy(text);
    case 'int':
      return { value: parseWholeNumber(text) ?? text };
    case 'bool': {
      const word = fold(text);
      return { value: YES_WORDS.has(word) ? true : NO_WORDS.has(word) ? false : text };
    }
    case 'date':
      return { value: /^\d{4}-\d{2}-\d{2}$/.test(text) ? text : (dayMonthYearToIso(text) ?? text) };
    case 'enum':
      return { value: matchChoice(text, options) ?? text };
  }
}

/**
 * The cell that holds `value` in the form. Booleans become «Có»/«Không», valid dates real Excel dates; anything else
 * is written as it is (the reader then reports it like the YAML reader would).
 */
export function valueToCell(value: unknown, kind: FormKind): CellValue {
  if (value === undefined || value === null || value === '') return { type: 'empty' };
  if (typeof value === 'boolean') return kind === 'bool' ? { type: 'text', text: value ? YES : NO } : { type: 'boolean', value };
  if (typeof value === 'number') return { type: 'number', value };
  if (typeof value === 'string') {
    const date = kind === 'date' ? isoToDate(value) : undefined;
    return date ? { type: 'date', value: date } : { type: 'text', text: value };
  }
  return { type: 'text', text: String(value) };
}

/** A stable description of what a cell holds, to tell whether a clerk changed it since it was written. */
export function cellFingerprint(cell: CellValue): string {
  switch (cell.type) {
    case 'empty':
      return 'empty';
    case 'date':
      return `date:${cell.value.toISOString()}`;
    case 'text':
    case 'error':
      return `${cell.type}:${cell.text}`;
    case 'number':
    case 'boolean':
      return `${cell.type}:${String(cell.value)}`;
    case 'formula':
      return `formula:${cell.formula}`;
  }
}
