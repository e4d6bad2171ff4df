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
  const scope = scopeOf(input);
  const problems: string[] = [];
  const summaries = [...input.summaries].sort((a, b) => compare(a.file, b.file));
  const coverage = coverageOfSummaries(scope, summaries, input.by ?? [], problems);
  const files = [...input.files].sort((a, b) => compare(a.file, b.file));
  const { slotted, notCounted } = slotFiles(scope, files, coverage, problems);
  problems.push(...slotConflicts(scope, slotted));
  if (problems.length > 0) throw new AggregateInputError(scope.say('aggregate.inputs_conflict'), problems);

  const attributes = [...new Set(input.by ?? [])];
  const sums = emptySums(scope, attributes);
  for (const s of summaries) addChildSummary(sums, s);
  for (const unit of scope.expected) addOwnSlots(sums, unit, coverage.get(unit.code), slotted.get(unit.code));
  const units = scope.expected.map((u) => sums.rows.get(u.code)!);
  finishLists(sums.lists, units, scope.rank);

  const summary = summaryOf(input, scope, sums, units, inputsOf(slotted, summaries));
  const matched = summaries.length > 0 || slotted.size > 0;
  const periodsFound = matched ? [] : periodsElsewhere(notCounted);
  return periodsFound.length > 0 ? { summary, notCounted, periodsFound } : { summary, notCounted };
}

/** What every step needs to know about the run: the node, its expected units in order, the target period and its slots. */
interface Scope {
  roster: Roster;
  node: RosterUnit;
  lang: Lang;
  say: (key: MessageKey, data?: Record<string, string | number>) => string;
  targetKey: string;
  partKeys: string[];
  /** Every period key a slot can name (the target and its parts) → the period. */
  periods: Map<string, ResolvedPeriod>;
  /** The slots of a unit that reported per part, or once for a plain period. */
  defaultSlots: string[];
  expected: RosterUnit[];
  order: Map<string, number>;
  /** Position of a unit in roster order; units outside the node last. */
  rank: (code: string) => number;
}

function scopeOf(input: AggregateInput): Scope {
  const { roster, lang } = input;
  const say = (key: MessageKey, data?: Record<string, string | number>) => t(key, lang, data);
  const node = roster.byCode.get(input.node);
  if (!node) throw new AggregateInputError(say('aggregate.unknown_node', { code: input.node }), []);
  const targetKey = periodKey(input.target.ref);
  const partKeys = input.parts.map((p) => periodKey(p.ref));
  const periods = new Map<string, ResolvedPeriod>([[targetKey, input.target], ...input.parts.map((p) => [periodKey(p.ref), p] as const)]);
  const expected = expectedUnder(roster, node.code);
  const order = new Map(expected.map((u, i) => [u.code, i]));
  const rank = (code: string) => order.get(code) ?? Number.MAX_SAFE_INTEGER;
  return { roster, node, lang, say, targetKey, partKeys, periods, defaultSlots: partKeys.length > 0 ? partKeys : [targetKey], expected, order, rank };
}

/** unit → slot (or WHOLE) → the child summary that fills it. */
type Coverage = Map<string, Map<string, SummaryInput>>;

/**
 * Which (unit, slot) each child summary covers. A summary that does not fit (unknown node, outside the node, another
 * period, units missing or foreign, breakdowns missing) and two summaries covering one unit are problems.
 */
function coverageOfSummaries(scope: Scope, summaries: readonly SummaryInput[], by: readonly string[], problems: string[]): Coverage {
  const { say, targetKey, partKeys } = scope;
  const coverage: Coverage = new Map();
  const overlaps = new Map<string, string[]>(); // "fileA\0fileB" → units both summaries count
  for (const s of summaries) {
    const fit = unitsCoveredBy(scope, s, by, problems);
    if (!fit) continue;
    const { covered, key } = fit;
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
  return coverage;
}

/** The units a child summary counts and its period, or null (with the problems said) when it cannot be rolled up into this one. */
function unitsCoveredBy(scope: Scope, s: SummaryInput, by: readonly string[], problems: string[]): { covered: string[]; key: string } | null {
  const { roster, node, lang, say, targetKey, partKeys } = scope;
  const code = s.summary.node.code;
  const ref = summaryPeriodRef(s.summary.period);
  const key = ref ? periodKey(ref) : '?';
  if (!roster.byCode.has(code)) {
    problems.push(say('aggregate.summary_unknown_node', { file: s.file, code }));
    return null;
  }
  if (code === node.code) {
    problems.push(say('aggregate.summary_same_node', { file: s.file, code }));
    return null;
  }
  if (!roster.ancestors(code).some((u) => u.code === node.code)) {
    problems.push(say('aggregate.summary_outside', { file: s.file, code, node: node.code }));
    return null;
  }
  if (key !== targetKey && !partKeys.includes(key)) {
    const given = ref ? periodName(ref, lang) : '?';
    problems.push(say('aggregate.summary_wrong_period', { file: s.file, given, target: periodName(scope.periods.get(targetKey)!.ref, lang) }));
    return null;
  }
  const covered = expectedUnder(roster, code).map((u) => u.code);
  const listed = s.summary.units.map((u) => u.code);
  const absent = covered.filter((c) => !listed.includes(c));
  const foreign = listed.filter((c) => !covered.includes(c) || listed.indexOf(c) !== listed.lastIndexOf(c));
  if (absent.length > 0) problems.push(say('aggregate.summary_lacks_units', { file: s.file, units: absent.join(', ') }));
  if (foreign.length > 0) {
    problems.push(say('aggregate.summary_foreign_units', { file: s.file, units: [...new Set(foreign)].join(', '), code }));
  }
  const lacking = by.filter((a) => !s.summary.by_group.some((g) => g.attribute === a));
  if (lacking.length > 0) problems.push(say('aggregate.summary_lacks_group', { file: s.file, attributes: lacking.join(', ') }));
  return absent.length > 0 || foreign.length > 0 || lacking.length > 0 ? null : { covered, key };
}

/** unit → slot → its files, in path order. */
type Slotted = Map<string, Map<string, FileResult[]>>;

/**
 * Each submission attributed to a unit and slot, or said not counted and why. A submission of a unit a child summary
 * already covers is a problem.
 */
function slotFiles(scope: Scope, files: readonly FileResult[], coverage: Coverage, problems: string[]): { slotted: Slotted; notCounted: NotCounted[] } {
  const notCounted: NotCounted[] = [];
  const slotted: Slotted = new Map();
  const twice = new Map<string, string[]>(); // summary file → submissions of units it already covers
  for (const f of files) {
    const slot = slotOf(scope, f);
    if (typeof slot !== 'string') {
      notCounted.push(slot);
      continue;
    }
    const unit = f.unit!;
    const bySlot = slotted.get(unit) ?? new Map<string, FileResult[]>();
    bySlot.set(slot, [...(bySlot.get(slot) ?? []), f]);
    slotted.set(unit, bySlot);

    const covering = coverage.get(unit);
    const summary = covering && (covering.get(slot) ?? covering.get(WHOLE) ?? (slot === WHOLE ? [...covering.values()][0] : undefined));
    if (summary) twice.set(summary.file, [...(twice.get(summary.file) ?? []), f.file]);
  }
  for (const [summary, fs] of twice) {
    problems.push(scope.say('aggregate.twice', { summary, files: shorten(fs), count: fs.length }));
  }
  return { slotted, notCounted };
}

/** The slot a submission fills (its unit is then `f.unit`), or why it is not counted. */
function slotOf(scope: Scope, f: FileResult): string | NotCounted {
  const { roster, node, order, defaultSlots, targetKey } = scope;
  const skip = (reason: NotCountedReason): NotCounted => ({ file: f.file, unit: f.unit, period: f.periodRef, reason, errors: countSeverity(f, 'error') });
  // the same file sent twice: one submission, counted as the kept copy (rule duplicate-copy)
  if (f.copyOf !== undefined) return { ...skip('copy'), copyOf: f.copyOf };
  if (f.unit === null) return skip('no_unit');
  const unit = roster.byCode.get(f.unit);
  if (!unit) return skip('unknown_unit');
  if (!order.has(unit.code) && (unit.code === node.code || !roster.ancestors(unit.code).some((u) => u.code === node.code))) {
    return skip('outside_node');
  }
  if (!roster.isExpected(unit)) return skip('not_expected');
  const given = f.periodRef ? periodKey(f.periodRef) : null;
  // a unit's file too broken to tell its period: it is that unit's (rejected) report when there is one slot
  if (given === null) return defaultSlots.length === 1 ? defaultSlots[0]! : skip('no_period');
  if (defaultSlots.includes(given)) return given;
  if (given === targetKey) return WHOLE;
  return skip('other_period');
}

/** A unit that reported for the whole period and for its parts, or with two accepted files for one slot. */
function slotConflicts(scope: Scope, slotted: Slotted): string[] {
  const problems: string[] = [];
  for (const [unit, bySlot] of slotted) {
    if (bySlot.has(WHOLE) && bySlot.size > 1) {
      const parts = [...bySlot].filter(([k]) => k !== WHOLE).flatMap(([, fs]) => fs.map((f) => f.file));
      problems.push(
        scope.say('aggregate.whole_and_parts', { unit, whole: bySlot.get(WHOLE)!.map((f) => f.file).join(', '), parts: parts.join(', ') }),
      );
    }
    for (const [slot, fs] of bySlot) {
      const accepted = fs.filter((f) => f.status === 'accepted');
      if (accepted.length > 1) {
        problems.push(
          scope.say('aggregate.duplicate', { unit, period: slot === WHOLE ? scope.targetKey : slot, files: accepted.map((f) => f.file).join(', ') }),
        );
      }
    }
  }
  return problems;
}

/** The sums of a summary being built: the whole, per child, per level, per attribute value, and the per-unit rows and lists. */
interface Sums {
  scope: Scope;
  attributes: string[];
  overall: Tally;
  byChild: Map<string, Tally>;
  byLevel: Map<Level, Tally>;
  /** attribute → value (null: no value) → its tally and units. */
  byGroup: Map<string, Map<string | null, { tally: Tally; units: Set<string> }>>;
  rows: Map<string, UnitRow>;
  lists: Lists;
}

function emptySums(scope: Scope, attributes: string[]): Sums {
  return {
    scope,
    attributes,
    overall: emptyTally(),
    byChild: new Map(),
    byLevel: new Map(),
    byGroup: new Map(attributes.map((a) => [a, new Map()])),
    rows: new Map(),
    lists: emptyLists(),
  };
}

function addInto<K>(map: Map<K, Tally>, key: K, tally: Tally): void {
  const existing = map.get(key);
  if (existing) addTally(existing, tally);
  else map.set(key, addTally(emptyTally(), tally));
}

function addIntoGroup(sums: Sums, attribute: string, value: string | null, tally: Tally, units: readonly string[]): void {
  const groups = sums.byGroup.get(attribute)!;
  const group = groups.get(value) ?? { tally: emptyTally(), units: new Set<string>() };
  addTally(group.tally, tally);
  for (const u of units) group.units.add(u);
  groups.set(value, group);
}

function addRow(sums: Sums, row: UnitRow): void {
  const existing = sums.rows.get(row.code);
  sums.rows.set(row.code, existing ? mergeRows(existing, row) : row);
}

/** The child of the node on the way to a unit: the row of `by_child` the unit's numbers go to. */
function childOf(scope: Scope, code: string): string {
  return scope.roster.childOnPath(scope.node.code, code)?.code ?? code;
}

function rowBase(u: RosterUnit): Pick<UnitRow, 'code' | 'name' | 'level' | 'parent'> {
  return { code: u.code, name: u.name, level: u.level, parent: u.parent ?? null };
}

/** A child summary's numbers, rows and lists, added as they are (names as this roster spells them). */
function addChildSummary(sums: Sums, s: SummaryInput): void {
  const { roster } = sums.scope;
  const whole = tallyOf(s.summary);
  addTally(sums.overall, whole);
  addInto(sums.byChild, childOf(sums.scope, s.summary.node.code), whole);
  for (const part of s.summary.by_level) addInto(sums.byLevel, part.level, tallyOf(part));
  for (const attribute of sums.attributes) {
    for (const g of s.summary.by_group.find((b) => b.attribute === attribute)!.groups) addIntoGroup(sums, attribute, g.value, tallyOf(g), g.units);
  }
  for (const row of s.summary.units) addRow(sums, { ...row, ...rowBase(roster.byCode.get(row.code)!), files: [...row.files] });
  const unitName = (code: string) => roster.byCode.get(code)?.name ?? code;
  const { lists } = sums;
  const l = s.summary.lists;
  lists.incidents.push(...l.incidents.map((e) => ({ ...e, unit_name: unitName(e.unit) })));
  lists.exemplary_models.push(...l.exemplary_models.map((e) => ({ ...e, unit_name: unitName(e.unit) })));
  lists.commendations.push(...l.commendations.map((e) => ({ ...e, unit_name: unitName(e.unit) })));
  for (const k of ASSESSMENT_KEYS) lists.assessment[k].push(...l.assessment[k].map((e) => ({ ...e, unit_name: unitName(e.unit) })));
}

/** An expected unit's own slots (those no child summary fills): its status, numbers, row and list items. */
function addOwnSlots(sums: Sums, unit: RosterUnit, covering: Map<string, SummaryInput> | undefined, own: Map<string, FileResult[]> | undefined): void {
  const { scope } = sums;
  if (covering?.has(WHOLE)) return;
  const slots = own?.has(WHOLE) ? [WHOLE] : scope.defaultSlots;
  for (const slot of slots) {
    if (covering?.has(slot)) continue;
    const fs = own?.get(slot) ?? [];
    const period = scope.periods.get(slot === WHOLE ? scope.targetKey : slot)!;
    const accepted = fs.find((f) => f.status === 'accepted' && f.submission);
    const submission = accepted?.submission ?? null;
    let status: SlotStatus = fs.length > 0 ? 'rejected' : 'missing';
    if (submission) status = period.deadline !== null && submission.reported_at > period.deadline ? 'late' : 'on_time';
    const tally = tallySlot(status, submission);
    addTally(sums.overall, tally);
    addInto(sums.byChild, childOf(scope, unit.code), tally);
    addInto(sums.byLevel, unit.level, tally);
    for (const attribute of sums.attributes) addIntoGroup(sums, attribute, unit.attributes?.[attribute] ?? null, tally, [unit.code]);
    addRow(sums, {
      ...rowBase(unit),
      status: status === 'on_time' ? 'accepted' : status,
      reported_at: submission?.reported_at ?? null,
      errors: fs.reduce((n, f) => n + countSeverity(f, 'error'), 0),
      warnings: fs.reduce((n, f) => n + countSeverity(f, 'warning'), 0),
      files: fs.map((f) => f.file),
      counts: submission ? unitCounts(submission) : null,
    });
    if (submission) addLists(sums.lists, unit, submission);
  }
}

/** The item lists in roster order (then by content, for a stable order), and the missing, rejected and late units. */
function finishLists(lists: Lists, units: readonly UnitRow[], rank: (code: string) => number): void {
  const byUnitThenContent = <T extends { unit: string }>(a: T, b: T) => rank(a.unit) - rank(b.unit) || compare(JSON.stringify(a), JSON.stringify(b));
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
}

/** Every file the summary was made from, with its hash, in path order. */
function inputsOf(slotted: Slotted, summaries: readonly SummaryInput[]): Summary['inputs'] {
  return [
    ...[...slotted.values()].flatMap((bySlot) =>
      [...bySlot.values()].flat().map((f) => ({ file: f.file, unit: f.unit ?? '', sha256: f.sha256, kind: 'submission' as const })),
    ),
    ...summaries.map((s) => ({ file: s.file, unit: s.summary.node.code, sha256: s.sha256, kind: 'summary' as const })),
  ].sort((a, b) => compare(a.file, b.file) || compare(a.kind, b.kind));
}

function summaryOf(input: AggregateInput, scope: Scope, sums: Sums, units: UnitRow[], inputs: Summary['inputs']): Summary {
  const { roster, node, expected, rank } = scope;
  // a child with nothing to report (an office with no schools yet) has no row, whether it came raw or as a summary
  const children = roster.childrenOf(node.code).filter((c) => (sums.byChild.get(c.code)?.completeness.expected ?? 0) > 0);
  const slotPeriods = scope.defaultSlots.map((k) => scope.periods.get(k)!);
  return {
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
    ...finish(sums.overall),
    by_child: children.map((c) => ({ code: c.code, name: c.name, level: c.level, ...finish(sums.byChild.get(c.code)!) })),
    by_level: LEVELS.filter((l) => (sums.byLevel.get(l)?.completeness.expected ?? 0) > 0).map((level) => ({ level, ...finish(sums.byLevel.get(level)!) })),
    by_group: sums.attributes.map((attribute) => ({
      attribute,
      groups: groupOrder(expected, attribute, sums.byGroup.get(attribute)!).map((value) => {
        const group = sums.byGroup.get(attribute)!.get(value)!;
        return { value, units: [...group.units].sort((a, b) => rank(a) - rank(b) || compare(a, b)), ...finish(group.tally) };
      }),
    })),
    units,
    lists: sums.lists,
    inputs,
    rules: {
      preset: input.rules.preset,
      severity: Object.fromEntries(Object.entries(input.rules.severity).sort(([a], [b]) => compare(a, b))),
    },
    definitions: definitions(input.lang, scope.partKeys.length > 0),
  };
}

/** The periods of the files not counted as of another period, with how many files each, in period order. */
function periodsElsewhere(notCounted: readonly NotCounted[]): Array<{ period: PeriodRef; files: number }> {
  const elsewhere = new Map<string, { period: PeriodRef; files: number }>();
  for (const n of notCounted) {
    if (n.reason !== 'other_period' || n.period === null) continue;
    const key = periodKey(n.period);
    elsewhere.set(key, { period: n.period, files: (elsewhere.get(key)?.files ?? 0) + 1 });
  }
  return [...elsewhere].sort(([a], [b]) => compare(a, b)).map(([, v]) => v);
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
