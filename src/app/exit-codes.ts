/**
 * The exit-code policy of the commands (README: 0 ok, 1 findings with errors, 2 usage or unusable input, 3 internal
 * bug only), decided here from what a stage returned, so that the CLI only prints and returns it.
 */
import type { NotCounted } from '../aggregate/aggregate.js';
import type { FileResult } from '../contract/findings.js';
import { ConfigError, EXIT, OutputError, UsageError } from '../util/errors.js';

export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/**
 * `validate`: 1 when any file has an error; else 1 when there are more warnings than `--max-warnings` allows (as many
 * as the limit is still fine, as with ESLint's flag); else 0.
 */
export function validateExit(counts: { errors: number; warnings: number }, maxWarnings?: number): { code: ExitCode; tooManyWarnings: boolean } {
  if (counts.errors > 0) return { code: EXIT.findings, tooManyWarnings: false };
  const tooManyWarnings = maxWarnings !== undefined && counts.warnings > maxWarnings;
  return { code: tooManyWarnings ? EXIT.findings : EXIT.ok, tooManyWarnings };
}

/** Reasons a file is left out that still mean something is wrong with it (exit 1), as opposed to "not for this run". */
export const BROKEN_REASONS: ReadonlySet<NotCounted['reason']> = new Set(['unknown_unit', 'no_unit', 'no_period']);

/**
 * `aggregate`: 1 when a counted file has an error, or a file left out for a broken reason (a unit the roster does not
 * know, no unit, no period) has errors; a file that is only for another period or outside the node does not count,
 * unless `periodMistyped` (no file at all of the period asked for).
 */
export function aggregateExit(
  files: readonly FileResult[],
  countedFiles: ReadonlySet<string>,
  notCounted: readonly NotCounted[],
  options: { periodMistyped?: boolean } = {},
): ExitCode {
  // when not one file is of the period asked for, files of other periods are the sign of a mistyped period: exit 1
  const broken = (n: NotCounted) => BROKEN_REASONS.has(n.reason) || (options.periodMistyped === true && n.reason === 'other_period');
  const brokenInput =
    files.some((f) => countedFiles.has(f.file) && f.findings.some((x) => x.severity === 'error')) ||
    notCounted.some((n) => broken(n) && n.errors > 0);
  return brokenInput ? EXIT.findings : EXIT.ok;
}

/** A command the clerk stopped with Ctrl+C at a prompt (128 + SIGINT, as shells report it); nothing was written. */
export const EXIT_CANCELLED = 130;

/** Ctrl+C inside a prompt (@inquirer/prompts' `ExitPromptError`): the command then exits `EXIT_CANCELLED`. */
export function isPromptCancelled(error: unknown): boolean {
  return error instanceof Error && error.name === 'ExitPromptError';
}

/** `convert`: 1 when any input could not be converted (each was named), else 0. */
export function convertExit(converted: number, total: number): ExitCode {
  return converted === total ? EXIT.ok : EXIT.findings;
}

/**
 * A failure that reached the command line: a usage, configuration or output error is the clerk's to fix (2); anything
 * else is an internal bug (3), the only path to 3.
 */
export function failureExit(error: unknown): ExitCode {
  return error instanceof UsageError || error instanceof ConfigError || error instanceof OutputError ? EXIT.usage : EXIT.internal;
}
