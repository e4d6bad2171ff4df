/**
 * The report's appendices, in the order `narrative.ts` numbers them: I the per-unit table grouped by child unit with
 * subtotals, then the full lists the narrative only counts or samples — incidents, exemplary models, commendations,
 * the assessment sentences beyond the narrative's groups, and the missing, rejected and late units.
 * Pure: cells in, `layout.ts` draws them. Wide tables are landscape; each appendix is its own section.
 */
import { ASSESSMENT_KEYS } from '../contract/submission.js';
import type { Comparison, Summary, UnitComparison } from '../contract/summary.js';
import { appendixTable, centredCell as centre, type AppendixComparison, indexed, listTable, listTableWithHeader, rowsOf, type AppendixTable, type Group, type GridCell } from './appendix.js';
import type { ListAppendices, ReportFrontMatter } from './front-matter.js';
import type { Labels } from './labels.js';
import { appendixKinds, appendixLabels, groupSentences, type AppendixKind, type ChildOf, type NarrativeCaps } from './narrative.js';
import { LANDSCAPE_TEXT_WIDTH_TWIPS, TEXT_WIDTH_TWIPS } from './page.js';
import { formatCount, formatPct } from './vn.js';
import { shortDate } from '../util/dates.js';

export interface Appendix {
  kind: AppendixKind;
  /** `Phụ lục` or `Phụ lục II`. */
  heading: string;
  /** The appendix title, unfilled (its `{field}`s are filled by the caller). */
  title: string;
  landscape: boolean;
  table: AppendixTable;
}

export interface AppendicesInput {
  summary: Summary;
  front: ReportFrontMatter['appendix'];
  lists: ListAppendices;
  labels: Labels;
  groups: readonly Group[];
  /** Appendix I's groups when the report is broken down by an attribute (render --by); else `groups`. */
  unitGroups?: readonly Group[];
  nameOf(code: string): string | null;
  childOf: ChildOf;
  caps: NarrativeCaps;
}

const cell = (text: string): GridCell => ({ text });
const number = (n: number): GridCell => ({ text: formatCount(n), align: 'center' });

export interface OutstandingEntry {
  code: string;
  name: string;
  parent: string | null;
  status: 'missing' | 'rejected' | 'late';
  reported_at: string | null;
  /** Index in `groups` of the group the unit is in (`groups.length` for a unit in none). */
  group: number;
}

/**
 * The missing, rejected and late units grouped by child unit (the appendix I order), missing, then rejected, then late
 * within each group, then in appendix I order. Shared by the report's appendix and the reminder's attached list.
 */
export function outstandingEntries(summary: Summary, groups: readonly Group[], childOf: ChildOf): OutstandingEntry[] {
  const l = summary.lists;
  const order = new Map(groups.flatMap((g) => g.units.map((u, i) => [u.code, i] as const)));
  const groupIndex = new Map(groups.map((g, i) => [g.key, i]));
  const groupOf = (code: string) => groupIndex.get(childOf(code) === code ? '' : childOf(code)) ?? groups.length;
  const rank = { missing: 0, rejected: 1, late: 2 } as const;
  const entries: OutstandingEntry[] = [
    ...l.missing.map((u) => ({ code: u.code, name: u.name, parent: u.parent, status: 'missing' as const, reported_at: null, group: groupOf(u.code) })),
    ...l.rejected.map((u) => ({ code: u.code, name: u.name, parent: u.parent, status: 'rejected' as const, reported_at: null, group: groupOf(u.code) })),
    ...l.late.map((u) => ({ code: u.code, name: u.name, parent: u.parent, status: 'late' as const, reported_at: u.reported_at, group: groupOf(u.code) })),
  ];
  return entries.sort(
    (a, b) =>
      a.group - b.group ||
      rank[a.status] - rank[b.status] ||
      (order.get(a.code) ?? 0) - (order.get(b.code) ?? 0) ||
      (a.code < b.code ? -1 : a.code > b.code ? 1 : 0),
  );
}

export interface ReminderListStrings {
  units: string;
  columns: { index: string; unit: string; status: string; reported_at: string };
}

/**
 * The reminder's attached list: one row per outstanding unit, under a title row per managing unit that gives its
 * count, numbered through. Portrait: four columns.
 */
export function reminderTable(summary: Summary, groups: readonly Group[], childOf: ChildOf, strings: ReminderListStrings, labels: Labels): AppendixTable {
  const entries = outstandingEntries(summary, groups, childOf);
  const c = strings.columns;
  const rows: GridCell[][] = [];
  let index = 0;
  for (let start = 0; start < entries.length; ) {
    const group = entries[start]!.group;
    let end = start;
    while (end < entries.length && entries[end]!.group === group) end++;
    const title = groups[group]?.title ?? '';
    // a commune's own schools make one group: its title row would only repeat the document
    if (title && groups.length > 1) rows.push([{ text: `${title} (${formatCount(end - start)} ${strings.units})`, bold: true, columnSpan: 4 }]);
    for (const u of entries.slice(start, end)) {
      rows.push([centre(String(++index)), cell(u.name), centre(labels.unit_status[u.status]), centre(shortDate(u.reported_at))]);
    }
    start = end;
  }
  return listTable([c.index, c.unit, c.status, c.reported_at], [7, 50, 25, 18], TEXT_WIDTH_TWIPS, rows);
}

const signed = (x: number | null, decimals: number): string => {
  if (x === null) return '';
  const s = decimals > 0 ? Math.abs(x).toFixed(decimals).replace('.', ',') : formatCount(Math.abs(x));
  return x > 0 ? `+${s}` : x < 0 ? `-${s}` : s;
};

/**
 * The per-unit comparison with the newest earlier period: for each child unit (then each unit found only earlier),
 * completeness and timeliness now, then and the change in points, portal and social posts now and their change, and a
 * note for a unit found in one period only or compared with the units it replaces.
 */
export function comparisonTable(c: Comparison, strings: NonNullable<ListAppendices['comparison']>, labels: Labels): AppendixTable {
  const col = strings.columns;
  const span2 = (text: string): GridCell => ({ text, bold: true, align: 'center', rowSpan: 2 });
  const group = (text: string, n: number): GridCell => ({ text, bold: true, align: 'center', columnSpan: n });
  const sub = (text: string): GridCell => ({ text, bold: true, align: 'center' });
  const header: GridCell[][] = [
    [span2(col.index), span2(col.unit), group(col.completeness, 3), group(col.timeliness, 3), group(col.portal_posts, 2), group(col.social_posts, 2), span2(col.note)],
    [sub(col.current), sub(col.earlier), sub(col.change), sub(col.current), sub(col.earlier), sub(col.change), sub(col.current), sub(col.change), sub(col.current), sub(col.change)],
  ];
  const pct = (x: number | null): GridCell => ({ text: x === null ? '' : formatPct(x), align: 'center' });
  const count = (x: number | null): GridCell => ({ text: x === null ? '' : formatCount(x), align: 'center' });
  const delta = (x: number | null, decimals: number): GridCell => ({ text: signed(x, decimals), align: 'center' });
  const words = labels.changes;
  const body = [
    ...indexed(c.by_child, (u) => {
      const i = u.indicators;
      const replaced = u.presence === 'both' && (u.earlier_units.length !== 1 || u.earlier_units[0]!.code !== u.code);
      const note = u.presence !== 'both' ? (words?.presence[u.presence] ?? '') : replaced ? u.earlier_units.map((e) => e.name).join(', ') : '';
      return [
        cell(u.name),
        pct(i.completeness_pct.current),
        pct(i.completeness_pct.earlier),
        delta(i.completeness_pct.change, 1),
        pct(i.timeliness_pct.current),
        pct(i.timeliness_pct.earlier),
        delta(i.timeliness_pct.change, 1),
        count(i.portal_posts.current),
        delta(i.portal_posts.change, 0),
        count(i.social_posts.current),
        delta(i.social_posts.change, 0),
        cell(note),
      ];
    }),
  ];
  return listTableWithHeader([5, 26, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 18], LANDSCAPE_TEXT_WIDTH_TWIPS, header, body);
}

/** The per-unit table's change columns, from the newest comparison's unit rows; none without a comparison or its rows. */
export function unitsComparison(summary: Summary, front: ReportFrontMatter['appendix'], labels: Labels): AppendixComparison | undefined {
  const c = summary.comparison?.[0];
  // a comparison written before its unit rows (by_unit read as empty) gives no columns, rather than every unit "new"
  if (!c || (c.by_unit.length === 0 && summary.units.length > 0) || !front.compared || !labels.changes) return undefined;
  const rows = new Map<string, UnitComparison>();
  const onlyEarlier: UnitComparison[] = [];
  for (const u of c.by_unit) {
    if (u.presence === 'only_earlier') onlyEarlier.push(u);
    else rows.set(u.code, u);
  }
  const children = new Map(c.by_child.map((u) => [u.code, u.indicators.completeness_pct.change]));
  return {
    rows,
    onlyEarlier,
    completenessChange: c.completeness.completeness_pct.change,
    childChange: (key) => children.get(key) ?? null,
    words: { ...front.compared, only_current: labels.changes.presence.only_current },
  };
}

export function reportAppendices(input: AppendicesInput): Appendix[] {
  const { summary, front, lists, labels, caps } = input;
  const kinds = appendixKinds(summary, caps);
  const headings = appendixLabels(kinds, front.heading);
  const l = summary.lists;
  const parentName = (code: string | null) => (code === null || code === summary.node.code ? '' : (input.nameOf(code) ?? code));

  const build: Record<AppendixKind, () => Omit<Appendix, 'kind' | 'heading'>> = {
    units: () => ({ title: front.title, landscape: true, table: appendixTable(input.unitGroups ?? input.groups, front, labels, unitsComparison(summary, front, labels)) }),
    comparison: () => ({ title: lists.comparison!.title, landscape: true, table: comparisonTable(summary.comparison![0]!, lists.comparison!, labels) }),
    incidents: () => {
      const c = lists.incidents.columns;
      return {
        title: lists.incidents.title,
        landscape: true,
        table: listTable(
          [c.index, c.unit, c.date, c.severity, c.status, c.summary, c.resolution],
          [5, 22, 10, 10, 11, 36, 30],
          LANDSCAPE_TEXT_WIDTH_TWIPS,
          indexed(l.incidents, (i) => [
            cell(i.unit_name),
            centre(shortDate(i.date)),
            centre(labels.severity[i.severity]),
            centre(labels.incident_status[i.status]),
            cell(i.summary),
            cell(i.resolution ?? ''),
          ]),
        ),
      };
    },
    exemplary_models: () => {
      const c = lists.exemplary_models.columns;
      return {
        title: lists.exemplary_models.title,
        landscape: true,
        table: listTable(
          [c.index, c.unit, c.title, c.description, c.url],
          [5, 22, 28, 40, 25],
          LANDSCAPE_TEXT_WIDTH_TWIPS,
          indexed(l.exemplary_models, (m) => [cell(m.unit_name), cell(m.title), cell(m.description ?? ''), cell(m.url ?? '')]),
        ),
      };
    },
    commendations: () => {
      const c = lists.commendations.columns;
      return {
        title: lists.commendations.title,
        landscape: false,
        table: listTable(
          [c.index, c.unit, c.recipient, c.form, c.date],
          [6, 28, 28, 26, 14],
          TEXT_WIDTH_TWIPS,
          indexed(l.commendations, (x) => [cell(x.unit_name), cell(x.recipient), cell(x.form), centre(shortDate(x.date))]),
        ),
      };
    },
    assessment: () => {
      const c = lists.assessment.columns;
      const width = 4;
      const rows = rowsOf(function* () {
        for (const key of ASSESSMENT_KEYS) {
          const rest = groupSentences(l.assessment[key]).slice(caps.assessment_groups);
          if (rest.length === 0) continue;
          yield [{ text: lists.assessment.sections[key], bold: true, columnSpan: width }];
          let i = caps.assessment_groups;
          for (const g of rest) yield [centre(String(++i)), cell(g.text), number(g.units.length), cell(g.units.map((u) => u.unit_name).join(', '))];
        }
      });
      return {
        title: lists.assessment.title,
        landscape: true,
        table: listTable([c.index, c.text, c.count, c.units], [5, 55, 8, 50], LANDSCAPE_TEXT_WIDTH_TWIPS, rows),
      };
    },
    outstanding: () => {
      const c = lists.outstanding.columns;
      const status = (s: 'missing' | 'rejected' | 'late') => centre(labels.unit_status[s]);
      const entries = outstandingEntries(summary, input.groups, input.childOf);
      return {
        title: lists.outstanding.title,
        landscape: false,
        table: listTable(
          [c.index, c.unit, c.parent, c.status, c.reported_at],
          [6, 32, 28, 18, 14],
          TEXT_WIDTH_TWIPS,
          indexed(entries, (u) => [cell(u.name), cell(parentName(u.parent)), status(u.status), centre(shortDate(u.reported_at))]),
        ),
      };
    },
  };
  return kinds.map((kind) => ({ kind, heading: headings[kind], ...build[kind]() }));
}
