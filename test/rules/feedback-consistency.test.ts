import rule from '../../src/rules/feedback-consistency.js';
import { testRule } from './rule-tester.js';

testRule(rule, {
  valid: [
    { name: 'clean submission' },
    { name: 'everything resolved and published', change: (s) => (s.feedback = { received: 5, resolved: 5, results_published: 5 }) },
    { name: 'no feedback at all', change: (s) => (s.feedback = { received: 0, resolved: 0, results_published: 0 }) },
  ],
  invalid: [
    {
      name: 'more resolved than received',
      change: (s) => (s.feedback = { received: 2, resolved: 3, results_published: 1 }),
      errors: [{ messageId: 'resolved', path: 'feedback.resolved' }],
    },
    {
      name: 'more published than resolved',
      change: (s) => (s.feedback = { received: 4, resolved: 2, results_published: 3 }),
      errors: [{ messageId: 'published', path: 'feedback.results_published' }],
    },
    {
      name: 'both at once',
      change: (s) => (s.feedback = { received: 0, resolved: 1, results_published: 2 }),
      errors: [
        { messageId: 'resolved', path: 'feedback.resolved' },
        { messageId: 'published', path: 'feedback.results_published' },
      ],
    },
  ],
});
