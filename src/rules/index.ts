/**
 * The rule registry: every rule of `shared/spec/rules.md`, one module each. Order here is the order in the docs.
 */
import type { Rule } from './types.js';
import syntax from './syntax.js';
import schema from './schema.js';
import leadingZero from './leading-zero.js';
import unitKnown from './unit-known.js';
import periodMismatch from './period-mismatch.js';
import duplicateSubmission from './duplicate-submission.js';
import feedbackConsistency from './feedback-consistency.js';

export const rules: readonly Rule[] = [
  syntax,
  schema,
  leadingZero,
  unitKnown,
  periodMismatch,
  duplicateSubmission,
  feedbackConsistency,
] as unknown as readonly Rule[];

export const rulesById: ReadonlyMap<string, Rule> = new Map(rules.map((r) => [r.id, r]));
