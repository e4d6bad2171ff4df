import rule from '../../src/rules/leader-and-officer.js';
import { testRule } from './rule-tester.js';

testRule(rule, {
  valid: [
    { name: 'clean submission' },
    { name: 'leader without phone or e-mail', change: (s) => (s.contacts.leader = { name: 'Nguyễn Văn An', position: 'Hiệu trưởng' }) },
    { name: 'a one-word name', change: (s) => (s.contacts.officer!.name = 'Hoa') },
    { name: 'no spokesperson (rule spokesperson, not this one)', change: (s) => delete s.contacts.spokesperson },
  ],
  invalid: [
    {
      name: 'no leader',
      change: (s) => delete s.contacts.leader,
      errors: [{ messageId: 'missing', path: 'contacts.leader', hintId: 'missingHint', target: 'key', data: { role: 'leader' } }],
    },
    { name: 'no officer', change: (s) => delete s.contacts.officer, errors: [{ messageId: 'missing', path: 'contacts.officer', target: 'key' }] },
    {
      name: 'neither',
      change: (s) => (s.contacts = {}),
      errors: [
        { messageId: 'missing', path: 'contacts.leader' },
        { messageId: 'missing', path: 'contacts.officer' },
      ],
    },
    {
      name: 'leader without a name',
      change: (s) => delete s.contacts.leader!.name,
      errors: [{ messageId: 'noName', path: 'contacts.leader.name', hintId: 'noNameHint' }],
    },
    {
      name: 'officer named "..."',
      change: (s) => (s.contacts.officer!.name = '...'),
      errors: [{ messageId: 'notAName', path: 'contacts.officer.name', data: { name: '...' } }],
    },
    { name: 'officer named "0"', change: (s) => (s.contacts.officer!.name = '0'), errors: [{ messageId: 'notAName', path: 'contacts.officer.name' }] },
    {
      name: 'no leader and an officer named "-"',
      change: (s) => (delete s.contacts.leader, (s.contacts.officer!.name = '-')),
      errors: [
        { messageId: 'missing', path: 'contacts.leader' },
        { messageId: 'notAName', path: 'contacts.officer.name' },
      ],
    },
  ],
});
