/**
 * Comparing summaries (aggregate --compare): properties over random rosters and submissions — a summary compared with
 * itself changes by zero everywhere, the change of every total is the difference of the totals, the order of the
 * earlier summaries does not change the comparison — and examples of lining units up through a lineage, units found
 * in one period only, and warnings for another node or another kind of period.
 */
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { changeOf, compareSummaries, unitCountChange, unitComparison, flatTotals, largestFalls, pickHistory, withComparison, type CompareInput } from '../../src/aggregate/compare.js';
import { comparisonLines } from '../../src/aggregate/compare-terminal.js';
import { parseSummary, summaryToJson } from '../../src/aggregate/summary-file.js';
import { previousPeriod, samePeriodLastYear, type ResolvedPeriod } from '../../src/contract/period.js';
import { buildRoster, predecessorsOf, type Roster } from '../../src/contract/roster.js';
import { SummarySchema, UNIT_COUNT_KEYS, type Change, type Comparison, type Summary } from '../../src/contract/summary.js';
import type { FileResult } from '../../src/contract/findings.js';
import { filesArb, ROOT, rosterArb, yearSet } from './gen.js';
import { aggregateForTest } from '../helpers/aggregate.js';

const RUNS = { numRuns: 60 };
const HK1 = yearSet.parts[0]!;

function run(roster: Roster, target: ResolvedPeriod, files: readonly FileResult[]): Summary {
  return aggregateForTest({
    roster,
    node: ROOT,
    target,
    files,
  }).summary;
}

const input = (summary: Summary, file: string): CompareInput => ({ file, sha256: `sha-${file}`, summary });

/** Every Change of a comparison, wherever it sits. */
function changes(c: Comparison): Change[] {
  return [
    ...Object.values(c.completeness),
    ...Object.values(c.totals),
    ...Object.values(c.rates),
    ...c.by_child.flatMap((u) => Object.values(u.indicators)),
    ...c.by_level.flatMap((l) => Object.values(l.indicators)),
  ];
}

const twoPeriods = rosterArb.chain((roster) =>
  fc.tuple(fc.constant(roster), filesArb(roster, [HK1]), filesArb(roster, [HK1]), filesArb(roster, [HK1])),
);

describe('comparison properties', () => {
  it('a summary compared with itself changes by zero everywhere', () => {
    fc.assert(
      fc.property(twoPeriods, ([roster, files]) => {
        const s = run(roster, HK1, files);
        const [c] = compareSummaries(s, [input(s, 'self.json')], { lang: 'vi' });
        for (const ch of changes(c!)) {
          if (ch.current === null) expect(ch.change).toBeNull();
          else expect(ch.change).toBe(0);
          expect(ch.earlier).toBe(ch.current);
          if (ch.relative_pct !== null) expect(ch.relative_pct).toBe(0);
        }
        expect(c!.by_child.every((u) => u.presence === 'both')).toBe(true);
        // every unit row: the same status then, and zero change of every main count
        expect(c!.by_unit.map((u) => u.code)).toEqual(s.units.map((u) => u.code));
        for (const [i, u] of c!.by_unit.entries()) {
          const row = s.units[i]!;
          expect(u).toMatchObject({ presence: 'both', earlier: [row.code], earlier_status: row.status, earlier_counts: row.counts });
          for (const k of UNIT_COUNT_KEYS) expect(unitCountChange(row.counts, u, k)).toBe(row.counts ? 0 : null);
        }
        expect(c!.warnings.map((w) => w.code)).toEqual(['not_earlier']);
      }),
      RUNS,
    );
  });

  it('the change of every total is the difference of the totals, and of completeness the difference of the counts', () => {
    fc.assert(
      fc.property(twoPeriods, ([roster, a, b]) => {
        const now = run(roster, HK1, a);
        const before = run(roster, HK1, b);
        const [c] = compareSummaries(now, [input(before, 'before.json')], { lang: 'vi' });
        const earlier = new Map(flatTotals(before.totals));
        for (const [path, value] of flatTotals(now.totals)) {
          expect(c!.totals[path]!.change).toBe(value - earlier.get(path)!);
          expect(c!.totals[path]!.earlier).toBe(earlier.get(path));
        }
        expect(Object.keys(c!.totals)).toEqual(flatTotals(now.totals).map(([k]) => k));
        for (const k of ['expected', 'accepted', 'on_time', 'late', 'rejected', 'missing'] as const) {
          expect(c!.completeness[k].change).toBe(now.completeness[k] - before.completeness[k]);
        }
        // child rows: one per current child, plus the earlier ones not in this period; none dropped
        const rows = c!.by_child.map((u) => u.code).sort();
        const all = [...new Set([...now.by_child, ...before.by_child].map((u) => u.code))].sort();
        expect(rows).toEqual(all);
        // unit rows: every unit of either period once, each count's change the difference of the two rows
        expect(c!.by_unit.map((u) => u.code).sort()).toEqual([...new Set([...now.units, ...before.units].map((u) => u.code))].sort());
        const then = new Map(before.units.map((u) => [u.code, u]));
        for (const row of now.units) {
          const u = c!.by_unit.find((x) => x.code === row.code)!;
          const old = then.get(row.code)!;
          expect(u.earlier_status).toBe(old.status);
          for (const k of UNIT_COUNT_KEYS) expect(unitCountChange(row.counts, u, k)).toBe(row.counts && old.counts ? row.counts[k] - old.counts[k] : null);
        }
        // the summary with its comparison still passes the schema and reads back
        const withIt = withComparison(now, [input(before, 'before.json')], { lang: 'vi' });
        expect(parseSummary(Buffer.from(summaryToJson(withIt)), { file: 's.json', lang: 'vi' })).toEqual(SummarySchema.parse(withIt));
      }),
      RUNS,
    );
  });

  it('the order of the earlier summaries does not change the comparison', () => {
    fc.assert(
      fc.property(twoPeriods, ([roster, a, b, c]) => {
        const now = run(roster, HK1, a);
        const inputs = [input(run(roster, HK1, b), 'b.json'), input(run(roster, yearSet.parts[1]!, c), 'c.json'), input(now, 'a.json')];
        const forward = compareSummaries(now, inputs, { lang: 'vi' });
        expect(compareSummaries(now, [...inputs].reverse(), { lang: 'vi' })).toEqual(forward);
        expect(compareSummaries(now, [inputs[1]!, inputs[0]!, inputs[2]!], { lang: 'vi' })).toEqual(forward);
      }),
      RUNS,
    );
  });
});

// --- examples ------------------------------------------------------------------------------------------------------
const base = (): Summary => JSON.parse(JSON.stringify(SummarySchema.parse(JSON.parse(FIXTURE)))) as Summary;
const FIXTURE = readFileSync(new URL('../fixtures/summary-hk1.json', import.meta.url), 'utf8');

describe('compareSummaries', () => {
  it('computes earlier value, change and relative change; null where there is nothing to divide by', () => {
    expect(changeOf(150, 120)).toEqual({ current: 150, earlier: 120, change: 30, relative_pct: 25 });
    expect(changeOf(5, 0)).toEqual({ current: 5, earlier: 0, change: 5, relative_pct: null });
    expect(changeOf(83.3, 90.1)).toEqual({ current: 83.3, earlier: 90.1, change: -6.8, relative_pct: -7.5 });
    expect(changeOf(null, 90)).toEqual({ current: null, earlier: 90, change: null, relative_pct: null });
  });

  it('lines child units up through the lineage, sums merged units, lists units found in one period only', () => {
    const now = base();
    expect(now.by_child.length).toBeGreaterThan(1);
    const before = base();
    before.period = { ...before.period, school_year: '2023-2024', start: '2023-09-05', end: '2024-01-18', deadline: '2023-12-15' };
    const [first, second] = now.by_child;
    // last year the first child was two units, A-OLD and B-OLD; the second child did not exist; an old unit is gone
    const half = (n: number) => Math.floor(n / 2);
    const a = structuredClone(first!);
    const b = structuredClone(first!);
    a.code = 'A-OLD';
    b.code = 'B-OLD';
    a.completeness = { ...a.completeness, expected: half(first!.completeness.expected), accepted: 0, on_time: 0 };
    b.completeness = { ...b.completeness, expected: first!.completeness.expected - half(first!.completeness.expected) };
    const gone = { ...structuredClone(second!), code: 'GONE', name: 'Đơn vị đã giải thể' };
    before.by_child = [a, b, gone, ...before.by_child.slice(2)];
    const lineage = (code: string) => (code === first!.code ? ['B-OLD', 'A-OLD', 'NOT-THERE'] : []);
    const [c] = compareSummaries(now, [input(before, 'before.json')], { lineage, lang: 'vi' });
    expect(c!.reference.relation).toBe('same_period_last_year');
    const row = c!.by_child.find((u) => u.code === first!.code)!;
    expect(row.presence).toBe('both');
    expect(row.earlier_units.map((u) => u.code)).toEqual(['A-OLD', 'B-OLD']);
    const accepted = b.completeness.accepted;
    const expectedPct = Math.round((accepted * 1000) / first!.completeness.expected) / 10;
    expect(row.indicators.completeness_pct.earlier).toBe(expectedPct);
    expect(c!.by_child.find((u) => u.code === second!.code)!.presence).toBe('only_current');
    expect(c!.by_child.find((u) => u.code === 'GONE')!.presence).toBe('only_earlier');
    expect(c!.warnings.map((w) => w.code)).toEqual(['units_differ']);
    expect(c!.warnings[0]!.message).toContain('Đơn vị đã giải thể (GONE)');
    const text = comparisonLines([c!], 'vi').join('\n');
    expect(text).toContain('So với học kỳ I năm học 2023-2024 (cùng kỳ năm học trước) — before.json:');
    expect(text).toContain('Chỉ có ở kỳ trước: Đơn vị đã giải thể (GONE)');
  });

  it('lines schools up by code and through the lineage: a merged school takes the weakest status and the sum of counts', () => {
    const now = base();
    const before = base();
    const counted = now.units.filter((u) => u.counts !== null);
    expect(counted.length).toBeGreaterThan(2);
    const [merged, x] = counted;
    // last year `merged` was two schools, OLD-1 (late) and OLD-2 (missing); `x` was not there; GONE-SCHOOL closed since
    const old1 = { ...structuredClone(merged!), code: 'OLD-1', status: 'late' as const };
    const old2 = { ...structuredClone(merged!), code: 'OLD-2', status: 'accepted' as const };
    const gone = { ...structuredClone(merged!), code: 'GONE-SCHOOL', name: 'Trường đã giải thể' };
    before.units = [old1, old2, gone, ...before.units.filter((u) => u.code !== merged!.code && u.code !== x!.code)];
    const lineage = (code: string) => (code === merged!.code ? ['OLD-2', 'OLD-1'] : []);
    const rows = unitComparison(now, before, lineage);
    const row = rows.find((u) => u.code === merged!.code)!;
    expect(row).toMatchObject({ presence: 'both', earlier: ['OLD-1', 'OLD-2'], earlier_status: 'late' });
    expect(row.earlier_counts!.portal_posts).toBe(2 * merged!.counts!.portal_posts);
    expect(unitCountChange(merged!.counts, row, 'portal_posts')).toBe(-merged!.counts!.portal_posts);
    expect(rows.find((u) => u.code === x!.code)).toEqual({ code: x!.code, presence: 'only_current', earlier: [], earlier_status: null, earlier_counts: null });
    expect(rows.find((u) => u.code === 'GONE-SCHOOL')).toMatchObject({ name: 'Trường đã giải thể', presence: 'only_earlier', earlier_status: merged!.status });
    // a unit of this period, then the earlier ones left over; no earlier unit is counted twice
    expect(rows.slice(0, now.units.length).map((u) => u.code)).toEqual(now.units.map((u) => u.code));
    expect(rows.slice(now.units.length).map((u) => u.code)).toEqual(['GONE-SCHOOL']);
  });

  it('takes the lineage from the roster: a commune compares with the district offices it replaces', () => {
    const now = base();
    const before = base();
    const [first] = now.by_child;
    before.period = { ...before.period, school_year: '2023-2024', start: '2023-09-05', end: '2024-01-18', deadline: '2023-12-15' };
    before.by_child = before.by_child.map((c, i) => (i === 0 ? { ...c, code: 'PGD-OLD', name: 'Phòng cũ' } : c));
    const roster = buildRoster([
      { code: now.node.code, name: now.node.name, level: 'OFFICE' },
      { code: 'PGD-OLD', name: 'Phòng cũ', level: 'OFFICE', parent: now.node.code, valid_until: '2024-2025' },
      { code: first!.code, name: first!.name, level: 'OFFICE', parent: now.node.code, replaces: ['PGD-OLD'] },
    ] as never);
    const [c] = compareSummaries(now, [input(before, 'b.json')], { lang: 'vi', lineage: (code) => predecessorsOf(roster, code, { transitive: true }) });
    const row = c!.by_child.find((u) => u.code === first!.code)!;
    expect(row.presence).toBe('both');
    expect(row.earlier_units).toEqual([{ code: 'PGD-OLD', name: 'Phòng cũ' }]);
    expect(c!.by_child.some((u) => u.code === 'PGD-OLD')).toBe(false);
  });

  it('says when the earlier summary is of another node or another kind of period', () => {
    const now = base();
    const other = base();
    other.node = { ...other.node, code: 'XA-KHAC', name: 'Xã khác' };
    other.period = { month: '2024-08', start: '2024-08-01', end: '2024-08-31', deadline: null };
    other.deadline_set = false;
    const [c] = compareSummaries(now, [input(other, 'x.json')], { lang: 'vi' });
    expect(c!.warnings.map((w) => w.code)).toEqual(['other_node', 'other_kind', 'deadline_differs']);
    expect(c!.reference.relation).toBe('other');
    const replaced = compareSummaries(now, [input(other, 'x.json')], { lang: 'en', lineage: (code) => (code === now.node.code ? ['XA-KHAC'] : []) });
    expect(replaced[0]!.warnings[0]!.code).toBe('replaced_node');
    const lines = comparisonLines(replaced, 'en').join('\n');
    expect(lines).toContain('  ! The summary compared with (month 2024-08) is that of Xã khác (XA-KHAC), the unit');
    // the file is named once, in the heading, and never inside a warning (warnings go into the report)
    expect(lines).toMatch(/x\.json:\n/);
    expect(replaced[0]!.warnings.every((w) => !w.message.includes('x.json'))).toBe(true);
  });

  it('names the children whose completeness fell most, largest first', () => {
    const now = base();
    const before = base();
    before.by_child = before.by_child.map((u, i) => ({ ...u, completeness: { ...u.completeness, completeness_pct: (u.completeness.completeness_pct ?? 0) + i * 10 } }));
    const [c] = compareSummaries(now, [input(before, 'b.json')], { lang: 'vi' });
    const falls = largestFalls(c!, 3);
    expect(falls.length).toBe(Math.min(3, now.by_child.length - 1));
    expect(falls[0]!.code).toBe(now.by_child[now.by_child.length - 1]!.code);
    expect(falls.map((f) => f.indicators.completeness_pct.change)).toEqual([...falls.map((f) => f.indicators.completeness_pct.change)].sort((x, y) => x! - y!));
  });
});

describe('pickHistory', () => {
  it('takes the previous period and the same period last year of the same node, the newest copy of each', () => {
    const now = base(); // HK1 2024-2025
    const at = (school_year: string, term: 'HK1' | 'HK2' | 'CN', generated_at: string, code = now.node.code): Summary => ({
      ...base(),
      node: { ...now.node, code },
      period: { school_year, term, start: '2000-01-01', end: '2000-01-02', deadline: null },
      generated_at,
    });
    const found = [
      input(at('2023-2024', 'HK2', '2024-06-01T00:00:00Z'), 'old/hk2.json'),
      input(at('2023-2024', 'HK2', '2024-06-09T00:00:00Z'), 'new/hk2.json'),
      input(at('2023-2024', 'HK1', '2024-01-01T00:00:00Z'), 'hk1.json'),
      input(at('2023-2024', 'CN', '2024-07-01T00:00:00Z'), 'cn.json'),
      input(at('2023-2024', 'HK1', '2024-01-02T00:00:00Z', 'OTHER'), 'other.json'),
    ];
    expect(pickHistory(now, found).map((f) => f.file)).toEqual(['new/hk2.json', 'hk1.json']);
    expect(previousPeriod({ kind: 'month', month: '2025-01' })).toEqual({ kind: 'month', month: '2024-12' });
    expect(samePeriodLastYear({ kind: 'quarter', quarter: '2025-Q1' })).toEqual({ kind: 'quarter', quarter: '2024-Q1' });
    expect(previousPeriod({ kind: 'quarter', quarter: '2025-Q1' })).toEqual({ kind: 'quarter', quarter: '2024-Q4' });
    expect(previousPeriod({ kind: 'term', school_year: '2025-2026', term: 'CN' })).toEqual({ kind: 'term', school_year: '2024-2025', term: 'CN' });
  });
});
