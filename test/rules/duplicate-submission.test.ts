import rule from '../../src/rules/duplicate-submission.js';
import { testRule } from './rule-tester.js';

testRule(rule, {
  valid: [
    { name: 'one file', set: [() => {}] },
    { name: 'two units', set: [() => {}, (s) => (s.unit.code = 'TH-BINHYEN')] },
    { name: 'same unit, two terms', set: [() => {}, (s) => (s.period = { school_year: '2024-2025', term: 'HK2' })] },
    {
      name: 'a byte-identical copy already folded by duplicate-copy is one report, not a clash',
      set: [() => {}, () => {}],
      files: [{ name: 'x.xlsx', content: 'aaaa' }, { name: 'x (1).xlsx', content: 'aaaa', copyOf: 'x.xlsx' }],
    },
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
      name: 'two files with different contents: both named, whatever copies sit beside them',
      set: [() => {}, () => {}, () => {}],
      files: [{ name: 'ban-1.yaml', content: 'aaaa' }, { name: 'ban-1 (1).yaml', content: 'aaaa', copyOf: 'ban-1.yaml' }, { name: 'ban-2.yaml', content: 'bbbb' }],
      errors: [
        { messageId: 'duplicate', path: 'unit.code', file: 0, data: { others: 'ban-2.yaml' } },
        { messageId: 'duplicate', path: 'unit.code', file: 2, data: { others: 'ban-1.yaml' } },
      ],
    },
    {
      name: 'three copies of a monthly report',
      set: [(s) => (s.period = { month: '2024-10' }), (s) => (s.period = { month: '2024-10' }), (s) => (s.period = { month: '2024-10' })],
      errors: [0, 1, 2].map((file) => ({ messageId: 'duplicate', path: 'unit.code', file })),
    },
  ],
});
