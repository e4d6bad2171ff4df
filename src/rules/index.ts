/**
 * The rule registry: every rule of `shared/spec/rules.md`, one module each, in the order of the catalogue there.
 * `leading-zero`, `legacy-encoding` and `unknown-column` are this tool's own additions (raised by the readers) and follow the
 * reading rules; `duplicate-copy` (a file sent twice is one report) is its own addition too, run just before `duplicate-submission`.
 */
import type { Rule } from './types.js';
import schema from './schema.js';
import syntax from './syntax.js';
import leadingZero from './leading-zero.js';
import legacyEncoding from './legacy-encoding.js';
import unknownColumn from './unknown-column.js';
import unitKnown from './unit-known.js';
import unitInForce from './unit-in-force.js';
import periodMismatch from './period-mismatch.js';
import dateInPeriod from './date-in-period.js';
import duplicateCopy from './duplicate-copy.js';
import duplicateSubmission from './duplicate-submission.js';
import lateSubmission from './late-submission.js';
import leaderAndOfficer from './leader-and-officer.js';
import contactFormat from './contact-format.js';
import spokesperson from './spokesperson.js';
import commsPlan from './comms-plan.js';
import fanpage from './fanpage.js';
import fanpageConnected from './fanpage-connected.js';
import channelUrl from './channel-url.js';
import topicsSum from './topics-sum.js';
import feedbackConsistency from './feedback-consistency.js';
import incidentReported from './incident-reported.js';
import incidentTimely from './incident-timely.js';
import incidentResolution from './incident-resolution.js';
import socialMediaConsistency from './social-media-consistency.js';
import socialMediaBriefing from './social-media-briefing.js';
import emptyReport from './empty-report.js';
import outlier from './outlier.js';
import exemplaryModel from './exemplary-model.js';
import signature from './signature.js';

export const rules: readonly Rule[] = [
  schema,
  syntax,
  leadingZero,
  legacyEncoding,
  unknownColumn,
  unitKnown,
  unitInForce,
  periodMismatch,
  dateInPeriod,
  duplicateCopy,
  duplicateSubmission,
  lateSubmission,
  leaderAndOfficer,
  contactFormat,
  spokesperson,
  commsPlan,
  fanpage,
  fanpageConnected,
  channelUrl,
  topicsSum,
  feedbackConsistency,
  incidentReported,
  incidentTimely,
  incidentResolution,
  socialMediaConsistency,
  socialMediaBriefing,
  emptyReport,
  outlier,
  exemplaryModel,
  signature,
] as unknown as readonly Rule[];

export const rulesById: ReadonlyMap<string, Rule> = new Map(rules.map((r) => [r.id, r]));
