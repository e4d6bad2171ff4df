import rule from '../../src/rules/spokesperson.js';
import { testRule } from './rule-tester.js';

testRule(rule, {
  valid: [
    { name: 'clean submission' },
    { name: 'a spokesperson other than the head', change: (s) => (s.contacts.spokesperson = { name: 'Lê Thị Cúc', position: 'Phó Hiệu trưởng' }) },
  ],
  invalid: [
    {
      name: 'no spokesperson',
      change: (s) => delete s.contacts.spokesperson,
      errors: [{ messageId: 'noSpokesperson', path: 'contacts.spokesperson', hintId: 'noSpokespersonHint', target: 'key' }],
    },
    {
      name: 'a spokesperson entry without a name (the summary does not count it either)',
      change: (s) => (s.contacts.spokesperson = { position: 'Hiệu trưởng' }),
      errors: [{ messageId: 'noSpokespersonName', path: 'contacts.spokesperson', hintId: 'noSpokespersonNameHint', target: 'key' }],
    },
    {
      name: 'a spokesperson whose name has no letter',
      change: (s) => (s.contacts.spokesperson = { name: '---', position: 'Hiệu trưởng' }),
      errors: [{ messageId: 'noSpokespersonName', path: 'contacts.spokesperson.name', hintId: 'noSpokespersonNameHint', target: 'value' }],
    },
    {
      name: 'no spokesperson regulation',
      change: (s) => (s.governance.spokesperson_regulation = false),
      errors: [{ messageId: 'noRegulation', path: 'governance.spokesperson_regulation', hintId: 'noRegulationHint', target: 'value' }],
    },
    {
      name: 'neither, two findings with their own messages',
      change: (s) => (delete s.contacts.spokesperson, (s.governance.spokesperson_regulation = false)),
      errors: [
        { messageId: 'noSpokesperson', path: 'contacts.spokesperson' },
        { messageId: 'noRegulation', path: 'governance.spokesperson_regulation' },
      ],
    },
    {
      name: 'no contacts section content at all',
      change: (s) => (s.contacts = {}),
      errors: [{ messageId: 'noSpokesperson', path: 'contacts.spokesperson' }],
    },
  ],
});
