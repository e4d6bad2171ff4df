import rule from '../../src/rules/comms-plan.js';
import { testRule } from './rule-tester.js';

testRule(rule, {
  valid: [
    { name: 'clean submission' },
    { name: 'a plan but no spokesperson regulation (not this rule)', change: (s) => (s.governance.spokesperson_regulation = false) },
  ],
  invalid: [
    {
      name: 'no communication plan',
      change: (s) => (s.governance.comms_plan = false),
      errors: [{ messageId: 'noPlan', path: 'governance.comms_plan', hintId: 'hint' }],
    },
    {
      name: 'no plan, nothing else either',
      change: (s) => (s.governance = { comms_plan: false, spokesperson_regulation: false, collaborators: 0 }),
      errors: [{ messageId: 'noPlan', path: 'governance.comms_plan' }],
    },
  ],
});
