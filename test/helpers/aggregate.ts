/**
 * `aggregate()` as the tests call it: the run's fixed settings (recommended rules, a fixed time and generator,
 * Vietnamese) given once, so that a test names only what it is about (roster, node, period, files).
 */
import { aggregate, type AggregateInput, type AggregateResult } from '../../src/aggregate/aggregate.js';

export const TEST_RUN = {
  parts: [],
  summaries: [],
  rules: { preset: 'recommended', severity: {} },
  generatedAt: '2025-01-05T01:00:00.000Z',
  generator: 'edu-comms test',
  lang: 'vi',
} as const satisfies Partial<AggregateInput>;

export function aggregateForTest(input: Pick<AggregateInput, 'roster' | 'node' | 'target' | 'files'> & Partial<AggregateInput>): AggregateResult {
  return aggregate({ ...TEST_RUN, ...input } as AggregateInput);
}
