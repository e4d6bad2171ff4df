import rule from '../../src/rules/unit-known.js';
import { testRule } from './rule-tester.js';

testRule(rule, {
  valid: [
    { name: 'unit and parent as in the roster' },
    { name: 'parent left out', change: (s) => delete s.unit.parent },
    {
      name: 'a school three levels down',
      change: (s) => (s.unit = { code: 'TH-BINHYEN', name: 'Trường TH Bình Yên', level: 'TH', parent: 'PGD-DINHHOA' }),
    },
  ],
  invalid: [
    { name: 'unknown code', change: (s) => (s.unit.code = 'THPT-KHONGCO'), errors: [{ messageId: 'unknown', path: 'unit.code', hintId: 'unknownHint' }] },
    {
      name: 'a code written in lower case without its hyphen gets the roster code as hint',
      change: (s) => (s.unit.code = 'thptdinhhoa'),
      errors: [{ messageId: 'unknown', path: 'unit.code', hintId: 'closeHint', data: { close: 'THPT-DINHHOA' } }],
    },
    { name: 'wrong parent', change: (s) => (s.unit.parent = 'PGD-DINHHOA'), errors: [{ messageId: 'parent', path: 'unit.parent' }] },
  ],
});
