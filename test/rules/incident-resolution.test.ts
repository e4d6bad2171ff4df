import rule from '../../src/rules/incident-resolution.js';
import { testRule } from './rule-tester.js';

testRule(rule, {
  valid: [
    { name: 'clean submission' },
    { name: 'no incidents', change: (s) => (s.incidents = []) },
    {
      name: 'still being handled: nothing to publish yet',
      change: (s) => ((s.incidents[0]!.status = 'handling'), delete s.incidents[0]!.resolution, delete s.incidents[0]!.result_published),
    },
    { name: 'handling with result_published false', change: (s) => ((s.incidents[0]!.status = 'handling'), (s.incidents[0]!.result_published = false)) },
  ],
  invalid: [
    {
      name: 'resolved without a resolution',
      change: (s) => delete s.incidents[0]!.resolution,
      errors: [{ messageId: 'noResolution', path: 'incidents[0].resolution', hintId: 'noResolutionHint' }],
    },
    {
      name: 'resolved, result not published',
      change: (s) => (s.incidents[0]!.result_published = false),
      errors: [{ messageId: 'notPublished', path: 'incidents[0].result_published', hintId: 'publishHint' }],
    },
    {
      name: 'resolved, publication not stated',
      change: (s) => delete s.incidents[0]!.result_published,
      errors: [{ messageId: 'publishedUnknown', path: 'incidents[0].result_published' }],
    },
    {
      name: 'resolved with nothing said',
      change: (s) => (delete s.incidents[0]!.resolution, delete s.incidents[0]!.result_published),
      errors: [
        { messageId: 'noResolution', path: 'incidents[0].resolution' },
        { messageId: 'publishedUnknown', path: 'incidents[0].result_published' },
      ],
    },
    {
      name: 'the second of two incidents',
      change: (s) => s.incidents.push({ ...s.incidents[0]!, summary: 'Tin đồn sai về tuyển sinh lớp 10', result_published: false }),
      errors: [{ messageId: 'notPublished', path: 'incidents[1].result_published', data: { summary: 'Tin đồn sai về tuyển sinh lớp 10' } }],
    },
  ],
});
