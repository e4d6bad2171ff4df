import rule from '../../src/rules/social-media-consistency.js';
import { testRule } from './rule-tester.js';

testRule(rule, {
  valid: [
    { name: 'clean submission (1 detected, 1 handled)' },
    { name: 'nothing detected', change: (s) => (s.social_media = { staff_briefed: true, violations_detected: 0, violations_handled: 0 }) },
    { name: 'some still being handled', change: (s) => (s.social_media = { staff_briefed: true, violations_detected: 5, violations_handled: 2 }) },
  ],
  invalid: [
    {
      name: 'one more handled than detected',
      change: (s) => (s.social_media.violations_handled = 2),
      errors: [{ messageId: 'tooMany', path: 'social_media.violations_handled', hintId: 'hint', data: { handled: 2, detected: 1 } }],
    },
    {
      name: 'handled with none detected',
      change: (s) => (s.social_media = { staff_briefed: false, violations_detected: 0, violations_handled: 3 }),
      errors: [{ messageId: 'tooMany', path: 'social_media.violations_handled' }],
    },
  ],
});
