/**
 * What a rule is (`shared/spec/rules.md`): an id, a default severity, the directive clause it comes from, its messages
 * in Vietnamese and English, and a check. Modelled on ESLint's rule modules.
 */
import type { z } from 'zod';
import type { Bilingual } from '../contract/meta.js';
import type { Severity } from '../contract/config.js';
import type { PeriodRef, ResolvedPeriod } from '../contract/period.js';
import type { Roster } from '../contract/roster.js';
import type { Submission, SubmissionSection } from '../contract/submission.js';
import type { FieldPath } from '../contract/walk.js';
import type { MessageData } from '../i18n/index.js';

export interface Report<M extends string = string> {
  messageId: M;
  path: FieldPath;
  data?: MessageData;
  /** Id of a message in `messages` used as the hint. */
  hintId?: M;
  /** Point at the key rather than the value (useful for "this whole block"). */
  target?: 'value' | 'key';
}

export interface RuleContext<M extends string = string, O = Record<string, unknown>> {
  /** The submission. Only the sections listed in the rule's `needs` are guaranteed to have passed the schema. */
  submission: Submission;
  /** The submission's own period with dates from the calendar, when it could be resolved. */
  period: ResolvedPeriod | null;
  /** The period being validated (`--term/--year`, `--month`, `--quarter`), if any. */
  target: PeriodRef | null;
  /** Further periods accepted besides the target (HK1 and HK2 when aggregating CN; months of a quarter). */
  acceptedPeriods: readonly PeriodRef[];
  roster: Roster;
  options: O;
  report(report: Report<M>): void;
}

/** A submission seen by a set rule: its file, its parsed data and a way to report on it. */
export interface SetEntry<M extends string = string> {
  file: string;
  submission: Submission;
  /**
   * SHA-256 of the file's bytes when they are the submission's alone (a YAML or Excel file, a file inside a zip);
   * empty when unknown or shared with other submissions (the rows of one responses sheet).
   */
  content: string;
  /** The file this one is a byte-identical copy of, once an earlier set rule said so (`duplicate-copy`); else null. */
  copyOf: string | null;
  report(report: Report<M>): void;
  /** Say that this file is a byte-identical copy of `kept`: it is counted once, as `kept`. */
  markCopyOf(kept: string): void;
}

export interface Rule<M extends string = string, O extends Record<string, unknown> = Record<string, unknown>> {
  id: string;
  defaultSeverity: Severity;
  /** The directive clause (seed short name, see shared/seeds/README.md) or contract it comes from. */
  source: string;
  description: Bilingual;
  messages: Record<M, Bilingual>;
  /**
   * The wording of a message on the Excel form or a responses sheet, where the clerk sees the form's labels and its
   * choices by name (Có/Không, «Đã xử lý»), never a field path or a code. Besides the report's own data it may use
   * `{label}` (the label of the field the finding is on, from the contract: the form's row label or column header)
   * and `{yes}`/`{no}` (the form's words for a yes/no answer). A message that names no field path or code needs none
   * (a test holds that every message that does has one here).
   */
  formMessages?: Partial<Record<M, Bilingual>>;
  /** Sections that must be schema-valid for the rule to run; a rule never sees a broken section. */
  needs: readonly SubmissionSection[];
  /** Default options, overridable in `rules.options.<id>` of edu-comms.yaml. */
  defaultOptions?: O;
  /**
   * The options a clerk may write in `rules.options.<id>` (a strict zod object, every option optional and labelled):
   * loading edu-comms.yaml checks them against it, so an unknown or mistyped option is an error with its line. A rule
   * without it takes no options.
   */
  optionsSchema?: z.ZodType;
  /** Checks one submission. */
  check?(context: RuleContext<M, O>): void;
  /** Checks the whole set of files at once (e.g. duplicates). */
  checkSet?(entries: readonly SetEntry<M>[], context: { target: PeriodRef | null; options: O }): void;
}

/** Helper that keeps the message ids typed inside a rule module. */
export function defineRule<M extends string, O extends Record<string, unknown> = Record<string, unknown>>(
  rule: Rule<M, O>,
): Rule<M, O> {
  return rule;
}
