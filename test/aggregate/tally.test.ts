/**
 * The per-submission tally: who counts in the rates, and that the summary counts a person as named exactly when the
 * rules do not report them as unnamed (one name check, contract/submission.ts).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tallySlot } from '../../src/aggregate/tally.js';
import type { Submission } from '../../src/contract/submission.js';
import leaderAndOfficer from '../../src/rules/leader-and-officer.js';
import spokespersonRule from '../../src/rules/spokesperson.js';
import type { Report, Rule } from '../../src/rules/types.js';
import { cleanSubmission, testRoster } from '../fixtures/submission.js';

/** The message ids a rule reports on a submission. */
function reported(rule: Rule, submission: Submission): string[] {
  const out: string[] = [];
  rule.check?.({ submission, period: null, target: null, acceptedPeriods: [], roster: testRoster, options: rule.defaultOptions ?? {}, report: (r: Report) => out.push(r.messageId) });
  return out;
}

const rate = (s: Submission, key: 'leader_and_officer' | 'spokesperson') => tallySlot('on_time', s).rates[key];

describe('rate leader_and_officer', () => {
  it('counts a unit only when both the leader and the officer are named', () => {
    expect(rate(cleanSubmission(), 'leader_and_officer')).toEqual({ num: 1, den: 1 });
    const noOfficer = cleanSubmission();
    delete noOfficer.contacts.officer;
    expect(rate(noOfficer, 'leader_and_officer')).toEqual({ num: 0, den: 1 });
    const noLeader = cleanSubmission();
    delete noLeader.contacts.leader;
    expect(rate(noLeader, 'leader_and_officer')).toEqual({ num: 0, den: 1 });
    const unnamedOfficer = cleanSubmission();
    unnamedOfficer.contacts.officer = { position: 'Giáo viên' };
    expect(rate(unnamedOfficer, 'leader_and_officer')).toEqual({ num: 0, den: 1 });
  });
});

describe('the summary and the rules agree on who is named', () => {
  // names as clerks type them: real names, blanks, dashes and dots typed to get past a cell, digits, nothing at all
  const nameArb = fc.oneof(
    fc.constantFrom(undefined, '', '   ', '---', '—', '...', '0', '123', 'Lê Thị Cúc', 'An', ' Đ '),
    fc.string({ unit: fc.constantFrom('a', 'Đ', 'ư', ' ', '-', '.', '0', '—', '\t'), maxLength: 6 }),
  );
  const withName = (name: string | undefined) => (name === undefined ? { position: 'Hiệu trưởng' } : { name, position: 'Hiệu trưởng' });

  it('a spokesperson without letters in the name: a finding from the rule, and 0 % in the summary', () => {
    const s = cleanSubmission();
    s.contacts.spokesperson = withName('---');
    expect(reported(spokespersonRule, s)).toContain('noSpokespersonName');
    expect(rate(s, 'spokesperson')).toEqual({ num: 0, den: 1 });
  });

  it('spokesperson: counted in the summary exactly when the rule reports no missing name', () => {
    fc.assert(
      fc.property(nameArb, (name) => {
        const s = cleanSubmission();
        s.contacts.spokesperson = withName(name);
        const flagged = reported(spokespersonRule, s).some((id) => id === 'noSpokesperson' || id === 'noSpokespersonName');
        expect(rate(s, 'spokesperson').num).toBe(flagged ? 0 : 1);
      }),
    );
  });

  it('leader and officer: counted exactly when the rule reports neither as missing or unnamed', () => {
    fc.assert(
      fc.property(nameArb, nameArb, (leader, officer) => {
        const s = cleanSubmission();
        s.contacts.leader = withName(leader);
        s.contacts.officer = withName(officer);
        expect(rate(s, 'leader_and_officer').num).toBe(reported(leaderAndOfficer, s).length > 0 ? 0 : 1);
      }),
    );
  });
});
