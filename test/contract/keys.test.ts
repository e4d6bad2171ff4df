/**
 * Every key list of the tool comes from the zod contract: the submission's blocks give the summary's totals, the
 * tally, the render context's fields and the rules' lists.
 */
import { describe, expect, it } from 'vitest';
import { emptyTotals } from '../../src/aggregate/tally.js';
import {
  ActivitiesSchema,
  ACTIVITY_KEYS,
  ASSESSMENT_KEYS,
  AssessmentSchema,
  CHANNEL_TYPES,
  countKeysOf,
  FEEDBACK_KEYS,
  FeedbackSchema,
  INCIDENT_SEVERITIES,
  INCIDENT_STATUSES,
  keysOf,
  SOCIAL_MEDIA_COUNT_KEYS,
  SocialMediaSchema,
  TOPIC_KEYS,
  TopicsSchema,
} from '../../src/contract/submission.js';
import { COMPLETENESS_KEYS, CompletenessSchema, sumCompleteness, TotalsSchema } from '../../src/contract/summary.js';
import { SCALAR_FIELDS } from '../../src/render/context.js';
import { flatTotals } from '../../src/aggregate/compare.js';
import { MAIN_TOTAL_PATHS, unitCountsOf } from '../../src/aggregate/labels.js';
import { UNIT_COUNT_KEYS } from '../../src/contract/summary.js';

describe('key lists derived from the contract', () => {
  it('are the schemas’ keys in contract order; counts leave out yes/no fields', () => {
    expect(ACTIVITY_KEYS).toEqual(Object.keys(ActivitiesSchema.shape));
    expect(TOPIC_KEYS).toEqual(Object.keys(TopicsSchema.shape));
    expect(ASSESSMENT_KEYS).toEqual(Object.keys(AssessmentSchema.shape));
    expect(FEEDBACK_KEYS).toEqual(Object.keys(FeedbackSchema.shape));
    expect(SOCIAL_MEDIA_COUNT_KEYS).toEqual(['violations_detected', 'violations_handled']);
    expect(countKeysOf(SocialMediaSchema)).not.toContain('staff_briefed');
  });

  it('give the summary’s totals their keys, and the tally starts from exactly those keys', () => {
    const totals = TotalsSchema.shape;
    expect(keysOf(totals.activities)).toEqual(ACTIVITY_KEYS);
    expect(keysOf(totals.topics)).toEqual(TOPIC_KEYS);
    expect(keysOf(totals.feedback)).toEqual(FEEDBACK_KEYS);
    expect(keysOf(totals.social_media)).toEqual(SOCIAL_MEDIA_COUNT_KEYS);
    expect(keysOf(totals.channel_posts)).toEqual(CHANNEL_TYPES);
    expect(keysOf(totals.incidents.shape.by_severity)).toEqual(INCIDENT_SEVERITIES);
    expect(keysOf(totals.incidents.shape.by_status)).toEqual(INCIDENT_STATUSES);
    expect(TotalsSchema.parse(emptyTotals())).toEqual(emptyTotals());
    expect(keysOf(CompletenessSchema)).toEqual([...COMPLETENESS_KEYS, 'completeness_pct', 'timeliness_pct']);
  });

  it('give the render context a field for every count of the summary', () => {
    for (const k of keysOf(CompletenessSchema)) expect(SCALAR_FIELDS).toContain(`completeness.${k}`);
    for (const k of FEEDBACK_KEYS) expect(SCALAR_FIELDS).toContain(`feedback.${k}`);
    for (const k of SOCIAL_MEDIA_COUNT_KEYS) expect(SCALAR_FIELDS).toContain(`social_media.${k}`);
    for (const k of [...INCIDENT_SEVERITIES, ...INCIDENT_STATUSES]) expect(SCALAR_FIELDS).toContain(`incidents.${k}`);
    for (const k of CHANNEL_TYPES) expect(SCALAR_FIELDS).toContain(`channel_posts.${k}`);
  });

  it('read each main per-unit count from one place in the totals, for the tables and for the comparison alike', () => {
    expect(Object.keys(MAIN_TOTAL_PATHS)).toEqual(UNIT_COUNT_KEYS);
    // every figure of the totals a different number, so that a path pointing at the wrong figure shows
    const flat = flatTotals(emptyTotals());
    let next = 1;
    const numbered = structuredClone(emptyTotals()) as unknown as Record<string, unknown>;
    for (const [path] of flat) {
      const segments = path.split('.');
      let node = numbered;
      for (const s of segments.slice(0, -1)) node = node[s] as Record<string, unknown>;
      node[segments.at(-1)!] = next++;
    }
    const byPath = new Map(flatTotals(numbered as never));
    const counts = unitCountsOf(numbered as never);
    for (const k of UNIT_COUNT_KEYS) {
      expect(byPath.has(MAIN_TOTAL_PATHS[k]), k).toBe(true);
      expect(counts[k], k).toBe(byPath.get(MAIN_TOTAL_PATHS[k]));
    }
    expect(counts.feedback_resolved).not.toBe(counts.feedback_received);
  });

  it('add completeness blocks up and derive their percentages again', () => {
    const a = { expected: 4, accepted: 3, rejected: 1, missing: 0, on_time: 2, late: 1 };
    const b = { expected: 6, accepted: 2, rejected: 0, missing: 4, on_time: 2, late: 0 };
    expect(sumCompleteness([a, b])).toEqual({ expected: 10, accepted: 5, rejected: 1, missing: 4, on_time: 4, late: 1, completeness_pct: 50, timeliness_pct: 40 });
    expect(sumCompleteness([]).completeness_pct).toBeNull();
  });
});
