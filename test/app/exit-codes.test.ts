import { describe, expect, it } from 'vitest';
import type { NotCounted, NotCountedReason } from '../../src/aggregate/aggregate.js';
import { aggregateExit, convertExit, EXIT_CANCELLED, failureExit, isPromptCancelled, validateExit } from '../../src/app/exit-codes.js';
import { ConfigError, OutputError, UsageError } from '../../src/util/errors.js';
import type { FileResult, Finding } from '../../src/contract/findings.js';

describe('validate: exit code and --max-warnings', () => {
  it('is 0 with no errors and no limit, whatever the warnings', () => {
    expect(validateExit({ errors: 0, warnings: 0 })).toEqual({ code: 0, tooManyWarnings: false });
    expect(validateExit({ errors: 0, warnings: 500 })).toEqual({ code: 0, tooManyWarnings: false });
  });

  it('allows exactly as many warnings as the limit; one more is exit 1 with the "too many warnings" line', () => {
    expect(validateExit({ errors: 0, warnings: 3 }, 3)).toEqual({ code: 0, tooManyWarnings: false });
    expect(validateExit({ errors: 0, warnings: 4 }, 3)).toEqual({ code: 1, tooManyWarnings: true });
    expect(validateExit({ errors: 0, warnings: 0 }, 0)).toEqual({ code: 0, tooManyWarnings: false });
    expect(validateExit({ errors: 0, warnings: 1 }, 0)).toEqual({ code: 1, tooManyWarnings: true });
  });

  it('is 1 on any error, the warnings limit then not being the reason', () => {
    expect(validateExit({ errors: 1, warnings: 0 })).toEqual({ code: 1, tooManyWarnings: false });
    expect(validateExit({ errors: 2, warnings: 9 }, 100)).toEqual({ code: 1, tooManyWarnings: false });
  });
});

describe('aggregate: exit code', () => {
  const finding = (severity: 'error' | 'warning'): Finding =>
    ({ rule: 'r', severity, file: 'a.yaml', path: null, message: 'm', hint: null, line: null, column: null }) as Finding;
  const file = (name: string, ...severities: Array<'error' | 'warning'>): FileResult =>
    ({ file: name, findings: severities.map(finding) }) as unknown as FileResult;
  const left = (reason: NotCountedReason, errors: number): NotCounted => ({ file: 'x.yaml', unit: 'X', period: null, reason, errors });

  it('is 0 when every counted file is free of errors (warnings do not count)', () => {
    expect(aggregateExit([file('a.yaml', 'warning'), file('b.yaml')], new Set(['a.yaml', 'b.yaml']), [])).toBe(0);
  });

  it('is 1 when a counted file has an error; an uncounted file with errors does not make it so by itself', () => {
    expect(aggregateExit([file('a.yaml', 'error')], new Set(['a.yaml']), [])).toBe(1);
    expect(aggregateExit([file('a.yaml', 'error')], new Set(), [])).toBe(0);
  });

  it.each(['unknown_unit', 'no_unit', 'no_period'] as const)('is 1 for a file left out as %s that has errors', (reason) => {
    expect(aggregateExit([], new Set(), [left(reason, 1)])).toBe(1);
    expect(aggregateExit([], new Set(), [left(reason, 0)])).toBe(0);
  });

  it.each(['other_period', 'outside_node', 'not_expected'] as const)('is 0 for a file left out as %s (only not for this run)', (reason) => {
    expect(aggregateExit([], new Set(), [left(reason, 3)])).toBe(0);
  });

  it('is 1 for files of another period with errors when not one file is of the period asked for (a mistyped period)', () => {
    expect(aggregateExit([], new Set(), [left('other_period', 2)], { periodMistyped: true })).toBe(1);
    expect(aggregateExit([], new Set(), [left('other_period', 2)], { periodMistyped: false })).toBe(0);
    expect(aggregateExit([], new Set(), [left('outside_node', 2)], { periodMistyped: true })).toBe(0);
  });
});

describe('the other commands’ exit codes', () => {
  it('convert: 0 when every input was converted, 1 when one was not', () => {
    expect(convertExit(3, 3)).toBe(0);
    expect(convertExit(0, 0)).toBe(0);
    expect(convertExit(2, 3)).toBe(1);
  });

  it('a failure is 2 when the clerk can fix it (usage, configuration, output), 3 only for anything else', () => {
    expect(failureExit(new UsageError('bad flag'))).toBe(2);
    expect(failureExit(new ConfigError('bad config', ['line 3']))).toBe(2);
    expect(failureExit(new OutputError('no_space', 'out.docx'))).toBe(2);
    expect(failureExit(new TypeError('undefined is not a function'))).toBe(3);
    expect(failureExit('a string thrown')).toBe(3);
  });


  it('Ctrl+C at a prompt is 130, told from other errors by the prompt library’s error name', () => {
    expect(EXIT_CANCELLED).toBe(130);
    const cancelled = Object.assign(new Error('User force closed the prompt'), { name: 'ExitPromptError' });
    expect(isPromptCancelled(cancelled)).toBe(true);
    expect(isPromptCancelled(new Error('User force closed the prompt'))).toBe(false);
    expect(isPromptCancelled(undefined)).toBe(false);
  });
});
