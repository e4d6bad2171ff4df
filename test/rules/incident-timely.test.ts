import rule from '../../src/rules/incident-timely.js';
import { testRule } from './rule-tester.js';
import type { Submission } from '../../src/contract/submission.js';

const dates = (date: string, reported: string) => (s: Submission) => {
  s.incidents[0]!.date = date;
  s.incidents[0]!.reported_to_parent_at = reported;
};

testRule(rule, {
  valid: [
    { name: 'clean submission: reported the same day' },
    { name: 'exactly one day later (the default max_days)', change: dates('2024-10-05', '2024-10-06') },
    { name: 'over a month boundary, one day', change: dates('2024-10-31', '2024-11-01') },
    { name: 'over a year boundary, one day', change: dates('2024-12-31', '2025-01-01') },
    { name: 'exactly max_days = 3 later', change: dates('2024-10-05', '2024-10-08'), options: { max_days: 3 } },
    { name: 'not reported at all (incident-reported’s business)', change: (s) => delete s.incidents[0]!.reported_to_parent_at },
    { name: 'a broken max_days in the config falls back to 1', change: dates('2024-10-05', '2024-10-06'), options: { max_days: 'một' } },
    { name: 'no incidents', change: (s) => (s.incidents = []) },
  ],
  invalid: [
    {
      name: 'two days later',
      change: dates('2024-10-05', '2024-10-07'),
      errors: [{ messageId: 'late', path: 'incidents[0].reported_to_parent_at', hintId: 'lateHint', data: { days: 2, max: 1, date: '05/10/2024', reported: '07/10/2024' } }],
    },
    {
      name: 'one day before it was detected',
      change: dates('2024-10-05', '2024-10-04'),
      errors: [{ messageId: 'before', path: 'incidents[0].reported_to_parent_at', hintId: 'beforeHint' }],
    },
    { name: 'over a month boundary, two days', change: dates('2024-10-31', '2024-11-02'), errors: [{ messageId: 'late', path: 'incidents[0].reported_to_parent_at', data: { days: 2 } }] },
    {
      name: 'max_days = 0: the next day is late',
      change: dates('2024-10-05', '2024-10-06'),
      options: { max_days: 0 },
      errors: [{ messageId: 'late', path: 'incidents[0].reported_to_parent_at', data: { days: 1, max: 0 } }],
    },
    { name: 'max_days = 3: four days is late', change: dates('2024-10-05', '2024-10-09'), options: { max_days: 3 }, errors: [{ messageId: 'late', path: 'incidents[0].reported_to_parent_at' }] },
    {
      name: 'the second incident late, the first on time',
      change: (s) => s.incidents.push({ ...s.incidents[0]!, date: '2024-11-10', reported_to_parent_at: '2024-11-25' }),
      errors: [{ messageId: 'late', path: 'incidents[1].reported_to_parent_at', data: { days: 15 } }],
    },
  ],
});
