import { ACTIVITY_KEYS, type Submission } from '../../src/contract/submission.js';
import rule from '../../src/rules/empty-report.js';
import { testRule } from './rule-tester.js';

const zeroActivities = (s: Submission) => {
  for (const key of ACTIVITY_KEYS) s.activities[key] = 0;
};

testRule(rule, {
  valid: [
    { name: 'clean submission' },
    { name: 'all activities 0 but a channel has posts', change: (s) => (zeroActivities(s), (s.channels[0]!.posts = 0)) },
    { name: 'one community meeting and no channels', change: (s) => (zeroActivities(s), (s.activities.community_meetings = 1), (s.channels = [])) },
    { name: 'only a press answer', change: (s) => (zeroActivities(s), (s.activities.press_answers = 1), (s.channels = [])) },
  ],
  invalid: [
    {
      name: 'all activities 0 and every channel without posts',
      change: (s) => (zeroActivities(s), s.channels.forEach((c) => (c.posts = 0))),
      errors: [{ messageId: 'empty', path: 'activities', hintId: 'hint', target: 'key' }],
    },
    { name: 'all activities 0 and no channels', change: (s) => (zeroActivities(s), (s.channels = [])), errors: [{ messageId: 'empty', path: 'activities' }] },
  ],
});
