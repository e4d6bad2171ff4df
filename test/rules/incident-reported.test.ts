import rule from '../../src/rules/incident-reported.js';
import { testRule } from './rule-tester.js';

testRule(rule, {
  valid: [
    { name: 'clean submission' },
    { name: 'no incidents', change: (s) => (s.incidents = []) },
    { name: 'an incident still being handled, already reported', change: (s) => ((s.incidents[0]!.status = 'handling'), delete s.incidents[0]!.resolution) },
    { name: 'reported late is incident-timely’s business', change: (s) => (s.incidents[0]!.reported_to_parent_at = '2024-10-20') },
  ],
  invalid: [
    {
      name: 'an incident not reported',
      change: (s) => delete s.incidents[0]!.reported_to_parent_at,
      errors: [{ messageId: 'notReported', path: 'incidents[0].reported_to_parent_at', hintId: 'hint', data: { date: '05/10/2024' } }],
    },
    {
      name: 'the second of two incidents not reported',
      change: (s) => {
        const second = { ...s.incidents[0]!, date: '2024-11-02', summary: 'Clip học sinh đánh nhau lan truyền trên TikTok', severity: 'high' as const };
        delete second.reported_to_parent_at;
        s.incidents.push(second);
      },
      errors: [{ messageId: 'notReported', path: 'incidents[1].reported_to_parent_at', data: { summary: 'Clip học sinh đánh nhau lan truyền trên TikTok' } }],
    },
    {
      name: 'an incident still being handled and not reported',
      change: (s) => ((s.incidents[0]!.status = 'handling'), delete s.incidents[0]!.reported_to_parent_at),
      errors: [{ messageId: 'notReported', path: 'incidents[0].reported_to_parent_at' }],
    },
  ],
});
