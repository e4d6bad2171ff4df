import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { ConfigSchema } from '../../src/contract/config.js';
import rule from '../../src/rules/leading-zero.js';
import { cleanSubmission, testConfigInput } from '../fixtures/submission.js';
import { findingsOf } from './reader-rules.js';

/** The clean submission with the leader's phone written without quotes. */
const unquotedPhone = (phone: string) => stringify(cleanSubmission()).replace(/phone: 0912\.345\.678/, `phone: ${phone}`);

describe('rule leading-zero (raised by the YAML reader)', () => {
  it('is a warning listed for docs and config', () => {
    expect(rule.defaultSeverity).toBe('warning');
    expect(rule.check).toBeUndefined();
  });
  it('valid: a quoted phone keeps its zero', () => {
    expect(findingsOf(unquotedPhone('"0912345678"'))).toEqual([]);
  });
  it('invalid: an unquoted phone is kept as written and flagged', () => {
    const findings = findingsOf(unquotedPhone('0912345678'));
    expect(findings.map((f) => `${f.rule}:${f.severity}:${f.path}`)).toEqual(['leading-zero:warning:contacts.leader.phone']);
    expect(findings[0]!.line).toBeGreaterThan(0);
  });
  it('follows the config: strict makes it an error, off removes it', () => {
    const strict = ConfigSchema.parse({ ...testConfigInput, rules: { preset: 'strict' } });
    expect(findingsOf(unquotedPhone('0912345678'), strict).map((f) => f.severity)).toEqual(['error']);
    const off = ConfigSchema.parse({ ...testConfigInput, rules: { severity: { 'leading-zero': 'off' } } });
    expect(findingsOf(unquotedPhone('0912345678'), off)).toEqual([]);
  });
});
