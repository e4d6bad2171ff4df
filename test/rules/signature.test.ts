import rule from '../../src/rules/signature.js';
import { testRule } from './rule-tester.js';

testRule(rule, {
  valid: [
    { name: 'clean submission' },
    { name: 'signed on behalf of the head (KT.)', change: (s) => (s.signed_by = { name: 'Lê Thị Cúc', title: 'KT. HIỆU TRƯỞNG / PHÓ HIỆU TRƯỞNG' }) },
  ],
  invalid: [
    { name: 'no signature block', change: (s) => delete s.signed_by, errors: [{ messageId: 'missing', path: 'signed_by', hintId: 'missingHint', target: 'key' }] },
    {
      name: 'a title but no name',
      change: (s) => (s.signed_by = { title: 'HIỆU TRƯỞNG' }),
      errors: [{ messageId: 'noName', path: 'signed_by.name', hintId: 'noNameHint', data: { title: 'HIỆU TRƯỞNG' } }],
    },
    { name: 'a placeholder for a name', change: (s) => (s.signed_by!.name = '...'), errors: [{ messageId: 'notAName', path: 'signed_by.name' }] },
    { name: 'a dash for a name', change: (s) => (s.signed_by!.name = '—'), errors: [{ messageId: 'notAName', path: 'signed_by.name', data: { name: '—' } }] },
  ],
});
