/**
 * Small helpers shared by rule modules: names, field labels, periods, options (dates are `util/dates.ts`'s).
 */
import type { PeriodRef } from '../contract/period.js';
import { periodLabel } from '../contract/period.js';
import type { Bilingual } from '../contract/meta.js';
import { SubmissionSchema } from '../contract/submission.js';
import { fieldAt, type FieldPath } from '../contract/walk.js';

/** The later of two ISO dates (`null` is ignored). */
export function laterOf(a: string, b: string | null | undefined): string {
  return b && b > a ? b : a;
}

export { hasName } from '../contract/submission.js';

/** The field's label in both languages, for messages: `{label}` (shown in the message's language). */
export function labelOf(path: FieldPath): { label: Bilingual } {
  const meta = fieldAt(SubmissionSchema, path).meta;
  const key = String(path[path.length - 1] ?? '');
  return { label: meta?.label ?? { vi: key, en: key } };
}

/** The period's name in both languages, for messages: `{period}` (shown in the message's language). */
export function periodNames(ref: PeriodRef): { period: Bilingual } {
  return { period: periodLabel(ref) };
}

/** A non-negative integer option, or the fallback when the config gives something else. */
export function intOption(value: unknown, fallback: number): number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 ? value : fallback;
}

/**
 * Which of several byte-identical copies of one submission is kept (rule `duplicate-copy`): the shortest path — the
 * name as the school gave it, not the `x (1).xlsx` an e-mail client makes of a second download — and among paths of
 * the same length the first by code point, so the choice is the same on every machine.
 */
export function keptCopy<T extends { file: string }>(copies: readonly T[]): T {
  return [...copies].sort((a, b) => a.file.length - b.file.length || (a.file < b.file ? -1 : a.file > b.file ? 1 : 0))[0]!;
}
