/**
 * Reporting periods: the three forms of `period` (school year + term, month, quarter), their dates and deadlines from
 * the config's calendar, and their names in documents ("học kỳ I năm học 2024-2025").
 */
import type { Lang } from '../i18n/index.js';
import type { Config, TermDates } from './config.js';
import { MONTH_RE, QUARTER_RE, SCHOOL_YEAR_RE, type Term } from './constants.js';
import type { Period } from './submission.js';
import { addDays, isoOf, lastDayOfMonth } from '../util/dates.js';

export type PeriodRef =
  | { kind: 'term'; school_year: string; term: Term }
  | { kind: 'month'; month: string }
  | { kind: 'quarter'; quarter: string };

export interface ResolvedPeriod {
  ref: PeriodRef;
  start: string;
  end: string;
  deadline: string | null;
}

export function periodRef(p: Period): PeriodRef | null {
  if (p.school_year !== undefined && p.term !== undefined) return { kind: 'term', school_year: p.school_year, term: p.term };
  if (p.month !== undefined) return { kind: 'month', month: p.month };
  if (p.quarter !== undefined) return { kind: 'quarter', quarter: p.quarter };
  return null;
}

/** The `period` object as written in files (contract shape). */
export function periodObject(ref: PeriodRef): Period {
  switch (ref.kind) {
    case 'term':
      return { school_year: ref.school_year, term: ref.term };
    case 'month':
      return { month: ref.month };
    case 'quarter':
      return { quarter: ref.quarter };
  }
}

/** A stable key: `2024-2025/HK1`, `2024-10`, `2024-Q4`. */
export function periodKey(ref: PeriodRef): string {
  switch (ref.kind) {
    case 'term':
      return `${ref.school_year}/${ref.term}`;
    case 'month':
      return ref.month;
    case 'quarter':
      return ref.quarter;
  }
}

/**
 * The period in a file or folder name, the one scheme for all of them (a form, an output folder, a document):
 * `2024-2025-HK1`, `2024-10`, `2024-Q4` (`periodKey` without its slash).
 */
export function periodFileKey(ref: PeriodRef): string {
  return periodKey(ref).replace('/', '-');
}

export function samePeriod(a: PeriodRef, b: PeriodRef): boolean {
  return periodKey(a) === periodKey(b);
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The school year a date (`YYYY-MM-DD`) belongs to: a school year runs from August to the following July. */
export function schoolYearOf(date: string): string {
  const [y, m] = date.split('-').map(Number) as [number, number];
  return m >= 8 ? `${y}-${y + 1}` : `${y - 1}-${y}`;
}

/**
 * The school year a period falls in, which picks the roster in force for it (`rosterAt`): a term's own school year; a
 * month's (August to July); a quarter's by its last month (2025-Q3, July to September, is in 2025-2026).
 */
export function schoolYearOfPeriod(ref: PeriodRef): string {
  switch (ref.kind) {
    case 'term':
      return ref.school_year;
    case 'month':
      return schoolYearOf(`${ref.month}-01`);
    case 'quarter': {
      const [y, q] = ref.quarter.split('-Q').map(Number) as [number, number];
      return schoolYearOf(`${y}-${pad(q * 3)}-01`);
    }
  }
}

/**
 * The usual calendar of a school year, the tool's one default (MOET's yearly frame; deadlines of dinh-hoa-2024 III.2):
 * HK1 from the opening day 05/9 to the third Saturday of January, HK2 from the Monday after to 31/5; reports due 15/12
 * and 15/5. `init` writes it into a new edu-comms.yaml; a period whose school year the calendar leaves out takes its
 * dates from it, but not its deadline: a deadline only counts when the configuration sets it.
 */
export function defaultTerms(schoolYear: string): { HK1: TermDates; HK2: TermDates } {
  const first = Number(SCHOOL_YEAR_RE.exec(schoolYear)?.[1]);
  if (!Number.isInteger(first)) throw new Error(`not a school year: ${schoolYear}`);
  const jan1 = new Date(Date.UTC(first + 1, 0, 1));
  const firstSaturday = 1 + ((6 - jan1.getUTCDay() + 7) % 7);
  const hk1End = isoOf(first + 1, 1, firstSaturday + 14);
  return {
    HK1: { start: isoOf(first, 9, 5), end: hk1End, deadline: isoOf(first, 12, 15) },
    HK2: { start: addDays(hk1End, 2), end: isoOf(first + 1, 5, 31), deadline: isoOf(first + 1, 5, 15) },
  };
}

/** A term's dates from the default calendar, without its deadline (see `defaultTerms`); CN spans HK1 and HK2. */
function defaultTermDates(schoolYear: string, term: Term): TermDates {
  const { HK1, HK2 } = defaultTerms(schoolYear);
  if (term === 'HK1') return { start: HK1.start, end: HK1.end };
  if (term === 'HK2') return { start: HK2.start, end: HK2.end };
  return { start: HK1.start, end: HK2.end };
}

export function resolvePeriod(ref: PeriodRef, calendar: Config['calendar']): ResolvedPeriod {
  if (ref.kind === 'term') {
    const year = calendar[ref.school_year];
    let dates: TermDates | undefined = year?.[ref.term];
    if (!dates && ref.term === 'CN' && year?.HK1 && year.HK2) {
      dates = { start: year.HK1.start, end: year.HK2.end, ...(year.HK2.deadline ? { deadline: year.HK2.deadline } : {}) };
    }
    dates ??= defaultTermDates(ref.school_year, ref.term);
    return { ref, start: dates.start, end: dates.end, deadline: dates.deadline ?? null };
  }
  let y: number;
  let firstMonth: number;
  let lastMonth: number;
  if (ref.kind === 'month') {
    const m = MONTH_RE.exec(ref.month);
    y = Number(m?.[1]);
    firstMonth = lastMonth = Number(m?.[2]);
  } else {
    const q = QUARTER_RE.exec(ref.quarter);
    y = Number(q?.[1]);
    lastMonth = Number(q?.[2]) * 3;
    firstMonth = lastMonth - 2;
  }
  const start = isoOf(y, firstMonth, 1);
  const end = isoOf(y, lastMonth, lastDayOfMonth(y, lastMonth));
  const day = calendar[schoolYearOf(start)]?.monthly_deadline_day;
  const deadline = day === undefined ? null : isoOf(y, lastMonth + 1, day);
  return { ref, start, end, deadline };
}

/**
 * The term a form or report made on `today` is for (template, init submission): of the school year (by default the one
 * containing today), the last term that has started by the calendar (or the default calendar's dates), else HK1.
 */
export function currentTerm(today: string, calendar: Config['calendar'], schoolYear: string = schoolYearOf(today)): PeriodRef & { kind: 'term' } {
  let chosen: PeriodRef & { kind: 'term' } = { kind: 'term', school_year: schoolYear, term: 'HK1' };
  const hk2: PeriodRef & { kind: 'term' } = { kind: 'term', school_year: schoolYear, term: 'HK2' };
  if (resolvePeriod(hk2, calendar).start <= today) chosen = hk2;
  return chosen;
}

const ROMAN = ['', 'I', 'II', 'III', 'IV'];

/** The period as it is named in documents and messages. */
export function periodName(ref: PeriodRef, lang: Lang): string {
  if (ref.kind === 'term') {
    if (lang === 'en') {
      const t = ref.term === 'CN' ? 'school year' : `term ${ref.term === 'HK1' ? 'I' : 'II'} of school year`;
      return `${t} ${ref.school_year}`;
    }
    if (ref.term === 'CN') return `năm học ${ref.school_year}`;
    return `học kỳ ${ref.term === 'HK1' ? 'I' : 'II'} năm học ${ref.school_year}`;
  }
  if (ref.kind === 'month') {
    const [y, m] = ref.month.split('-');
    return lang === 'en' ? `month ${ref.month}` : `tháng ${Number(m)} năm ${y}`;
  }
  const [y, q] = ref.quarter.split('-Q');
  return lang === 'en' ? `quarter ${q} of ${y}` : `quý ${ROMAN[Number(q)]} năm ${y}`;
}

/** The period's name in both languages, for messages. */
export function periodLabel(ref: PeriodRef): { vi: string; en: string } {
  return { vi: periodName(ref, 'vi'), en: periodName(ref, 'en') };
}

/** Periods contained in `outer` that roll up into it: HK1+HK2 into CN, months into their quarter (invariant 2). */
export function partsOf(outer: PeriodRef): PeriodRef[] {
  if (outer.kind === 'term' && outer.term === 'CN') {
    return [
      { kind: 'term', school_year: outer.school_year, term: 'HK1' },
      { kind: 'term', school_year: outer.school_year, term: 'HK2' },
    ];
  }
  if (outer.kind === 'quarter') {
    const [y, q] = outer.quarter.split('-Q').map(Number) as [number, number];
    return [1, 2, 3].map((i) => ({ kind: 'month' as const, month: isoOf(y, (q - 1) * 3 + i, 1).slice(0, 7) }));
  }
  return [];
}

/**
 * The kind of a period, for comparisons: terms (HK1, HK2) are one kind, a whole school year (CN) another, months and
 * quarters their own. Comparing periods of different kinds is said, never done silently.
 */
export type PeriodKind = 'term' | 'year' | 'month' | 'quarter';
export function periodKind(ref: PeriodRef): PeriodKind {
  if (ref.kind === 'term') return ref.term === 'CN' ? 'year' : 'term';
  return ref.kind;
}

const shiftYear = (schoolYear: string, by: number): string => {
  const [a, b] = schoolYear.split('-').map(Number) as [number, number];
  return `${a + by}-${b + by}`;
};
const monthPlus = (month: string, by: number): string => {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const index = y * 12 + (m - 1) + by;
  return `${Math.floor(index / 12)}-${pad((index % 12) + 1)}`;
};
const quarterPlus = (quarter: string, by: number): string => {
  const [y, q] = quarter.split('-Q').map(Number) as [number, number];
  const index = y * 4 + (q - 1) + by;
  return `${Math.floor(index / 4)}-Q${(index % 4) + 1}`;
};

/** The period of the same kind just before this one: HK2 → HK1 of the same year, HK1 → HK2 of the year before. */
export function previousPeriod(ref: PeriodRef): PeriodRef {
  switch (ref.kind) {
    case 'term':
      if (ref.term === 'HK2') return { kind: 'term', school_year: ref.school_year, term: 'HK1' };
      if (ref.term === 'HK1') return { kind: 'term', school_year: shiftYear(ref.school_year, -1), term: 'HK2' };
      return { kind: 'term', school_year: shiftYear(ref.school_year, -1), term: 'CN' };
    case 'month':
      return { kind: 'month', month: monthPlus(ref.month, -1) };
    case 'quarter':
      return { kind: 'quarter', quarter: quarterPlus(ref.quarter, -1) };
  }
}

/** The same period of the previous school year (cùng kỳ năm học trước): HK1 2026-2027 → HK1 2025-2026. */
export function samePeriodLastYear(ref: PeriodRef): PeriodRef {
  switch (ref.kind) {
    case 'term':
      return { kind: 'term', school_year: shiftYear(ref.school_year, -1), term: ref.term };
    case 'month':
      return { kind: 'month', month: monthPlus(ref.month, -12) };
    case 'quarter':
      return { kind: 'quarter', quarter: quarterPlus(ref.quarter, -4) };
  }
}
