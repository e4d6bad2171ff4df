import type { Level, Submission } from '../../src/contract/submission.js';
import rule from '../../src/rules/fanpage.js';
import { testRule } from './rule-tester.js';

const asLevel = (level: Level) => (s: Submission) => (s.unit.level = level);
const noFanpage = (s: Submission) => (s.channels = s.channels.filter((c) => c.type !== 'fanpage'));

testRule(rule, {
  valid: [
    { name: 'clean submission: THPT with a fanpage managed by the leader' },
    { name: 'TH school without a fanpage (only guided by its office)', change: (s) => (asLevel('TH')(s), (s.channels = [])) },
    { name: 'MN school without channels', change: (s) => (asLevel('MN')(s), (s.channels = [])) },
    { name: 'THCS school with a fanpage not managed by the leader (not bound by §4)', change: (s) => (asLevel('THCS')(s), (s.channels[1]!.managed_by_leader = false)) },
    { name: 'TH-THCS school without a fanpage', change: (s) => (asLevel('TH-THCS')(s), noFanpage(s)) },
    { name: 'OTHER unit without a fanpage', change: (s) => (asLevel('OTHER')(s), noFanpage(s)) },
    { name: 'GDNN-GDTX centre with a fanpage', change: asLevel('GDNN-GDTX') },
    { name: 'two fanpages, both managed', change: (s) => s.channels.push({ ...s.channels[1]!, name: 'Đoàn trường', url: 'https://facebook.com/doanthpt' }) },
    { name: 'levels configured empty: nobody is bound', change: noFanpage, options: { levels: [] } },
  ],
  invalid: [
    {
      name: 'THPT with only a website',
      change: noFanpage,
      errors: [{ messageId: 'noFanpage', path: 'channels', hintId: 'noFanpageHint', target: 'key', data: { unit: 'Trường THPT Định Hóa', level_vi: 'Trung học phổ thông' } }],
    },
    { name: 'THPT with no channels at all', change: (s) => (s.channels = []), errors: [{ messageId: 'noFanpage', path: 'channels' }] },
    { name: 'an office without a fanpage', change: (s) => (asLevel('OFFICE')(s), noFanpage(s)), errors: [{ messageId: 'noFanpage', path: 'channels' }] },
    { name: 'THCS-THPT without a fanpage', change: (s) => (asLevel('THCS-THPT')(s), noFanpage(s)), errors: [{ messageId: 'noFanpage', path: 'channels' }] },
    { name: 'TH-THCS-THPT without a fanpage', change: (s) => (asLevel('TH-THCS-THPT')(s), noFanpage(s)), errors: [{ messageId: 'noFanpage', path: 'channels' }] },
    { name: 'GDNN-GDTX centre without a fanpage', change: (s) => (asLevel('GDNN-GDTX')(s), noFanpage(s)), errors: [{ messageId: 'noFanpage', path: 'channels' }] },
    { name: 'PTDTNT without a fanpage', change: (s) => (asLevel('PTDTNT')(s), noFanpage(s)), errors: [{ messageId: 'noFanpage', path: 'channels' }] },
    {
      name: 'fanpage not managed by the leader',
      change: (s) => (s.channels[1]!.managed_by_leader = false),
      errors: [{ messageId: 'notManaged', path: 'channels[1].managed_by_leader', hintId: 'notManagedHint', data: { name: 'Trường THPT Định Hóa' } }],
    },
    {
      name: 'the second of two fanpages not managed',
      change: (s) => s.channels.push({ ...s.channels[1]!, name: 'Đoàn trường', managed_by_leader: false }),
      errors: [{ messageId: 'notManaged', path: 'channels[2].managed_by_leader', data: { name: 'Đoàn trường' } }],
    },
    {
      name: 'a fanpage without a name is named by its address',
      change: (s) => (delete s.channels[1]!.name, (s.channels[1]!.managed_by_leader = false)),
      errors: [{ messageId: 'notManaged', path: 'channels[1].managed_by_leader', data: { name: 'https://facebook.com/thptdinhhoa' } }],
    },
    {
      name: 'levels configured to include TH',
      change: (s) => (asLevel('TH')(s), noFanpage(s)),
      options: { levels: ['TH'] },
      errors: [{ messageId: 'noFanpage', path: 'channels' }],
    },
  ],
});
