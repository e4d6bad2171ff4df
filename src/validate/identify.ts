/**
 * Whose file is it? A file the schema refused (or that does not even parse) still belongs to a school: counting it as
 * missing would make the reminder tell a school that did send its report that it did not. The unit and period are
 * recovered from what does parse (the YAML parser keeps the partial document), or else from the file name and the
 * roster — never to accept the file, only to list it as that school's rejected report.
 */
import { periodRef, type PeriodRef } from '../contract/period.js';
import type { Roster } from '../contract/roster.js';
import { PeriodSchema, type Period } from '../contract/submission.js';

export interface Identity {
  unit: string | null;
  period: Period | null;
  periodRef: PeriodRef | null;
}

const fold = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'D')
    .toUpperCase();

/** The roster unit named in `data.unit.code`, or in the file's name (`th-binhyen.yaml`, `bao-cao-TH-BINHYEN-…`). */
export function identify(data: unknown, file: string, roster: Roster): Identity {
  const record = typeof data === 'object' && data !== null && !Array.isArray(data) ? (data as Record<string, unknown>) : {};
  const unitField = record['unit'];
  const written = typeof unitField === 'object' && unitField !== null ? (unitField as Record<string, unknown>)['code'] : undefined;
  let unit: string | null = null;
  if (typeof written === 'string' && roster.byCode.has(fold(written).trim())) unit = fold(written).trim();
  if (unit === null) unit = unitFromFileName(file, roster);
  const period = PeriodSchema.safeParse(record['period']);
  const ref = period.success ? periodRef(period.data) : null;
  return { unit, period: ref && period.success ? period.data : null, periodRef: ref };
}

/** The longest roster code that the file's name holds as whole words (`-`, `_`, `.`, space between words). */
function unitFromFileName(file: string, roster: Roster): string | null {
  const name = fold(file.split('/').pop() ?? file).replace(/\.[^.]*$/, '');
  const words = name.split(/[\s_.()-]+/).filter(Boolean);
  let best: string | null = null;
  // codes are a few words long (TH-BINHYEN, THCS-TT-CHOCHU): try every run of up to five words
  for (let i = 0; i < words.length; i++) {
    for (let j = i + 1; j <= Math.min(words.length, i + 5); j++) {
      const candidate = words.slice(i, j).join('-');
      if (roster.byCode.has(candidate) && (best === null || candidate.length > best.length)) best = candidate;
    }
  }
  return best;
}
