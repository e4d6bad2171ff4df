/**
 * The fields a template can use, and their values for one summary and one document.
 *
 * Scalar names follow the summary file (`completeness.accepted`, `activities.portal_posts`, `rates.spokesperson`), so a
 * department that knows the summary knows the fields. Lists end in `_list` or `_units`, or are the unit texts quoted by
 * kind (`strengths`, …); every item also has `index` (1, 2, …) and `letter` (a, b, … đ, …).
 *
 * The catalogue is declared here once: templates are checked against it before anything is rendered, and a test holds
 * `buildContext` to it.
 */
import {
  ActivitiesSchema,
  ACTIVITY_KEYS,
  ASSESSMENT_KEYS,
  CHANNEL_TYPES,
  FEEDBACK_KEYS,
  INCIDENT_SEVERITIES,
  INCIDENT_STATUSES,
  keysOf,
  LEVEL_NAMES,
  SOCIAL_MEDIA_COUNT_KEYS,
  TOPIC_KEYS,
  TopicsSchema,
} from '../contract/submission.js';
import { metaOf } from '../contract/meta.js';
import {
  CompletenessSchema,
  sumCompleteness,
  RATE_KEYS,
  type Completeness,
  type Rate,
  type Summary,
  type Totals,
} from '../contract/summary.js';
import { periodRef, periodName, type PeriodRef } from '../contract/period.js';
import type { Labels } from './labels.js';
import type { DocumentMeta } from './metadata.js';
import { appendixKinds, appendixLabels, APPENDIX_KINDS, DEFAULT_CAPS, groupSentences, namedIncidents, pickSection6, type ChildOf, type NarrativeCaps, type ReportBreakdown } from './narrative.js';
import { documentDate, documentNumber, formatPct, vietnameseLetter } from './vn.js';
import { COMPARISON_LIST_FIELDS, COMPARISON_SCALARS, comparisonFields } from './comparison.js';
import { shortDate } from '../util/dates.js';
import type { ChartName } from './charts/build.js';

export type Scalar = string | number | boolean | null;
export type Item = Readonly<Record<string, Scalar>>;

export interface TemplateContext {
  scalars: Readonly<Record<string, Scalar>>;
  lists: Readonly<Record<string, readonly Item[]>>;
}

// the key lists of the summary contract: a template's fields follow the summary's keys, never a second list
const COMPLETENESS_FIELDS = keysOf(CompletenessSchema);
const INCIDENT_COUNT_KEYS = ['total', ...INCIDENT_SEVERITIES, ...INCIDENT_STATUSES] as const;
/** Per-child and per-level breakdown items: completeness plus the main counts. */
const BREAKDOWN_ITEM = [...COMPLETENESS_FIELDS, 'portal_posts', 'social_posts', 'press_articles_published', 'incidents'] as const;
const QUOTE_ITEM = ['unit', 'unit_name', 'text'] as const;
const UNIT_ITEM = ['code', 'name', 'parent_name'] as const;
/** A group of near-identical sentences: its text, how many units wrote it, and their names when there are few. */
const GROUP_ITEM = ['text', 'count', 'unit_name'] as const;
/** A group's writers are named up to this many; more are only counted. */
const NAMED_WRITERS = 3;

export const SCALAR_FIELDS: readonly string[] = [
  'node.code',
  'node.name',
  'node.level_name',
  'issuer.governing_body',
  'issuer.name',
  'issuer.symbol',
  'issuer.place',
  'issuer.drafting_unit',
  'document.number',
  'document.symbol',
  'document.date',
  'document.date_short',
  'parent.name',
  'period.name',
  'period.start',
  'period.end',
  'period.deadline',
  'period.deadline_set',
  'period.new_deadline',
  'reminder.advance',
  ...COMPLETENESS_FIELDS.map((k) => `completeness.${k}`),
  'completeness.outstanding',
  ...COMPLETENESS_FIELDS.map((k) => `direct.${k}`),
  ...ACTIVITY_KEYS.map((k) => `activities.${k}`),
  ...TOPIC_KEYS.map((k) => `topics.${k}`),
  'topics.total',
  ...FEEDBACK_KEYS.map((k) => `feedback.${k}`),
  ...SOCIAL_MEDIA_COUNT_KEYS.map((k) => `social_media.${k}`),
  ...CHANNEL_TYPES.map((k) => `channel_posts.${k}`),
  'channel_posts.total',
  ...INCIDENT_COUNT_KEYS.map((k) => `incidents.${k}`),
  'exemplary_models',
  'commendations',
  'collaborators',
  ...RATE_KEYS.flatMap((k) => [`rates.${k}`, `rates.${k}.num`, `rates.${k}.den`]),
  // the narrative at scale (narrative.ts)
  'incidents.named',
  'incidents.unnamed',
  'exemplary_models.highlighted',
  'exemplary_models.more',
  'commendations.highlighted',
  'commendations.more',
  'units_named',
  'units_tabled',
  'outstanding_offices',
  'outstanding_offices.names',
  'children.count',
  'children.target',
  'children.on_target',
  'children.lowest_name',
  'children.lowest_pct',
  'children.highest_name',
  'children.highest_pct',
  'children.charted',
  // the breakdown by a unit attribute (render --by): '' / 0 / false without one
  'breakdown.attribute',
  'breakdown.count',
  'breakdown.on_target',
  'breakdown.lowest_name',
  'breakdown.lowest_pct',
  'breakdown.highest_name',
  'breakdown.highest_pct',
  'breakdown.charted',
  ...ASSESSMENT_KEYS.flatMap((k) => [`${k}.groups`, `${k}.more`]),
  ...APPENDIX_KINDS.map((k) => `appendix.${k}`),
  // the comparison with earlier periods (comparison.ts)
  ...COMPARISON_SCALARS,
];

export const LIST_FIELDS: Readonly<Record<string, readonly string[]>> = {
  topic_list: ['key', 'label', 'count'],
  activity_list: ['key', 'label', 'count'],
  channel_list: ['key', 'label', 'count'],
  child_list: ['code', 'name', ...BREAKDOWN_ITEM],
  office_list: ['code', 'name', ...BREAKDOWN_ITEM],
  office_lowest: ['code', 'name', ...BREAKDOWN_ITEM],
  direct_list: ['code', 'name', ...BREAKDOWN_ITEM],
  breakdown_list: ['name', ...BREAKDOWN_ITEM],
  breakdown_lowest: ['name', ...BREAKDOWN_ITEM],
  level_list: ['level', 'name', ...BREAKDOWN_ITEM],
  incident_list: ['unit', 'unit_name', 'date', 'severity', 'status', 'summary', 'channel', 'resolution', 'reported_to_parent_at'],
  exemplary_model_list: ['unit', 'unit_name', 'title', 'description', 'url'],
  commendation_list: ['unit', 'unit_name', 'recipient', 'form', 'date'],
  ...Object.fromEntries(ASSESSMENT_KEYS.map((k) => [k, QUOTE_ITEM])),
  incident_named_list: ['unit', 'unit_name', 'date', 'severity', 'status', 'summary', 'channel', 'resolution', 'reported_to_parent_at'],
  exemplary_model_highlights: ['unit', 'unit_name', 'title', 'description', 'url'],
  commendation_highlights: ['unit', 'unit_name', 'recipient', 'form', 'date'],
  ...Object.fromEntries(ASSESSMENT_KEYS.map((k) => [`${k}_groups`, GROUP_ITEM])),
  outstanding_by_child: ['code', 'name', 'missing', 'rejected', 'late'],
  outstanding_by_office: ['code', 'name', 'missing', 'rejected', 'late'],
  missing_units: UNIT_ITEM,
  rejected_units: UNIT_ITEM,
  late_units: [...UNIT_ITEM, 'reported_at'],
  ...COMPARISON_LIST_FIELDS,
};

/**
 * Fields every list item has besides its own: its number, its letter, and `sep` — `;` after every item but the last,
 * which gets `.`, as Vietnamese administrative lists are punctuated.
 */
export const ITEM_EXTRAS = ['index', 'letter', 'sep'] as const;

/** Formatted percentages are text; every other number stays a number (formatted when filled, tested by `@if`). */
const completenessFields = (c: Completeness): Record<string, Scalar> => ({
  ...c,
  completeness_pct: formatPct(c.completeness_pct),
  timeliness_pct: formatPct(c.timeliness_pct),
});

const breakdownFields = (b: { completeness: Completeness; totals: Totals }): Record<string, Scalar> => ({
  ...completenessFields(b.completeness),
  portal_posts: b.totals.activities.portal_posts,
  social_posts: b.totals.activities.social_posts,
  press_articles_published: b.totals.activities.press_articles_published,
  incidents: b.totals.incidents.total,
});

const prefixed = (prefix: string, record: Record<string, Scalar>) =>
  Object.fromEntries(Object.entries(record).map(([k, v]) => [`${prefix}.${k}`, v]));

const rateFields = (key: string, rate: Rate): Record<string, Scalar> => ({
  [`rates.${key}`]: formatPct(rate.pct),
  [`rates.${key}.num`]: rate.num,
  [`rates.${key}.den`]: rate.den,
});

const labelOf = (schema: { shape: Record<string, unknown> }, key: string) =>
  metaOf(schema.shape[key] as Parameters<typeof metaOf>[0])?.label.vi ?? key;

const sum = (values: Iterable<number>) => [...values].reduce((a, b) => a + b, 0);

/**
 * The lists, each made when the template first reads it: a country's summary has 50,000 exemplary models and
 * 200,000 assessment sentences, lists a report's template never prints whole (the appendices do, from the summary).
 */
function lazyLists(makers: Record<string, () => Item[]>): Record<string, Item[]> {
  const lists: Record<string, Item[]> = {};
  for (const [name, make] of Object.entries(makers)) {
    let made: Item[] | undefined;
    Object.defineProperty(lists, name, { enumerable: true, configurable: true, get: () => (made ??= make()) });
  }
  return lists;
}

function numbered(items: Array<Record<string, Scalar>>): Item[] {
  return items.map((item, i) => ({ ...item, index: i + 1, letter: vietnameseLetter(i), sep: i === items.length - 1 ? '.' : ';' }));
}

/**
 * Unit texts quoted whole and attributed. Units often send the same sentence; it is quoted once, attributed to every
 * unit that wrote it (`Trường A, Trường B`), in the order the summary lists them.
 */
export function quotes(list: ReadonlyArray<{ unit: string; unit_name: string; text: string }>): Array<Record<string, Scalar>> {
  const byText = new Map<string, { units: string[]; names: string[]; text: string }>();
  for (const q of list) {
    const key = q.text.trim().replace(/\s+/g, ' ');
    const group = byText.get(key) ?? { units: [], names: [], text: q.text.trim() };
    group.units.push(q.unit);
    group.names.push(q.unit_name);
    byText.set(key, group);
  }
  return [...byText.values()].map((g) => ({ unit: g.units.join(', '), unit_name: g.names.join(', '), text: g.text }));
}

export function summaryPeriodRef(summary: Summary): PeriodRef {
  const ref = periodRef(summary.period);
  if (!ref) throw new RangeError('the summary has no period');
  return ref;
}

export interface ContextInput {
  summary: Summary;
  meta: DocumentMeta;
  labels: Labels;
  /** The name of a unit or office by code (roster first, then the summary); null when unknown. */
  nameOf(code: string): string | null;
  /** The node's child a unit belongs to (its office, or itself); by default the unit itself. */
  childOf?: ChildOf;
  caps?: NarrativeCaps;
  /** The word an appendix is called by (`Phụ lục`), from the report template. */
  appendixWord?: string;
  /** The charts the document will draw (render.ts): the narrative does not repeat line by line what one shows. */
  charts?: ReadonlySet<ChartName>;
  /** The breakdown by a unit attribute the report speaks by (render --by); none: by the node's children only. */
  breakdown?: ReportBreakdown;
}

/**
 * Rows compared by completeness: how many are at or above the target, the lowest and the highest (ties: the order
 * given), and the `cap` lowest when the chart shows them all and there are more than twice the cap.
 */
function compareRows<T extends { completeness: Completeness }>(rows: readonly T[], caps: NarrativeCaps, charted: boolean) {
  const rated = rows.filter((c) => c.completeness.completeness_pct !== null);
  const pctOf = (c: T) => c.completeness.completeness_pct!;
  const lowest = rated.reduce<T | null>((a, c) => (a === null || pctOf(c) < pctOf(a) ? c : a), null);
  const highest = rated.reduce<T | null>((a, c) => (a === null || pctOf(c) > pctOf(a) ? c : a), null);
  // with the chart by unit drawn, a province's 25 lines of results would repeat it: with more than twice the cap of rows
  // (a real choice: 6 communes keep their 6 lines) the body names only the `lowest_children` lowest (ties: given order)
  const few = charted && rows.length > 2 * caps.lowest_children;
  return {
    count: rated.length,
    onTarget: rated.filter((c) => pctOf(c) >= caps.completeness_target).length,
    lowest,
    highest,
    pctOf,
    charted: few,
    lowestRows: few ? [...rated].sort((a, b) => pctOf(a) - pctOf(b)).slice(0, caps.lowest_children) : [],
  };
}

export function buildContext({ summary, meta, labels, nameOf, childOf = (code) => code, caps = DEFAULT_CAPS, appendixWord = 'Phụ lục', charts = new Set(), breakdown }: ContextInput): TemplateContext {
  const t = summary.totals;
  const childOrder = summary.by_child.map((c) => c.code);
  const named = namedIncidents(summary.lists.incidents);
  const { models, commendations } = pickSection6(summary.lists, childOf, childOrder, caps);
  const sentenceGroups = Object.fromEntries(ASSESSMENT_KEYS.map((k) => [k, groupSentences(summary.lists.assessment[k])]));
  const appendix = appendixLabels(appendixKinds(summary, caps), appendixWord);
  const outstandingCount = summary.lists.missing.length + summary.lists.rejected.length + summary.lists.late.length;
  // the node's children split into offices (with units under them) and units it manages directly
  const offices = summary.by_child.filter((c) => c.level === 'OFFICE');
  const direct = summary.by_child.filter((c) => c.level !== 'OFFICE');
  // children compared by completeness (offices only: a school's own rate is 0 or 100%, and comparing a commune's
  // schools that way says nothing); the chart by unit draws the offices, or the groups when the report has a breakdown
  const chartedByUnit = charts.has('completeness_by_unit');
  const children = compareRows(offices, caps, chartedByUnit && !breakdown);
  const groups = compareRows(breakdown?.groups ?? [], caps, chartedByUnit);
  const pctText = (row: { completeness: Completeness } | null) => (row ? formatPct(row.completeness.completeness_pct) : '');
  const directCompleteness = sumCompleteness(direct.map((c) => c.completeness));
  const breakdownItems = (children: typeof summary.by_child) =>
    numbered(children.map((c) => ({ code: c.code, name: c.name, ...breakdownFields(c) })));
  // empty for a unit directly under the node, so that a template can write `@if parent_name`
  const parentName = (code: string | null) => (code === null || code === summary.node.code ? '' : (nameOf(code) ?? code));
  const scalars: Record<string, Scalar> = {
    'node.code': summary.node.code,
    'node.name': summary.node.name,
    'node.level_name': LEVEL_NAMES[summary.node.level].vi,
    'issuer.governing_body': meta.issuer.governing_body ?? '',
    'issuer.name': meta.issuer.name,
    'issuer.symbol': meta.issuer.symbol,
    'issuer.place': meta.issuer.place,
    'issuer.drafting_unit': meta.issuer.drafting_unit ?? '',
    'document.number': documentNumber(meta.number),
    'document.symbol': meta.symbol,
    'document.date': documentDate(meta.date, { blank: meta.electronic }),
    // the day the figures describe, which stays written even when the issue date is left to the e-office system
    'document.date_short': shortDate(meta.date),
    'parent.name': meta.parentName ?? '',
    'period.name': periodName(summaryPeriodRef(summary), 'vi'),
    'period.start': shortDate(summary.period.start),
    'period.end': shortDate(summary.period.end),
    'period.deadline': shortDate(summary.period.deadline),
    'period.deadline_set': summary.deadline_set,
    'period.new_deadline': shortDate(meta.newDeadline),
    // a reminder written before the official deadline has passed: an advance reminder, no reproach for lateness
    'reminder.advance': meta.advance,
    ...prefixed('completeness', completenessFields(summary.completeness)),
    'completeness.outstanding': summary.completeness.missing + summary.completeness.rejected,
    ...prefixed('direct', completenessFields(directCompleteness)),
    ...prefixed('activities', t.activities),
    ...prefixed('topics', t.topics),
    'topics.total': sum(Object.values(t.topics)),
    ...prefixed('feedback', t.feedback),
    ...prefixed('social_media', t.social_media),
    ...prefixed('channel_posts', t.channel_posts),
    'channel_posts.total': sum(Object.values(t.channel_posts)),
    'incidents.total': t.incidents.total,
    ...prefixed('incidents', t.incidents.by_severity),
    ...prefixed('incidents', t.incidents.by_status),
    exemplary_models: t.exemplary_models,
    commendations: t.commendations,
    collaborators: t.collaborators,
    ...Object.assign({}, ...RATE_KEYS.map((k) => rateFields(k, summary.rates[k]))),
    'incidents.named': named.length,
    'incidents.unnamed': t.incidents.total - named.length,
    'exemplary_models.highlighted': models.length,
    'exemplary_models.more': Math.max(0, summary.lists.exemplary_models.length - models.length),
    'commendations.highlighted': commendations.length,
    'commendations.more': Math.max(0, summary.lists.commendations.length - commendations.length),
    units_named: outstandingCount <= caps.named_units,
    // the reminder: past the cap its body counts the units per managing unit and a table attached names them
    units_tabled: outstandingCount > caps.reminder_table,
    'children.count': children.count,
    'children.target': formatPct(caps.completeness_target),
    'children.on_target': children.onTarget,
    'children.lowest_name': children.lowest?.name ?? '',
    'children.lowest_pct': pctText(children.lowest),
    'children.highest_name': children.highest?.name ?? '',
    'children.highest_pct': pctText(children.highest),
    'children.charted': children.charted,
    'breakdown.attribute': breakdown?.attribute ?? '',
    'breakdown.count': groups.count,
    'breakdown.on_target': groups.onTarget,
    // a single group has no highest and lowest (a commune's schools are all "công lập"): '' so the template says none
    'breakdown.lowest_name': groups.count > 1 ? (groups.lowest?.name ?? '') : '',
    'breakdown.lowest_pct': groups.count > 1 ? pctText(groups.lowest) : '',
    'breakdown.highest_name': groups.count > 1 ? (groups.highest?.name ?? '') : '',
    'breakdown.highest_pct': groups.count > 1 ? pctText(groups.highest) : '',
    'breakdown.charted': groups.charted,
    ...Object.fromEntries(
      ASSESSMENT_KEYS.flatMap((k) => [
        [`${k}.groups`, sentenceGroups[k]!.length],
        [`${k}.more`, Math.max(0, sentenceGroups[k]!.length - caps.assessment_groups)],
      ]),
    ),
    ...Object.fromEntries(APPENDIX_KINDS.map((k) => [`appendix.${k}`, appendix[k]])),
  };
  const incidentItem = (i: Summary['lists']['incidents'][number]) => ({
    unit: i.unit,
    unit_name: i.unit_name,
    date: shortDate(i.date),
    severity: labels.severity[i.severity],
    status: labels.incident_status[i.status],
    summary: i.summary,
    channel: i.channel ?? '',
    resolution: i.resolution ?? '',
    reported_to_parent_at: shortDate(i.reported_to_parent_at),
  });
  const modelItem = (m: Summary['lists']['exemplary_models'][number]) => ({
    unit: m.unit,
    unit_name: m.unit_name,
    title: m.title,
    description: m.description ?? '',
    url: m.url ?? '',
  });
  const commendationItem = (c: Summary['lists']['commendations'][number]) => ({
    unit: c.unit,
    unit_name: c.unit_name,
    recipient: c.recipient,
    form: c.form,
    date: shortDate(c.date),
  });
  const outstandingByChild = new Map<string, { missing: number; rejected: number; late: number }>();
  const countOutstanding = (list: ReadonlyArray<{ code: string }>, key: 'missing' | 'rejected' | 'late') => {
    for (const u of list) {
      const child = childOf(u.code);
      const entry = outstandingByChild.get(child) ?? { missing: 0, rejected: 0, late: 0 };
      entry[key]++;
      outstandingByChild.set(child, entry);
    }
  };
  countOutstanding(summary.lists.missing, 'missing');
  countOutstanding(summary.lists.rejected, 'rejected');
  countOutstanding(summary.lists.late, 'late');
  const officeCodes = new Set(summary.by_child.filter((c) => c.level === 'OFFICE').map((c) => c.code));
  const isOffice = (code: string) => officeCodes.has(code);
  const directOutstanding = { missing: 0, rejected: 0, late: 0 };
  for (const [code, entry] of outstandingByChild) {
    if (isOffice(code)) continue;
    directOutstanding.missing += entry.missing;
    directOutstanding.rejected += entry.rejected;
    directOutstanding.late += entry.late;
  }
  const childPosition = new Map(childOrder.map((code, i) => [code, i]));
  const outstandingChildren = [...outstandingByChild.keys()].sort(
    (a, b) => (childPosition.get(a) ?? Infinity) - (childPosition.get(b) ?? Infinity) || (a < b ? -1 : a > b ? 1 : 0),
  );

  const lists = lazyLists({
    topic_list: () => numbered(TOPIC_KEYS.map((key) => ({ key, label: labelOf(TopicsSchema, key), count: t.topics[key] }))),
    activity_list: () => numbered(
      ACTIVITY_KEYS.map((key) => ({ key, label: labelOf(ActivitiesSchema, key), count: t.activities[key] })),
    ),
    channel_list: () => numbered(CHANNEL_TYPES.map((key) => ({ key, label: labels.channels[key], count: t.channel_posts[key] }))),
    child_list: () => breakdownItems(summary.by_child),
    office_list: () => breakdownItems(offices),
    office_lowest: () => breakdownItems(children.lowestRows),
    direct_list: () => breakdownItems(direct),
    breakdown_list: () => numbered((breakdown?.groups ?? []).map((g) => ({ name: g.name, ...breakdownFields(g) }))),
    breakdown_lowest: () => numbered(groups.lowestRows.map((g) => ({ name: g.name, ...breakdownFields(g) }))),
    level_list: () => numbered(
      summary.by_level.map((l) => ({ level: l.level, name: LEVEL_NAMES[l.level].vi, ...breakdownFields(l) })),
    ),
    incident_list: () => numbered(summary.lists.incidents.map(incidentItem)),
    incident_named_list: () => numbered(named.map(incidentItem)),
    exemplary_model_list: () => numbered(summary.lists.exemplary_models.map(modelItem)),
    exemplary_model_highlights: () => numbered(models.map(modelItem)),
    commendation_list: () => numbered(summary.lists.commendations.map(commendationItem)),
    commendation_highlights: () => numbered(commendations.map(commendationItem)),
    ...Object.fromEntries(
      ASSESSMENT_KEYS.map((k) => [
        `${k}_groups`,
        () =>
          numbered(
            sentenceGroups[k]!.slice(0, caps.assessment_groups).map((g) => ({
              text: g.text,
              count: g.units.length,
              unit_name: g.units.length <= NAMED_WRITERS ? g.units.map((u) => u.unit_name).join(', ') : '',
            })),
          ),
      ]),
    ),
    outstanding_by_child: () => numbered(
      outstandingChildren.map((code) => ({ code, name: nameOf(code) ?? code, ...outstandingByChild.get(code)! })),
    ),
    // the reminder's counts: each office, then the directly managed units together in one line
    outstanding_by_office: () => numbered([
      ...outstandingChildren.filter(isOffice).map((code) => ({ code, name: nameOf(code) ?? code, ...outstandingByChild.get(code)! })),
      ...(directOutstanding.missing + directOutstanding.rejected + directOutstanding.late > 0
        ? [{ code: summary.node.code, name: `Các đơn vị trực thuộc ${summary.node.name}`, ...directOutstanding }]
        : []),
    ]),
    ...Object.fromEntries(ASSESSMENT_KEYS.map((k) => [k, () => numbered(quotes(summary.lists.assessment[k]))])),
    missing_units: () => numbered(summary.lists.missing.map((u) => ({ code: u.code, name: u.name, parent_name: parentName(u.parent) }))),
    rejected_units: () => numbered(
      summary.lists.rejected.map((u) => ({ code: u.code, name: u.name, parent_name: parentName(u.parent) })),
    ),
    late_units: () => numbered(
      summary.lists.late.map((u) => ({
        code: u.code,
        name: u.name,
        parent_name: parentName(u.parent),
        reported_at: shortDate(u.reported_at),
      })),
    ),
  });
  // the reminder asks each managing unit (a commune, a ward — by its roster name) with units still to send or redo
  // their report to chase them; named when there are few, else the addressees say who they are
  const chasing = outstandingChildren.filter((code) => isOffice(code) && outstandingByChild.get(code)!.missing + outstandingByChild.get(code)!.rejected > 0);
  // a summary with a comparison, narrated with the words of labels.vi.yaml (a labels file always has them once loaded)
  const compared = labels.changes ? comparisonFields(summary, labels.changes, FALLS_NAMED) : null;
  for (const k of COMPARISON_SCALARS) scalars[k] = compared?.scalars[k] ?? (k === 'comparison.count' || k === 'comparison.falls' ? 0 : '');
  for (const k of Object.keys(COMPARISON_LIST_FIELDS)) lists[k] = numbered(compared?.lists[k] ?? []);
  scalars['outstanding_offices'] = chasing.length;
  scalars['outstanding_offices.names'] = chasing.length <= NAMED_OFFICES ? chasing.map((code) => nameOf(code) ?? code).join(', ') : '';
  return { scalars, lists };
}

/** The child units with the largest falls in completeness named in the report. */
const FALLS_NAMED = 3;

/** Managing units named in the reminder's request to chase their units; more are "các đơn vị quản lý nêu trên". */
const NAMED_OFFICES = 3;
