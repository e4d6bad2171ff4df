import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { ConfigSchema } from '../../src/contract/config.js';
import rule from '../../src/rules/schema.js';
import { cleanSubmission, testConfigInput } from '../fixtures/submission.js';
import { findingsOf } from './reader-rules.js';

const withChange = (change: (s: Record<string, any>) => void) => {
  const s = cleanSubmission() as unknown as Record<string, any>;
  change(s);
  return stringify(s);
};

describe('rule schema (raised by the schema layer)', () => {
  it('is an error listed for docs and config', () => {
    expect(rule.defaultSeverity).toBe('error');
    expect(rule.check).toBeUndefined();
  });
  it('valid: the clean submission', () => {
    expect(findingsOf(stringify(cleanSubmission()))).toEqual([]);
  });
  it.each([
    ['a missing field', (s: Record<string, any>) => delete s['governance'].comms_plan, 'governance.comms_plan'],
    ['a wrong type', (s: Record<string, any>) => (s['activities'].events = 'hai'), 'activities.events'],
    ['an unknown key', (s: Record<string, any>) => (s['activitis'] = {}), 'activitis'],
    ['a bad enum', (s: Record<string, any>) => (s['incidents'][0].severity = 'critical'), 'incidents[0].severity'],
    ['a bad date', (s: Record<string, any>) => (s['reported_at'] = '2024-02-31'), 'reported_at'],
    ['a negative count', (s: Record<string, any>) => (s['feedback'].received = -1), 'feedback.received'],
    ['a fractional count', (s: Record<string, any>) => (s['topics'].policy = 1.5), 'topics.policy'],
  ])('invalid: %s', (_name, change, path) => {
    const findings = findingsOf(withChange(change)).filter((f) => f.rule === 'schema');
    expect(findings.map((f) => f.path)).toEqual([path]);
    expect(findings[0]!.severity).toBe('error');
    expect(findings[0]!.line).toBeGreaterThan(0);
  });
  it('a broken section does not hide the rules on the other sections', () => {
    const findings = findingsOf(withChange((s) => ((s['activities'].events = 'hai'), (s['governance'].comms_plan = false))));
    expect(findings.map((f) => f.rule).sort()).toEqual(['comms-plan', 'schema']);
  });
  it('cannot be turned off or softened by the config', () => {
    const config = ConfigSchema.parse({ ...testConfigInput, rules: { severity: { schema: 'warning' } } });
    expect(findingsOf(withChange((s) => (s['activities'].events = 'hai')), config).map((f) => f.severity)).toEqual(['error']);
  });
});
