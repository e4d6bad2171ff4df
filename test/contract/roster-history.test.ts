import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { RosterUnit } from '../../src/contract/config.js';
import { buildRoster, counterpartsIn, inForce, predecessorsOf, rosterAt, rosterDigest, successorsOf } from '../../src/contract/roster.js';

// a pre-reform district office that ended in 2025, its schools moved to communes, one school merged into another
const units: RosterUnit[] = [
  { code: 'SGD', name: 'Sở', level: 'OFFICE' },
  { code: 'PGD-A', name: 'Phòng GD&ĐT huyện A', level: 'OFFICE', parent: 'SGD', valid_until: '2024-2025' },
  { code: 'XA-1', name: 'UBND xã 1', level: 'OFFICE', parent: 'SGD', valid_from: '2025-2026', replaces: ['PGD-A'] },
  { code: 'XA-2', name: 'UBND xã 2', level: 'OFFICE', parent: 'SGD', valid_from: '2025-2026', replaces: ['PGD-A'] },
  { code: 'MN-1', name: 'MN Thị trấn', level: 'MN', parent: 'PGD-A', valid_until: '2024-2025' },
  { code: 'MN-1', name: 'MN xã 1', level: 'MN', parent: 'XA-1', valid_from: '2025-2026' },
  { code: 'TH-OLD', name: 'TH cũ', level: 'TH', parent: 'PGD-A', valid_until: '2024-2025' },
  { code: 'TH-NEW', name: 'TH mới', level: 'TH', parent: 'XA-2', valid_from: '2025-2026', replaces: ['TH-OLD'] },
  { code: 'TH-NEWER', name: 'TH mới hơn', level: 'TH', parent: 'XA-2', valid_from: '2027-2028', replaces: ['TH-NEW'] },
  { code: 'THPT', name: 'THPT', level: 'THPT', parent: 'SGD' },
];
// TH-NEW ends when TH-NEWER starts
units[7] = { ...units[7]!, valid_until: '2026-2027' };
const whole = buildRoster(units);

describe('rosterAt: the roster in force for a period', () => {
  it('gives the pre-reform tree for 2024-2025 and the commune tree for 2026-2027', () => {
    const before = rosterAt(whole, '2024-2025');
    expect(before.schoolYear).toBe('2024-2025');
    expect(before.units.map((u) => u.code)).toEqual(['SGD', 'PGD-A', 'MN-1', 'TH-OLD', 'THPT']);
    expect(before.byCode.get('MN-1')).toMatchObject({ name: 'MN Thị trấn', parent: 'PGD-A' });
    const after = rosterAt(whole, { kind: 'term', school_year: '2026-2027', term: 'HK1' });
    expect(after.units.map((u) => u.code)).toEqual(['SGD', 'XA-1', 'XA-2', 'MN-1', 'TH-NEW', 'THPT']);
    expect(after.byCode.get('MN-1')).toMatchObject({ name: 'MN xã 1', parent: 'XA-1' });
    expect(after.descendants('XA-2').map((u) => u.code)).toEqual(['TH-NEW']);
    // every version is still known to a roster in force
    expect(after.versions).toHaveLength(units.length);
  });

  it('picks a month by its school year (August to July) and a quarter by its last month', () => {
    expect(rosterAt(whole, { kind: 'month', month: '2025-07' }).byCode.has('PGD-A')).toBe(true);
    expect(rosterAt(whole, { kind: 'month', month: '2025-08' }).byCode.has('PGD-A')).toBe(false);
    expect(rosterAt(whole, { kind: 'quarter', quarter: '2025-Q2' }).schoolYear).toBe('2024-2025');
    expect(rosterAt(whole, { kind: 'quarter', quarter: '2025-Q3' }).schoolYear).toBe('2025-2026');
  });

  it('the whole roster keeps each code in its latest version', () => {
    expect(whole.schoolYear).toBeNull();
    expect(whole.byCode.get('MN-1')).toMatchObject({ parent: 'XA-1' });
    expect(whole.units.filter((u) => u.code === 'MN-1')).toHaveLength(1);
  });

  it('a roster without validity is the same roster in every year', () => {
    const plain = buildRoster(units.filter((u) => u.valid_from === undefined && u.valid_until === undefined));
    expect(rosterAt(plain, '1999-2000').units).toEqual(plain.units);
    expect(rosterDigest(rosterAt(plain, '2030-2031')).sha256).toBe(rosterDigest(plain).sha256);
  });

  it('property: a unit is in the roster of a year exactly when one of its versions is in force then', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2015, max: 2035 }), (y) => {
        const year = `${y}-${y + 1}`;
        const cut = rosterAt(whole, year);
        for (const u of units) if (inForce(u, year)) expect(cut.byCode.get(u.code)).toBe(u);
        for (const u of cut.units) expect(inForce(u, year)).toBe(true);
      }),
    );
  });
});

describe('lineage: successors and predecessors through replaces', () => {
  it('direct and transitive successors and predecessors', () => {
    expect(successorsOf(whole, 'PGD-A')).toEqual(['XA-1', 'XA-2']);
    expect(successorsOf(whole, 'TH-OLD')).toEqual(['TH-NEW']);
    expect(successorsOf(whole, 'TH-OLD', { transitive: true })).toEqual(['TH-NEW', 'TH-NEWER']);
    expect(predecessorsOf(whole, 'TH-NEWER', { transitive: true })).toEqual(['TH-NEW', 'TH-OLD']);
    expect(predecessorsOf(whole, 'XA-2')).toEqual(['PGD-A']);
    expect(successorsOf(whole, 'THPT')).toEqual([]);
  });

  it('counterpartsIn lines a code up with the units in force in another year, either way', () => {
    expect(counterpartsIn(whole, 'TH-OLD', '2026-2027')).toEqual(['TH-NEW']);
    expect(counterpartsIn(whole, 'TH-OLD', '2028-2029')).toEqual(['TH-NEWER']);
    expect(counterpartsIn(whole, 'TH-NEWER', '2024-2025')).toEqual(['TH-OLD']);
    expect(counterpartsIn(whole, 'PGD-A', '2026-2027')).toEqual(['XA-1', 'XA-2']);
    expect(counterpartsIn(whole, 'MN-1', '2024-2025')).toEqual(['MN-1']);
    expect(counterpartsIn(whole, 'NOWHERE', '2024-2025')).toEqual([]);
  });

  it('a replacement cycle does not hang the lineage', () => {
    const cyclic = buildRoster([
      { code: 'A', name: 'A', level: 'TH', replaces: ['B'], valid_until: '2020-2021' },
      { code: 'B', name: 'B', level: 'TH', replaces: ['A'], valid_until: '2020-2021' },
    ]);
    expect(successorsOf(cyclic, 'A', { transitive: true })).toEqual(['B']);
    expect(counterpartsIn(cyclic, 'A', '2025-2026')).toEqual([]);
  });
});

describe('rosterDigest', () => {
  it('names the year and the units in force, and does not depend on how the history is written', () => {
    const d = rosterDigest(rosterAt(whole, '2026-2027'));
    expect(d).toMatchObject({ school_year: '2026-2027', units: 6 });
    expect(d.sha256).toMatch(/^[0-9a-f]{64}$/);
    const flat = buildRoster(rosterAt(whole, '2026-2027').units.map((u) => ({ code: u.code, name: u.name, level: u.level, ...(u.parent ? { parent: u.parent } : {}) })));
    expect(rosterDigest(flat).sha256).toBe(d.sha256);
    expect(rosterDigest(rosterAt(whole, '2024-2025')).sha256).not.toBe(d.sha256);
  });
});
