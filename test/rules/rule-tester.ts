/**
 * A rule tester in the manner of ESLint's RuleTester: each rule lists submissions it accepts (`valid`) and submissions
 * it reports, with the expected message ids and field paths (`invalid`). Rules are called directly with a context,
 * so a rule test fails when the rule is removed or its logic changes.
 */
import { describe, expect, it } from 'vitest';
import type { Config } from '../../src/contract/config.js';
import { periodRef, resolvePeriod, type PeriodRef } from '../../src/contract/period.js';
import type { Roster } from '../../src/contract/roster.js';
import type { Submission } from '../../src/contract/submission.js';
import { formatPath } from '../../src/contract/walk.js';
import { LANGS, pick, type MessageData } from '../../src/i18n/index.js';
import type { Report, Rule, SetEntry } from '../../src/rules/types.js';
import { cleanSubmission, testConfig, testRoster } from '../fixtures/submission.js';

export interface RuleCase {
  name: string;
  /** Change the clean submission; the default is the clean submission itself. */
  change?: (s: Submission) => void;
  /** Several submissions (set rules); each is changed from the clean one. */
  set?: Array<(s: Submission) => void>;
  /**
   * How the set's files look to a set rule, by index: the file name (default `file-<i>.yaml`), the hash of its bytes
   * (default: none known, as for the rows of a responses sheet) and what an earlier set rule marked it a copy of.
   */
  files?: Array<{ name?: string; content?: string; copyOf?: string }>;
  /** The copies the set rule must mark (index → kept file name); none when not given. */
  copies?: Record<number, string>;
  target?: PeriodRef | null;
  options?: Record<string, unknown>;
  config?: Config;
  roster?: Roster;
}

export interface ExpectedError {
  messageId: string;
  path: string;
  file?: number;
  /** When given, the report's hint must be this message id. */
  hintId?: string;
  /** When given, the report's message data must contain these values. */
  data?: MessageData;
  /** When given, the report must (or must not) point at the key. */
  target?: 'value' | 'key';
}

export interface InvalidCase extends RuleCase {
  errors: ExpectedError[];
}

interface Collected {
  messageId: string;
  path: string;
  file: number;
  hintId: string | undefined;
  data: MessageData;
  target: 'value' | 'key';
}

const PLACEHOLDER = /\{\w+\}/;

function run(rule: Rule, c: RuleCase): Collected[] {
  const reports: Collected[] = [];
  const copies: Record<number, string> = {};
  const config = c.config ?? testConfig;
  const options = { ...(rule.defaultOptions ?? {}), ...(c.options ?? {}) };
  const changes = c.set ?? [c.change ?? (() => {})];
  const submissions = changes.map((change) => {
    const s = cleanSubmission();
    change(s);
    return s;
  });
  const collect = (file: number) => (r: Report) => {
    expect(rule.messages, `rule ${rule.id} has no message ${r.messageId}`).toHaveProperty(r.messageId);
    if (r.hintId) expect(rule.messages).toHaveProperty(r.hintId);
    // every placeholder of the message and the hint is filled, in both languages
    for (const id of [r.messageId, r.hintId]) {
      if (!id) continue;
      for (const lang of LANGS) {
        const text = pick(rule.messages[id]!, lang, r.data);
        expect(text, `${rule.id}.${id} (${lang}) has an unfilled placeholder`).not.toMatch(PLACEHOLDER);
      }
    }
    reports.push({ messageId: r.messageId, path: formatPath(r.path), file, hintId: r.hintId, data: r.data ?? {}, target: r.target ?? 'value' });
  };
  submissions.forEach((submission, i) => {
    const ref = periodRef(submission.period);
    rule.check?.({
      submission,
      period: ref ? resolvePeriod(ref, config.calendar) : null,
      target: c.target ?? null,
      acceptedPeriods: [],
      roster: c.roster ?? testRoster,
      options,
      report: collect(i),
    });
  });
  if (rule.checkSet) {
    const entries: SetEntry[] = submissions.map((submission, i) => ({
      file: c.files?.[i]?.name ?? `file-${i}.yaml`,
      submission,
      content: c.files?.[i]?.content ?? '',
      copyOf: c.files?.[i]?.copyOf ?? null,
      report: collect(i),
      markCopyOf: (kept) => {
        copies[i] = kept;
      },
    }));
    rule.checkSet(entries, { target: c.target ?? null, options });
  }
  expect(copies, `copies marked by ${rule.id}`).toEqual(c.copies ?? {});
  return reports;
}

export function testRule(rule: Rule, cases: { valid: RuleCase[]; invalid: InvalidCase[] }): void {
  describe(`rule ${rule.id}`, () => {
    it('has an id, a severity, a source and messages in both languages', () => {
      expect(rule.id).toMatch(/^[a-z]+(-[a-z]+)*$/);
      expect(['error', 'warning', 'info']).toContain(rule.defaultSeverity);
      expect(rule.source.length).toBeGreaterThan(0);
      for (const text of [rule.description, ...Object.values(rule.messages)] as Array<{ vi: string; en: string }>) {
        expect(text.vi.trim().length).toBeGreaterThan(0);
        expect(text.en.trim().length).toBeGreaterThan(0);
      }
    });
    expect(cases.valid.length + cases.invalid.length).toBeGreaterThan(0);
    for (const c of cases.valid) {
      it(`valid: ${c.name}`, () => {
        expect(run(rule, c)).toEqual([]);
      });
    }
    for (const c of cases.invalid) {
      it(`invalid: ${c.name}`, () => {
        const sortKey = (r: { messageId: string; path: string; file?: number }) => `${r.file ?? 0}|${r.path}|${r.messageId}`;
        const byKey = (a: { messageId: string; path: string; file?: number }, b: { messageId: string; path: string; file?: number }) =>
          sortKey(a).localeCompare(sortKey(b));
        const actual = run(rule, c).sort(byKey);
        const expected = [...c.errors].sort(byKey);
        expect(actual.map((r) => ({ messageId: r.messageId, path: r.path, file: r.file }))).toEqual(
          expected.map((e) => ({ messageId: e.messageId, path: e.path, file: e.file ?? 0 })),
        );
        expected.forEach((e, i) => {
          const r = actual[i]!;
          if (e.hintId !== undefined) expect(r.hintId, `hint of ${e.path}`).toBe(e.hintId);
          if (e.data !== undefined) expect(r.data, `data of ${e.path}`).toMatchObject(e.data);
          if (e.target !== undefined) expect(r.target, `target of ${e.path}`).toBe(e.target);
        });
      });
    }
  });
}
