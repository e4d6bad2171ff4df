/**
 * Aggregation (`shared/spec/aggregation.md`): validated submissions and child summaries of one period in, the summary
 * of one roster node out. Pure: no file system, no clock, no console.
 *
 * The unit of account is a *slot*: one expected unit for one period. A plain period has one slot per unit; a period
 * made of parts (CN = HK1 + HK2, a quarter = its three months) has one slot per part, so that every count of the whole
 * is the sum of the counts of its parts (invariant 2). A slot is filled either by the unit's own files or by a child
 * summary that covers the unit; every number is a sum of slots, which makes roll-up associative (invariant 1).
 */
import { periodKey, periodName, periodObject, schoolYearOfPeriod, type PeriodRef, type ResolvedPeriod } from '../contract/period.js';
import type { RosterUnit } from '../contract/config.js';
import { rosterDigest, type Roster } from '../contract/roster.js';
import { ASSESSMENT_KEYS, LEVELS, type Level, type Submission } from '../contract/submission.js';
import { SUMMARY_VERSION, type Lists, type Summary, type SummaryPeriod, type UnitCounts, type UnitRow, type UnitStatus } from '../contract/summary.js';
import { t, type Lang, type MessageKey } from '../i18n/index.js';
import type { FileResult } from '../contract/findings.js';
import { addTally, emptyTally, finish, tallyOf, tallySlot, type SlotStatus, type Tally } from './tally.js';

export interface SummaryInput {
  /** As shown to the user (relative to the current folder, `/`-separated). */
  file: string;
  sha256: string;
  summary: Summary;
}

export interface AggregateInput {
  roster: Roster;
  /** Code of the node being summarised. */
  node: string;
  target: ResolvedPeriod;
  /** The periods that roll up into the target (`partsOf`), resolved; empty for a plain period. */
  parts: readonly ResolvedPeriod[];
  files: readonly FileResult[];
  summaries: readonly SummaryInput[];
  rules: Summary['rules'];
  /**
   * Unit attributes to break the summary down by (`by_group`), as the roster spells them. A child summary given as
   * input must carry the same breakdowns (it was aggregated with the same `--by`).
   */
  by?: readonly string[];
  generatedAt: string;
  generator: string;
  lang: Lang;
}

/** Why a file given as input is not part of the summary. The CLI reports these; nothing is skipped silently. */
export type NotCountedReason = 'other_period' | 'outside_node' | 'not_expected' | 'unknown_unit' | 'no_unit' | 'no_period' | 'own_file' | 'copy';

export interface NotCounted {
  file: string;
  unit: string | null;
  period: PeriodRef | null;
  reason: NotCountedReason;
  errors: number;
  /** `copy`: the byte-identical file that is counted instead. */
  copyOf?: string;
}

export interface AggregateResult {
  summary: Summary;
  notCounted: NotCounted[];
  /**
   * Set when not one input is of the period asked for but files of other periods were found (a mistyped --year,
   * --term): those periods, with how many files each, in period order. The summary then says nobody reported, which
   * is not what the folders hold: the CLI says so plainly and exits 1 (those files carry period-mismatch errors).
   */
  periodsFound?: Array<{ period: PeriodRef; files: number }>;
}

/** The inputs contradict each other (wrong period, wrong node, a unit counted twice): nothing is written. */
export class AggregateInputError extends Error {
  override name = 'AggregateInputError';
  constructor(
    message: string,
    readonly details: string[],
  ) {
    super(message);
  }
}

/** Slot key for "the whole target period", used when a unit reported once for a period that has parts. */
const WHOLE = '*';

const STATUS_RANK: Record<UnitStatus, number> = { accepted: 0, late: 1, rejected: 2, missing: 3 };

export function summaryPeriodRef(p: SummaryPeriod): PeriodRef | null {
  if (p.school_year !== undefined && p.term !== undefined) return { kind: 'term', school_year: p.school_year, term: p.term };
  if (p.month !== undefined) return { kind: 'month', month: p.month };
  if (p.quarter !== undefined) return { kind: 'quarter', quarter: p.quarter };
  return null;
}

export function aggregate(input: AggregateInput): AggregateResult {
  const { roster, lang } = input;
  const say = (key: MessageKey, data?: Record<string, string | number>) => t(key, lang, data);
  const node = roster.byCode.get(input.node);
  if (!node) throw new AggregateInputError(say('aggregate.unknown_node', { code: input.node }), []);

  const targetKey = periodKey(input.target.ref);
  const partKeys = input.parts.map((p) => periodKey(p.ref));
  const periods = new Map<string, ResolvedPeriod>([[targetKey, input.target], ...input.parts.map((p) => [periodKey(p.ref), p] as const)]);
  const defaultSlots = partKeys.length > 0 ? partKeys : [targetKey];

  const expected = expectedUnder(roster, node.code);
  const order = new Map(expected.map((u, i) => [u.code, i]));
  const problems: string[] = [];

  // --- child summaries: which (unit, slot) each one covers ------------------------------------------------------
  const coverage = new Map<string, Map<string, SummaryInput>>(); // unit → slot (or WHOLE) → summary
  const overlaps = new Map<string, string[]>(); // "fileA\0fileB" → units both summaries count
  const summaries = [...input.summaries].sort((a, b) => compare(a.file, b.file));
  for (const s of summaries) {
    const code = s.summary.node.code;
    const ref = summaryPeriodRef(s.summary.period);
    const key = ref ? periodKey(ref) : '?';
    if (!roster.byCode.has(code)) {
      problems.push(say('aggregate.summary_unknown_node', { file: s.file, code }));
      continue;
    }
    if (code === node.code) {
      problems.push(say('aggregate.summary_same_node', { file: s.file, code }));
      continue;
    }
    if (!roster.ancestors(code).some((u) => u.code === node.code)) {
      problems.push(say('aggregate.summary_outside', { file: s.file, code, node: node.code }));
      continue;
    }
    if (key !== targetKey && !partKeys.includes(key)) {
      const given = ref ? periodName(ref, lang) : '?';
      problems.push(say('aggregate.summary_wrong_period', { file: s.file, given, target: periodName(input.target.ref, lang) }));
      continue;
    }
    const covered = expectedUnder(roster, code).map((u) => u.code);
    const listed = s.summary.units.map((u) => u.code);
    const absent = covered.filter((c) => !listed.includes(c));
    const foreign = listed.filter((c) => !covered.includes(c) || listed.indexOf(c) !== listed.lastIndexOf(c));
    if (absent.length > 0) problems.push(say('aggregate.summary_lacks_units', { file: s.file, units: absent.join(', ') }));
    if (foreign.length > 0) {
      problems.push(say('aggregate.summary_foreign_units', { file: s.file, units: [...new Set(foreign)].join(', '), code }));
    }
    const lacking = (input.by ?? []).filter((a) => !s.summary.by_group.some((g) => g.attribute === a));
    if (lacking.length > 0) problems.push(say('aggregate.summary_lacks_group', { file: s.file, attributes: lacking.join(', ') }));
    if (absent.length > 0 || foreign.length > 0 || lacking.length > 0) continue;
    const slot = key === targetKey && partKeys.length > 0 ? WHOLE : key;
    for (const unit of covered) {
      const slots = coverage.get(unit) ?? new Map<string, SummaryInput>();
      const clash = slot === WHOLE || slots.has(WHOLE) ? [...slots.values()][0] : slots.get(slot);
      if (clash) {
        const pair = `${clash.file}\u0000${s.file}`;
        overlaps.set(pair, [...(overlaps.get(pair) ?? []), unit]);
      } else slots.set(slot, s);
      coverage.set(unit, slots);
    }
  }

  for (const [pair, units] of overlaps) {
    const [a, b] = pair.split('\u0000');
    problems.push(say('aggregate.twice_in_summaries', { a: a!, b: b!, count: units.length, units: shorten(units) }));
  }

  // --- submissions: attribute each file to a unit and slot, or say why it is not counted ------------------------
  const notCounted: NotCounted[] = [];
  const raw = new Map<string, Map<string, FileResult[]>>(); // unit → slot → files
  const twice = new Map<string, string[]>(); // summary file → submissions of units it already covers
  const files = [...input.files].sort((a, b) => compare(a.file, b.file));
  for (const f of files) {
    const given = f.periodRef ? periodKey(f.periodRef) : null;
    const skip = (reason: NotCountedReason) =>
      notCounted.push({ file: f.file, unit: f.unit, period: f.periodRef, reason, errors: countSeverity(f, 'error') });
    if (f.copyOf !== undefined) {
      // the same file sent twice: one submission, counted as the kept copy (rule duplicate-copy)
      notCounted.push({ file: f.file, unit: f.unit, period: f.periodRef, reason: 'copy', errors: countSeverity(f, 'error'), copyOf: f.copyOf });
      continue;
    }
    if (f.unit === null) {
      skip('no_unit');
      continue;
    }
    const unit = roster.byCode.get(f.unit);
    if (!unit) {
      skip('unknown_unit');
      continue;
    }
    if (!order.has(unit.code) && (unit.code === node.code || !roster.ancestors(unit.code).some((u) => u.code === node.code))) {
      skip('outside_node');
      continue;
    }
    if (!roster.isExpected(unit)) {
      skip('not_expected');
      continue;
    }
    let slot: string;
    if (given === null) {
      // a unit's file too broken to tell its period: it is that unit's (rejected) report when there is one slot
      if (defaultSlots.length !== 1) {
        skip('no_period');
        continue;
      }
      slot = defaultSlots[0]!;
    } else if (defaultSlots.includes(given)) slot = given;
    else if (given === targetKey) slot = WHOLE;
    else {
      skip('other_period');
      continue;
    }
    const bySlot = raw.get(unit.code) ?? new Map<string, FileResult[]>();
    bySlot.set(slot, [...(bySlot.get(slot) ?? []), f]);
    raw.set(unit.code, bySlot);

    const covering = coverage.get(unit.code);
    const summary = covering && (covering.get(slot) ?? covering.get(WHOLE) ?? (slot === WHOLE ? [...covering.values()][0] : undefined));
    if (summary) twice.set(summary.file, [...(twice.get(summary.file) ?? []), f.file]);
  }
  for (const [summary, fs] of twice) {
    problems.push(say('aggregate.twice', { summary, files: shorten(fs), count: fs.length }));
  }
  for (const [unit, bySlot] of raw) {
    if (bySlot.has(WHOLE) && bySlot.size > 1) {
      const parts = [...bySlot].filter(([k]) => k !== WHOLE).flatMap(([, fs]) => fs.map((f) => f.file));
      problems.push(
        say('aggregate.whole_and_parts', { unit, whole: bySlot.get(WHOLE)!.map((f) => f.file).join(', '), parts: parts.join(', ') }),
      );
    }
    for (const [slot, fs] of bySlot) {
      const accepted = fs.filter((f) => f.status === 'accepted');
      if (accepted.length > 1) {
        problems.push(say('aggregate.duplicate', { unit, period: slot === WHOLE ? targetKey : slot, files: accepted.map((f) => f.file).join(', ') }));
      }
    }
  }
  if (problems.length > 0) throw new AggregateInputError(say('aggregate.inputs_conflict'), problems);

  // --- sums, rows and lists -------------------------------------------------------------------------------------
  const overall = emptyTally();
  const byChild = new Map<string, Tally>();
  const byLevel = new Map<Level, Tally>();
  const rows = new Map<string, UnitRow>();
  const lists = emptyLists();
  const childOf = (code: string) => roster.childOnPath(node.code, code)?.code ?? code;
  const into = <K>(map: Map<K, Tally>, key: K, tally: Tally) => {
    const existing = map.get(key);
    if (existing) addTally(existing, tally);
    else map.set(key, addTally(emptyTally(), tally));
  };
  const rowBase = (u: RosterUnit) => ({ code: u.code, name: u.name, level: u.level, parent: u.parent ?? null });
  const addRow = (row: UnitRow) => {
    const existing = rows.get(row.code);
    rows.set(row.code, existing ? mergeRows(existing, row) : row);
  };
  const unitName = (code: string) => roster.byCode.get(code)?.name ?? code;
  // by attribute: value (null: no value) → its tally and units, per attribute asked for
  const attributes = [...new Set(input.by ?? [])];
  const byGroup = new Map(attributes.map((a) => [a, new Map<string | null, { tally: Tally; units: Set<string> }>()]));
  const intoGroup = (attribute: string, value: string | null, tally: Tally, units: readonly string[]) => {
    const groups = byGroup.get(attribute)!;
    const group = groups.get(value) ?? { tally: emptyTally(), units: new Set<string>() };
    addTally(group.tally, tally);
    for (const u of units) group.units.add(u);
    groups.set(value, group);
  };

  for (const s of summaries) {
    const whole = tallyOf(s.summary);
    addTally(overall, whole);
    into(byChild, childOf(s.summary.node.code), whole);
    for (const part of s.summary.by_level) into(byLevel, part.level, tallyOf(part));
    for (const attribute of attributes) {
      for (const g of s.summary.by_group.find((b) => b.attribute === attribute)!.groups) intoGroup(attribute, g.value, tallyOf(g), g.units);
    }
    for (const row of s.summary.units) addRow({ ...row, ...rowBase(roster.byCode.get(row.code)!), files: [...row.files] });
    const l = s.summary.lists;
    lists.incidents.push(...l.incidents.map((e) => ({ ...e, unit_name: unitName(e.unit) })));
    lists.exemplary_models.push(...l.exemplary_models.map((e) => ({ ...e, unit_name: unitName(e.unit) })));
    lists.commendations.push(...l.commendations.map((e) => ({ ...e, unit_name: unitName(e.unit) })));
    for (const k of ASSESSMENT_KEYS) lists.assessment[k].push(...l.assessment[k].map((e) => ({ ...e, unit_name: unitName(e.unit) })));
  }

  for (const unit of expected) {
    const covering = coverage.get(unit.code);
    if (covering?.has(WHOLE)) continue;
    const own = raw.get(unit.code);
    const slots = own?.has(WHOLE) ? [WHOLE] : defaultSlots;
    for (const slot of slots) {
      if (covering?.has(slot)) continue;
      const fs = own?.get(slot) ?? [];
      const period = periods.get(slot === WHOLE ? targetKey : slot)!;
      const accepted = fs.find((f) => f.status === 'accepted' && f.submission);
      const submission = accepted?.submission ?? null;
      let status: SlotStatus = fs.length > 0 ? 'rejected' : 'missing';
      if (submission) status = period.deadline !== null && submission.reported_at > period.deadline ? 'late' : 'on_time';
      const tally = tallySlot(status, submission);
      addTally(overall, tally);
      into(byChild, childOf(unit.code), tally);
      into(byLevel, unit.level, tally);
      for (const attribute of attributes) intoGroup(attribute, unit.attributes?.[attribute] ?? null, tally, [unit.code]);
      addRow({
        ...rowBase(unit),
        status: status === 'on_time' ? 'accepted' : status,
        reported_at: submission?.reported_at ?? null,
        errors: fs.reduce((n, f) => n + countSeverity(f, 'error'), 0),
        warnings: fs.reduce((n, f) => n + countSeverity(f, 'warning'), 0),
        files: fs.map((f) => f.file),
        counts: submission ? unitCounts(submission) : null,
      });
      if (submission) addLists(lists, unit, submission);
    }
  }

  const units = expected.map((u) => rows.get(u.code)!);
  const rank = (code: string) => order.get(code) ?? Number.MAX_SAFE_INTEGER;
  const byUnitThenContent = <T extends { unit: string }>(a: T, b: T) =>
    rank(a.unit) - rank(b.unit) || compare(JSON.stringify(a), JSON.stringify(b));
  lists.incidents.sort(byUnitThenContent);
  lists.exemplary_models.sort(byUnitThenContent);
  lists.commendations.sort(byUnitThenContent);
  for (const k of ASSESSMENT_KEYS) lists.assessment[k].sort(byUnitThenContent);
  for (const row of units) {
    const entry = { code: row.code, name: row.name, parent: row.parent };
    if (row.status === 'missing') lists.missing.push(entry);
    else if (row.status === 'rejected') lists.rejected.push(entry);
    else if (row.status === 'late') lists.late.push({ ...entry, reported_at: row.reported_at ?? '' });
  }

  const inputs: Summary['inputs'] = [
    ...[...raw.values()].flatMap((bySlot) =>
      [...bySlot.values()].flat().map((f) => ({ file: f.file, unit: f.unit ?? '', sha256: f.sha256, kind: 'submission' as const })),
    ),
    ...summaries.map((s) => ({ file: s.file, unit: s.summary.node.code, sha256: s.sha256, kind: 'summary' as const })),
  ].sort((a, b) => compare(a.file, b.file) || compare(a.kind, b.kind));

  // a child with nothing to report (an office with no schools yet) has no row, whether it came raw or as a summary
  const children = roster.childrenOf(node.code).filter((c) => (byChild.get(c.code)?.completeness.expected ?? 0) > 0);
  const slotPeriods = defaultSlots.map((k) => periods.get(k)!);
  const summary: Summary = {
    schema_version: SUMMARY_VERSION,
    kind: 'edu-comms-summary',
    generated_at: input.generatedAt,
    generator: input.generator,
    node: rowBase(node),
    period: {
      ...periodObject(input.target.ref),
      start: input.target.start,
      end: input.target.end,
      deadline: input.target.deadline,
    },
    deadline_set: slotPeriods.every((p) => p.deadline !== null),
    // the roster in force for the period when the caller cut it (rosterAt), else the whole one, named by the period's year
    roster: { ...rosterDigest(roster), school_year: roster.schoolYear ?? schoolYearOfPeriod(input.target.ref) },
    ...finish(overall),
    by_child: children.map((c) => ({ code: c.code, name: c.name, level: c.level, ...finish(byChild.get(c.code)!) })),
    by_level: LEVELS.filter((l) => (byLevel.get(l)?.completeness.expected ?? 0) > 0).map((level) => ({ level, ...finish(byLevel.get(level)!) })),
    by_group: attributes.map((attribute) => ({
      attribute,
      groups: groupOrder(expected, attribute, byGroup.get(attribute)!).map((value) => {
        const group = byGroup.get(attribute)!.get(value)!;
        return { value, units: [...group.units].sort((a, b) => rank(a) - rank(b) || compare(a, b)), ...finish(group.tally) };
      }),
    })),
    units,
    lists,
    inputs,
    rules: {
      preset: input.rules.preset,
      severity: Object.fromEntries(Object.entries(input.rules.severity).sort(([a], [b]) => compare(a, b))),
    },
    definitions: definitions(lang, partKeys.length > 0),
  };
  const matched = summaries.length > 0 || raw.size > 0;
  const elsewhere = new Map<string, { period: PeriodRef; files: number }>();
  for (const n of notCounted) {
    if (n.reason !== 'other_period' || n.period === null) continue;
    const key = periodKey(n.period);
    elsewhere.set(key, { period: n.period, files: (elsewhere.get(key)?.files ?? 0) + 1 });
  }
  if (matched || elsewhere.size === 0) return { summary, notCounted };
  const periodsFound = [...elsewhere].sort(([a], [b]) => compare(a, b)).map(([, v]) => v);
  return { summary, notCounted, periodsFound };
}

/**
 * The units a node's summary counts: every expected unit under it (aggregation.md → expected). A node with nothing
 * under it — a roster that is a single school — summarises its own report instead, so that a school can run the tool too.
 */
export function expectedUnder(roster: Roster, code: string): RosterUnit[] {
  const below = roster.descendants(code);
  if (below.length > 0) return below.filter((u) => roster.isExpected(u));
  const self = roster.byCode.get(code);
  return self && roster.isExpected(self) ? [self] : [];
}

/**
 * The groups of an attribute in a stable order: the values as the node's units carry them, in roster order of first
 * appearance, then values only child summaries know (sorted), then the units with no value.
 */
function groupOrder(expected: readonly RosterUnit[], attribute: string, groups: ReadonlyMap<string | null, unknown>): (string | null)[] {
  const order: (string | null)[] = [];
  for (const unit of expected) {
    const value = unit.attributes?.[attribute];
    if (value !== undefined && groups.has(value) && !order.includes(value)) order.push(value);
  }
  const rest = [...groups.keys()].filter((v): v is string => v !== null && !order.includes(v)).sort(compare);
  return [...order, ...rest, ...(groups.has(null) ? [null] : [])];
}

/** A long list in an error message: the first few, then how many in all. */
function shorten(items: readonly string[]): string {
  return items.length > 3 ? `${items.slice(0, 3).join(', ')}, … (${items.length})` : items.join(', ');
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function countSeverity(f: FileResult, severity: 'error' | 'warning'): number {
  return f.findings.filter((x) => x.severity === severity).length;
}

function unitCounts(s: Submission): UnitCounts {
  return {
    portal_posts: s.activities.portal_posts,
    social_posts: s.activities.social_posts,
    press_articles_sent: s.activities.press_articles_sent,
    press_articles_published: s.activities.press_articles_published,
    events: s.activities.events,
    feedback_received: s.feedback.received,
    feedback_resolved: s.feedback.resolved,
    incidents: s.incidents.length,
    exemplary_models: s.exemplary_models.length,
  };
}

/** One unit over several slots (or summaries): the worst status, the latest date, all counts and files added up. */
function mergeRows(a: UnitRow, b: UnitRow): UnitRow {
  let counts = a.counts ?? b.counts;
  if (a.counts && b.counts) {
    counts = { ...a.counts };
    for (const k of Object.keys(counts) as (keyof UnitCounts)[]) counts[k] += b.counts[k];
  }
  const dates = [a.reported_at, b.reported_at].filter((d): d is string => d !== null).sort();
  return {
    ...a,
    status: STATUS_RANK[b.status] > STATUS_RANK[a.status] ? b.status : a.status,
    reported_at: dates.at(-1) ?? null,
    errors: a.errors + b.errors,
    warnings: a.warnings + b.warnings,
    files: [...a.files, ...b.files].sort(compare),
    counts,
  };
}

function emptyLists(): Lists {
  return {
    incidents: [],
    exemplary_models: [],
    commendations: [],
    assessment: { strengths: [], limitations: [], next_steps: [], proposals: [] },
    missing: [],
    rejected: [],
    late: [],
  };
}

function addLists(lists: Lists, unit: RosterUnit, s: Submission): void {
  const who = { unit: unit.code, unit_name: unit.name };
  for (const i of s.incidents) {
    lists.incidents.push({
      ...who,
      date: i.date,
      severity: i.severity,
      status: i.status,
      summary: i.summary,
      channel: i.channel ?? null,
      reported_to_parent_at: i.reported_to_parent_at ?? null,
      resolution: i.resolution ?? null,
    });
  }
  for (const m of s.exemplary_models) {
    lists.exemplary_models.push({ ...who, title: m.title, description: m.description ?? null, url: m.url ?? null });
  }
  for (const c of s.commendations) lists.commendations.push({ ...who, recipient: c.recipient, form: c.form, date: c.date ?? null });
  for (const k of ASSESSMENT_KEYS) {
    const text = s.assessment[k];
    if (text) lists.assessment[k].push({ ...who, text });
  }
}

const DEFINITION_KEYS = [
  'expected',
  'accepted',
  'rejected',
  'missing',
  'on_time',
  'late',
  'completeness_pct',
  'timeliness_pct',
  'rates',
  'feedback_resolution',
  'totals',
] as const;

/** The definitions the summary was computed with, in the language of the run (aggregation.md → Definitions). */
function definitions(lang: Lang, hasParts: boolean): Record<string, string> {
  const out: Record<string, string> = {};
  for (const k of DEFINITION_KEYS) out[k] = t(`aggregate.definition.${k}`, lang);
  if (hasParts) out['period_parts'] = t('aggregate.definition.period_parts', lang);
  return out;
}
