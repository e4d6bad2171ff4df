import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fileStem, isInside } from '../../src/util/paths.js';
import { periodFileKey } from '../../src/contract/period.js';
import { formFileStem } from '../../src/form/prefill.js';

describe('file names the tool makes', () => {
  it('turns a unit code or a file name into a stem every system takes, Vietnamese letters kept', () => {
    expect(fileStem('TH-BINHYEN')).toBe('th-binhyen');
    expect(fileStem('Trường Đồng Hỷ 2/9')).toBe('trường-đồng-hỷ-2-9');
    expect(fileStem('..\\..\\etc passwd')).toBe('etc-passwd');
    expect(fileStem('a:b*c?"d<e>|f')).toBe('a-b-c-d-e-f');
    expect(fileStem('---')).toBe('');
  });

  it('writes the period one way in every file and folder name (form, output folder, document)', () => {
    expect(periodFileKey({ kind: 'term', school_year: '2024-2025', term: 'HK1' })).toBe('2024-2025-HK1');
    expect(periodFileKey({ kind: 'month', month: '2024-10' })).toBe('2024-10');
    expect(periodFileKey({ kind: 'quarter', quarter: '2024-Q4' })).toBe('2024-Q4');
    expect(formFileStem('TH-BINHYEN', { kind: 'term', school_year: '2024-2025', term: 'CN' })).toBe('th-binhyen-2024-2025-cn');
    expect(formFileStem(undefined, { kind: 'quarter', quarter: '2024-Q4' })).toBe('mau-2024-q4');
  });
});

describe('isInside', () => {
  const dir = resolve('hoc-ky');
  it('is true for the folder itself and anything below it', () => {
    expect(isInside(dir, dir)).toBe(true);
    expect(isInside(join(dir, 'a', 'b.yaml'), dir)).toBe(true);
  });
  it('is false for a sibling whose name starts alike, a parent, and a folder beside it', () => {
    expect(isInside(`${dir}-2`, dir)).toBe(false);
    expect(isInside(resolve(dir, '..'), dir)).toBe(false);
    expect(isInside(resolve(dir, '..', 'khac', 'x'), dir)).toBe(false);
  });
});
