import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import rule from '../../src/rules/syntax.js';
import { cleanSubmission } from '../fixtures/submission.js';
import { findingsOf } from './reader-rules.js';

describe('rule syntax (raised by the readers)', () => {
  it('is an error listed for docs and config', () => {
    expect(rule.defaultSeverity).toBe('error');
    expect(rule.check).toBeUndefined();
  });
  it('valid: a well-formed file raises no syntax finding', () => {
    expect(findingsOf(stringify(cleanSubmission())).filter((f) => f.rule === 'syntax')).toEqual([]);
  });
  it.each([
    ['an empty file', ''],
    ['a file of comments only', '# chưa điền\n'],
    ['a duplicate key', 'schema_version: 1\nschema_version: 1\n'],
    ['a tab for indentation', 'unit:\n\tcode: X\n'],
    ['an unclosed quote', 'unit: {code: "X}\n'],
  ])('invalid: %s', (_name, text) => {
    const findings = findingsOf(text);
    expect(findings.length).toBeGreaterThan(0);
    expect(findings.every((f) => f.rule === 'syntax' && f.severity === 'error' && f.line !== null)).toBe(true);
  });
  it('cannot be turned off by the config', async () => {
    const { ConfigSchema } = await import('../../src/contract/config.js');
    const { testConfigInput } = await import('../fixtures/submission.js');
    const config = ConfigSchema.parse({ ...testConfigInput, rules: { severity: { syntax: 'off' } } });
    expect(findingsOf('', config).map((f) => `${f.rule}:${f.severity}`)).toEqual(['syntax:error']);
  });
});
