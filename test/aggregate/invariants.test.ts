/**
 * The five invariants of `shared/spec/aggregation.md`, as properties over random rosters of any depth and random
 * submissions (accepted, late, rejected, duplicated, missing, noise). Child summaries go through the summary file
 * (written, then parsed back) exactly as `aggregate --in …/summary.json` reads them.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { aggregate, AggregateInputError, type SummaryInput } from '../../src/aggregate/aggregate.js';
import { parseSummary, summaryToJson, summaryToYaml } from '../../src/aggregate/summary-file.js';
import type { RosterUnit } from '../../src/contract/config.js';
import { periodKey, type ResolvedPeriod } from '../../src/contract/period.js';
import type { Roster } from '../../src/contract/roster.js';
import { SummarySchema, type Summary } from '../../src/contract/summary.js';
import type { FileResult } from '../../src/contract/findings.js';
import { filesArb, quarterSet, ROOT, rosterArb, shuffleBy, yearSet, type PeriodSet } from './gen.js';

const RUNS = { numRuns: 120 };
const HK1 = yearSet.parts[0]!;
const HK2 = yearSet.parts[1]!;

function run(roster: Roster, node: string, target: ResolvedPeriod, parts: readonly ResolvedPeriod[], files: readonly FileResult[], summaries: readonly SummaryInput[] = []): Summary {
  return aggregate({
    roster,
    node,
    target,
    parts,
    files,
    summaries,
    rules: { preset: 'recommended', severity: {} },
    generatedAt: '2025-01-05T01:00:00.000Z',
    generator: 'edu-comms test',
    lang: 'vi',
  }).summary;
}

/** A summary as the next level reads it: written to JSON or YAML, then parsed and checked against the schema. */
function asInput(summary: Summary, yaml: boolean): SummaryInput {
  const file = `sum/${summary.node.code}-${summary.period.term ?? summary.period.month ?? summary.period.quarter}.${yaml ? 'yaml' : 'json'}`;
  const text = yaml ? summaryToYaml(summary) : summaryToJson(summary);
  return { file, sha256: file, summary: parseSummary(Buffer.from(text), { file, lang: 'vi' }) };
}

// --- an independent view of the roster, so the tests do not lean on the code under test -----------------------
function isUnder(roster: Roster, code: string, node: string): boolean {
  const seen = new Set<string>();
  for (let u = roster.byCode.get(code)?.parent; u !== undefined && !seen.has(u); u = roster.byCode.get(u)?.parent) {
    if (u === node) return true;
    seen.add(u);
  }
  return false;
}
const reports = (u: RosterUnit) => u.level !== 'OFFICE' || u.reports === true;
function expectedCodes(roster: Roster, node: string): string[] {
  const below = roster.units.filter((u) => isUnder(roster, u.code, node));
  if (below.length > 0) return below.filter(reports).map((u) => u.code);
  const self = roster.byCode.get(node)!;
  return reports(self) ? [node] : [];
}

/** Sum two JSON-like trees of numbers key by key (a plain re-implementation, independent of tally.ts). */
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

/** Everything invariant 1 compares: all but the generation stamp and the list of input files. */
const comparable = (s: Summary) => ({ ...s, inputs: undefined, generated_at: undefined });

/**
 * Build `node`'s summary the long way: for every office below, a coin decides whether it arrives as its own summary
 * (built the same way, recursively) or as raw files; raw files of units a summary covers are left out.
 */
function rollUp(roster: Roster, node: string, target: ResolvedPeriod, parts: readonly ResolvedPeriod[], files: readonly FileResult[], coin: (code: string) => boolean, yaml: boolean): Summary {
  const summaries: SummaryInput[] = [];
  const covered = new Set<string>();
  const visit = (code: string) => {
    for (const child of roster.childrenOf(code)) {
      if (child.level !== 'OFFICE') continue;
      if (coin(child.code)) {
        const units = expectedCodes(roster, child.code);
        if (parts.length > 0 && coin(`${child.code}/parts`)) {
          // a whole year from the child's two term summaries (invariants 1 and 2 at once)
          for (const p of parts) summaries.push(asInput(rollUp(roster, child.code, p, [], files, coin, !yaml), yaml));
        } else summaries.push(asInput(rollUp(roster, child.code, target, parts, files, coin, !yaml), yaml));
        units.forEach((u) => covered.add(u));
      } else visit(child.code);
    }
  };
  visit(node);
  return run(roster, node, target, parts, files.filter((f) => f.unit === null || !covered.has(f.unit)), summaries);
}

const coinArb = fc.func(fc.boolean());

describe('invariant 1: roll-up is associative', () => {
  it('the province from its offices’ summaries (at any depth) equals the province from every school’s submission', () => {
    fc.assert(
      fc.property(
        rosterArb.chain((roster) => fc.tuple(fc.constant(roster), filesArb(roster, [HK1, HK2]), coinArb, fc.boolean())),
        ([roster, files, coin, yaml]) => {
          const direct = run(roster, ROOT, HK1, [], files);
          const rolled = rollUp(roster, ROOT, HK1, [], files, coin, yaml);
          expect(comparable(rolled)).toEqual(comparable(direct));
        },
      ),
      RUNS,
    );
  });

  it('holds for a whole year built from child summaries of the year or of its terms', () => {
    fc.assert(
      fc.property(
        rosterArb.chain((roster) => fc.tuple(fc.constant(roster), filesArb(roster, yearSet.parts), coinArb, fc.boolean())),
        ([roster, files, coin, yaml]) => {
          const direct = run(roster, ROOT, yearSet.whole, yearSet.parts, files);
          const rolled = rollUp(roster, ROOT, yearSet.whole, yearSet.parts, files, coin, yaml);
          expect(comparable(rolled)).toEqual(comparable(direct));
        },
      ),
      RUNS,
    );
  });
});

describe('invariant 2: a period made of parts is the sum of its parts', () => {
  for (const [name, set] of [['CN = HK1 + HK2', yearSet], ['2024-Q4 = 2024-10 + 2024-11 + 2024-12', quarterSet]] as [string, PeriodSet][]) {
    it(`${name}: every count of the whole, overall, by child and by level`, () => {
      fc.assert(
        fc.property(
          rosterArb.chain((roster) => fc.tuple(fc.constant(roster), filesArb(roster, set.parts))),
          ([roster, files]) => {
            const whole = run(roster, ROOT, set.whole, set.parts, files);
            const parts = set.parts.map((p) => run(roster, ROOT, p, [], files));
            expect(additive(whole)).toEqual(parts.map(additive).reduce((a, b) => plus(a, b) as typeof a));
            for (const key of ['by_child', 'by_level'] as const) {
              const name = (b: Summary['by_child'][number] | Summary['by_level'][number]) => ('code' in b ? b.code : b.level);
              const sums = new Map<string, unknown>();
              for (const part of parts) for (const b of part[key]) sums.set(name(b), sums.has(name(b)) ? plus(sums.get(name(b)), additive(b)) : additive(b));
              expect(new Map(whole[key].map((b) => [name(b), additive(b)]))).toEqual(sums);
            }
            // one row per unit, whose counts are the sums of its rows in the parts
            for (const row of whole.units) {
              const rows = parts.map((p) => p.units.find((u) => u.code === row.code)!);
              const present = rows.filter((r) => r.counts !== null).map((r) => r.counts);
              expect(row.counts).toEqual(present.length === 0 ? null : present.reduce((a, b) => plus(a, b) as typeof a));
              expect(row.errors).toBe(rows.reduce((n, r) => n + r.errors, 0));
            }
          },
        ),
        RUNS,
      );
    });
  }
});

describe('invariant 3: order does not matter', () => {
  it('shuffling the input files and summaries gives the same summary, byte for byte', () => {
    fc.assert(
      fc.property(
        rosterArb.chain((roster) =>
          fc.tuple(fc.constant(roster), filesArb(roster, yearSet.parts), fc.array(fc.double({ noNaN: true }), { minLength: 1, maxLength: 60 }), coinArb),
        ),
        ([roster, files, keys, coin]) => {
          const offices = roster.childrenOf(ROOT).filter((u) => u.level === 'OFFICE' && coin(u.code));
          const covered = new Set(offices.flatMap((o) => expectedCodes(roster, o.code)));
          const summaries = offices.map((o) => asInput(run(roster, o.code, yearSet.whole, yearSet.parts, files), false));
          const raw = files.filter((f) => f.unit === null || !covered.has(f.unit));
          const once = run(roster, ROOT, yearSet.whole, yearSet.parts, raw, summaries);
          const again = run(roster, ROOT, yearSet.whole, yearSet.parts, shuffleBy(raw, keys), shuffleBy(summaries, [...keys].reverse()));
          expect(summaryToJson(again)).toBe(summaryToJson(once));
          expect(summaryToYaml(again)).toBe(summaryToYaml(once));
        },
      ),
      RUNS,
    );
  });
});

describe('invariant 4: no unit is ever dropped', () => {
  it('every expected unit of any node appears exactly once, and the counts agree with the rows', () => {
    fc.assert(
      fc.property(
        rosterArb.chain((roster) => fc.tuple(fc.constant(roster), filesArb(roster, [HK1, HK2]), fc.nat())),
        ([roster, files, pick]) => {
          const nodes = roster.units.filter((u) => u.code !== 'OTHER-ROOT' && u.code !== 'OTHER-SCHOOL');
          const node = nodes[pick % nodes.length]!.code;
          const s = run(roster, node, HK1, [], files);
          expect(SummarySchema.safeParse(s).success).toBe(true);
          const codes = s.units.map((u) => u.code);
          expect(new Set(codes).size).toBe(codes.length);
          expect([...codes].sort()).toEqual(expectedCodes(roster, node).sort());
          const c = s.completeness;
          const status = (st: string) => s.units.filter((u) => u.status === st).length;
          expect(c.expected).toBe(codes.length);
          expect(c.accepted + c.rejected + c.missing).toBe(c.expected);
          expect(c.on_time + c.late).toBe(c.accepted);
          expect([c.on_time, c.late, c.rejected, c.missing]).toEqual([status('accepted'), status('late'), status('rejected'), status('missing')]);
          expect(s.lists.missing.map((u) => u.code)).toEqual(s.units.filter((u) => u.status === 'missing').map((u) => u.code));
          expect(s.lists.late.map((u) => u.code)).toEqual(s.units.filter((u) => u.status === 'late').map((u) => u.code));
          expect(s.lists.rejected.map((u) => u.code)).toEqual(s.units.filter((u) => u.status === 'rejected').map((u) => u.code));
          // the breakdowns partition the node: their expected counts add up to the whole
          expect(s.by_level.reduce((n, b) => n + b.completeness.expected, 0)).toBe(c.expected);
          if (s.by_child.length > 0) expect(s.by_child.reduce((n, b) => n + b.completeness.expected, 0)).toBe(c.expected);
        },
      ),
      RUNS,
    );
  });
});

describe('invariant 5: wrong inputs are refused, never merged', () => {
  const scenario = rosterArb
    .filter((r) => r.childrenOf(ROOT).some((c) => c.level === 'OFFICE' && expectedCodes(r, c.code).length > 0))
    .chain((roster) => fc.tuple(fc.constant(roster), filesArb(roster, [HK1, HK2])));
  const firstOffice = (roster: Roster) => roster.childrenOf(ROOT).find((c) => c.level === 'OFFICE' && expectedCodes(roster, c.code).length > 0)!.code;
  const without = (roster: Roster, files: FileResult[], office: string) => {
    const covered = new Set(expectedCodes(roster, office));
    return files.filter((f) => f.unit === null || !covered.has(f.unit));
  };
  const refused = (f: () => unknown) => {
    expect(f).toThrow(AggregateInputError);
  };

  it('a child summary for another period', () => {
    fc.assert(
      fc.property(scenario, ([roster, files]) => {
        const office = firstOffice(roster);
        const hk2 = asInput(run(roster, office, HK2, [], files), false);
        refused(() => run(roster, ROOT, HK1, [], without(roster, files, office), [hk2]));
      }),
      RUNS,
    );
  });

  it('a summary of a node outside the target, or of the target itself', () => {
    fc.assert(
      fc.property(scenario, ([roster, files]) => {
        const office = firstOffice(roster);
        const outside = asInput(run(roster, 'OTHER-ROOT', HK1, [], files), false);
        refused(() => run(roster, ROOT, HK1, [], files, [outside]));
        const itself = asInput(run(roster, ROOT, HK1, [], files), false);
        refused(() => run(roster, ROOT, HK1, [], [], [itself]));
        // and the office cannot take the province's summary either
        refused(() => run(roster, office, HK1, [], [], [itself]));
      }),
      RUNS,
    );
  });

  it('a unit counted twice: in a summary and as a raw submission, or in two summaries', () => {
    fc.assert(
      fc.property(scenario, ([roster, files]) => {
        const office = firstOffice(roster);
        const summary = asInput(run(roster, office, HK1, [], files), false);
        const coveredFiles = files.filter((f) => f.unit !== null && expectedCodes(roster, office).includes(f.unit) && f.periodRef !== null && periodKey(f.periodRef) === periodKey(HK1.ref));
        if (coveredFiles.length > 0) refused(() => run(roster, ROOT, HK1, [], files, [summary]));
        const copy = { ...summary, file: 'elsewhere/summary.json' };
        refused(() => run(roster, ROOT, HK1, [], without(roster, files, office), [summary, copy]));
      }),
      RUNS,
    );
  });

  it('a summary that does not list the units the roster expects under its node', () => {
    fc.assert(
      fc.property(scenario, ([roster, files]) => {
        const office = firstOffice(roster);
        const summary = asInput(run(roster, office, HK1, [], files), true);
        const truncated = { ...summary, summary: { ...summary.summary, units: summary.summary.units.slice(1) } };
        refused(() => run(roster, ROOT, HK1, [], without(roster, files, office), [truncated]));
      }),
      RUNS,
    );
  });
});
