/**
 * The pure half of `init config`: calendar defaults, code slugs, authority defaults, and answers → edu-comms.yaml
 * (checked by reading the text back with the project's own YAML reader and ConfigSchema).
 */
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigSchema, type RosterUnit } from '../../src/contract/config.js';
import { LEVELS } from '../../src/contract/constants.js';
import { authorityDefaults, codeSlug, configObject, configYaml, termProblems, type ConfigAnswers } from '../../src/init/config.js';
import { defaultTerms } from '../../src/contract/period.js';
import { parseYaml } from '../../src/read/yaml.js';
import { EXAMPLES } from '../helpers/cli.js';

const readBack = (text: string) => {
  const parsed = parseYaml(Buffer.from(text), { file: 'edu-comms.yaml', lang: 'vi', schema: ConfigSchema });
  expect(parsed.findings).toEqual([]);
  return ConfigSchema.parse(parsed.data);
};

describe('defaultTerms', () => {
  it('gives the dates of the example project’s calendar (set by hand from the directives)', () => {
    const example = readBack(readFileSync(join(EXAMPLES, 'edu-comms.yaml'), 'utf8'));
    for (const year of ['2024-2025', '2025-2026']) {
      const { HK1, HK2 } = example.calendar[year]!;
      expect(defaultTerms(year)).toEqual({ HK1, HK2 });
    }
  });

  it('ends HK1 on the third Saturday of January and starts HK2 the Monday after, every year', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1990, max: 2200 }), (y) => {
        const { HK1, HK2 } = defaultTerms(`${y}-${y + 1}`);
        const end = new Date(`${HK1.end}T00:00:00Z`);
        const start2 = new Date(`${HK2.start}T00:00:00Z`);
        expect(HK1.start).toBe(`${y}-09-05`);
        expect(end.getUTCDay()).toBe(6);
        expect(end.getUTCMonth()).toBe(0);
        expect(end.getUTCDate()).toBeGreaterThanOrEqual(15);
        expect(end.getUTCDate()).toBeLessThanOrEqual(21);
        expect(start2.getUTCDay()).toBe(1);
        expect((start2.getTime() - end.getTime()) / 86_400_000).toBe(2);
        expect([HK1.deadline, HK2.deadline, HK2.end]).toEqual([`${y}-12-15`, `${y + 1}-05-15`, `${y + 1}-05-31`]);
        expect(termProblems({ HK1, HK2 })).toEqual([]);
      }),
    );
  });
});

describe('termProblems', () => {
  const ok = defaultTerms('2024-2025');
  it('finds a term that ends before it starts, a deadline outside its term, and overlapping terms', () => {
    expect(termProblems({ ...ok, HK1: { ...ok.HK1, end: '2024-09-01' } })).toEqual(['init.calendar.order']);
    expect(termProblems({ ...ok, HK2: { ...ok.HK2, deadline: '2025-06-15' } })).toEqual(['init.calendar.deadline']);
    expect(termProblems({ ...ok, HK2: { ...ok.HK2, start: '2025-01-10' } })).toEqual(['init.calendar.overlap']);
  });
});

describe('codeSlug and authorityDefaults', () => {
  it('drops marks, đ and spaces', () => {
    expect(codeSlug('Thái Nguyên')).toBe('THAINGUYEN');
    expect(codeSlug('Định Hóa')).toBe('DINHHOA');
    expect(codeSlug('Bà Rịa - Vũng Tàu')).toBe('BARIAVUNGTAU');
    expect(codeSlug('Thái Nguyên'.normalize('NFD'))).toBe('THAINGUYEN');
  });

  it('offers the header lines of a Sở and a Phòng', () => {
    expect(authorityDefaults('department', 'Thái Nguyên')).toMatchObject({ governing_body: 'UBND TỈNH THÁI NGUYÊN', symbol: 'SGDĐT', code: 'SGD-THAINGUYEN' });
    expect(authorityDefaults('department', 'Thành phố Hồ Chí Minh').governing_body).toBe('UBND THÀNH PHỐ HỒ CHÍ MINH');
    expect(authorityDefaults('office', 'Định Hóa')).toMatchObject({ governing_body: 'UBND HUYỆN ĐỊNH HÓA', name: 'PHÒNG GIÁO DỤC VÀ ĐÀO TẠO', code: 'PGD-DINHHOA' });
    expect(authorityDefaults('office', 'xã Phú Đình').governing_body).toBe('UBND XÃ PHÚ ĐÌNH');
    // after 1 July 2025: a commune or ward People's Committee, and a school under its commune
    expect(authorityDefaults('commune', 'Định Hóa')).toMatchObject({
      governing_body: '',
      name: 'ỦY BAN NHÂN DÂN XÃ ĐỊNH HÓA',
      symbol: 'UBND',
      code: 'XA-DINHHOA',
      unit_name: 'Ủy ban nhân dân xã Định Hóa',
      drafting_unit: 'VHXH',
      signer: { collective: 'ỦY BAN NHÂN DÂN', authority: 'KT.', on_behalf_of: 'CHỦ TỊCH', title: 'PHÓ CHỦ TỊCH' },
    });
    expect(authorityDefaults('ward', 'Phường Phan Đình Phùng')).toMatchObject({ name: 'ỦY BAN NHÂN DÂN PHƯỜNG PHAN ĐÌNH PHÙNG', code: 'PHUONG-PHANDINHPHUNG', unit_name: 'Ủy ban nhân dân phường Phan Đình Phùng' });
    expect(authorityDefaults('school', 'Định Hóa')).toMatchObject({ governing_body: 'UBND XÃ ĐỊNH HÓA', signer: { title: 'HIỆU TRƯỞNG' } });
    expect(authorityDefaults('school', 'phường Tích Lương').governing_body).toBe('UBND PHƯỜNG TÍCH LƯƠNG');
    expect(authorityDefaults('department', 'Thái Nguyên').drafting_unit).toBe('VP');
  });
});

const text = fc.string({ minLength: 1, maxLength: 30 }).map((s) => s.normalize('NFC').trim()).filter((s) => s.length > 0);
const code = fc.stringMatching(/^[A-Z0-9][A-Z0-9-]{0,12}$/);

/** Answers with a roster that is a tree under the authority, names full of YAML-significant characters. */
const answers: fc.Arbitrary<ConfigAnswers> = fc
  .record({
    authority: fc.record({ code, governing_body: text, name: text, symbol: text, place: text }),
    year: fc.integer({ min: 2000, max: 2100 }),
    preset: fc.constantFrom('recommended' as const, 'strict' as const),
    units: fc.uniqueArray(fc.record({ code, name: text, level: fc.constantFrom(...LEVELS), parentIndex: fc.nat() }), { selector: (u) => u.code, maxLength: 8 }),
  })
  .map(({ authority, year, preset, units }) => {
    const top: RosterUnit = { code: authority.code, name: authority.name, level: 'OFFICE' };
    const rest = units.filter((u) => u.code !== authority.code);
    const roster: RosterUnit[] = [top];
    for (const u of rest) roster.push({ code: u.code, name: u.name, level: u.level, parent: roster[u.parentIndex % roster.length]!.code });
    return { authority, school_year: `${year}-${year + 1}`, terms: defaultTerms(`${year}-${year + 1}`), preset, roster: { kind: 'inline' as const, units: roster } };
  });

describe('configYaml', () => {
  it('reads back to exactly the config object, whatever the names contain', () => {
    fc.assert(
      fc.property(answers, fc.constantFrom('vi' as const, 'en' as const), (a, lang) => {
        expect(readBack(configYaml(a, lang))).toEqual(configObject(a));
      }),
      { numRuns: 200 },
    );
  });

  it('links a roster file instead of copying it', () => {
    const a = fc.sample(answers, { numRuns: 1, seed: 7 })[0]!;
    const text = configYaml({ ...a, roster: { kind: 'file', file: 'danh sách/đơn vị.xlsx' } }, 'vi');
    const config = readBack(text);
    expect(config.units_file).toBe('danh sách/đơn vị.xlsx');
    expect(config.units).toBeUndefined();
  });

  it('writes one line per term and per unit, with comments in the chosen language', () => {
    const a = fc.sample(answers, { numRuns: 1, seed: 3 })[0]!;
    const vi = configYaml(a, 'vi');
    expect(vi).toMatch(/^ {4}HK1: \{start: \d{4}-09-05, end: \d{4}-01-\d\d, deadline: \d{4}-12-15\}$/m);
    expect(vi.match(/^ {2}- \{code: /gm)?.length).toBe(a.roster.kind === 'inline' ? a.roster.units.length : 0);
    expect(vi).toContain('# Danh sách đơn vị phải báo cáo');
    expect(configYaml(a, 'en')).toContain('# The roster of units that report');
  });
});
