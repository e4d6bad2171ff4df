/**
 * Names of coded values as documents write them (`templates/labels.vi.yaml`): unit statuses, incident severities and
 * statuses, channel types. Activity and topic names come from the submission contract's own labels.
 */
import { z } from 'zod';
import { text } from '../contract/primitives.js';
import { CHANNEL_TYPES, INCIDENT_SEVERITIES, INCIDENT_STATUSES } from '../contract/submission.js';
import { UNIT_STATUSES } from '../contract/summary.js';

const names = <const K extends readonly string[]>(keys: K) =>
  z.strictObject(Object.fromEntries(keys.map((k) => [k, text()])) as { [P in K[number]]: ReturnType<typeof text> });

export const LabelsSchema = z.strictObject({
  unit_status: names(UNIT_STATUSES),
  severity: names(INCIDENT_SEVERITIES),
  incident_status: names(INCIDENT_STATUSES),
  channels: names(CHANNEL_TYPES),
});
export type Labels = z.output<typeof LabelsSchema>;
