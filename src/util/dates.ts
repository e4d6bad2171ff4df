/**
 * Calendar dates, the one place they are parsed, checked, moved and written: `YYYY-MM-DD` strings inside the tool,
 * `DD/MM/YYYY` in documents, messages and forms. Plain arithmetic on UTC days (no date library, so the command line's
 * `--help` stays instant); the time zone of "today" is `clock.ts`'s.
 */

const DAY_MS = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

const pad2 = (n: number) => String(n).padStart(2, '0');

/** Year, month (1–12) and day of a `YYYY-MM-DD` string; throws on anything else (an internal bug, not input). */
export function isoParts(date: string): { year: number; month: number; day: number } {
  const m = ISO_DATE.exec(date);
  if (!m) throw new RangeError(`not an ISO date: ${date}`);
  return { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
}

/** `YYYY-MM-DD` of a year, month (1–12) and day; days and months out of range roll over (day 0 is the last of the month before). */
export function isoOf(year: number, month: number, day: number): string {
  return new Date(Date.UTC(year, month - 1, day)).toISOString().slice(0, 10);
}

/** Is `value` a real calendar date written `YYYY-MM-DD` (no 2024-02-30)? */
export function isRealIsoDate(value: string): boolean {
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  return isoOf(Number(m[1]), Number(m[2]), Number(m[3])) === value;
}

/**
 * A date in running text, documents, messages and forms: `2024-12-10` → `10/12/2024`. Nothing (null, '') is written as
 * nothing; text that is not an ISO date is shown as it is.
 */
export function shortDate(date: string | null | undefined): string {
  if (!date) return '';
  const m = ISO_DATE.exec(date);
  return m ? `${m[3]}/${m[2]}/${m[1]}` : date;
}

/** `10/12/2024`, `1/9/2024`, `10.12.2024`, `10-12-2024` → `2024-12-10` (day first, always); not a real date → undefined. */
export function dayMonthYearToIso(text: string): string | undefined {
  const m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text);
  if (!m) return undefined;
  const iso = `${m[3]}-${pad2(Number(m[2]))}-${pad2(Number(m[1]))}`;
  return isRealIsoDate(iso) ? iso : undefined;
}

const utc = (date: string) => {
  const { year, month, day } = isoParts(date);
  return Date.UTC(year, month - 1, day);
};

/** Whole days from `from` to `to` (negative when `to` is earlier). Both are `YYYY-MM-DD`. */
export function daysBetween(from: string, to: string): number {
  return Math.round((utc(to) - utc(from)) / DAY_MS);
}

/** `date` moved by `days` days, as `YYYY-MM-DD`. */
export function addDays(date: string, days: number): string {
  const { year, month, day } = isoParts(date);
  return isoOf(year, month, day + days);
}

/** The last day (28–31) of a month (1–12). */
export function lastDayOfMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * A date as a clerk types it — `10/12/2026`, `10-12-2026`, `10.12.2026` (day first, as in Vietnam) or `2026-12-10` —
 * as `YYYY-MM-DD`; null when it is not a real calendar date (`31/02/2026`).
 */
export function clerkDate(raw: string): string | null {
  const text = raw.trim();
  return isRealIsoDate(text) ? text : (dayMonthYearToIso(text) ?? null);
}
