import rule from '../../src/rules/social-media-briefing.js';
import { testRule } from './rule-tester.js';

testRule(rule, {
  valid: [
    { name: 'clean submission' },
    { name: 'briefed, with violations (other rules)', change: (s) => (s.social_media = { staff_briefed: true, violations_detected: 0, violations_handled: 4 }) },
  ],
  invalid: [
    {
      name: 'staff not briefed',
      change: (s) => (s.social_media.staff_briefed = false),
      errors: [{ messageId: 'notBriefed', path: 'social_media.staff_briefed', hintId: 'hint' }],
    },
    {
      name: 'not briefed and nothing detected',
      change: (s) => (s.social_media = { staff_briefed: false, violations_detected: 0, violations_handled: 0 }),
      errors: [{ messageId: 'notBriefed', path: 'social_media.staff_briefed' }],
    },
  ],
});
