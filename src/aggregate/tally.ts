/**
 * The additive part of a summary (`shared/spec/aggregation.md`): completeness counts, totals and the numerators and
 * denominators of the rates. Everything here is a plain sum, which is what makes roll-up associative (invariant 1) and
 * period roll-up exact (invariant 2): a summary of summaries adds the same numbers as a summary of submissions.
 * Percentages are derived only at the end, from the sums.
 */
import {
  COMPLETENESS_KEYS,
  finishCompleteness,
  percent,
  RATE_KEYS,
  type Completeness,
  type CompletenessCounts,
  type Rate,
  type RateKey,
  type Rates,
  type Totals,
} from '../contract/summary.js';
import {
  ACTIVITY_KEYS,
  CHANNEL_TYPES,
  FEEDBACK_KEYS,
  hasName,
  INCIDENT_SEVERITIES,
  INCIDENT_STATUSES,
  SOCIAL_MEDIA_COUNT_KEYS,
  TOPIC_KEYS,
  type Submission,
} from '../contract/submission.js';

export type RateCounts = Record<RateKey, { num: number; den: number }>;

export { COMPLETENESS_KEYS, finishCompleteness, percent, type CompletenessCounts };

export interface Tally {
  completeness: CompletenessCounts;
  totals: Totals;
  rates: RateCounts;
}

const zeros = <K extends string>(keys: readonly K[]): Record<K, number> =>
  Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;

export function emptyTotals(): Totals {
  return {
    activities: zeros(ACTIVITY_KEYS),
    topics: zeros(TOPIC_KEYS),
    feedback: zeros(FEEDBACK_KEYS),
    social_media: zeros(SOCIAL_MEDIA_COUNT_KEYS),
    channel_posts: zeros(CHANNEL_TYPES),
    incidents: { total: 0, by_severity: zeros(INCIDENT_SEVERITIES), by_status: zeros(INCIDENT_STATUSES) },
    exemplary_models: 0,
    commendations: 0,
    collaborators: 0,
  };
}

export function emptyTally(): Tally {
  return {
    completeness: zeros(COMPLETENESS_KEYS),
    totals: emptyTotals(),
    rates: Object.fromEntries(RATE_KEYS.map((k) => [k, { num: 0, den: 0 }])) as RateCounts,
  };
}

/** Add every number of `source` into `target`, key by key (the two have the same shape). */
function addNumbers(target: Record<string, unknown>, source: Record<string, unknown>): void {
  for (const [key, value] of Object.entries(source)) {
    if (typeof value === 'number') target[key] = (target[key] as number) + value;
    else if (value !== null && typeof value === 'object') {
      addNumbers(target[key] as Record<string, unknown>, value as Record<string, unknown>);
    }
  }
}

export function addTally(target: Tally, source: Tally): Tally {
  addNumbers(target as unknown as Record<string, unknown>, source as unknown as Record<string, unknown>);
  return target;
}

/** The status of one expected unit for one period (a "slot"). */
export type SlotStatus = 'on_time' | 'late' | 'rejected' | 'missing';


/** One expected report: counted in completeness always, in totals and rates only when accepted. */
export function tallySlot(status: SlotStatus, submission: Submission | null): Tally {
  const tally = emptyTally();
  const c = tally.completeness;
  c.expected = 1;
  if (status === 'rejected') c.rejected = 1;
  else if (status === 'missing') c.missing = 1;
  else {
    c.accepted = 1;
    c[status] = 1;
  }
  if ((status === 'on_time' || status === 'late') && submission) addSubmission(tally, submission);
  return tally;
}

function addSubmission(tally: Tally, s: Submission): void {
  const t = tally.totals;
  for (const k of ACTIVITY_KEYS) t.activities[k] += s.activities[k];
  for (const k of TOPIC_KEYS) t.topics[k] += s.topics[k];
  for (const k of FEEDBACK_KEYS) t.feedback[k] += s.feedback[k];
  for (const k of SOCIAL_MEDIA_COUNT_KEYS) t.social_media[k] += s.social_media[k];
  for (const channel of s.channels) t.channel_posts[channel.type] += channel.posts;
  for (const incident of s.incidents) {
    t.incidents.total += 1;
    t.incidents.by_severity[incident.severity] += 1;
    t.incidents.by_status[incident.status] += 1;
  }
  t.exemplary_models += s.exemplary_models.length;
  t.commendations += s.commendations.length;
  t.collaborators += s.governance.collaborators;

  const fanpages = s.channels.filter((c) => c.type === 'fanpage');
  const shares: Record<Exclude<RateKey, 'feedback_resolution'>, boolean> = {
    leader_and_officer: hasName(s.contacts.leader?.name) && hasName(s.contacts.officer?.name),
    spokesperson: hasName(s.contacts.spokesperson?.name),
    comms_plan: s.governance.comms_plan,
    spokesperson_regulation: s.governance.spokesperson_regulation,
    fanpage: fanpages.length > 0,
    fanpage_connected: fanpages.some((c) => c.connected_to_parent),
    staff_briefed: s.social_media.staff_briefed,
  };
  for (const [key, yes] of Object.entries(shares) as [keyof typeof shares, boolean][]) {
    tally.rates[key].den += 1;
    if (yes) tally.rates[key].num += 1;
  }
  tally.rates.feedback_resolution.num += s.feedback.resolved;
  tally.rates.feedback_resolution.den += s.feedback.received;
}


export function finishRates(r: RateCounts): Rates {
  return Object.fromEntries(
    RATE_KEYS.map((k) => [k, { num: r[k].num, den: r[k].den, pct: percent(r[k].num, r[k].den) } satisfies Rate]),
  ) as Rates;
}

export function finish(tally: Tally): { completeness: Completeness; totals: Totals; rates: Rates } {
  return {
    completeness: finishCompleteness(tally.completeness),
    totals: structuredClone(tally.totals),
    rates: finishRates(tally.rates),
  };
}

/** The additive part of a breakdown read back from a summary file (its percentages are dropped and recomputed). */
export function tallyOf(part: { completeness: Completeness; totals: Totals; rates: Rates }): Tally {
  const tally = emptyTally();
  for (const k of COMPLETENESS_KEYS) tally.completeness[k] = part.completeness[k];
  addNumbers(tally.totals as unknown as Record<string, unknown>, part.totals as unknown as Record<string, unknown>);
  for (const k of RATE_KEYS) tally.rates[k] = { num: part.rates[k].num, den: part.rates[k].den };
  return tally;
}
