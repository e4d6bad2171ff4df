/**
 * What a blank form is pre-filled with: the unit (from the roster) and the period. Pure.
 */
import type { Config, RosterUnit } from '../contract/config.js';
import { periodObject, periodName, resolvePeriod, schoolYearOf, type PeriodRef } from '../contract/period.js';
import { TERMS } from '../contract/submission.js';
import type { Lang } from '../i18n/index.js';

/**
 * The term a form made today is for: the school year containing today, and the term of the calendar (or MOET's
 * default dates) that contains today, else the last one that has started.
 */
export function currentTerm(today: string, calendar: Config['calendar']): PeriodRef {
  const school_year = schoolYearOf(today);
  let chosen: PeriodRef = { kind: 'term', school_year, term: 'HK1' };
  for (const term of TERMS.filter((t) => t !== 'CN')) {
    const ref: PeriodRef = { kind: 'term', school_year, term };
    if (resolvePeriod(ref, calendar).start <= today) chosen = ref;
  }
  return chosen;
}

export interface Prefill {
  data: Record<string, unknown>;
  /** «Trường Tiểu học Bình Yên — học kỳ I năm học 2024-2025» */
  caption: string;
  /** `th-binhyen-2024-2025-hk1`: a file name stem */
  stem: string;
}

export function prefill(unit: RosterUnit | undefined, period: PeriodRef, lang: Lang): Prefill {
  const data: Record<string, unknown> = { schema_version: 1 };
  if (unit) data['unit'] = { code: unit.code, name: unit.name, level: unit.level, ...(unit.parent ? { parent: unit.parent } : {}) };
  data['period'] = periodObject(period);
  const name = periodName(period, lang);
  const periodStem = period.kind === 'term' ? `${period.school_year}-${period.term}` : period.kind === 'month' ? period.month : period.quarter;
  return {
    data,
    caption: unit ? `${unit.name} (${unit.code}) — ${name}` : name,
    stem: `${unit ? unit.code : 'mau'}-${periodStem}`.toLowerCase(),
  };
}
