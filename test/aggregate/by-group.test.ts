/**
 * Groupings besides the tree (issue 11 item 3): unit attributes, `by_group` in the summary (version 2, version 1 still
 * read), the roster record, the terminal table and a summary.xlsx sheet per attribute; and the property that the
 * groups of any attribute add up to the node's figures, directly and when rolled up from child summaries.
 */
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { aggregate, AggregateInputError, type SummaryInput } from '../../src/aggregate/aggregate.js';
import { parseSummary, summaryToJson, summaryToYaml } from '../../src/aggregate/summary-file.js';
import { renderTerminal } from '../../src/aggregate/terminal.js';
import { summaryToXlsx } from '../../src/aggregate/xlsx.js';
import type { RosterUnit } from '../../src/contract/config.js';
import type { ResolvedPeriod } from '../../src/contract/period.js';
import { buildRoster, findAttribute, rosterAttributes, rosterDigest, type Roster } from '../../src/contract/roster.js';
import { SummarySchema, type Summary } from '../../src/contract/summary.js';
import type { FileResult } from '../../src/contract/findings.js';
import { cleanSubmission } from '../fixtures/submission.js';
import { filesArb, ROOT, rosterArb, yearSet } from './gen.js';

const HK1 = yearSet.parts[0]!;

function run(roster: Roster, node: string, target: ResolvedPeriod, parts: readonly ResolvedPeriod[], files: readonly FileResult[], by: readonly string[], summaries: readonly SummaryInput[] = []): Summary {
  return aggregate({
    roster, node, target, parts, files, summaries, by,
    rules: { preset: 'recommended', severity: {} },
    generatedAt: '2025-01-05T01:00:00.000Z',
    generator: 'edu-comms test',
    lang: 'vi',
  }).summary;
}

const asInput = (summary: Summary, yaml = false): SummaryInput => {
  const file = `sum/${summary.node.code}.${yaml ? 'yaml' : 'json'}`;
  return { file, sha256: file, summary: parseSummary(Buffer.from(yaml ? summaryToYaml(summary) : summaryToJson(summary)), { file, lang: 'vi' }) };
};

// --- a small post-reform roster: the Sở, two communes, schools straight under the Sở ---------------------------
const units: RosterUnit[] = [
  { code: 'SO', name: 'Sở GD&ĐT', level: 'OFFICE' },
  { code: 'XA-A', name: 'UBND xã A', level: 'OFFICE', parent: 'SO' },
  { code: 'TH-A1', name: 'Trường TH A1', level: 'TH', parent: 'XA-A', attributes: { 'địa bàn': 'xã A', 'loại hình': 'công lập' } },
  { code: 'TH-A2', name: 'Trường TH A2', level: 'TH', parent: 'XA-A', attributes: { 'địa bàn': 'xã A', 'loại hình': 'tư thục' } },
  { code: 'XA-B', name: 'UBND xã B', level: 'OFFICE', parent: 'SO' },
  { code: 'MN-B1', name: 'Trường MN B1', level: 'MN', parent: 'XA-B', attributes: { 'địa bàn': 'xã B', 'loại hình': 'công lập' } },
  { code: 'THPT-A', name: 'Trường THPT A', level: 'THPT', parent: 'SO', attributes: { 'địa bàn': 'xã A', 'loại hình': 'công lập' } },
  { code: 'THPT-B', name: 'Trường THPT B', level: 'THPT', parent: 'SO', attributes: { 'địa bàn': 'xã B' } },
  { code: 'GDTX', name: 'Trung tâm GDTX', level: 'GDNN-GDTX', parent: 'SO' },
];
const roster = buildRoster(units);

function accepted(code: string, reportedAt = '2024-12-10'): FileResult {
  const unit = roster.byCode.get(code)!;
  const s = cleanSubmission();
  s.unit = { code, name: unit.name, level: unit.level, ...(unit.parent ? { parent: unit.parent } : {}) };
  s.reported_at = reportedAt;
  return {
    file: `in/${code}.yaml`, format: 'yaml', unit: code, period: s.period,
    periodRef: { kind: 'term', school_year: '2024-2025', term: 'HK1' }, status: 'accepted', findings: [], submission: s, sha256: code,
  };
}
const files = [accepted('TH-A1'), accepted('TH-A2', '2024-12-20'), accepted('THPT-A'), accepted('GDTX')];

describe('by_group', () => {
  const summary = run(roster, 'SO', HK1, [], files, ['địa bàn', 'loại hình']);

  it('has a group per value in roster order, then the units with no value, with their own completeness', () => {
    expect(summary.schema_version).toBe(2);
    expect(summary.by_group.map((b) => b.attribute)).toEqual(['địa bàn', 'loại hình']);
    const [place, kind] = summary.by_group;
    expect(place!.groups.map((g) => [g.value, g.units])).toEqual([
      ['xã A', ['TH-A1', 'TH-A2', 'THPT-A']],
      ['xã B', ['MN-B1', 'THPT-B']],
      [null, ['GDTX']],
    ]);
    const a = place!.groups[0]!.completeness;
    expect([a.expected, a.accepted, a.on_time, a.late, a.missing]).toEqual([3, 3, 2, 1, 0]);
    const b = place!.groups[1]!.completeness;
    expect([b.expected, b.accepted, b.missing]).toEqual([2, 0, 2]);
    expect(kind!.groups.map((g) => [g.value, g.units.length, g.completeness.accepted])).toEqual([
      ['công lập', 3, 2],
      ['tư thục', 1, 1],
      [null, 2, 1],
    ]);
    // totals are the sums of the accepted submissions of the group
    expect(place!.groups[0]!.totals.activities).toEqual(
      Object.fromEntries(Object.entries(summary.totals.activities).map(([k, v]) => [k, (v as number) * 3 / 4])),
    );
  });

  it('is empty when no breakdown is asked for, and the summary records its roster', () => {
    const plain = run(roster, 'SO', HK1, [], files, []);
    expect(plain.by_group).toEqual([]);
    expect(plain.roster).toEqual({ school_year: '2024-2025', units: units.length, sha256: rosterDigest(roster).sha256 });
    expect(SummarySchema.safeParse(summary).success).toBe(true);
  });

  it('a child summary must carry the breakdown asked of the level above', () => {
    const commune = run(roster, 'XA-A', HK1, [], files, []);
    const rest = files.filter((f) => !['TH-A1', 'TH-A2'].includes(f.unit!));
    let error: unknown;
    try {
      run(roster, 'SO', HK1, [], rest, ['địa bàn'], [asInput(commune)]);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(AggregateInputError);
    expect((error as AggregateInputError).details.join('\n')).toContain('--by địa bàn');
    // aggregated with the same --by, it rolls up to what the schools' own files give
    const withBy = run(roster, 'XA-A', HK1, [], files, ['địa bàn']);
    const rolled = run(roster, 'SO', HK1, [], rest, ['địa bàn'], [asInput(withBy, true)]);
    expect(rolled.by_group).toEqual(run(roster, 'SO', HK1, [], files, ['địa bàn']).by_group);
  });

  it('is printed as a table per attribute in the terminal, with the same total row', () => {
    const text = renderTerminal(summary, [], [], 'vi');
    expect(text).toContain('Theo địa bàn:');
    expect(text).toContain('Theo loại hình:');
    const lines = text.split('\n');
    const from = lines.indexOf('Theo địa bàn:');
    const table = lines.slice(from, from + 8).join('\n');
    expect(table).toMatch(/xã A\s+3\s+3/);
    expect(table).toMatch(/xã B\s+2\s+0/);
    expect(table).toContain('(chưa ghi địa bàn)');
  });

  it('gets a sheet per attribute in summary.xlsx: a row per value and the total', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(await summaryToXlsx(summary, 'vi')) as unknown as ArrayBuffer);
    const names = workbook.worksheets.map((w) => w.name);
    expect(names).toContain('Theo địa bàn');
    expect(names).toContain('Theo loại hình');
    expect(names.indexOf('Theo địa bàn')).toBe(names.indexOf('Theo cấp học') + 1);
    const values: string[] = [];
    workbook.getWorksheet('Theo địa bàn')!.eachRow((row) => values.push(row.values.toString()));
    const text = values.join('\n');
    expect(text).toContain('xã A');
    expect(text).toContain('xã B');
    expect(text).toContain('(chưa ghi địa bàn)');
    expect(text).toContain('Tổng cộng');
  });
});

describe('summary versions', () => {
  it('a version 1 summary still reads, with no breakdown by group and no roster record', () => {
    const current = run(roster, 'SO', HK1, [], files, []);
    const { by_group: _g, roster: _r, ...rest } = current;
    const v1 = { ...rest, schema_version: 1 };
    const read = parseSummary(Buffer.from(JSON.stringify(v1)), { file: 'old.json', lang: 'vi' });
    expect(read).toEqual({ ...current, schema_version: 1, roster: null });
  });

  it('a version the tool does not know is refused with both versions it reads', () => {
    const current = run(roster, 'SO', HK1, [], files, []);
    expect(() => parseSummary(Buffer.from(JSON.stringify({ ...current, schema_version: 3 })), { file: 's.json', lang: 'en' })).toThrow(/versions 1 and 2/);
  });
});

describe('attribute names and the roster fingerprint', () => {
  it('lists the roster’s attributes in order of first appearance', () => {
    expect(rosterAttributes(units)).toEqual(['địa bàn', 'loại hình']);
  });

  it('finds an attribute as typed by a clerk: exact, any case, or without diacritics and punctuation', () => {
    expect(findAttribute(units, 'địa bàn')).toBe('địa bàn');
    expect(findAttribute(units, 'Địa Bàn')).toBe('địa bàn');
    expect(findAttribute(units, 'dia_ban')).toBe('địa bàn');
    expect(findAttribute(units, 'loai hinh')).toBe('loại hình');
    expect(findAttribute(units, 'huyện cũ')).toBeUndefined();
    expect(findAttribute(units, '__')).toBeUndefined();
  });

  it('the roster digest changes with an attribute or a moet_code, and not for a roster that has none', () => {
    const plain = buildRoster(units.map(({ attributes: _a, ...u }) => u));
    const bare = buildRoster(units.map(({ attributes: _a, ...u }) => ({ ...u })));
    expect(rosterDigest(bare).sha256).toBe(rosterDigest(plain).sha256);
    expect(rosterDigest(roster).sha256).not.toBe(rosterDigest(plain).sha256);
    const moved = buildRoster(units.map((u) => (u.code === 'TH-A1' ? { ...u, attributes: { ...u.attributes, 'địa bàn': 'xã B' } } : u)));
    expect(rosterDigest(moved).sha256).not.toBe(rosterDigest(roster).sha256);
    const coded = buildRoster(units.map((u) => (u.code === 'TH-A1' ? { ...u, moet_code: '19001234' } : u)));
    expect(rosterDigest(coded).sha256).not.toBe(rosterDigest(roster).sha256);
    // the same attributes written in another order are the same roster
    const reordered = buildRoster(units.map((u) => (u.attributes ? { ...u, attributes: Object.fromEntries(Object.entries(u.attributes).reverse()) } : u)));
    expect(rosterDigest(reordered).sha256).toBe(rosterDigest(roster).sha256);
  });
});

// --- the property: groups add up to the node ------------------------------------------------------------------
const VALUES = ['xã A', 'xã B', 'phường C'];
/** A random roster whose units carry (or not) two attributes. */
const attributedRosterArb = rosterArb.chain((r) =>
  fc.array(fc.tuple(fc.option(fc.constantFrom(...VALUES), { nil: undefined }), fc.option(fc.constantFrom('công lập', 'tư thục'), { nil: undefined })), {
    minLength: r.units.length, maxLength: r.units.length,
  }).map((picks) =>
    buildRoster(r.units.map((u, i) => {
      const [place, kind] = picks[i]!;
      const attributes = { ...(place !== undefined ? { xa: place } : {}), ...(kind !== undefined ? { loai: kind } : {}) };
      return Object.keys(attributes).length > 0 ? { ...u, attributes } : u;
    })),
  ),
);

function plus(a: unknown, b: unknown): unknown {
  if (typeof a === 'number' && typeof b === 'number') return a + b;
  if (a && b && typeof a === 'object' && typeof b === 'object') {
    return Object.fromEntries(Object.keys(a).map((k) => [k, plus((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k])]));
  }
  return a;
}
const counts = (c: Summary['completeness']) => ({ expected: c.expected, accepted: c.accepted, rejected: c.rejected, missing: c.missing, on_time: c.on_time, late: c.late });
const numDen = (r: Summary['rates']) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, { num: v.num, den: v.den }]));
const additive = (b: Pick<Summary, 'completeness' | 'totals' | 'rates'>) => ({ completeness: counts(b.completeness), totals: b.totals, rates: numDen(b.rates) });

function checkAddsUp(s: Summary) {
  expect(s.by_group.map((b) => b.attribute)).toEqual(['xa', 'loai']);
  for (const breakdown of s.by_group) {
    // every expected unit in exactly one group
    const members = breakdown.groups.flatMap((g) => g.units);
    expect([...members].sort()).toEqual(s.units.map((u) => u.code).sort());
    expect(breakdown.groups.map((g) => g.value).filter((v) => v === null).length).toBeLessThanOrEqual(1);
    if (breakdown.groups.length === 0) {
      expect(s.completeness.expected).toBe(0);
      continue;
    }
    expect(breakdown.groups.map(additive).reduce((a, b) => plus(a, b) as typeof a)).toEqual(additive(s));
    // a unit counts once a slot (twice in a year made of two terms), in its group as in the node
    const slots = s.completeness.expected / s.units.length;
    for (const g of breakdown.groups) expect(g.completeness.expected).toBe(g.units.length * slots);
  }
}

describe('property: the groups of any attribute add up to the node’s figures', () => {
  it('for any roster, any submissions, any node, a term or a year made of terms', () => {
    fc.assert(
      fc.property(
        attributedRosterArb.chain((r) => fc.tuple(fc.constant(r), filesArb(r, yearSet.parts), fc.nat(), fc.boolean())),
        ([r, fs, pick, year]) => {
          const nodes = r.units.filter((u) => u.code !== 'OTHER-ROOT' && u.code !== 'OTHER-SCHOOL');
          const node = nodes[pick % nodes.length]!.code;
          checkAddsUp(year ? run(r, node, yearSet.whole, yearSet.parts, fs, ['xa', 'loai']) : run(r, node, HK1, [], fs, ['xa', 'loai']));
        },
      ),
      { numRuns: 120 },
    );
  });

  it('and a province rolled up from its offices’ summaries has the same groups as from every school’s file', () => {
    fc.assert(
      fc.property(
        attributedRosterArb.chain((r) => fc.tuple(fc.constant(r), filesArb(r, [HK1]), fc.func(fc.boolean()), fc.boolean())),
        ([r, fs, coin, yaml]) => {
          const offices = r.childrenOf(ROOT).filter((u) => u.level === 'OFFICE' && coin(u.code));
          const summaries = offices.map((o) => asInput({ ...run(r, o.code, HK1, [], fs, ['xa', 'loai']) }, yaml)).map((s, i) => ({ ...s, file: `${s.file}-${i}` }));
          const covered = new Set(summaries.flatMap((s) => s.summary.units.map((u) => u.code)));
          const direct = run(r, ROOT, HK1, [], fs, ['xa', 'loai']);
          const rolled = run(r, ROOT, HK1, [], fs.filter((f) => f.unit === null || !covered.has(f.unit)), ['xa', 'loai'], summaries);
          checkAddsUp(rolled);
          expect(rolled.by_group).toEqual(direct.by_group);
        },
      ),
      { numRuns: 100 },
    );
  });
});
