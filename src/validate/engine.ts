/**
 * The validation engine: SourceDocuments in, FileResults out. Pure: no file system, no console.
 *
 *   schema (section by section, so one broken section does not hide the rules on the others)
 *   → per-submission rules → set rules (identical copies, then duplicates) → severities from the config → status per file.
 */
import { identify, type Identity } from './identify.js';
import type { Config, Severity, SeveritySetting } from '../contract/config.js';
import { periodRef, resolvePeriod, schoolYearOfPeriod, type PeriodRef, type ResolvedPeriod } from '../contract/period.js';
import { rosterAt, type Roster } from '../contract/roster.js';
import { SubmissionSchema, type Submission, type SubmissionSection } from '../contract/submission.js';
import { formatPath, objectShape, type PathSegment } from '../contract/walk.js';
import { pick, type Lang } from '../i18n/index.js';
import { rules as allRules } from '../rules/index.js';
import { labelOf } from '../rules/helpers.js';
import { BOOL_WORDS } from '../contract/primitives.js';
import type { Report, Rule, SetEntry } from '../rules/types.js';
import { issueToFindings } from '../contract/schema-issues.js';
import type { FileResult, Finding, Location, SourceDocument, ValidationReport } from '../contract/findings.js';

export interface ValidationEnv {
  config: Config;
  roster: Roster;
  /** The period being validated (from `--term/--year`, `--month`, `--quarter`), or null to accept any period. */
  target: PeriodRef | null;
  lang: Lang;
  /** Extra period forms accepted as the target (e.g. HK1 and HK2 when aggregating CN). */
  acceptedPeriods?: readonly PeriodRef[];
  /** When given, the milliseconds spent in each rule (and in `schema`) are added up here (`--timing`). */
  timing?: Map<string, number>;
}

/** Rules whose severity is fixed: a file that cannot be read or typed cannot be trusted in any total. */
const FIXED_SEVERITY = new Set(['syntax', 'schema']);

/** The severity each rule runs at, from the preset and per-rule overrides of edu-comms.yaml. */
export function effectiveSeverities(config: Config, rules: readonly Rule[] = allRules): Map<string, SeveritySetting> {
  const out = new Map<string, SeveritySetting>();
  for (const rule of rules) {
    let severity: SeveritySetting = rule.defaultSeverity;
    if (config.rules.preset === 'strict' && severity === 'warning') severity = 'error';
    const override = config.rules.severity[rule.id];
    if (override && !FIXED_SEVERITY.has(rule.id)) severity = override;
    out.set(rule.id, severity);
  }
  return out;
}

interface Parsed {
  submission: Submission;
  failedSections: Set<SubmissionSection>;
  complete: boolean;
}

/** Parse section by section; unknown top-level keys are reported like the strict schema would. */
function parseSubmission(doc: SourceDocument, lang: Lang): { parsed: Parsed | null; findings: Finding[] } {
  const findings: Finding[] = [];
  const data = doc.data;
  const context = { root: SubmissionSchema, data, file: doc.file, lang, locate: doc.locate, format: doc.format };
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    const result = SubmissionSchema.safeParse(data);
    if (!result.success) for (const issue of result.error.issues.slice(0, 1)) findings.push(...issueToFindings(issue, context));
    return { parsed: null, findings };
  }
  const record = data as Record<string, unknown>;
  const shape = objectShape(SubmissionSchema)!;
  const out: Record<string, unknown> = {};
  const failedSections = new Set<SubmissionSection>();
  for (const [key, schema] of Object.entries(shape)) {
    const result = schema.safeParse(record[key]);
    if (result.success) {
      if (result.data !== undefined) out[key] = result.data;
    } else {
      failedSections.add(key as SubmissionSection);
      for (const issue of result.error.issues) findings.push(...issueToFindings(issue, { ...context, prefix: [key] }));
    }
  }
  const unknown = Object.keys(record).filter((k) => !(k in shape));
  if (unknown.length > 0) {
    findings.push(
      ...issueToFindings({ code: 'unrecognized_keys', keys: unknown, path: [], message: '', input: record } as never, context),
    );
  }
  return {
    parsed: { submission: out as Submission, failedSections, complete: failedSections.size === 0 && unknown.length === 0 },
    findings,
  };
}

/**
 * One file checked on its own (reading findings, schema, per-file rules): what the set rules and the report still need
 * of it, and nothing of its parsed document. Plain data only (no functions, no Map or Set), so that it can cross to and
 * from a worker thread or be kept in a cache, and a run made of these is the run made of the documents.
 */
export interface CheckedFile {
  file: string;
  format: SourceDocument['format'];
  sha256: string;
  /** Its findings so far, in the order found (sorted when the report is made). */
  findings: Finding[];
  parsed: {
    /** The whole submission, its digest (aggregate) or only the sections the set rules and the result read. */
    submission: Submission;
    failedSections: SubmissionSection[];
    complete: boolean;
  } | null;
  /** Whose file it is when the schema could not say (a syntax error, a broken unit section). */
  identity: Identity | null;
  /** Positions of the fields the set rules may report on, keyed `value|path` or `key|path`. */
  positions: [string, Location][];
  /** Where a finding on any other path points (the document's start). */
  fallback: Location;
}

/** The per-file half of a run, set up once: `check` turns each document into its {@link CheckedFile}. */
export interface FileChecker {
  check(doc: SourceDocument): CheckedFile;
}

const NONE_FAILED: ReadonlySet<string> = new Set();
const NO_POSITIONS: [string, Location][] = [];

/** What a checked file is kept as until the set rules have run. */
interface Held {
  checked: CheckedFile;
  failed: ReadonlySet<string>;
  locate: SourceDocument['locate'];
  /** The file this one is a byte-identical copy of, when a set rule said so. */
  copyOf: string | null;
}

export interface ValidatorOptions {
  /**
   * Keep each accepted file's parsed submission for the report (aggregate tallies it). `validate` only reports
   * findings, so it keeps just the sections the set rules and the per-file result need (unit, period).
   */
  keepSubmissions?: boolean | 'digest';
}

interface Shared {
  severities: Map<string, SeveritySetting>;
  severityOf: (id: string) => SeveritySetting;
  optionsOf: (rule: Rule) => Record<string, unknown>;
  setRules: Rule[];
  setSections: Set<string>;
  timed: <T>(id: string, fn: () => T) => T;
}

function shared(env: ValidationEnv, rules: readonly Rule[]): Shared {
  const severities = effectiveSeverities(env.config, rules);
  const severityOf = (id: string): SeveritySetting => severities.get(id) ?? 'error';
  const optionsOf = (rule: Rule) => ({ ...(rule.defaultOptions ?? {}), ...(env.config.rules.options[rule.id] ?? {}) });
  const setRules = rules.filter((r) => r.checkSet && severityOf(r.id) !== 'off');
  const setSections = new Set(setRules.flatMap((r) => r.needs));
  const timing = env.timing;
  const timed = <T>(id: string, fn: () => T): T => {
    if (!timing) return fn();
    const start = performance.now();
    try {
      return fn();
    } finally {
      timing.set(id, (timing.get(id) ?? 0) + performance.now() - start);
    }
  };
  return { severities, severityOf, optionsOf, setRules, setSections, timed };
}

/** A rule's report as a finding of the file (`undefined` when the rule is off). */
function reporter(env: ValidationEnv, severityOf: Shared['severityOf'], item: { file: string; format: SourceDocument['format']; findings: Finding[]; locate: SourceDocument['locate'] }) {
  return (rule: Rule, report: Report) => {
    const severity = severityOf(rule.id);
    if (severity === 'off') return;
    // a form is fixed in its cells: its labels and choices, not field paths and codes
    const form = item.format !== 'yaml';
    const wording = (id: string | undefined) => (id === undefined ? undefined : ((form ? rule.formMessages?.[id] : undefined) ?? rule.messages[id]));
    const message = wording(report.messageId);
    const hint = wording(report.hintId);
    const data = form ? { ...labelOf(report.path), ...BOOL_WORDS, ...report.data } : report.data;
    item.findings.push({
      rule: rule.id,
      severity,
      file: item.file,
      path: formatPath(report.path) || null,
      ...item.locate(report.path, report.target ?? 'value'),
      message: message ? pick(message, env.lang, data) : report.messageId,
      hint: hint ? pick(hint, env.lang, data) : null,
    });
  };
}

/**
 * The per-file half of validation: pure, and the same in a worker thread as in the main one. `strings` is where the
 * kept strings of aggregate's digests are shared between files (see {@link compactCopy}); null when every result is
 * structured-cloned on its way (a worker's), which copies it out of the parsed document anyway.
 */
export function createFileChecker(
  env: ValidationEnv,
  rules: readonly Rule[] = allRules,
  options: ValidatorOptions = {},
  strings: Map<string, string> | null = new Map(),
): FileChecker {
  const own = strings ? detach : <T>(value: T): T => value;
  const keepSubmissions = options.keepSubmissions ?? true;
  const { severities, severityOf, optionsOf, setSections, timed } = shared(env, rules);
  // what a file keeps once checked when its submission is not wanted: what the set rules and its result read
  const keptSections = new Set<string>([...setSections, 'unit', 'period']);
  // the rules see the roster in force for the period checked (the target's school year, else the file's own)
  const rosters = new Map<string, Roster>();
  const rosterFor = (ref: PeriodRef | null): Roster => {
    const at = env.target ?? ref;
    if (!at) return env.roster;
    const year = schoolYearOfPeriod(at);
    let roster = rosters.get(year);
    if (!roster) rosters.set(year, (roster = rosterAt(env.roster, year)));
    return roster;
  };

  function check(doc: SourceDocument): CheckedFile {
    const findings: Finding[] = [];
    // reading findings: severities of configurable reader rules (e.g. leading-zero) follow the config too
    for (const f of doc.findings) {
      const severity = FIXED_SEVERITY.has(f.rule) ? f.severity : (severities.get(f.rule) ?? f.severity);
      if (severity !== 'off') findings.push({ ...f, severity: severity as Severity });
    }
    let parsed: Parsed | null = null;
    if (doc.data !== undefined) {
      const result = timed('schema', () => parseSubmission(doc, env.lang));
      findings.push(...result.findings);
      parsed = result.parsed;
      if (parsed) {
        const submission = parsed.submission;
        const failed = parsed.failedSections;
        let resolved: ResolvedPeriod | null = null;
        let ref: PeriodRef | null = null;
        if (!failed.has('period')) {
          ref = periodRef(submission.period);
          if (ref) resolved = resolvePeriod(ref, env.config.calendar);
        }
        const roster = rosterFor(ref);
        const push = reporter(env, severityOf, { file: doc.file, format: doc.format, findings, locate: doc.locate });
        for (const rule of rules) {
          if (!rule.check || severityOf(rule.id) === 'off') continue;
          if (rule.needs.some((section) => failed.has(section))) continue;
          const context = {
            submission,
            period: resolved,
            target: env.target,
            acceptedPeriods: env.acceptedPeriods ?? [],
            roster,
            options: optionsOf(rule),
            report: (r: Report) => push(rule, r),
          };
          timed(rule.id, () => rule.check!(context));
        }
      }
    }
    let identity: Identity | null = null;
    if (!parsed || parsed.failedSections.has('unit') || parsed.failedSections.has('period')) {
      identity = own(identify(doc.data ?? doc.partial, doc.file, env.roster));
    }
    // From here on only the set rules may still report, and only inside their sections: keep those positions and let
    // the parsed document (the heaviest part) go.
    const positions = recordPositions(doc, parsed?.submission, setSections);
    let kept: CheckedFile['parsed'] = null;
    if (parsed) {
      const hasError = findings.some((f) => f.severity === 'error');
      // a file that is already rejected never hands its submission on, so it keeps only what the set rules read
      const submission =
        !keepSubmissions || hasError || !parsed.complete
          ? strings
            ? compactCopy(slim(parsed.submission, keptSections), strings)
            : slim(parsed.submission, keptSections)
          : keepSubmissions === 'digest'
            ? strings
              ? compactCopy(submissionDigest(parsed.submission, keptSections), strings)
              : submissionDigest(parsed.submission, keptSections)
            : parsed.submission;
      kept = { submission, failedSections: [...parsed.failedSections], complete: parsed.complete };
    }
    return { file: doc.file, format: doc.format, sha256: doc.sha256, findings, parsed: kept, identity, positions: [...positions], fallback: doc.locate([], 'key') };
  }

  return { check };
}

/**
 * The cross-file half of validation: `add` takes each file's {@link CheckedFile} in path order (from this thread or a
 * worker), `finish` runs the set rules (identical copies, duplicates) and makes the report.
 */
export function createSetValidator(env: ValidationEnv, rules: readonly Rule[] = allRules, options: ValidatorOptions = {}) {
  const keepSubmissions = options.keepSubmissions ?? true;
  const { severityOf, optionsOf, setRules, timed } = shared(env, rules);
  const held: Held[] = [];

  const layouts = new Map<string, Layout>();

  function add(checked: CheckedFile): void {
    const failed = checked.parsed?.failedSections ?? [];
    held.push({
      checked,
      failed: failed.length > 0 ? new Set(failed) : NONE_FAILED,
      locate: lookup(packPositions(checked.positions, layouts), checked.fallback),
      copyOf: null,
    });
    // the entries are in the lookup now: the array need not be kept twice
    checked.positions = NO_POSITIONS;
  }

  function finish(): ValidationReport {
    for (const rule of setRules) {
      const entries: SetEntry[] = [];
      for (const item of held) {
        const { checked } = item;
        if (!checked.parsed || rule.needs.some((s) => item.failed.has(s))) continue;
        const push = reporter(env, severityOf, { file: checked.file, format: checked.format, findings: checked.findings, locate: item.locate });
        entries.push({
          file: checked.file,
          submission: checked.parsed.submission,
          // the rows of one responses sheet share the sheet's hash: equal hashes say nothing about their content
          content: checked.format === 'responses' ? '' : checked.sha256,
          copyOf: item.copyOf,
          report: (r) => push(rule, r),
          markCopyOf: (kept) => {
            item.copyOf = kept;
          },
        });
      }
      timed(rule.id, () => rule.checkSet!(entries, { target: env.target, options: optionsOf(rule) }));
    }
    const files: FileResult[] = held.map(({ checked: { file, format, sha256, findings, parsed, identity }, failed, copyOf }) => {
      const sorted = sortFindings(findings);
      const hasError = sorted.some((f) => f.severity === 'error');
      const submission = parsed && !failed.has('unit') ? parsed.submission : null;
      const periodOk = parsed && !failed.has('period');
      return {
        file,
        format,
        unit: submission?.unit.code ?? identity?.unit ?? null,
        period: periodOk ? parsed.submission.period : (identity?.period ?? null),
        periodRef: periodOk ? periodRef(parsed.submission.period) : (identity?.periodRef ?? null),
        status: hasError || !parsed?.complete ? 'rejected' : 'accepted',
        findings: sorted,
        submission: keepSubmissions && parsed?.complete && !hasError ? parsed.submission : null,
        sha256,
        ...(copyOf !== null ? { copyOf } : {}),
      };
    });
    files.sort((a, b) => comparePaths(a.file, b.file));
    return { files, summary: summarise(files) };
  }

  return { add, finish };
}

/**
 * Validation as a stream, both halves in one thread: `add` checks one document as soon as it is read (reading
 * findings, schema, per-file rules) and keeps only what the set rules need, so a province's files are never all held in
 * memory as parsed documents; `finish` runs the set rules (duplicates) and returns the report.
 */
export function createValidator(env: ValidationEnv, rules: readonly Rule[] = allRules, options: ValidatorOptions = {}) {
  const checker = createFileChecker(env, rules, options);
  const set = createSetValidator(env, rules, options);
  return { add: (doc: SourceDocument) => set.add(checker.check(doc)), finish: set.finish };
}

/**
 * What aggregate reads of an accepted submission, copied out of the parsed document so that the document itself can go:
 * the figures it tallies, the list items it quotes, the names behind the contact rates, plus what the set rules and the
 * file's result read. A province's 50,000 accepted files are held as these records until the summary is made.
 */
export function submissionDigest(s: Submission, sections: ReadonlySet<string>): Submission {
  const name = (p: { name?: string | undefined } | undefined) => (p ? { name: p.name } : undefined);
  const out = {
    reported_at: s.reported_at,
    contacts: { leader: name(s.contacts.leader), officer: name(s.contacts.officer), spokesperson: name(s.contacts.spokesperson) },
    governance: { ...s.governance },
    channels: s.channels.map((c) => ({ type: c.type, posts: c.posts, connected_to_parent: c.connected_to_parent })),
    activities: { ...s.activities },
    topics: { ...s.topics },
    feedback: { ...s.feedback },
    social_media: { ...s.social_media },
    incidents: s.incidents.map((i) => ({ ...i })),
    exemplary_models: s.exemplary_models.map((m) => ({ ...m })),
    commendations: s.commendations.map((c) => ({ ...c })),
    assessment: { ...s.assessment },
  } as unknown as Record<string, unknown>;
  for (const key of sections) if (key in s) out[key] = (s as Record<string, unknown>)[key];
  return out as Submission;
}

/**
 * A copy that shares no string with the parsed file. The YAML parser's strings are slices of the file's text, and a
 * slice keeps the whole text alive: one kept unit code would pin every file's few kilobytes of YAML until the run ends.
 */
function detach<T>(value: T): T {
  return structuredClone(value);
}

/**
 * A copy that shares no string with the parsed file (as {@link detach}), made of plain objects of one shape per kind,
 * with every string taken from `strings` when an equal one is already kept: what 50,000 accepted files keep until the
 * summary is made.
 */
export function compactCopy<T>(value: T, strings: Map<string, string>): T {
  const copy = (v: unknown): unknown => {
    if (typeof v === 'string') {
      let kept = strings.get(v);
      if (kept === undefined) {
        kept = structuredClone(v);
        strings.set(kept, kept);
      }
      return kept;
    }
    if (Array.isArray(v)) return v.map(copy);
    if (v !== null && typeof v === 'object') {
      const out: Record<string, unknown> = {};
      for (const key of Object.keys(v)) {
        const item = copy((v as Record<string, unknown>)[key]);
        // an own `__proto__` key stays a key: assigning it would set the copy's prototype and lose the value
        if (key === '__proto__') Object.defineProperty(out, key, { value: item, enumerable: true, writable: true, configurable: true });
        else out[key] = item;
      }
      return out;
    }
    return v;
  };
  return copy(value) as T;
}

/** Only the given sections of a submission (a rule reads only the sections it `needs`). */
function slim(submission: Submission, sections: ReadonlySet<string>): Submission {
  const out: Record<string, unknown> = {};
  for (const key of sections) if (key in submission) out[key] = (submission as Record<string, unknown>)[key];
  return out as Submission;
}

/**
 * Positions of every field of the given sections, taken from the document before it is released; a path that is not
 * there falls back to its nearest recorded parent, as the document's own locator does (see {@link lookup}).
 */
function recordPositions(doc: SourceDocument, data: unknown, sections: ReadonlySet<string>): Map<string, Location> {
  const positions = new Map<string, Location>();
  const walk = (value: unknown, path: PathSegment[]) => {
    for (const target of ['value', 'key'] as const) positions.set(`${target}|${formatPath(path)}`, doc.locate(path, target));
    if (Array.isArray(value)) value.forEach((v, i) => walk(v, [...path, i]));
    else if (value !== null && typeof value === 'object') for (const [k, v] of Object.entries(value)) walk(v, [...path, k]);
  };
  if (data && typeof data === 'object') {
    for (const section of sections) walk((data as Record<string, unknown>)[section], [section]);
  }
  return positions;
}

/** The recorded keys (`value|unit.code`) of a file → their index: one map shared by every file with the same fields. */
type Layout = ReadonlyMap<string, number>;

/**
 * One file's recorded positions, packed: what each of a country's 50,000 files keeps until the set rules have run, so
 * a layout shared between files and two numbers per key, not a map of its own with a string and an object per key.
 */
interface PackedPositions {
  layout: Layout;
  /** Line and column of each key, NO_NUMBER for null. */
  numbers: Int32Array;
  /** The cell of each key (a form), or null when no key has one (a YAML file). */
  cells: (string | null)[] | null;
}

const NO_NUMBER = -1;

function packPositions(positions: readonly [string, Location][], layouts: Map<string, Layout>): PackedPositions {
  const signature = positions.map(([key]) => key).join('\n');
  let layout = layouts.get(signature);
  if (!layout) layouts.set(signature, (layout = new Map(positions.map(([key], i) => [key, i]))));
  const numbers = new Int32Array(positions.length * 2);
  positions.forEach(([, l], i) => {
    numbers[2 * i] = l.line ?? NO_NUMBER;
    numbers[2 * i + 1] = l.column ?? NO_NUMBER;
  });
  const cells = positions.some(([, l]) => l.cell !== null) ? positions.map(([, l]) => l.cell) : null;
  return { layout, numbers, cells };
}

/**
 * The lookup kept per file until the set rules have run. Built in its own function on purpose: a closure keeps alive
 * every variable of the scope it was created in that any sibling closure uses, so a lookup created next to the walk
 * above would pin the whole parsed document (and its YAML nodes) of every file until the run ends.
 */
function lookup({ layout, numbers, cells }: PackedPositions, fallback: Location): SourceDocument['locate'] {
  return (path, target = 'value') => {
    for (let n = path.length; n > 0; n--) {
      const hit = layout.get(`${n === path.length ? target : 'key'}|${formatPath(path.slice(0, n))}`);
      if (hit === undefined) continue;
      const line = numbers[2 * hit]!;
      const column = numbers[2 * hit + 1]!;
      return { line: line === NO_NUMBER ? null : line, column: column === NO_NUMBER ? null : column, cell: cells?.[hit] ?? null };
    }
    return fallback;
  };
}

/** Validate a set of documents (one run of `validate`). */
export function validateDocuments(
  docs: readonly SourceDocument[],
  env: ValidationEnv,
  rules: readonly Rule[] = allRules,
  options: ValidatorOptions = {},
): ValidationReport {
  const validator = createValidator(env, rules, options);
  for (const doc of docs) validator.add(doc);
  return validator.finish();
}

export function summarise(files: readonly FileResult[]): ValidationReport['summary'] {
  const all = files.flatMap((f) => f.findings);
  return {
    files: files.length,
    accepted: files.filter((f) => f.status === 'accepted').length,
    rejected: files.filter((f) => f.status === 'rejected').length,
    errors: all.filter((f) => f.severity === 'error').length,
    warnings: all.filter((f) => f.severity === 'warning').length,
    infos: all.filter((f) => f.severity === 'info').length,
  };
}

/** Path order, by code point, so output is the same on every machine and locale. */
export function comparePaths(a: string, b: string): number {
  // rows of one responses sheet (`cau-tra-loi.csv#12`) in row order, not text order
  const ra = /^(.*)#(\d+)$/.exec(a);
  const rb = ra ? /^(.*)#(\d+)$/.exec(b) : null;
  if (ra && rb && ra[1] === rb[1]) return Number(ra[2]) - Number(rb[2]);
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Location order: line then column (YAML), or sheet then row then column (Excel); then rule id and message. */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  const cellKey = (cell: string | null): [string, number, number] => {
    if (!cell) return ['', 0, 0];
    const m = /^(.*)!([A-Z]+)(\d+)$/.exec(cell);
    if (!m) return [cell, 0, 0];
    const col = [...m[2]!].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
    return [m[1]!, Number(m[3]), col];
  };
  return [...findings].sort((a, b) => {
    const [sa, ra, ca] = cellKey(a.cell);
    const [sb, rb, cb] = cellKey(b.cell);
    return (
      (a.line ?? 0) - (b.line ?? 0) ||
      (a.column ?? 0) - (b.column ?? 0) ||
      comparePaths(sa, sb) ||
      ra - rb ||
      ca - cb ||
      comparePaths(a.rule, b.rule) ||
      comparePaths(a.path ?? '', b.path ?? '') ||
      comparePaths(a.message, b.message)
    );
  });
}
