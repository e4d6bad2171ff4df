import { expect } from 'vitest';
import rule from '../../src/rules/exemplary-model.js';
import { testRule } from './rule-tester.js';

testRule(rule, {
  valid: [
    { name: 'clean submission (HK1 with a model)' },
    { name: 'a monthly report without a model', change: (s) => ((s.period = { month: '2024-10' }), (s.exemplary_models = [])) },
    { name: 'a quarterly report without a model', change: (s) => ((s.period = { quarter: '2024-Q4' }), (s.exemplary_models = [])) },
    { name: 'a model without a link', change: (s) => (s.exemplary_models = [{ title: 'Mô hình “Cổng trường an toàn giao thông”' }]) },
  ],
  invalid: [
    {
      name: 'HK1 without a model',
      change: (s) => (s.exemplary_models = []),
      errors: [{ messageId: 'none', path: 'exemplary_models', hintId: 'hint', target: 'key', data: { period: expect.objectContaining({ vi: 'học kỳ I năm học 2024-2025' }) } }],
    },
    {
      name: 'HK2 without a model',
      change: (s) => ((s.period = { school_year: '2024-2025', term: 'HK2' }), (s.exemplary_models = [])),
      errors: [{ messageId: 'none', path: 'exemplary_models' }],
    },
    {
      name: 'school year without a model',
      change: (s) => ((s.period = { school_year: '2024-2025', term: 'CN' }), (s.exemplary_models = [])),
      errors: [{ messageId: 'none', path: 'exemplary_models', data: { period: expect.objectContaining({ vi: 'năm học 2024-2025' }) } }],
    },
  ],
});
