/**
 * The `rules:` block of edu-comms.yaml is checked against the registry (config/rule-settings.ts): unknown rule ids and
 * options are errors at their line with a "did you mean"; each rule's options schema accepts its own defaults.
 */
import { describe, expect, it } from 'vitest';
import { rules } from '../../src/rules/index.js';
import { checkRuleSettings, optionsSchemaOf } from '../../src/config/rule-settings.js';
import { parseYaml } from '../../src/read/yaml.js';

function check(yaml: string, lang: 'vi' | 'en' = 'en') {
  const parsed = parseYaml(Buffer.from(yaml), { file: 'edu-comms.yaml', lang });
  return checkRuleSettings((parsed.data as { rules?: unknown }).rules, { file: 'edu-comms.yaml', lang, locate: parsed.locate });
}

describe('every rule declares its options', () => {
  it('accepts each rule’s own default options', () => {
    for (const rule of rules) {
      expect(optionsSchemaOf(rule).safeParse(rule.defaultOptions ?? {}).success, rule.id).toBe(true);
    }
  });

  it('lists in its schema every option it has a default for, and takes none without a schema', () => {
    for (const rule of rules) {
      const shape = (optionsSchemaOf(rule) as unknown as { shape: Record<string, unknown> }).shape;
      expect(Object.keys(shape).sort(), rule.id).toEqual(Object.keys(rule.defaultOptions ?? {}).sort());
    }
  });
});

describe('checking rules: in edu-comms.yaml', () => {
  it('accepts known ids and options', () => {
    const yaml = [
      'rules:',
      '  preset: strict',
      '  severity:',
      '    fanpage-connected: warning',
      '  options:',
      '    incident-timely: {max_days: 2}',
      '    fanpage: {levels: [THPT, OFFICE]}',
      '    date-in-period: {report_grace_days: 10}',
      "    outlier: {max: {'activities.events': 10, 'feedback.received': null}, scale: {month: 1}}",
    ].join('\n');
    expect(check(yaml)).toEqual([]);
  });

  it('an unknown rule id in severity: located at its key, with the closest id', () => {
    const findings = check('rules:\n  severity:\n    outlir: off\n');
    expect(findings).toEqual([
      expect.objectContaining({ rule: 'config', severity: 'error', path: 'rules.severity.outlir', line: 3, column: 5 }),
    ]);
    expect(findings[0]!.message).toContain('outlir');
    expect(findings[0]!.hint).toBe('Did you mean outlier? Correct the name.');
  });

  it('an unknown rule id in options, and one with no near name: the list of rules', () => {
    const findings = check('rules:\n  options:\n    incident-timly: {max_days: 2}\n    zzzzzz: {}\n');
    expect(findings.map((f) => [f.path, f.line, f.column])).toEqual([
      ['rules.options.incident-timly', 3, 5],
      ['rules.options.zzzzzz', 4, 5],
    ]);
    expect(findings[0]!.hint).toContain('incident-timely');
    expect(findings[1]!.hint).toContain('the rules are: schema, syntax,');
  });

  it('an unknown option: located, with the closest option; a nested one too', () => {
    const findings = check("rules:\n  options:\n    incident-timely: {max_day: 2}\n    outlier:\n      max: {'activities.event': 3}\n");
    expect(findings.map((f) => [f.path, f.line, f.message, f.hint])).toEqual([
      ['rules.options.incident-timely.max_day', 3, 'Rule incident-timely has no option “max_day”: the setting would have no effect.', 'Did you mean max_days? Correct the name.'],
      ['rules.options.outlier.max.activities.event', 5, 'Rule outlier has no option “max.activities.event”: the setting would have no effect.', 'Did you mean activities.events? Correct the name.'],
    ]);
  });

  it('an option of a rule that takes none', () => {
    const findings = check('rules:\n  options:\n    signature: {strict: true}\n');
    expect(findings).toHaveLength(1);
    expect(findings[0]!.hint).toBe('Rule signature takes no options; remove rules.options.signature (its severity is set in rules.severity.signature).');
  });

  it('a value of the wrong type: the option’s label, the value found, the line', () => {
    const findings = check("rules:\n  options:\n    incident-timely:\n      max_days: một\n    fanpage: {levels: [THPT, LOP12]}\n    outlier: {scale: {month: 0}}\n", 'vi');
    expect(findings.map((f) => [f.path, f.line])).toEqual([
      ['rules.options.incident-timely.max_days', 4],
      ['rules.options.fanpage.levels[1]', 5],
      ['rules.options.outlier.scale.month', 6],
    ]);
    expect(findings[0]!.message).toBe('«Số ngày tối đa để báo cáo sự cố» phải là số nguyên không âm (0, 1, 2, …); đang là “một”.');
    expect(findings[1]!.message).toContain('LOP12');
    expect(findings[2]!.message).toBe('«Hệ số cho tháng» phải là một số lớn hơn 0; đang là 0.');
  });

  it('leaves what the config schema reports to it (not a mapping)', () => {
    expect(check('rules:\n  severity: [a]\n  options:\n    outlier: 5\n')).toEqual([]);
    expect(check('rules: recommended\n')).toEqual([]);
  });
});
