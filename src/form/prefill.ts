/**
 * What a blank form is pre-filled with: the unit (from the roster) and the period. Pure.
 */
import type { RosterUnit } from '../contract/config.js';
import { periodFileKey, periodObject, periodName, type PeriodRef } from '../contract/period.js';
import type { Lang } from '../i18n/index.js';

export interface Prefill {
  data: Record<string, unknown>;
  /** «Trường Tiểu học Bình Yên — học kỳ I năm học 2024-2025» */
  caption: string;
  /** `th-binhyen-2024-2025-hk1`: a file name stem (`formFileStem`) */
  stem: string;
}

export function prefill(unit: RosterUnit | undefined, period: PeriodRef, lang: Lang): Prefill {
  const data: Record<string, unknown> = { schema_version: 1 };
  if (unit) data['unit'] = { code: unit.code, name: unit.name, level: unit.level, ...(unit.parent ? { parent: unit.parent } : {}) };
  data['period'] = periodObject(period);
  const name = periodName(period, lang);
  return {
    data,
    caption: unit ? `${unit.name} (${unit.code}) — ${name}` : name,
    stem: formFileStem(unit?.code, period),
  };
}

/**
 * The one naming scheme of a unit's form file (template, template --all, init submission): `th-binhyen-2024-2025-hk1`,
 * `th-binhyen-2024-10`, `th-binhyen-2024-q4`; `mau-…` for a form of no unit. Unit and period, so that the files of
 * one folder never collide.
 */
export function formFileStem(unitCode: string | undefined, period: PeriodRef): string {
  return `${unitCode ?? 'mau'}-${periodFileKey(period)}`.toLowerCase();
}

/** `th-binhyen-2024-2025-hk1.yaml`: the form file of a unit and period (see `formFileStem`). */
export function formFileName(unitCode: string | undefined, period: PeriodRef, format: 'yaml' | 'xlsx'): string {
  return `${formFileStem(unitCode, period)}.${format}`;
}
