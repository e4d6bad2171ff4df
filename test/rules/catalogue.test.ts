/**
 * The rule catalogue against its contract (`shared/spec/rules.md`): every id is registered with its default severity,
 * ids are unique, every rule has its own test file, the clean fixture passes every rule through the real engine, and
 * the config's preset, per-rule severities and options reach the rules.
 */
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { ConfigSchema, type Config } from '../../src/contract/config.js';
import { SubmissionSchema, type Submission } from '../../src/contract/submission.js';
import { readYamlDocument } from '../../src/read/yaml.js';
import { rules, rulesById } from '../../src/rules/index.js';
import { validateDocuments } from '../../src/validate/engine.js';
import type { Finding } from '../../src/contract/findings.js';
import { yamlWords } from '../helpers/form-words.js';
import { cleanSubmission, testConfig, testConfigInput, testRoster } from '../fixtures/submission.js';

/** The contract: ids and default severities of rules.md, in its order. */
const CATALOGUE: ReadonlyArray<readonly [string, 'error' | 'warning' | 'info']> = [
  ['schema', 'error'],
  ['syntax', 'error'],
  ['unit-known', 'error'],
  ['period-mismatch', 'error'],
  ['date-in-period', 'warning'],
  ['duplicate-submission', 'error'],
  ['late-submission', 'warning'],
  ['leader-and-officer', 'error'],
  ['contact-format', 'error'],
  ['spokesperson', 'warning'],
  ['comms-plan', 'warning'],
  ['fanpage', 'warning'],
  ['fanpage-connected', 'warning'],
  ['channel-url', 'error'],
  ['topics-sum', 'warning'],
  ['feedback-consistency', 'error'],
  ['incident-reported', 'error'],
  ['incident-timely', 'warning'],
  ['incident-resolution', 'warning'],
  ['social-media-consistency', 'error'],
  ['social-media-briefing', 'warning'],
  ['empty-report', 'warning'],
  ['outlier', 'warning'],
  ['exemplary-model', 'info'],
  ['signature', 'error'],
];

/** Rules that are raised by the readers and the schema layer, not by a `check` of their own. */
const RAISED_ELSEWHERE = new Set(['schema', 'syntax', 'leading-zero', 'legacy-encoding', 'unknown-column']);

const FILE = 'bao-cao/THPT-DINHHOA.yaml';

function documentOf(submission: unknown, file = FILE) {
  return readYamlDocument(new TextEncoder().encode(stringify(submission)), { file, lang: 'vi', schema: SubmissionSchema });
}

function configWith(rules: Record<string, unknown>): Config {
  return ConfigSchema.parse({ ...testConfigInput, rules });
}

function validate(change: (s: Submission) => void, config: Config = testConfig, lang: 'vi' | 'en' = 'vi'): Finding[] {
  const submission = cleanSubmission();
  change(submission);
  const report = validateDocuments([documentOf(submission)], { config, roster: testRoster, target: null, lang });
  return report.files[0]!.findings;
}

describe('rule catalogue', () => {
  it('has the 25 ids of rules.md', () => {
    expect(CATALOGUE).toHaveLength(25);
    expect(new Set(CATALOGUE.map(([id]) => id)).size).toBe(25);
  });

  it.each(CATALOGUE)('registers %s with default severity %s', (id, severity) => {
    const rule = rulesById.get(id);
    expect(rule, `rule ${id} is not registered`).toBeDefined();
    expect(rule!.defaultSeverity).toBe(severity);
  });

  it('registers the rules in the order of rules.md (extensions may sit in between)', () => {
    const order = rules.map((r) => r.id).filter((id) => CATALOGUE.some(([c]) => c === id));
    expect(order).toEqual(CATALOGUE.map(([id]) => id));
  });

  it('has unique ids', () => {
    const ids = rules.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(rulesById.size).toBe(ids.length);
  });

  it('has a test file for every rule', () => {
    const files = new Set(readdirSync(fileURLToPath(new URL('.', import.meta.url))));
    const missing = rules.map((r) => r.id).filter((id) => !files.has(`${id}.test.ts`));
    expect(missing).toEqual([]);
  });

  it('gives every rule that checks submissions a check, and every other one a reader that raises it', () => {
    for (const rule of rules) {
      if (RAISED_ELSEWHERE.has(rule.id)) expect(rule.check ?? rule.checkSet, rule.id).toBeUndefined();
      else expect(rule.check ?? rule.checkSet, rule.id).toBeTypeOf('function');
    }
  });

  it('cites a source and lists the sections each rule reads', () => {
    for (const rule of rules) {
      expect(rule.source.trim(), rule.id).not.toBe('');
      for (const section of rule.needs) expect(Object.keys(SubmissionSchema.shape), rule.id).toContain(section);
    }
  });
});

describe('messages on the Excel form', () => {
  it('every message that names a field path, a key, true/false or a choice code has a form wording that does not', () => {
    const missing: string[] = [];
    for (const rule of rules) {
      for (const [id, message] of Object.entries(rule.messages)) {
        for (const lang of ['vi', 'en'] as const) {
          if (yamlWords(message[lang]).length === 0) continue;
          const form = (rule.formMessages as Record<string, { vi: string; en: string }> | undefined)?.[id];
          if (!form) missing.push(`${rule.id}.${id} (${lang}): ${yamlWords(message[lang]).join(', ')}`);
          else if (yamlWords(form[lang]).length > 0) missing.push(`${rule.id}.${id} form (${lang}): ${yamlWords(form[lang]).join(', ')}`);
        }
      }
    }
    expect(missing).toEqual([]);
  });

  it('form wordings exist only for messages of the rule, in both languages', () => {
    for (const rule of rules) {
      for (const [id, form] of Object.entries(rule.formMessages ?? {})) {
        expect(Object.keys(rule.messages), `${rule.id}.${id}`).toContain(id);
        expect(form?.vi, `${rule.id}.${id}`).toBeTruthy();
        expect(form?.en, `${rule.id}.${id}`).toBeTruthy();
      }
    }
  });

  it('the checker itself sees the YAML words it is meant to catch', () => {
    expect(yamlWords('Đơn vị chưa có kế hoạch (governance.comms_plan: false).')).toEqual(['governance.comms_plan', 'comms_plan', 'false']);
    expect(yamlWords('Thiếu mục «Tin, bài» (activities.portal_posts).')).toEqual(['activities.portal_posts', 'portal_posts']);
    expect(yamlWords('Chọn một trong: low, medium, high')).toContain('low');
    expect(yamlWords('ghi vào mục exemplary_models')).toEqual(['exemplary_models']);
    expect(yamlWords('Thêm mục contacts.spokesperson')).toEqual(['contacts.spokesperson']);
    expect(yamlWords('Ô «Có kế hoạch truyền thông» ghi Không; ví dụ https://www.facebook.com/a_b, ten@tenmien.vn, edu-comms.yaml')).toEqual([]);
  });
});

describe('the clean fixture through the real engine', () => {
  it('is accepted without a single finding from any rule', () => {
    const report = validateDocuments([documentOf(cleanSubmission())], { config: testConfig, roster: testRoster, target: null, lang: 'vi' });
    expect(report.files[0]!.findings).toEqual([]);
    expect(report.files[0]!.status).toBe('accepted');
    expect(report.summary).toMatchObject({ files: 1, accepted: 1, errors: 0, warnings: 0, infos: 0 });
  });

  it('stays clean when validated for its own period', () => {
    const report = validateDocuments([documentOf(cleanSubmission())], {
      config: testConfig,
      roster: testRoster,
      target: { kind: 'term', school_year: '2024-2025', term: 'HK1' },
      lang: 'en',
    });
    expect(report.files[0]!.findings).toEqual([]);
  });
});

/** A submission that breaks one rule of each kind at once. */
function broken(s: Submission): void {
  s.reported_at = '2024-12-20'; // late-submission (warning)
  s.governance.comms_plan = false; // comms-plan (warning)
  s.exemplary_models = []; // exemplary-model (info)
  delete s.contacts.officer; // leader-and-officer (error)
  delete s.channels[0]!.url; // channel-url (error), the field is missing: located at its parent
  delete s.incidents[0]!.reported_to_parent_at; // incident-reported (error)
}

const ruleIds = (findings: Finding[]) => findings.map((f) => `${f.rule}:${f.severity}`).sort();

describe('findings through the engine', () => {
  it('carry a location, a field path and a message for every rule', () => {
    const findings = validate(broken);
    expect(ruleIds(findings)).toEqual([
      'channel-url:error',
      'comms-plan:warning',
      'exemplary-model:info',
      'incident-reported:error',
      'late-submission:warning',
      'leader-and-officer:error',
    ]);
    for (const f of findings) {
      expect(f.file).toBe(FILE);
      expect(f.line, f.rule).toBeGreaterThan(0);
      expect(f.column, f.rule).toBeGreaterThan(0);
      expect(f.path, f.rule).toMatch(/^[a-z_]+/);
      expect(f.message, f.rule).not.toMatch(/\{\w+\}/);
      expect(f.hint, f.rule).toBeTruthy();
    }
    expect(findings.find((f) => f.rule === 'channel-url')!.path).toBe('channels[0].url');
    expect(findings.find((f) => f.rule === 'incident-reported')!.path).toBe('incidents[0].reported_to_parent_at');
    expect(findings.find((f) => f.rule === 'leader-and-officer')!.path).toBe('contacts.officer');
  });

  it('point at the line of the field', () => {
    const submission = cleanSubmission();
    submission.contacts.leader!.phone = '0912 345';
    const doc = documentOf(submission);
    const [finding] = validateDocuments([doc], { config: testConfig, roster: testRoster, target: null, lang: 'vi' }).files[0]!.findings;
    expect(finding!.rule).toBe('contact-format');
    expect(finding!.path).toBe('contacts.leader.phone');
    expect({ line: finding!.line, column: finding!.column }).toEqual(
      (({ line, column }) => ({ line, column }))(doc.locate(['contacts', 'leader', 'phone'])),
    );
    expect(finding!.message).toBe(
      'Số điện thoại «0912 345» của Lãnh đạo phụ trách truyền thông không đúng dạng số Việt Nam (10 số di động hoặc 11 số cố định, bắt đầu bằng 0 hoặc +84).',
    );
  });

  it('speak English with lang en', () => {
    const [finding] = validate((s) => (s.governance.comms_plan = false), testConfig, 'en');
    expect(finding!.message).toBe('The unit has no communication plan (governance.comms_plan: false).');
  });

  it('reject the file on an error and accept it with warnings only', () => {
    const run = (change: (s: Submission) => void) =>
      validateDocuments([documentOf((() => { const s = cleanSubmission(); change(s); return s; })())], {
        config: testConfig,
        roster: testRoster,
        target: null,
        lang: 'vi',
      }).files[0]!.status;
    expect(run((s) => (s.governance.comms_plan = false))).toBe('accepted');
    expect(run((s) => delete s.signed_by)).toBe('rejected');
  });
});

describe('severities and options from the config', () => {
  it('strict turns warnings into errors and leaves info and errors as they are', () => {
    const findings = validate(broken, configWith({ preset: 'strict' }));
    expect(ruleIds(findings)).toEqual([
      'channel-url:error',
      'comms-plan:error',
      'exemplary-model:info',
      'incident-reported:error',
      'late-submission:error',
      'leader-and-officer:error',
    ]);
  });

  it('a severity per rule overrides the preset; off removes the rule', () => {
    const findings = validate(
      broken,
      configWith({ preset: 'strict', severity: { 'comms-plan': 'off', 'exemplary-model': 'warning', 'channel-url': 'info', 'late-submission': 'off' } }),
    );
    expect(ruleIds(findings)).toEqual(['channel-url:info', 'exemplary-model:warning', 'incident-reported:error', 'leader-and-officer:error']);
  });

  it('every rule can be turned off', () => {
    const off = Object.fromEntries(rules.filter((r) => !RAISED_ELSEWHERE.has(r.id)).map((r) => [r.id, 'off']));
    expect(validate(broken, configWith({ severity: off }))).toEqual([]);
  });

  it('options reach the rule: incident-timely max_days', () => {
    const late = (s: Submission) => (s.incidents[0]!.reported_to_parent_at = '2024-10-08');
    expect(validate(late).map((f) => f.rule)).toEqual(['incident-timely']);
    expect(validate(late, configWith({ options: { 'incident-timely': { max_days: 3 } } }))).toEqual([]);
  });

  it('options reach the rule: outlier maxima merge over the defaults', () => {
    const config = configWith({ options: { outlier: { max: { 'activities.events': 0 } } } });
    const findings = validate((s) => (s.activities.portal_posts = 2001), config);
    expect(findings.map((f) => f.path).sort()).toEqual(['activities.events', 'activities.portal_posts']);
  });
});
