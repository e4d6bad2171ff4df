/**
 * What the báo cáo's narrative names, and what it only counts (issue 10): at a province's size the full lists go to
 * the appendices and the body keeps figures, comparisons between child units and a bounded choice of items. Every
 * choice here is deterministic and documented in templates/README.md ("Báo cáo ở quy mô tỉnh"):
 *
 * - incidents: every incident of high severity or still being handled is named; the others are only counted;
 * - exemplary models and commendations: at most `highlights_per_child` per child unit, ranked featured first, then
 *   with a URL, then by unit code and title; at most `highlights_max` in all (models and commendations together, half each,
 *   the unused share of one going to the other), taken rank by rank across the children
 *   in their summary order (every child's first pick before any second pick);
 * - assessment sentences: grouped by a normalised text (case, spacing, punctuation), groups ordered by unit count, then
 *   text; the first `assessment_groups` in the narrative, the rest in an appendix;
 * - missing, rejected and late units: named in the narrative while there are at most `named_units` of them, else
 *   counted per child unit; always named in the appendix.
 *
 * Pure: the summary and the caps in, plain records out.
 */
import type { GroupBreakdown, Summary } from '../contract/summary.js';
import { DEFAULT_CAPS, type NarrativeCaps } from '../contract/documents.js';

export type { NarrativeCaps };
export { DEFAULT_CAPS };

type Lists = Summary['lists'];
type Incident = Lists['incidents'][number];
type Model = Lists['exemplary_models'][number];
type Commendation = Lists['commendations'][number];
type Quote = Lists['assessment']['strengths'][number];

/**
 * The report's breakdown by a unit attribute (`render --by`, `documents.breakdown`): the summary's `by_group` for it,
 * each group named by its value, or by `none` and the attribute for the units that have no value.
 */
export interface ReportBreakdown {
  attribute: string;
  groups: Array<Omit<GroupBreakdown['groups'][number], 'rates'> & { name: string }>;
}

export function reportBreakdownOf(breakdown: GroupBreakdown, none: string): ReportBreakdown {
  return {
    attribute: breakdown.attribute,
    groups: breakdown.groups.map((g) => ({ ...g, name: g.value ?? `${none} ${breakdown.attribute}` })),
  };
}

/** A unit's child of the node: the office it is under, or the unit itself when the node manages it directly. */
export type ChildOf = (unitCode: string) => string;

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The incidents the narrative names: high severity or still being handled; the most serious first, then by date. */
export function namedIncidents(incidents: readonly Incident[]): Incident[] {
  const severity = { high: 0, medium: 1, low: 2 } as const;
  return incidents
    .filter((i) => i.severity === 'high' || i.status === 'handling')
    .map((incident, order) => ({ incident, order }))
    .sort(
      (a, b) =>
        severity[a.incident.severity] - severity[b.incident.severity] ||
        (a.incident.status === 'handling' ? 0 : 1) - (b.incident.status === 'handling' ? 0 : 1) ||
        byText(a.incident.date, b.incident.date) ||
        byText(a.incident.unit, b.incident.unit) ||
        a.order - b.order,
    )
    .map((x) => x.incident);
}

interface Rankable {
  unit: string;
  featured?: boolean | undefined;
}

/**
 * Highlights: rank within each child (featured, then `hasUrl`, then unit code, then `title`), keep `perChild`, then take
 * rank by rank across the children in `childOrder` until `max`. Returned in child order, then rank.
 */
export function pickHighlights<T extends Rankable>(
  items: readonly T[],
  childOf: ChildOf,
  childOrder: readonly string[],
  rank: { hasUrl: (item: T) => boolean; title: (item: T) => string },
  caps: { perChild: number; max: number },
): T[] {
  const groups = new Map<string, Array<{ item: T; order: number }>>();
  items.forEach((item, order) => {
    const child = childOf(item.unit);
    const group = groups.get(child) ?? [];
    group.push({ item, order });
    groups.set(child, group);
  });
  const position = new Map(childOrder.map((code, i) => [code, i]));
  const children = [...groups.keys()].sort(
    (a, b) => (position.get(a) ?? Infinity) - (position.get(b) ?? Infinity) || byText(a, b),
  );
  const ranked = children.map((child) =>
    groups
      .get(child)!
      .sort(
        (a, b) =>
          (a.item.featured ? 0 : 1) - (b.item.featured ? 0 : 1) ||
          (rank.hasUrl(a.item) ? 0 : 1) - (rank.hasUrl(b.item) ? 0 : 1) ||
          byText(a.item.unit, b.item.unit) ||
          byText(rank.title(a.item), rank.title(b.item)) ||
          a.order - b.order,
      )
      .slice(0, caps.perChild),
  );
  const chosen = new Set<T>();
  for (let r = 0; chosen.size < caps.max && ranked.some((g) => g.length > r); r++) {
    for (const group of ranked) {
      if (chosen.size >= caps.max) break;
      const entry = group[r];
      if (entry) chosen.add(entry.item);
    }
  }
  return ranked.flatMap((g) => g.map((e) => e.item).filter((item) => chosen.has(item)));
}

export const pickModels = (models: readonly Model[], childOf: ChildOf, childOrder: readonly string[], caps: { perChild: number; max: number }) =>
  pickHighlights(models, childOf, childOrder, { hasUrl: (m) => Boolean(m.url), title: (m) => m.title }, caps);

export const pickCommendations = (list: readonly Commendation[], childOf: ChildOf, childOrder: readonly string[], caps: { perChild: number; max: number }) =>
  pickHighlights(list, childOf, childOrder, { hasUrl: () => false, title: (c) => c.recipient }, caps);

/**
 * The highlights of section 6: `highlights_max` is shared by models and commendations (as its label says), half each,
 * and what one list does not use goes to the other — so a province with thousands of both names at most
 * `highlights_max` items in all, and a list that is short leaves its room to the other.
 */
export function pickSection6(lists: Pick<Lists, 'exemplary_models' | 'commendations'>, childOf: ChildOf, childOrder: readonly string[], caps: NarrativeCaps): { models: Model[]; commendations: Commendation[] } {
  const perChild = caps.highlights_per_child;
  const all = { perChild, max: Infinity };
  const modelsAvailable = pickModels(lists.exemplary_models, childOf, childOrder, all).length;
  const commendationsAvailable = pickCommendations(lists.commendations, childOf, childOrder, all).length;
  const commendationShare = Math.min(commendationsAvailable, Math.floor(caps.highlights_max / 2));
  const modelMax = Math.min(modelsAvailable, caps.highlights_max - commendationShare);
  const commendationMax = Math.min(commendationsAvailable, caps.highlights_max - modelMax);
  return {
    models: pickModels(lists.exemplary_models, childOf, childOrder, { perChild, max: modelMax }),
    commendations: pickCommendations(lists.commendations, childOf, childOrder, { perChild, max: commendationMax }),
  };
}

/** The grouping key of a sentence: what differs only in case, spacing or punctuation is the same sentence. */
export function normaliseSentence(text: string): string {
  return text
    .normalize('NFC')
    .toLocaleLowerCase('vi')
    .replace(/[\p{P}\p{S}]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

export interface SentenceGroup {
  /** The form most units wrote (ties: the first in unit-code order), trimmed. */
  text: string;
  units: Array<{ unit: string; unit_name: string }>;
}

/** Each list's groups, made once: the context, the appendix list and the choice of appendices all ask for them. */
const grouped = new WeakMap<readonly Quote[], readonly SentenceGroup[]>();

/**
 * Groups of near-identical sentences, the most widely shared first (then by normalised text). The same array of
 * quotes gives the same (read-only) array of groups: a country's 200,000 sentences are normalised once per render.
 */
export function groupSentences(quotes: readonly Quote[]): readonly SentenceGroup[] {
  let groups = grouped.get(quotes);
  if (!groups) grouped.set(quotes, (groups = groupSentencesOnce(quotes)));
  return groups;
}

function groupSentencesOnce(quotes: readonly Quote[]): SentenceGroup[] {
  type Group = { forms: Map<string, number>; units: Array<{ unit: string; unit_name: string }>; key: string };
  const groups = new Map<string, Group>();
  const sorted = [...quotes].sort((a, b) => byText(a.unit, b.unit));
  // most units write one of a few sentences: each distinct text is normalised once, not once per unit
  const seen = new Map<string, { key: string; form: string }>();
  for (const q of sorted) {
    let normal = seen.get(q.text);
    if (!normal) seen.set(q.text, (normal = { key: normaliseSentence(q.text), form: q.text.trim().replace(/\s+/g, ' ') }));
    const { key, form } = normal;
    if (key === '') continue;
    const group: Group = groups.get(key) ?? { forms: new Map<string, number>(), units: [], key };
    group.forms.set(form, (group.forms.get(form) ?? 0) + 1);
    group.units.push({ unit: q.unit, unit_name: q.unit_name });
    groups.set(key, group);
  }
  return [...groups.values()]
    .sort((a, b) => b.units.length - a.units.length || byText(a.key, b.key))
    .map((g) => {
      let best = '';
      let bestCount = 0;
      for (const [form, n] of g.forms) if (n > bestCount) [best, bestCount] = [form, n];
      return { text: best, units: g.units };
    });
}

/** Roman numerals for appendix numbers (Phụ lục I, II, …). */
export function roman(n: number): string {
  const table: Array<[number, string]> = [
    [1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'],
    [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I'],
  ];
  let out = '';
  for (const [value, numeral] of table) while (n >= value) [out, n] = [out + numeral, n - value];
  return out;
}

export const APPENDIX_KINDS = ['units', 'comparison', 'incidents', 'exemplary_models', 'commendations', 'assessment', 'outstanding'] as const;
export type AppendixKind = (typeof APPENDIX_KINDS)[number];

/** The appendices a report has, in order: the per-unit table always, each list when it has anything to list. */
export function appendixKinds(summary: Summary, caps: NarrativeCaps): AppendixKind[] {
  const l = summary.lists;
  const present: Record<AppendixKind, boolean> = {
    units: true,
    comparison: (summary.comparison?.length ?? 0) > 0,
    incidents: l.incidents.length > 0,
    exemplary_models: l.exemplary_models.length > 0,
    commendations: l.commendations.length > 0,
    assessment: Object.values(l.assessment).some((quotes) => groupSentences(quotes).length > caps.assessment_groups),
    outstanding: l.missing.length + l.rejected.length + l.late.length > 0,
  };
  return APPENDIX_KINDS.filter((k) => present[k]);
}

/** `Phụ lục` alone for a single appendix, `Phụ lục I`, `Phụ lục II`, … from two on (Nghị định 30, Phụ lục I). */
export function appendixLabels(kinds: readonly AppendixKind[], word: string): Record<AppendixKind, string> {
  const labels = Object.fromEntries(APPENDIX_KINDS.map((k) => [k, ''])) as Record<AppendixKind, string>;
  kinds.forEach((k, i) => (labels[k] = kinds.length === 1 ? word : `${word} ${roman(i + 1)}`));
  return labels;
}
