import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultTerms, partsOf, resolvePeriod } from '../../src/contract/period.js';

describe('one default calendar (contract/period.ts defaultTerms)', () => {
  it('gives a period whose school year the calendar leaves out the dates init writes, and no deadline', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2000, max: 2100 }), (y) => {
        const year = `${y}-${y + 1}`;
        const { HK1, HK2 } = defaultTerms(year);
        const hk1 = resolvePeriod({ kind: 'term', school_year: year, term: 'HK1' }, {});
        const hk2 = resolvePeriod({ kind: 'term', school_year: year, term: 'HK2' }, {});
        const cn = resolvePeriod({ kind: 'term', school_year: year, term: 'CN' }, {});
        expect([hk1.start, hk1.end, hk1.deadline]).toEqual([HK1.start, HK1.end, null]);
        expect([hk2.start, hk2.end, hk2.deadline]).toEqual([HK2.start, HK2.end, null]);
        expect([cn.start, cn.end, cn.deadline]).toEqual([HK1.start, HK2.end, null]);
      }),
    );
  });

  it('keeps the configured dates and deadline when the calendar has them', () => {
    const calendar = { '2024-2025': { HK1: { start: '2024-09-03', end: '2025-01-15', deadline: '2024-12-10' } } };
    const hk1 = resolvePeriod({ kind: 'term', school_year: '2024-2025', term: 'HK1' }, calendar);
    expect([hk1.start, hk1.end, hk1.deadline]).toEqual(['2024-09-03', '2025-01-15', '2024-12-10']);
  });

  it('gives months and quarters their days, and a deadline in the next month (December into January)', () => {
    const calendar = { '2024-2025': { monthly_deadline_day: 5 } };
    expect(resolvePeriod({ kind: 'month', month: '2024-12' }, calendar)).toMatchObject({ start: '2024-12-01', end: '2024-12-31', deadline: '2025-01-05' });
    expect(resolvePeriod({ kind: 'quarter', quarter: '2025-Q1' }, calendar)).toMatchObject({ start: '2025-01-01', end: '2025-03-31', deadline: '2025-04-05' });
    expect(resolvePeriod({ kind: 'month', month: '2025-02' }, {})).toMatchObject({ end: '2025-02-28', deadline: null });
    expect(partsOf({ kind: 'quarter', quarter: '2024-Q4' })).toEqual([
      { kind: 'month', month: '2024-10' },
      { kind: 'month', month: '2024-11' },
      { kind: 'month', month: '2024-12' },
    ]);
  });
});
