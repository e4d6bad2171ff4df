import rule from '../../src/rules/late-submission.js';
import { withMonthlyDeadline, withoutDeadlines } from './configs.js';
import { testRule } from './rule-tester.js';

testRule(rule, {
  valid: [
    { name: 'clean submission (10/12, deadline 15/12)' },
    { name: 'exactly on the deadline', change: (s) => (s.reported_at = '2024-12-15') },
    { name: 'HK2 on its deadline', change: (s) => ((s.period = { school_year: '2024-2025', term: 'HK2' }), (s.reported_at = '2025-05-15')) },
    { name: 'no deadline in the calendar', change: (s) => (s.reported_at = '2025-01-10'), config: withoutDeadlines() },
    { name: 'a school year missing from the calendar has no deadline', change: (s) => ((s.period = { school_year: '2025-2026', term: 'HK1' }), (s.reported_at = '2026-01-10')) },
    { name: 'monthly report without monthly_deadline_day', change: (s) => ((s.period = { month: '2024-10' }), (s.reported_at = '2024-12-20')) },
    { name: 'monthly report on its deadline', change: (s) => ((s.period = { month: '2024-10' }), (s.reported_at = '2024-11-10')), config: withMonthlyDeadline(10) },
  ],
  invalid: [
    {
      name: 'one day after the HK1 deadline',
      change: (s) => (s.reported_at = '2024-12-16'),
      errors: [{ messageId: 'late', path: 'reported_at', hintId: 'hint', data: { days: 1, deadline: '15/12/2024', date: '16/12/2024' } }],
    },
    {
      name: 'HK2 a week late',
      change: (s) => ((s.period = { school_year: '2024-2025', term: 'HK2' }), (s.reported_at = '2025-05-22')),
      errors: [{ messageId: 'late', path: 'reported_at', data: { days: 7 } }],
    },
    {
      name: 'school-year report after the HK2 deadline',
      change: (s) => ((s.period = { school_year: '2024-2025', term: 'CN' }), (s.reported_at = '2025-05-20')),
      errors: [{ messageId: 'late', path: 'reported_at', data: { deadline: '15/05/2025' } }],
    },
    {
      name: 'October report after 10 November',
      change: (s) => ((s.period = { month: '2024-10' }), (s.reported_at = '2024-11-11')),
      config: withMonthlyDeadline(10),
      errors: [{ messageId: 'late', path: 'reported_at', data: { deadline: '10/11/2024' } }],
    },
    {
      name: 'December report: the deadline is in January of the next year',
      change: (s) => ((s.period = { month: '2024-12' }), (s.reported_at = '2025-01-06')),
      config: withMonthlyDeadline(5),
      errors: [{ messageId: 'late', path: 'reported_at', data: { days: 1, deadline: '05/01/2025' } }],
    },
  ],
});
