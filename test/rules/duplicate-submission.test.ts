import rule from '../../src/rules/duplicate-submission.js';
import { testRule } from './rule-tester.js';

testRule(rule, {
  valid: [
    { name: 'one file', set: [() => {}] },
    { name: 'two units', set: [() => {}, (s) => (s.unit.code = 'TH-BINHYEN')] },
    { name: 'same unit, two terms', set: [() => {}, (s) => (s.period = { school_year: '2024-2025', term: 'HK2' })] },
  ],
  invalid: [
    {
      name: 'same unit and period twice: both files are named',
      set: [() => {}, () => {}],
      errors: [
        { messageId: 'duplicate', path: 'unit.code', file: 0 },
        { messageId: 'duplicate', path: 'unit.code', file: 1 },
      ],
    },
    {
      name: 'three copies of a monthly report',
      set: [(s) => (s.period = { month: '2024-10' }), (s) => (s.period = { month: '2024-10' }), (s) => (s.period = { month: '2024-10' })],
      errors: [0, 1, 2].map((file) => ({ messageId: 'duplicate', path: 'unit.code', file })),
    },
  ],
});
