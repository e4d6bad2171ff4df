/**
 * Comparing a summary with earlier summaries of the office (`aggregate --compare`): for each earlier period, the earlier
 * value, the absolute and the relative change of completeness, timeliness, every total and every rate, and of the main
 * indicators per child unit and per level. Pure: the summaries come in, the `comparison` block goes out.
 *
 * Child units are lined up by code, and through a lineage (the units a unit replaces, when units were merged or
 * renamed) given as a parameter; a unit found in only one period is listed with its presence, never dropped. A
 * comparison with another node or another kind of period is made, and says so in its warnings.
 */
import { periodKey, periodKind, periodName, previousPeriod, samePeriodLastYear } from '../contract/period.js';
import { summaryPeriodRef } from './aggregate.js';
import {
  COMPLETENESS_CHANGE_KEYS,
  MAIN_INDICATORS,
  RATE_KEYS,
  type Change,
  type Comparison,
  type Completeness,
  type IndicatorChanges,
  type Relation,
  type Summary,
  type Totals,
  type UnitComparison,
  type UnitCounts,
  type UnitRow,
  type UnitStatus,
  UNIT_COUNT_KEYS,
} from '../contract/summary.js';
import { LEVELS, type Level } from '../contract/submission.js';
import { t, type Lang } from '../i18n/index.js';
import { MAIN_TOTAL_PATHS, unitCountsOf } from './labels.js';
import { addTally, emptyTally, finish, tallyOf } from './tally.js';

export interface CompareInput {
  /** As shown to the user (relative to the current folder, `/`-separated). */
  file: string;
  sha256: string;
  summary: Summary;
}

/** The earlier codes a unit replaces (merged or renamed units, at any depth), its own code excluded. */
export type Lineage = (code: string) => readonly string[];

export const noLineage: Lineage = () => [];

const round1 = (x: number) => Math.round(x * 10) / 10;
const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** One indicator's change. Counts are integers, so a change of counts is exact; percentages keep one decimal. */
export function changeOf(current: number | null, earlier: number | null): Change {
  const change = current === null || earlier === null ? null : round1(current - earlier);
  const relative = change === null || earlier === null || earlier === 0 ? null : round1((change * 100) / earlier);
  return { current, earlier, change, relative_pct: relative };
}

/** The totals as `[dotted path, value]`, in the schema's order. */
export function flatTotals(totals: Totals): Array<[string, number]> {
  const out: Array<[string, number]> = [];
  const walk = (value: unknown, path: string) => {
    if (typeof value === 'number') out.push([path, value]);
    else if (value !== null && typeof value === 'object') for (const [k, v] of Object.entries(value)) walk(v, path ? `${path}.${k}` : k);
  };
  walk(totals, '');
  return out;
}

interface Breakdown {
  completeness: Completeness;
  totals: Totals;
  rates: Summary['rates'];
}

function indicators(now: Breakdown | null, before: Breakdown | null): IndicatorChanges {
  const value = (b: Breakdown | null, k: (typeof MAIN_INDICATORS)[number]): number | null => {
    if (!b) return null;
    if (k === 'completeness_pct' || k === 'timeliness_pct') return b.completeness[k];
    return unitCountsOf(b.totals)[k];
  };
  return Object.fromEntries(MAIN_INDICATORS.map((k) => [k, changeOf(value(now, k), value(before, k))])) as IndicatorChanges;
}

/** Several earlier rows that one current row replaces, added up (counts add; percentages are recomputed). */
function sum(rows: readonly Breakdown[]): Breakdown {
  const tally = emptyTally();
  for (const r of rows) addTally(tally, tallyOf(r));
  return finish(tally);
}

function relationOf(current: Summary, earlier: Summary): Relation {
  const now = summaryPeriodRef(current.period);
  const then = summaryPeriodRef(earlier.period);
  if (!now || !then) return 'other';
  if (periodKey(previousPeriod(now)) === periodKey(then)) return 'previous_period';
  if (periodKey(samePeriodLastYear(now)) === periodKey(then)) return 'same_period_last_year';
  return 'other';
}

function compareOne(current: Summary, input: CompareInput, lineage: Lineage, lang: Lang): Comparison {
  const earlier = input.summary;
  const say = (key: Parameters<typeof t>[0], data?: Record<string, string | number>) => t(key, lang, data);
  const nowRef = summaryPeriodRef(current.period);
  const thenRef = summaryPeriodRef(earlier.period);
  const name = (s: Summary) => {
    const ref = summaryPeriodRef(s.period);
    return ref ? periodName(ref, lang) : `${s.period.start} – ${s.period.end}`;
  };
  const warnings: Comparison['warnings'] = [];
  // the words go into official documents: they name units and periods, never a file of this computer
  const data = { node: `${earlier.node.name} (${earlier.node.code})`, current: `${current.node.name} (${current.node.code})`, period: name(earlier), target: name(current) };
  if (earlier.node.code !== current.node.code) {
    const replaced = lineage(current.node.code).includes(earlier.node.code);
    warnings.push({ code: replaced ? 'replaced_node' : 'other_node', message: say(replaced ? 'compare.warning.replaced_node' : 'compare.warning.other_node', data) });
  }
  if (!nowRef || !thenRef || periodKind(nowRef) !== periodKind(thenRef)) {
    warnings.push({ code: 'other_kind', message: say('compare.warning.other_kind', data) });
  }
  if (earlier.period.start >= current.period.start) warnings.push({ code: 'not_earlier', message: say('compare.warning.not_earlier', data) });
  if (earlier.deadline_set !== current.deadline_set) warnings.push({ code: 'deadline_differs', message: say('compare.warning.deadline_differs', data) });

  // --- child units: by code first, then through the lineage; every unit of either period gets a row ------------
  const earlierByCode = new Map(earlier.by_child.map((c) => [c.code, c]));
  const claimed = new Set<string>();
  const matches = new Map<string, string[]>();
  for (const c of current.by_child) {
    if (earlierByCode.has(c.code)) {
      matches.set(c.code, [c.code]);
      claimed.add(c.code);
    }
  }
  for (const c of current.by_child) {
    if (matches.has(c.code)) continue;
    const found = [...new Set(lineage(c.code))].filter((code) => earlierByCode.has(code) && !claimed.has(code)).sort(compare);
    for (const code of found) claimed.add(code);
    matches.set(c.code, found);
  }
  const by_child: Comparison['by_child'] = current.by_child.map((c) => {
    const olds = (matches.get(c.code) ?? []).map((code) => earlierByCode.get(code)!);
    return {
      code: c.code,
      name: c.name,
      presence: olds.length > 0 ? ('both' as const) : ('only_current' as const),
      earlier_units: olds.map((o) => ({ code: o.code, name: o.name })),
      indicators: indicators(c, olds.length === 0 ? null : olds.length === 1 ? olds[0]! : sum(olds)),
    };
  });
  for (const o of earlier.by_child) {
    if (claimed.has(o.code)) continue;
    by_child.push({ code: o.code, name: o.name, presence: 'only_earlier', earlier_units: [{ code: o.code, name: o.name }], indicators: indicators(null, o) });
  }
  if (by_child.some((c) => c.presence !== 'both')) {
    const only = by_child.filter((c) => c.presence !== 'both').map((c) => `${c.name} (${c.code})`).join(', ');
    warnings.push({ code: 'units_differ', message: say('compare.warning.units_differ', { ...data, units: only }) });
  }

  // --- levels ---------------------------------------------------------------------------------------------------
  const levelRow = (s: Summary, level: Level) => s.by_level.find((l) => l.level === level) ?? null;
  const by_level: Comparison['by_level'] = LEVELS.flatMap((level) => {
    const now = levelRow(current, level);
    const then = levelRow(earlier, level);
    if (!now && !then) return [];
    const presence = now && then ? ('both' as const) : now ? ('only_current' as const) : ('only_earlier' as const);
    return [{ level, presence, indicators: indicators(now, then) }];
  });

  const earlierTotals = new Map(flatTotals(earlier.totals));
  const by_unit = unitComparison(current, earlier, lineage);
  return {
    reference: {
      file: input.file,
      sha256: input.sha256,
      generated_at: earlier.generated_at,
      node: { code: earlier.node.code, name: earlier.node.name, level: earlier.node.level },
      period: earlier.period,
      relation: relationOf(current, earlier),
    },
    warnings,
    completeness: Object.fromEntries(
      COMPLETENESS_CHANGE_KEYS.map((k) => [k, changeOf(current.completeness[k], earlier.completeness[k])]),
    ) as Comparison['completeness'],
    totals: Object.fromEntries(flatTotals(current.totals).map(([k, v]) => [k, changeOf(v, earlierTotals.get(k) ?? null)])),
    rates: Object.fromEntries(RATE_KEYS.map((k) => [k, changeOf(current.rates[k].pct, earlier.rates[k].pct)])) as Comparison['rates'],
    by_child,
    by_level,
    by_unit,
  };
}

/** How well a status counts, weakest first: several earlier units a unit replaces take the weakest. */
const STATUS_ORDER: readonly UnitStatus[] = ['missing', 'rejected', 'late', 'accepted'];

/**
 * Every unit of `current.units` against the earlier period's units, by code first, then through the lineage (an
 * earlier unit is compared with one unit at most); then the earlier units left over, found only then.
 */
export function unitComparison(current: Summary, earlier: Summary, lineage: Lineage): UnitComparison[] {
  const before = new Map(earlier.units.map((u) => [u.code, u]));
  const claimed = new Set<string>();
  const matched = new Map<string, string[]>();
  for (const u of current.units) {
    if (before.has(u.code)) {
      matched.set(u.code, [u.code]);
      claimed.add(u.code);
    }
  }
  const out: UnitComparison[] = [];
  for (const u of current.units) {
    let codes = matched.get(u.code);
    if (!codes) {
      codes = [...new Set(lineage(u.code))].filter((code) => before.has(code) && !claimed.has(code)).sort(compare);
      for (const code of codes) claimed.add(code);
    }
    const olds = codes.map((code) => before.get(code)!);
    out.push({ code: u.code, presence: olds.length > 0 ? 'both' : 'only_current', earlier: codes, earlier_status: weakest(olds), earlier_counts: countsSum(olds) });
  }
  for (const o of earlier.units) {
    if (claimed.has(o.code)) continue;
    out.push({ code: o.code, name: o.name, presence: 'only_earlier', earlier: [o.code], earlier_status: o.status, earlier_counts: o.counts });
  }
  return out;
}

function weakest(rows: readonly UnitRow[]): UnitStatus | null {
  if (rows.length === 0) return null;
  return STATUS_ORDER[Math.min(...rows.map((r) => STATUS_ORDER.indexOf(r.status)))]!;
}

function countsSum(rows: readonly UnitRow[]): UnitCounts | null {
  const counted = rows.filter((r) => r.counts !== null);
  if (counted.length === 0) return null;
  if (counted.length === 1) return counted[0]!.counts;
  return Object.fromEntries(UNIT_COUNT_KEYS.map((k) => [k, counted.reduce((n, r) => n + r.counts![k], 0)])) as UnitCounts;
}

/** A unit's change of one main count against the earlier period: null where either period has no counts. */
export function unitCountChange(counts: UnitCounts | null, row: UnitComparison | undefined, key: keyof UnitCounts): number | null {
  if (!counts || !row?.earlier_counts) return null;
  return counts[key] - row.earlier_counts[key];
}

/**
 * The `comparison` block of `current` against the earlier summaries, newest period first (then by node, then by
 * content): the order the summaries are given in does not change it. A summary given twice (same bytes) counts once,
 * under the first of its names.
 */
export function compareSummaries(current: Summary, earlier: readonly CompareInput[], options: { lineage?: Lineage; lang: Lang }): Comparison[] {
  const lineage = options.lineage ?? noLineage;
  const byContent = new Map<string, CompareInput>();
  for (const e of [...earlier].sort((a, b) => compare(a.file, b.file))) if (!byContent.has(e.sha256)) byContent.set(e.sha256, e);
  const ordered = [...byContent.values()].sort(
    (a, b) =>
      compare(b.summary.period.start, a.summary.period.start) ||
      compare(b.summary.period.end, a.summary.period.end) ||
      compare(a.summary.node.code, b.summary.node.code) ||
      compare(a.sha256, b.sha256),
  );
  return ordered.map((e) => compareOne(current, e, lineage, options.lang));
}

/** The summary with its comparison block (none when there is nothing to compare with). */
export function withComparison(current: Summary, earlier: readonly CompareInput[], options: { lineage?: Lineage; lang: Lang }): Summary {
  const { comparison: _old, ...rest } = current;
  if (earlier.length === 0) return rest;
  return { ...rest, comparison: compareSummaries(rest, earlier, options) };
}

/**
 * Among earlier summaries found in a history folder, the ones to compare with when `--compare` names none: the
 * previous period of the same kind and the same period of the previous school year, of the same node. Where one period
 * has several summaries, the newest (by `generated_at`, then by name) is taken.
 */
export function pickHistory(current: Summary, found: readonly CompareInput[]): CompareInput[] {
  const ref = summaryPeriodRef(current.period);
  if (!ref) return [];
  const wanted = [previousPeriod(ref), samePeriodLastYear(ref)].map(periodKey);
  const picked: CompareInput[] = [];
  for (const key of [...new Set(wanted)]) {
    const candidates = found
      .filter((f) => f.summary.node.code === current.node.code)
      .filter((f) => {
        const r = summaryPeriodRef(f.summary.period);
        return r !== null && periodKey(r) === key;
      })
      .sort((a, b) => compare(b.summary.generated_at, a.summary.generated_at) || compare(a.file, b.file));
    if (candidates[0]) picked.push(candidates[0]);
  }
  return picked;
}

export { MAIN_TOTAL_PATHS };

/** The child units whose completeness fell most (largest fall first, then by code), at most `limit`. */
export function largestFalls(c: Comparison, limit: number): Comparison['by_child'] {
  return c.by_child
    .filter((u) => u.presence === 'both' && (u.indicators.completeness_pct.change ?? 0) < 0)
    .sort((a, b) => a.indicators.completeness_pct.change! - b.indicators.completeness_pct.change! || compare(a.code, b.code))
    .slice(0, limit);
}
