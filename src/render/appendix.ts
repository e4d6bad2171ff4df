/**
 * The report's appendix: one row per expected unit of the summary (aggregation.md, invariant 4), grouped by the
 * node's child they belong to (each district office, then the units directly under the node), closed by a total row.
 * Pure: produces cells; `layout.ts` draws them.
 */
import { UNIT_COUNT_KEYS, type UnitRow } from '../contract/summary.js';
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

/** Column widths (twips): TT, unit, status, date, the nine counts, errors, warnings; the unit name takes the rest. */
export function appendixColumns(): number[] {
  const fixed = [560, 0, 1450, 1150, ...COUNT_KEYS.map(() => 720), 700, 700];
  fixed[1] = LANDSCAPE_TEXT_WIDTH_TWIPS - fixed.reduce((a, b) => a + b, 0);
  return fixed;
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

export function appendixTable(groups: readonly Group[], front: ReportFrontMatter['appendix'], labels: Labels): AppendixTable {
  const c = front.columns;
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
    ],
  ];

  return { columns: appendixColumns(), header, body: rowsOf(() => appendixRows(groups, front, labels)) };
}

function* appendixRows(groups: readonly Group[], front: ReportFrontMatter['appendix'], labels: Labels): Generator<GridCell[]> {
  const zero = () => ({ counts: Object.fromEntries(COUNT_KEYS.map((k) => [k, 0])) as Record<(typeof COUNT_KEYS)[number], number>, errors: 0, warnings: 0 });
  const totals = zero();
  let index = 0;
  const width = 4 + COUNT_KEYS.length + 2;
  const bold = (cell: GridCell): GridCell => ({ ...cell, bold: true });
  const sumRow = (label: string, sums: ReturnType<typeof zero>): GridCell[] => [
    { text: label, bold: true, align: 'center', columnSpan: 4 },
    ...COUNT_KEYS.map((k) => bold(num(sums.counts[k]))),
    bold(num(sums.errors)),
    bold(num(sums.warnings)),
  ];
  for (const group of groups) {
    // with a single group (a district's own schools) the group row would only repeat the title
    const grouped = groups.length > 1;
    if (grouped) yield [{ text: group.title, bold: true, columnSpan: width }];
    const sub = zero();
    for (const unit of group.units) {
      index++;
      const counts = unit.counts;
      if (counts) for (const k of COUNT_KEYS) sub.counts[k] += counts[k];
      const submitted = unit.status !== 'missing';
      if (submitted) {
        sub.errors += unit.errors;
        sub.warnings += unit.warnings;
      }
      yield [
        { text: String(index), align: 'center' },
        { text: unit.name },
        { text: labels.unit_status[unit.status], align: 'center' },
        { text: shortDate(unit.reported_at), align: 'center' },
        ...COUNT_KEYS.map((k) => (counts ? num(counts[k]) : blank)),
        submitted ? num(unit.errors) : blank,
        submitted ? num(unit.warnings) : blank,
      ];
    }
    // a subtotal row closes each child unit's group, so the province reads each office's sums off its own rows
    if (grouped && front.subtotal) yield sumRow(front.subtotal, sub);
    for (const k of COUNT_KEYS) totals.counts[k] += sub.counts[k];
    totals.errors += sub.errors;
    totals.warnings += sub.warnings;
  }
  yield sumRow(front.total, totals);
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
