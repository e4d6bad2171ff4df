import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BLANK, documentDate, documentNumber, formatCount, formatPct, numberLine, placeAndDate, vietnameseLetter } from '../../src/render/vn.js';
import { shortDate } from '../../src/util/dates.js';

const isoDate = fc.date({ min: new Date(Date.UTC(2000, 0, 1)), max: new Date(Date.UTC(2099, 11, 31)), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));

describe('documentDate: the leading-zero rule of Phụ lục I, II.4', () => {
  it('writes the examples of the Decree exactly', () => {
    expect(documentDate('2025-01-05')).toBe('ngày 05 tháng 01 năm 2025');
    expect(documentDate('2021-04-15')).toBe('ngày 15 tháng 4 năm 2021');
    expect(documentDate('2020-10-20')).toBe('ngày 20 tháng 10 năm 2020');
    expect(documentDate('2025-02-19')).toBe('ngày 19 tháng 02 năm 2025');
    expect(documentDate('2019-06-29')).toBe('ngày 29 tháng 6 năm 2019');
  });

  it('pads days 1–9 and months 1–2 only, for every date', () => {
    fc.assert(
      fc.property(isoDate, (iso) => {
        const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
        const out = documentDate(iso);
        const match = /^ngày (\d{2}) tháng (\d{1,2}) năm (\d{4})$/.exec(out);
        expect(match).not.toBeNull();
        expect(Number(match![1])).toBe(d);
        expect(Number(match![2])).toBe(m);
        expect(Number(match![3])).toBe(y);
        // months 3–9 never take a zero; months 1 and 2 always do
        expect(match![2]!.length).toBe(m <= 2 || m >= 10 ? 2 : 1);
      }),
    );
  });

  it('leaves day and month blank for a draft', () => {
    expect(documentDate('2024-02-10', { blankDayMonth: true })).toBe(`ngày ${BLANK} tháng ${BLANK} năm 2024`);
  });

  it('puts the place before the date', () => {
    expect(placeAndDate('Thái Nguyên', '2025-01-05')).toBe('Thái Nguyên, ngày 05 tháng 01 năm 2025');
  });
});

describe('document numbers', () => {
  it('pads numbers below 10 and never adds a year', () => {
    expect(numberLine(5, 'BC-SGDĐT')).toBe('Số: 05/BC-SGDĐT');
    expect(numberLine(15, 'BC-SGDĐT')).toBe('Số: 15/BC-SGDĐT');
    expect(numberLine(1564, 'SGDĐT-VP')).toBe('Số: 1564/SGDĐT-VP');
  });
  it('leaves room for the clerk when there is no number', () => {
    expect(documentNumber(null)).toBe(BLANK);
    expect(numberLine(null, 'BC-SGDĐT')).toBe(`Số: ${BLANK}/BC-SGDĐT`);
    expect(BLANK.trim()).toBe('');
  });
});

describe('figures in running text', () => {
  it('groups thousands with dots', () => {
    expect(formatCount(0)).toBe('0');
    expect(formatCount(999)).toBe('999');
    expect(formatCount(1234)).toBe('1.234');
    expect(formatCount(1234567)).toBe('1.234.567');
    fc.assert(
      fc.property(fc.nat(), (n) => {
        const out = formatCount(n);
        expect(out.replace(/\./g, '')).toBe(String(n));
        expect(out).toMatch(/^\d{1,3}(\.\d{3})*$/);
      }),
    );
  });
  it('writes percentages with a decimal comma, and a dash when undefined', () => {
    expect(formatPct(87.5)).toBe('87,5%');
    expect(formatPct(100)).toBe('100,0%');
    expect(formatPct(null)).toBe('–');
  });
  it('writes dates as dd/mm/yyyy', () => {
    expect(shortDate('2024-12-05')).toBe('05/12/2024');
    expect(shortDate(null)).toBe('');
  });
});

describe('vietnameseLetter', () => {
  it('follows the Vietnamese alphabet: đ after d, no f j w z', () => {
    expect(Array.from({ length: 7 }, (_, i) => vietnameseLetter(i)).join(' ')).toBe('a b c d đ e g');
    const letters = Array.from({ length: 23 }, (_, i) => vietnameseLetter(i));
    for (const foreign of ['f', 'j', 'w', 'z']) expect(letters).not.toContain(foreign);
    expect(new Set(letters).size).toBe(23);
  });
});
