/**
 * Vietnamese administrative writing conventions (Nghị định 30/2020/NĐ-CP, Phụ lục I; `shared/spec/document-format.md`):
 * document numbers, the place-and-date line, and how figures are written in the body.
 */

import { isoParts } from '../util/dates.js';

const pad2 = (n: number) => String(n).padStart(2, '0');

/** Spaces left for the clerk to write a number or a day by hand when the draft leaves it blank. */
export const BLANK = '\u00A0'.repeat(6);


/**
 * `ngày 05 tháng 01 năm 2025`: a leading zero only for days 1–9 and months 1 and 2 (Phụ lục I, II.4) — `tháng 4`,
 * `tháng 10`, never `tháng 04`. A draft may leave day and month blank (`ngày      tháng      năm 2025`).
 */
export function documentDate(date: string, options: { blankDayMonth?: boolean; blank?: boolean } = {}): string {
  // an electronic document's date is given by the e-office system when it is issued: nothing of it is written
  if (options.blank) return `ngày ${BLANK} tháng ${BLANK} năm ${BLANK}`;
  const { year, month, day } = isoParts(date);
  if (options.blankDayMonth) return `ngày ${BLANK} tháng ${BLANK} năm ${year}`;
  const m = month <= 2 ? pad2(month) : String(month);
  return `ngày ${pad2(day)} tháng ${m} năm ${year}`;
}

/** The place-and-date line: `Thái Nguyên, ngày 05 tháng 01 năm 2025`. */
export function placeAndDate(place: string, date: string, options?: { blankDayMonth?: boolean; blank?: boolean }): string {
  return `${place}, ${documentDate(date, options)}`;
}

/** A document number: below 10 with a leading zero (`05`), blank for the clerk when not given. */
export function documentNumber(number: number | null): string {
  if (number === null) return BLANK;
  return number < 10 ? pad2(number) : String(number);
}

/** `Số: 15/BC-SGDĐT`, `Số: 1564/SGDĐT-VP`, `Số:       /BC-SGDĐT`. */
export function numberLine(number: number | null, symbol: string): string {
  return `Số: ${documentNumber(number)}/${symbol}`;
}


/** Whole numbers as Vietnamese write them: `1.234`. */
export function formatCount(n: number): string {
  return String(Math.trunc(n)).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}

/** A percentage with one decimal and a decimal comma: `80,0%`; `–` when there is nothing to divide by. */
export function formatPct(pct: number | null): string {
  if (pct === null || !Number.isFinite(pct)) return '–';
  return `${pct.toFixed(1).replace('.', ',')}%`;
}

/** Vietnamese letters for `a)` `b)` … items, in the Vietnamese alphabet order (`đ` comes after `d`). */
const LETTERS = ['a', 'b', 'c', 'd', 'đ', 'e', 'g', 'h', 'i', 'k', 'l', 'm', 'n', 'o', 'p', 'q', 'r', 's', 't', 'u', 'v', 'x', 'y'];

export function vietnameseLetter(index: number): string {
  // past `y` the letters double (`aa`), as long lists in real documents do
  const round = Math.floor(index / LETTERS.length);
  return LETTERS[index % LETTERS.length]!.repeat(round + 1);
}

export function upperVi(text: string): string {
  return text.toLocaleUpperCase('vi');
}

/** First letter upper case, the rest unchanged (`học kỳ I` → `Học kỳ I`). */
export function capitalizeVi(text: string): string {
  return text.length === 0 ? text : text[0]!.toLocaleUpperCase('vi') + text.slice(1);
}
