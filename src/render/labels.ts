/**
 * Names of coded values as documents write them (`templates/labels.vi.yaml`): unit statuses, incident severities and
 * statuses, channel types. Activity and topic names come from the submission contract's own labels.
 */
import { z } from 'zod';
import { text } from '../contract/primitives.js';
import { CHANNEL_TYPES, INCIDENT_SEVERITIES, INCIDENT_STATUSES } from '../contract/submission.js';
import { MAIN_INDICATORS, RELATIONS, UNIT_STATUSES } from '../contract/summary.js';

const names = <const K extends readonly string[]>(keys: K) =>
  z.strictObject(Object.fromEntries(keys.map((k) => [k, text()])) as { [P in K[number]]: ReturnType<typeof text> });

/**
 * The words of a comparison with earlier periods (`aggregate --compare`): rose, fell, unchanged, the unit of a change of
 * percentage, how the compared period stands to this one, and the names of the indicators the covering letter cites.
 */
export const ChangeWordsSchema = z.strictObject({
  up: text(),
  down: text(),
  same: text(),
  points: text(),
  no_data: text(),
  relation: names(RELATIONS),
  presence: names(['only_current', 'only_earlier'] as const),
  indicators: names(MAIN_INDICATORS),
});
export type ChangeWords = z.output<typeof ChangeWordsSchema>;

export const LabelsSchema = z.strictObject({
  unit_status: names(UNIT_STATUSES),
  severity: names(INCIDENT_SEVERITIES),
  incident_status: names(INCIDENT_STATUSES),
  channels: names(CHANNEL_TYPES),
  /** Optional for labels files written before comparisons: the bundled words are used then. */
  changes: ChangeWordsSchema.optional(),
});
export type Labels = z.output<typeof LabelsSchema>;
