/**
 * Which charts a summary gives, and their data: completeness and timeliness by child unit (sorted, the node's own rate
 * as a line), by level, and — with a comparison — over the compared periods, oldest first. Pure.
 */
import { summaryPeriodRef } from '../../aggregate/aggregate.js';
import { periodName } from '../../contract/period.js';
import { LEVEL_NAMES } from '../../contract/submission.js';
import type { Summary } from '../../contract/summary.js';
import { barChart, trendChart, type BarRow, type Chart } from './svg.js';
import type { ReportBreakdown } from '../narrative.js';

export const CHART_NAMES = ['completeness_by_unit', 'levels', 'trend'] as const;
export type ChartName = (typeof CHART_NAMES)[number];

/** The chart wording (`charts:` of report.vi.md), filled. */
export interface ChartStrings {
  completeness: string;
  timeliness: string;
  overall: string;
  other_units: string;
}

/** At most this many child units in the bar chart: past it, the lowest by completeness (the caption says so). */
export const MAX_BARS = 40;

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** A bar's label: the committee's name in the short form tables use (“UBND xã Bình Yên”), so the place name fits. */
const barLabel = (name: string) => name.replace(/^(Ủy|Uỷ) ban nhân dân\s+/u, 'UBND ');

/** A built chart: its SVG, how many rows it shows of how many, and the data it draws (the workbook writes it out). */
export interface BuiltChart {
  chart: Chart;
  rows: number;
  of: number;
  data: { series: readonly string[]; rows: readonly BarRow[] };
}

const rowsOf = (rows: ReadonlyArray<BarRow>) => rows.map((r) => ({ label: r.label, values: [...r.values] }));

/** Bars sorted by completeness, then timeliness, then label; past `MAX_BARS`, the lowest. None for fewer than two. */
function barsOf(rows: Array<BarRow & { sort: number }>, series: string[], line: { value: number; label: string } | null): BuiltChart | null {
  if (rows.length < 2) return null;
  rows.sort((a, b) => b.sort - a.sort || (b.values[1] ?? -1) - (a.values[1] ?? -1) || compare(a.label, b.label));
  const shown = rows.length > MAX_BARS ? rows.slice(rows.length - MAX_BARS) : rows;
  return { chart: barChart({ rows: shown, series, line }), rows: shown.length, of: rows.length, data: { series, rows: rowsOf(shown) } };
}

/** `breakdown`: the report speaks by a unit attribute (render --by), and the chart by unit draws a bar per group. */
export function buildChart(name: ChartName, summary: Summary, s: ChartStrings, breakdown?: ReportBreakdown): BuiltChart | null {
  const series = [s.completeness, s.timeliness];
  const line = summary.completeness.completeness_pct === null ? null : { value: summary.completeness.completeness_pct, label: s.overall };
  if (name === 'completeness_by_unit' && breakdown) {
    const rows = breakdown.groups.map((g) => ({ label: g.name, values: [g.completeness.completeness_pct, g.completeness.timeliness_pct], sort: g.completeness.completeness_pct ?? -1 }));
    return barsOf(rows, series, line);
  }
  if (name === 'completeness_by_unit') {
    // offices get a bar each; single schools under the node are one bar together, as in the terminal table
    const isGroup = (b: Summary['by_child'][number]) => b.level === 'OFFICE' || b.completeness.expected > 1;
    const groups = summary.by_child.filter(isGroup);
    const singles = summary.by_child.filter((b) => !isGroup(b));
    const rows: Array<BarRow & { sort: number }> = groups.map((b) => ({
      label: barLabel(b.name),
      values: [b.completeness.completeness_pct, b.completeness.timeliness_pct],
      sort: b.completeness.completeness_pct ?? -1,
    }));
    if (singles.length > 0 && groups.length > 0) {
      const sum = (k: 'expected' | 'accepted' | 'on_time') => singles.reduce((a, b) => a + b.completeness[k], 0);
      const e = sum('expected');
      const p = (x: number) => (e === 0 ? null : Math.round((x * 1000) / e) / 10);
      rows.push({ label: `${s.other_units} (${singles.length})`, values: [p(sum('accepted')), p(sum('on_time'))], sort: p(sum('accepted')) ?? -1 });
    } else if (groups.length === 0) {
      for (const b of singles) rows.push({ label: barLabel(b.name), values: [b.completeness.completeness_pct, b.completeness.timeliness_pct], sort: b.completeness.completeness_pct ?? -1 });
    }
    return barsOf(rows, series, line);
  }
  if (name === 'levels') {
    if (summary.by_level.length < 2) return null;
    const rows = summary.by_level.map((l) => ({ label: LEVEL_NAMES[l.level].vi, values: [l.completeness.completeness_pct, l.completeness.timeliness_pct] }));
    return { chart: barChart({ rows, series, line }), rows: rows.length, of: rows.length, data: { series, rows: rowsOf(rows) } };
  }
  const comparison = summary.comparison ?? [];
  if (comparison.length === 0) return null;
  const name_ = (p: Summary['period']) => {
    const ref = summaryPeriodRef(p);
    return ref ? periodName(ref, 'vi') : `${p.start} – ${p.end}`;
  };
  const earlier = [...comparison]
    .sort((a, b) => compare(a.reference.period.start, b.reference.period.start) || compare(a.reference.file, b.reference.file))
    .map((c) => ({ label: name_(c.reference.period), values: [c.completeness.completeness_pct.earlier, c.completeness.timeliness_pct.earlier] }));
  const periods = [...earlier, { label: name_(summary.period), values: [summary.completeness.completeness_pct, summary.completeness.timeliness_pct] }];
  return { chart: trendChart({ periods, series }), rows: periods.length, of: periods.length, data: { series, rows: rowsOf(periods) } };
}
