import rule from '../../src/rules/fanpage-connected.js';
import { testRule } from './rule-tester.js';

testRule(rule, {
  valid: [
    { name: 'clean submission' },
    { name: 'a website not connected (only fanpages are checked)', change: (s) => (s.channels[0]!.connected_to_parent = false) },
    { name: 'no channels', change: (s) => (s.channels = []) },
    {
      name: 'the top unit has no parent page to connect to',
      change: (s) => {
        s.unit = { code: 'SGD-TEST', name: 'Sở GD&ĐT', level: 'OFFICE' };
        s.channels[1]!.connected_to_parent = false;
      },
    },
  ],
  invalid: [
    {
      name: 'fanpage not connected',
      change: (s) => (s.channels[1]!.connected_to_parent = false),
      errors: [{ messageId: 'notConnected', path: 'channels[1].connected_to_parent', hintId: 'hint', data: { parent: 'Sở GD&ĐT', name: 'Trường THPT Định Hóa' } }],
    },
    {
      name: 'a TH school’s fanpage not connected to its office',
      change: (s) => {
        s.unit = { code: 'TH-BINHYEN', name: 'Trường TH Bình Yên', level: 'TH', parent: 'PGD-DINHHOA' };
        s.channels[1]!.connected_to_parent = false;
      },
      errors: [{ messageId: 'notConnected', path: 'channels[1].connected_to_parent', data: { parent: 'Phòng GD&ĐT Định Hóa' } }],
    },
    {
      name: 'parent left out of the submission: the roster’s parent is used',
      change: (s) => (delete s.unit.parent, (s.channels[1]!.connected_to_parent = false)),
      errors: [{ messageId: 'notConnected', path: 'channels[1].connected_to_parent' }],
    },
    {
      name: 'parent not in the roster: named by its code',
      change: (s) => ((s.unit.parent = 'PGD-KHAC'), (s.channels[1]!.connected_to_parent = false)),
      errors: [{ messageId: 'notConnected', path: 'channels[1].connected_to_parent', data: { parent: 'PGD-KHAC' } }],
    },
    {
      name: 'two fanpages, neither connected',
      change: (s) => {
        s.channels[1]!.connected_to_parent = false;
        s.channels.unshift({ type: 'fanpage', url: 'https://facebook.com/doan', managed_by_leader: true, connected_to_parent: false, posts: 3 });
      },
      errors: [
        { messageId: 'notConnected', path: 'channels[0].connected_to_parent', data: { name: 'https://facebook.com/doan' } },
        { messageId: 'notConnected', path: 'channels[2].connected_to_parent' },
      ],
    },
  ],
});
