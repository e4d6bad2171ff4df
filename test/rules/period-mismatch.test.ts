import rule from '../../src/rules/period-mismatch.js';
import { testRule } from './rule-tester.js';

testRule(rule, {
  valid: [
    { name: 'no period being validated' },
    { name: 'same term', target: { kind: 'term', school_year: '2024-2025', term: 'HK1' } },
    { name: 'same month', change: (s) => (s.period = { month: '2024-10' }), target: { kind: 'month', month: '2024-10' } },
  ],
  invalid: [
    {
      name: 'other term',
      target: { kind: 'term', school_year: '2024-2025', term: 'HK2' },
      errors: [{ messageId: 'mismatch', path: 'period' }],
    },
    {
      name: 'other school year',
      target: { kind: 'term', school_year: '2025-2026', term: 'HK1' },
      errors: [{ messageId: 'mismatch', path: 'period' }],
    },
    {
      name: 'a month when a quarter is validated',
      change: (s) => (s.period = { month: '2024-10' }),
      target: { kind: 'quarter', quarter: '2024-Q4' },
      errors: [{ messageId: 'mismatch', path: 'period' }],
    },
  ],
});
