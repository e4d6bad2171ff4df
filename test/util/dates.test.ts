import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, dayMonthYearToIso, daysBetween, isoOf, isoParts, isRealIsoDate, lastDayOfMonth, shortDate } from '../../src/util/dates.js';

const isoDate = fc
  .date({ min: new Date(Date.UTC(2000, 0, 1)), max: new Date(Date.UTC(2099, 11, 31)), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

describe('util/dates: the one date module', () => {
  it('writes a date DD/MM/YYYY, nothing as nothing, other text as it is', () => {
    expect(shortDate('2024-12-05')).toBe('05/12/2024');
    expect(shortDate('2025-01-31')).toBe('31/01/2025');
    expect(shortDate(null)).toBe('');
    expect(shortDate(undefined)).toBe('');
    expect(shortDate('')).toBe('');
    expect(shortDate('chưa rõ')).toBe('chưa rõ');
  });

  it('reads DD/MM/YYYY back to the same ISO date (round trip)', () => {
    fc.assert(fc.property(isoDate, (iso) => dayMonthYearToIso(shortDate(iso)) === iso));
    expect(dayMonthYearToIso('1/9/2024')).toBe('2024-09-01');
    expect(dayMonthYearToIso('10.12.2024')).toBe('2024-12-10');
    expect(dayMonthYearToIso('10-12-2024')).toBe('2024-12-10');
    expect(dayMonthYearToIso('31/02/2024')).toBeUndefined();
    expect(dayMonthYearToIso('2024-12-10')).toBeUndefined();
  });

  it('knows real dates', () => {
    expect(isRealIsoDate('2024-02-29')).toBe(true);
    expect(isRealIsoDate('2025-02-29')).toBe(false);
    expect(isRealIsoDate('2024-13-01')).toBe(false);
    expect(isRealIsoDate('2024-1-01')).toBe(false);
    expect(() => isoParts('10/12/2024')).toThrow(RangeError);
    expect(lastDayOfMonth(2024, 2)).toBe(29);
    expect(lastDayOfMonth(2025, 12)).toBe(31);
    expect(isoOf(2025, 1, 0)).toBe('2024-12-31');
  });

  it('moves dates by days and counts days between them (inverse of each other)', () => {
    fc.assert(
      fc.property(isoDate, fc.integer({ min: -400, max: 400 }), (iso, n) => daysBetween(iso, addDays(iso, n)) === n),
    );
    expect(addDays('2024-12-31', 1)).toBe('2025-01-01');
    expect(daysBetween('2024-03-01', '2024-02-28')).toBe(-2);
  });
});
