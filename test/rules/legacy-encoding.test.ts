import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { ConfigSchema } from '../../src/contract/config.js';
import rule from '../../src/rules/legacy-encoding.js';
import { cleanSubmission, testConfigInput } from '../fixtures/submission.js';
import { findingsOf } from './reader-rules.js';

/** The clean submission whose strengths were typed with the TCVN3 (.VnTime) keyboard encoding. */
function withStrengths(text: string): string {
  const s = cleanSubmission();
  s.assessment.strengths = text;
  return stringify(s);
}
const TCVN3 = 'Céng hoµ x· héi chñ nghÜa ViÖt Nam';

describe('rule legacy-encoding (raised by the readers)', () => {
  it('is a warning listed for docs and config', () => {
    expect(rule.defaultSeverity).toBe('warning');
    expect(rule.check).toBeUndefined();
  });
  it('valid: Unicode text is left alone', () => {
    expect(findingsOf(withStrengths('Cộng hoà xã hội chủ nghĩa Việt Nam'))).toEqual([]);
  });
  it('invalid: TCVN3 text is converted and flagged at its field', () => {
    const findings = findingsOf(withStrengths(TCVN3));
    expect(findings.map((f) => `${f.rule}:${f.severity}:${f.path}`)).toEqual(['legacy-encoding:warning:assessment.strengths']);
    expect(findings[0]!.line).toBeGreaterThan(0);
  });
  it('follows the config: off removes it, strict makes it an error', () => {
    const off = ConfigSchema.parse({ ...testConfigInput, rules: { severity: { 'legacy-encoding': 'off' } } });
    expect(findingsOf(withStrengths(TCVN3), off)).toEqual([]);
    const strict = ConfigSchema.parse({ ...testConfigInput, rules: { preset: 'strict' } });
    expect(findingsOf(withStrengths(TCVN3), strict).map((f) => f.severity)).toEqual(['error']);
  });
});
