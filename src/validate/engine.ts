/**
 * The validation engine: SourceDocuments in, FileResults out. Pure: no file system, no console.
 *
 *   schema (section by section, so one broken section does not hide the rules on the others)
 *   → per-submission rules → set rules (duplicates) → severities from the config → status per file.
 */
import type { Config, Severity, SeveritySetting } from '../contract/config.js';
import { periodRef, resolvePeriod, type PeriodRef, type ResolvedPeriod } from '../contract/period.js';
import type { Roster } from '../contract/roster.js';
import { SubmissionSchema, type Submission, type SubmissionSection } from '../contract/submission.js';
import { formatPath, objectShape } from '../contract/walk.js';
import { pick, type Lang } from '../i18n/index.js';
import { rules as allRules } from '../rules/index.js';
import type { Report, Rule, SetEntry } from '../rules/types.js';
import { issueToFindings } from './schema-issues.js';
import type { FileResult, Finding, SourceDocument, ValidationReport } from './types.js';

export interface ValidationEnv {
  config: Config;
  roster: Roster;
  /** The period being validated (from `--term/--year`, `--month`, `--quarter`), or null to accept any period. */
  target: PeriodRef | null;
  lang: Lang;
  /** Extra period forms accepted as the target (e.g. HK1 and HK2 when aggregating CN). */
  acceptedPeriods?: readonly PeriodRef[];
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

function locationOf(doc: SourceDocument, report: Report) {
  return doc.locate(report.path, report.target ?? 'value');
}

/** Validate a set of documents (one run of `validate`). */
export function validateDocuments(docs: readonly SourceDocument[], env: ValidationEnv, rules: readonly Rule[] = allRules): ValidationReport {
  const severities = effectiveSeverities(env.config, rules);
  const severityOf = (id: string): SeveritySetting => severities.get(id) ?? 'error';
  const optionsOf = (rule: Rule) => ({ ...(rule.defaultOptions ?? {}), ...(env.config.rules.options[rule.id] ?? {}) });

  const perFile = docs.map((doc) => {
    const findings: Finding[] = [];
    const push = (rule: Rule, report: Report) => {
      const severity = severityOf(rule.id);
      if (severity === 'off') return;
      const message = rule.messages[report.messageId];
      const hint = report.hintId ? rule.messages[report.hintId] : undefined;
      findings.push({
        rule: rule.id,
        severity,
        file: doc.file,
        path: formatPath(report.path) || null,
        ...locationOf(doc, report),
        message: message ? pick(message, env.lang, report.data) : report.messageId,
        hint: hint ? pick(hint, env.lang, report.data) : null,
      });
    };
    // reading findings: severities of configurable reader rules (e.g. leading-zero) follow the config too
    for (const f of doc.findings) {
      const severity = FIXED_SEVERITY.has(f.rule) ? f.severity : (severities.get(f.rule) ?? f.severity);
      if (severity !== 'off') findings.push({ ...f, severity: severity as Severity });
    }
    if (doc.data === undefined) return { doc, findings, parsed: null as Parsed | null, resolved: null as ResolvedPeriod | null, push };

    const { parsed, findings: schemaFindings } = parseSubmission(doc, env.lang);
    findings.push(...schemaFindings);
    let resolved: ResolvedPeriod | null = null;
    if (parsed && !parsed.failedSections.has('period')) {
      const ref = periodRef(parsed.submission.period);
      if (ref) resolved = resolvePeriod(ref, env.config.calendar);
    }
    if (parsed) {
      for (const rule of rules) {
        if (!rule.check || severityOf(rule.id) === 'off') continue;
        if (rule.needs.some((section) => parsed.failedSections.has(section))) continue;
        rule.check({
          submission: parsed.submission,
          period: resolved,
          target: env.target,
          roster: env.roster,
          options: optionsOf(rule),
          acceptedPeriods: env.acceptedPeriods ?? [],
          report: (r) => push(rule, r),
        });
      }
    }
    return { doc, findings, parsed, resolved, push };
  });

  for (const rule of rules) {
    if (!rule.checkSet || severityOf(rule.id) === 'off') continue;
    const entries: SetEntry[] = [];
    for (const item of perFile) {
      if (!item.parsed || rule.needs.some((s) => item.parsed!.failedSections.has(s))) continue;
      entries.push({ file: item.doc.file, submission: item.parsed.submission, report: (r) => item.push(rule, r) });
    }
    rule.checkSet(entries, { target: env.target, options: optionsOf(rule) });
  }

  const files: FileResult[] = perFile.map(({ doc, findings, parsed }) => {
    const sorted = sortFindings(findings);
    const hasError = sorted.some((f) => f.severity === 'error');
    const submission = parsed && !parsed.failedSections.has('unit') ? parsed.submission : null;
    const periodOk = parsed && !parsed.failedSections.has('period');
    return {
      file: doc.file,
      format: doc.format,
      unit: submission?.unit.code ?? null,
      period: periodOk ? parsed.submission.period : null,
      periodRef: periodOk ? periodRef(parsed.submission.period) : null,
      status: hasError || !parsed?.complete ? 'rejected' : 'accepted',
      findings: sorted,
      submission: parsed?.complete && !hasError ? parsed.submission : null,
      sha256: doc.sha256,
    };
  });
  files.sort((a, b) => comparePaths(a.file, b.file));
  return { files, summary: summarise(files) };
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
