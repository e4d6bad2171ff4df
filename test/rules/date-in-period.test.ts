import rule from '../../src/rules/date-in-period.js';
import { withMonthlyDeadline } from './configs.js';
import { testRule } from './rule-tester.js';
import type { Submission } from '../../src/contract/submission.js';

/** October 2024 as a monthly report, with the fixture's November commendation dated in October. */
const october = (s: Submission) => {
  s.period = { month: '2024-10' };
  s.commendations[0]!.date = '2024-10-20';
};

testRule(rule, {
  valid: [
    { name: 'clean submission (HK1 2024-2025: 05/09/2024 – 18/01/2025)' },
    { name: 'incident on the first day of the term', change: (s) => (s.incidents[0]!.date = '2024-09-05') },
    {
      name: 'incident on the last day of the term (reported the next day, in the next term)',
      change: (s) => {
        s.incidents[0]!.date = '2025-01-18';
        s.incidents[0]!.reported_to_parent_at = '2025-01-19';
      },
    },
    { name: 'commendation without a date', change: (s) => delete s.commendations[0]!.date },
    { name: 'no incidents, no commendations', change: (s) => ((s.incidents = []), (s.commendations = [])) },
    { name: 'reported on the first day of the term', change: (s) => (s.reported_at = '2024-09-05') },
    { name: 'reported on the last day of the term, after the deadline (late-submission, not this rule)', change: (s) => (s.reported_at = '2025-01-18') },
    { name: 'HK2 reported on its last day', change: (s) => ((s.period = { school_year: '2024-2025', term: 'HK2' }), (s.incidents = []), (s.commendations = []), (s.reported_at = '2025-05-31')) },
    { name: 'monthly report written after the month, within 31 days', change: (s) => (october(s), (s.reported_at = '2024-12-01')) },
    { name: 'monthly report written on its last day', change: (s) => (october(s), (s.reported_at = '2024-10-31')) },
    {
      name: 'monthly report up to its deadline when that is later than the grace',
      change: (s) => (october(s), (s.reported_at = '2024-11-10')),
      config: withMonthlyDeadline(10),
      options: { report_grace_days: 0 },
    },
    {
      name: 'quarterly report written in the following month',
      change: (s) => ((s.period = { quarter: '2024-Q4' }), (s.reported_at = '2025-01-08')),
    },
  ],
  invalid: [
    {
      name: 'incident before the term began',
      change: (s) => (s.incidents[0]!.date = '2024-09-04'),
      errors: [{ messageId: 'incident', path: 'incidents[0].date', hintId: 'hint', data: { date: '04/09/2024', start: '05/09/2024' } }],
    },
    {
      name: 'incident after the term ended',
      change: (s) => (s.incidents[0]!.date = '2025-01-19'),
      errors: [{ messageId: 'incident', path: 'incidents[0].date' }],
    },
    {
      name: 'second incident from last school year',
      change: (s) => s.incidents.push({ ...s.incidents[0]!, date: '2023-10-05' }),
      errors: [{ messageId: 'incident', path: 'incidents[1].date' }],
    },
    {
      name: 'commendation of another period',
      change: (s) => (s.commendations[0]!.date = '2024-05-20'),
      errors: [{ messageId: 'commendation', path: 'commendations[0].date', data: { recipient: 'Tổ Văn' } }],
    },
    {
      name: 'report dated a year early (typo in the year)',
      change: (s) => (s.reported_at = '2023-12-10'),
      errors: [{ messageId: 'reportedBefore', path: 'reported_at', hintId: 'reportedHint' }],
    },
    {
      name: 'report dated the day before the term began',
      change: (s) => (s.reported_at = '2024-09-04'),
      errors: [{ messageId: 'reportedBefore', path: 'reported_at' }],
    },
    {
      name: 'term report dated after the term ended',
      change: (s) => (s.reported_at = '2025-01-19'),
      errors: [{ messageId: 'reportedAfter', path: 'reported_at', data: { latest: '18/01/2025' } }],
    },
    {
      name: 'monthly report dated more than 31 days after the month',
      change: (s) => (october(s), (s.reported_at = '2024-12-02')),
      errors: [{ messageId: 'reportedAfter', path: 'reported_at', data: { latest: '01/12/2024' } }],
    },
    {
      name: 'monthly report the day after the month with no grace configured',
      change: (s) => (october(s), (s.reported_at = '2024-11-01')),
      options: { report_grace_days: 0 },
      errors: [{ messageId: 'reportedAfter', path: 'reported_at' }],
    },
    {
      name: 'monthly report for November with an October incident (the November commendation is fine)',
      change: (s) => ((s.period = { month: '2024-11' }), (s.reported_at = '2024-11-30')),
      errors: [{ messageId: 'incident', path: 'incidents[0].date', data: { start: '01/11/2024', end: '30/11/2024' } }],
    },
    {
      name: 'everything at once',
      change: (s) => {
        s.incidents[0]!.date = '2024-08-30';
        s.commendations[0]!.date = '2025-02-01';
        s.reported_at = '2025-03-01';
      },
      errors: [
        { messageId: 'incident', path: 'incidents[0].date' },
        { messageId: 'commendation', path: 'commendations[0].date' },
        { messageId: 'reportedAfter', path: 'reported_at' },
      ],
    },
  ],
});
