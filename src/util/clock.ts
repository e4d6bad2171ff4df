/**
 * "Now" and "today" for the tool. Outputs must be reproducible, so a fixed instant can come from `--date` or from
 * SOURCE_DATE_EPOCH (the reproducible-builds convention); otherwise the real clock, read in Vietnam's time zone.
 */
import { TZDate } from '@date-fns/tz';
import { isoOf, isRealIsoDate } from './dates.js';

export const VIETNAM_TZ = 'Asia/Ho_Chi_Minh';

/** The instant used as "now": `--date` (YYYY-MM-DD, at 08:00 in Vietnam), SOURCE_DATE_EPOCH, or the clock. */
export function now(dateFlag?: string, env: NodeJS.ProcessEnv = process.env): Date {
  if (dateFlag) {
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(dateFlag);
    if (m) return new TZDate(Number(m[1]), Number(m[2]) - 1, Number(m[3]), 8, 0, 0, VIETNAM_TZ);
  }
  const epoch = env['SOURCE_DATE_EPOCH'];
  if (epoch && /^\d+$/.test(epoch)) return new Date(Number(epoch) * 1000);
  return new Date();
}

/** Today's calendar date in Vietnam, `YYYY-MM-DD`. */
export function today(dateFlag?: string, env: NodeJS.ProcessEnv = process.env): string {
  if (dateFlag && /^\d{4}-\d{2}-\d{2}$/.test(dateFlag)) return dateFlag;
  const d = new TZDate(now(dateFlag, env).getTime(), VIETNAM_TZ);
  return isoOf(d.getFullYear(), d.getMonth() + 1, d.getDate());
}

/** Is `--date` a real calendar date? */
export function isValidDateFlag(value: string): boolean {
  return isRealIsoDate(value);
}
