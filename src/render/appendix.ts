/**
 * The report's appendix: one row per expected unit of the summary (aggregation.md, invariant 4), grouped by the
 * node's child they belong to (each district office, then the units directly under the node), closed by a total row.
 * Pure: produces cells; `layout.ts` draws them.
 */
import { percent, UNIT_COUNT_KEYS, type UnitComparison, type UnitCounts, type UnitRow } from '../contract/summary.js';
import type { ReportFrontMatter } from './front-matter.js';
import type { Labels } from './labels.js';
import { LANDSCAPE_TEXT_WIDTH_TWIPS } from './page.js';
import { formatCount } from './vn.js';
import { shortDate } from '../util/dates.js';

export interface GridCell {
  text: string;
  bold?: boolean;
  align?: 'left' | 'center' | 'right';
  columnSpan?: number;
  rowSpan?: number;
}

const COUNT_KEYS = UNIT_COUNT_KEYS;

/**
 * Column widths (twips): TT, unit, status, date, the nine counts, errors, warnings, and with a comparison the status
 * then and the change of posts; the unit name takes the rest (narrower columns with a comparison, so that the name
 * keeps about 4.3 cm in landscape).
 */
export function appendixColumns(compared = false): number[] {
  const fixed = compared
    ? [560, 0, 1250, 1000, ...COUNT_KEYS.map(() => 660), 560, 560, 1250, 760]
    : [560, 0, 1450, 1150, ...COUNT_KEYS.map(() => 720), 700, 700];
  fixed[1] = LANDSCAPE_TEXT_WIDTH_TWIPS - fixed.reduce((a, b) => a + b, 0);
  return fixed;
}

/**
 * The per-unit table's comparison with the newest earlier period (`comparison[0].by_unit`): each unit's status then and
 * the change of its posts (portal and social), a group's and the node's change of completeness in points; the units
 * found only in the earlier period close the table in a group of their own, never dropped.
 */
export interface AppendixComparison {
  rows: ReadonlyMap<string, UnitComparison>;
  onlyEarlier: readonly UnitComparison[];
  /** The node's change of completeness (points), as section II.7 says it. */
  completenessChange: number | null;
  /** A child unit's change of completeness (points), from `comparison[0].by_child`, for its subtotal row. */
  childChange(key: string): number | null;
  words: { status: string; posts: string; title: string; points: string; only_earlier: string; only_current: string };
}

const reported = (s: UnitRow['status'] | null) => s === 'accepted' || s === 'late';

/**
 * A group that is no child unit of the node (the units it manages directly): its change of completeness in points from
 * its rows, the share reporting now less the share of its units compared with an earlier one that reported then.
 */
function rowsChange(units: readonly UnitRow[], rows: ReadonlyMap<string, UnitComparison>): number | null {
  const then = units.map((u) => rows.get(u.code)).filter((r): r is UnitComparison => r !== undefined && r.presence === 'both');
  const now = percent(units.filter((u) => reported(u.status)).length, units.length);
  const before = percent(then.filter((r) => reported(r.earlier_status)).length, then.length);
  return now === null || before === null ? null : Math.round((now - before) * 10) / 10;
}

/** Signed, Vietnamese decimals: `+3`, `-12`, `0`, `+2,5`. */
export function signedText(x: number, decimals = 0): string {
  const s = decimals > 0 ? Math.abs(x).toFixed(decimals).replace('.', ',') : formatCount(Math.abs(x));
  return x > 0 ? `+${s}` : x < 0 ? `-${s}` : s;
}

const posts = (c: UnitCounts | null) => (c ? c.portal_posts + c.social_posts : null);

/** A unit's change of posts (portal and social) against the earlier period; null where either has no counts. */
export function postsChange(counts: UnitCounts | null, row: UnitComparison | undefined): number | null {
  const now = posts(counts);
  const then = posts(row?.earlier_counts ?? null);
  return now === null || then === null ? null : now - then;
}

export interface Group {
  key: string;
  title: string;
  units: UnitRow[];
}

/**
 * Group the unit rows: `groupOf(code)` gives the code of the node's child a unit is under, or null for a unit directly
 * under the node. Groups follow the order units appear in; the directly managed units come last.
 */
export function groupUnits(units: readonly UnitRow[], groupOf: (code: string) => string | null, titleOf: (key: string) => string, directTitle: string): Group[] {
  const groups = new Map<string, Group>();
  const direct: Group = { key: '', title: directTitle, units: [] };
  for (const unit of units) {
    const key = groupOf(unit.code);
    if (key === null) {
      direct.units.push(unit);
      continue;
    }
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { key, title: titleOf(key), units: [] }));
    group.units.push(unit);
  }
  return [...groups.values(), ...(direct.units.length > 0 ? [direct] : [])];
}

/**
 * Group the unit rows by the report's breakdown by attribute (render --by): a group per value, in the breakdown's order,
 * units in the summary's order. A unit in no group (the groups hold every unit once) joins the group of units with no
 * value rather than being dropped. Keys are '': no group is a child of the node, so a comparison's change of a group is
 * computed from its own rows.
 */
export function groupUnitsByValue(units: readonly UnitRow[], values: ReadonlyArray<{ name: string; value: string | null; units: readonly string[] }>, noneTitle: string): Group[] {
  const groups: Group[] = values.map((v) => ({ key: '', title: v.name, units: [] }));
  const at = new Map(values.flatMap((v, i) => v.units.map((code) => [code, i] as const)));
  let none = values.findIndex((v) => v.value === null);
  for (const unit of units) {
    let i = at.get(unit.code);
    if (i === undefined) {
      if (none < 0) none = groups.push({ key: '', title: noneTitle, units: [] }) - 1;
      i = none;
    }
    groups[i]!.units.push(unit);
  }
  return groups.filter((g) => g.units.length > 0);
}

export interface AppendixTable {
  columns: number[];
  header: GridCell[][];
  /** The body rows: made each time they are read, when the document is packed (table-xml.ts), never all held. */
  body: Iterable<GridCell[]>;
}

/**
 * Rows made when they are read, each time they are read: a country's appendix I is 50,000 rows of 15 cells, and
 * holding them all as cells until the document is packed cost more memory than the rest of the report.
 */
export function rowsOf(make: () => Iterable<GridCell[]>): Iterable<GridCell[]> {
  return { [Symbol.iterator]: () => make()[Symbol.iterator]() };
}

const num = (n: number): GridCell => ({ text: formatCount(n), align: 'right' });
const blank: GridCell = { text: '' };

export function appendixTable(groups: readonly Group[], front: ReportFrontMatter['appendix'], labels: Labels, compared?: AppendixComparison): AppendixTable {
  const c = front.columns;
  const cw = compared?.words;
  const span2 = (text: string): GridCell => ({ text, bold: true, align: 'center', rowSpan: 2 });
  const group2 = (text: string): GridCell => ({ text, bold: true, align: 'center', columnSpan: 2 });
  const sub = (text: string): GridCell => ({ text, bold: true, align: 'center' });
  const header: GridCell[][] = [
    [
      span2(c.index),
      span2(c.unit),
      span2(c.status),
      span2(c.reported_at),
      group2(c.posts),
      group2(c.press),
      span2(c.events),
      group2(c.feedback),
      span2(c.incidents),
      span2(c.exemplary_models),
      group2(c.findings),
      ...(cw ? [group2(cw.title)] : []),
    ],
    [
      sub(c.portal_posts),
      sub(c.social_posts),
      sub(c.press_articles_sent),
      sub(c.press_articles_published),
      sub(c.feedback_received),
      sub(c.feedback_resolved),
      sub(c.errors),
      sub(c.warnings),
      ...(cw ? [sub(cw.status), sub(cw.posts)] : []),
    ],
  ];

  return { columns: appendixColumns(compared !== undefined), header, body: rowsOf(() => appendixRows(groups, front, labels, compared)) };
}

function* appendixRows(groups: readonly Group[], front: ReportFrontMatter['appendix'], labels: Labels, compared: AppendixComparison | undefined): Generator<GridCell[]> {
  const zero = () => ({ counts: Object.fromEntries(COUNT_KEYS.map((k) => [k, 0])) as Record<(typeof COUNT_KEYS)[number], number>, errors: 0, warnings: 0 });
  const totals = zero();
  let index = 0;
  const width = 4 + COUNT_KEYS.length + 2 + (compared ? 2 : 0);
  const bold = (cell: GridCell): GridCell => ({ ...cell, bold: true });
  const signed = (x: number | null, decimals = 0): GridCell => ({ text: x === null ? '' : signedText(x, decimals), align: 'right' });
  // a group's and the node's completeness change in points, and the sum of their units' changes of posts
  const changeCells = (points: number | null, postsSum: number | null): GridCell[] =>
    compared ? [bold({ text: points === null ? '' : `${signedText(points, 1)} ${compared.words.points}`, align: 'center' }), bold(signed(postsSum))] : [];
  const sumRow = (label: string, sums: ReturnType<typeof zero>, points: number | null = null, postsSum: number | null = null): GridCell[] => [
    { text: label, bold: true, align: 'center', columnSpan: 4 },
    ...COUNT_KEYS.map((k) => bold(num(sums.counts[k]))),
    bold(num(sums.errors)),
    bold(num(sums.warnings)),
    ...changeCells(points, postsSum),
  ];
  let totalPosts: number | null = null;
  const add = (a: number | null, b: number | null) => (b === null ? a : (a ?? 0) + b);
  for (const group of groups) {
    // with a single group (a district's own schools) the group row would only repeat the title
    const grouped = groups.length > 1;
    if (grouped) yield [{ text: group.title, bold: true, columnSpan: width }];
    const sub = zero();
    let subPosts: number | null = null;
    for (const unit of group.units) {
      index++;
      const counts = unit.counts;
      if (counts) for (const k of COUNT_KEYS) sub.counts[k] += counts[k];
      const submitted = unit.status !== 'missing';
      if (submitted) {
        sub.errors += unit.errors;
        sub.warnings += unit.warnings;
      }
      const then = compared?.rows.get(unit.code);
      const change = compared ? postsChange(counts, then) : null;
      subPosts = add(subPosts, change);
      yield [
        { text: String(index), align: 'center' },
        { text: unit.name },
        { text: labels.unit_status[unit.status], align: 'center' },
        { text: shortDate(unit.reported_at), align: 'center' },
        ...COUNT_KEYS.map((k) => (counts ? num(counts[k]) : blank)),
        submitted ? num(unit.errors) : blank,
        submitted ? num(unit.warnings) : blank,
        ...(compared
          ? [
              { text: !then || then.presence !== 'both' || then.earlier_status === null ? compared.words.only_current : labels.unit_status[then.earlier_status], align: 'center' as const },
              signed(change),
            ]
          : []),
      ];
    }
    totalPosts = add(totalPosts, subPosts);
    const groupPoints = compared ? (group.key ? compared.childChange(group.key) : null) ?? rowsChange(group.units, compared.rows) : null;
    // a subtotal row closes each child unit's group, so the province reads each office's sums off its own rows
    if (grouped && front.subtotal) yield sumRow(front.subtotal, sub, groupPoints, subPosts);
    for (const k of COUNT_KEYS) totals.counts[k] += sub.counts[k];
    totals.errors += sub.errors;
    totals.warnings += sub.warnings;
  }
  if (compared && compared.onlyEarlier.length > 0) {
    // the units of the earlier period that no unit of this one is compared with: listed, marked, not counted
    yield [{ text: compared.words.only_earlier, bold: true, columnSpan: width }];
    for (const u of compared.onlyEarlier) {
      yield [
        { text: '–', align: 'center' },
        { text: u.name ?? u.code },
        { text: compared.words.only_earlier, align: 'center' },
        blank,
        ...COUNT_KEYS.map(() => blank),
        blank,
        blank,
        { text: u.earlier_status ? labels.unit_status[u.earlier_status] : '', align: 'center' },
        blank,
      ];
    }
  }
  yield sumRow(front.total, totals, compared?.completenessChange ?? null, totalPosts);
}

// --- the list appendices (narrative.ts: what the body only counts is listed here in full) --------------------------

/** Widths from relative weights, the last column taking what rounding leaves, so the table fills `total` exactly. */
function widths(weights: readonly number[], total: number): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const out = weights.map((w) => Math.floor((w * total) / sum));
  out[out.length - 1]! += total - out.reduce((a, b) => a + b, 0);
  return out;
}

const head = (text: string): GridCell => ({ text, bold: true, align: 'center' });
const centre = (text: string): GridCell => ({ text, align: 'center' });

/** A one-header-row table of plain rows; `rows` may be read more than once (an array, or `rowsOf`, `indexed`). */
export function listTable(titles: readonly string[], weights: readonly number[], total: number, rows: Iterable<GridCell[]>): AppendixTable {
  return { columns: widths(weights, total), header: [titles.map(head)], body: rows };
}

/** A table with a header of its own (two rows, spans), widths from relative weights. */
export function listTableWithHeader(weights: readonly number[], total: number, header: GridCell[][], body: Iterable<GridCell[]>): AppendixTable {
  return { columns: widths(weights, total), header, body };
}

/** A numbered row per item, made when read (`rowsOf`). */
export function indexed<T>(items: Iterable<T>, row: (item: T) => GridCell[]): Iterable<GridCell[]> {
  return rowsOf(function* () {
    let i = 0;
    for (const item of items) yield [centre(String(++i)), ...row(item)];
  });
}

export { centre as centredCell };
