import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cellToValue, parseWholeNumber, serialToIso, valueToCell } from '../../src/form/excel/values.js';
import { dayMonthYearToIso } from '../../src/util/dates.js';
import type { CellValue } from '../../src/form/excel/workbook.js';
import { isoDate } from './arbitraries.js';

const textCell = (text: string, font?: string): CellValue => ({ type: 'text', text, ...(font ? { font } : {}) });

describe('reading a cell as a contract value', () => {
  it.each([
    ['12', 12],
    [' 12 ', 12],
    ['1.200', 1200],
    ['1.200.000', 1_200_000],
    ['1 200', 1200],
    ['-3', -3],
    ['1,200', '1,200'],
    ['12.5', '12.5'],
    ['1.20', '1.20'],
    ['mười', 'mười'],
  ])('whole numbers typed as text: %j → %j', (typed, value) => {
    expect(cellToValue(textCell(typed), 'int').value).toEqual(value);
  });

  it('takes numbers as they are and lets the schema judge fractions', () => {
    expect(cellToValue({ type: 'number', value: 7 }, 'int').value).toBe(7);
    expect(cellToValue({ type: 'number', value: 2.5 }, 'int').value).toBe(2.5);
    expect(cellToValue({ type: 'number', value: -0 }, 'int').value).toBe(0);
  });

  it('reads dates as real Excel dates, dd/mm/yyyy text (day first, always) and serial numbers', () => {
    expect(cellToValue({ type: 'date', value: new Date(Date.UTC(2024, 11, 10)) }, 'date').value).toBe('2024-12-10');
    expect(cellToValue({ type: 'date', value: new Date(Date.UTC(2024, 11, 10, 23, 59, 59, 999)) }, 'date').value).toBe('2024-12-11');
    expect(cellToValue(textCell('10/12/2024'), 'date').value).toBe('2024-12-10');
    expect(cellToValue(textCell('5/9/2024'), 'date').value).toBe('2024-09-05');
    expect(cellToValue(textCell('05.09.2024'), 'date').value).toBe('2024-09-05');
    expect(cellToValue({ type: 'number', value: 45636 }, 'date').value).toBe('2024-12-10');
    // impossible dates and two-digit years stay as typed, for the schema to report
    expect(cellToValue(textCell('31/02/2024'), 'date').value).toBe('31/02/2024');
    expect(cellToValue(textCell('10/12/24'), 'date').value).toBe('10/12/24');
    expect(cellToValue({ type: 'number', value: 12 }, 'date').value).toBe(12);
  });

  it('serial numbers and day/month/year text agree with the calendar (property)', () => {
    fc.assert(
      fc.property(isoDate, (iso) => {
        const [y, m, d] = iso.split('-');
        expect(dayMonthYearToIso(`${d}/${m}/${y}`)).toBe(iso);
        const serial = (Date.UTC(Number(y), Number(m) - 1, Number(d)) - Date.UTC(1899, 11, 30)) / 86_400_000;
        expect(serialToIso(serial)).toBe(iso);
      }),
    );
  });

  it('reads yes/no from the dropdown words and from Excel booleans', () => {
    for (const word of ['Có', 'có', 'CO', 'x', 'TRUE', 'yes']) expect(cellToValue(textCell(word), 'bool').value, word).toBe(true);
    for (const word of ['Không', 'khong', 'KHÔNG', 'false', 'No']) expect(cellToValue(textCell(word), 'bool').value, word).toBe(false);
    expect(cellToValue({ type: 'boolean', value: false }, 'bool').value).toBe(false);
    expect(cellToValue(textCell('chưa rõ'), 'bool').value).toBe('chưa rõ');
  });

  it('matches dropdown values without regard to case', () => {
    expect(cellToValue(textCell('Fanpage '), 'enum', ['website', 'fanpage']).value).toBe('fanpage');
    expect(cellToValue(textCell('facebook'), 'enum', ['website', 'fanpage']).value).toBe('facebook');
  });

  it('trims text, joins Windows line breaks, converts legacy encodings and says so', () => {
    expect(cellToValue(textCell('  Tổ Văn \r\n Tổ Toán  '), 'text')).toEqual({ value: 'Tổ Văn \n Tổ Toán' });
    expect(cellToValue(textCell('Tr\u00adêng MÇm non', '.VnTime'), 'text')).toEqual({ value: 'Trường Mầm non', legacy: 'tcvn3' });
    expect(cellToValue(textCell('   '), 'text').value).toBeUndefined();
    // a code typed as a number keeps its digits
    expect(cellToValue({ type: 'number', value: 12345 }, 'text').value).toBe('12345');
  });

  it('passes error values on, and flags formulas without a saved result', () => {
    expect(cellToValue({ type: 'error', text: '#DIV/0!' }, 'int').value).toBe('#DIV/0!');
    expect(cellToValue({ type: 'formula', formula: 'C38+C39' }, 'int')).toEqual({ value: undefined, formula: 'C38+C39' });
  });

  it('writes cells that read back to the same value (property)', () => {
    const value = fc.oneof(
      fc.tuple(fc.constant('int' as const), fc.nat()),
      fc.tuple(fc.constant('bool' as const), fc.boolean()),
      fc.tuple(fc.constant('date' as const), isoDate),
      fc.tuple(fc.constant('text' as const), fc.string({ minLength: 1 }).map((s) => s.trim()).filter((s) => s !== '' && !/[\u0080-\uffff]/.test(s))),
    );
    fc.assert(
      fc.property(value, ([kind, v]) => {
        expect(cellToValue(valueToCell(v, kind), kind).value).toEqual(v);
      }),
    );
  });

  it('parses whole numbers only in the forms clerks use', () => {
    expect(parseWholeNumber('007')).toBe(7);
    expect(parseWholeNumber('12.34')).toBeUndefined();
    expect(parseWholeNumber('1.2345')).toBeUndefined();
  });
});
