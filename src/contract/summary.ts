/**
 * The summary file, version 2 (`shared/spec/aggregation.md` → "The summary file"). Version 2 adds the optional
 * `comparison` block (aggregate --compare), `by_group` (the breakdowns by unit attribute, aggregate --by) and `roster`
 * (which roster the summary was computed with); a version 1 file reads as it is, with no comparison, no breakdown by
 * group (`by_group: []`) and no roster record (`roster: null`).
 *
 * `aggregate` writes it (as summary.json and summary.yaml, the same document), `aggregate` reads it back when a level
 * above rolls up its children, and `render` reads it to make documents. Keys are snake_case like the submission.
 */
import { z } from 'zod';
import {
  ACTIVITY_KEYS,
  ASSESSMENT_KEYS,
  CHANNEL_TYPES,
  FEEDBACK_KEYS,
  INCIDENT_SEVERITIES,
  INCIDENT_STATUSES,
  LEVELS,
  SOCIAL_MEDIA_COUNT_KEYS,
  TERMS,
  TOPIC_KEYS,
} from './submission.js';

const n = () => z.int().min(0);
const countsOf = <const K extends readonly string[]>(keys: K) =>
  z.strictObject(Object.fromEntries(keys.map((k) => [k, n()])) as { [P in K[number]]: ReturnType<typeof n> });

export const RATE_KEYS = [
  'leader_and_officer',
  'spokesperson',
  'comms_plan',
  'spokesperson_regulation',
  'fanpage',
  'fanpage_connected',
  'staff_briefed',
  'feedback_resolution',
] as const;
export type RateKey = (typeof RATE_KEYS)[number];

/** A rate keeps its numerator and denominator so that levels above can add them up; pct is null when den is 0. */
export const RateSchema = z.strictObject({ num: n(), den: n(), pct: z.number().nullable() });
export type Rate = z.output<typeof RateSchema>;

/** The counts of a completeness block; the percentages are derived from them (`finishCompleteness`). */
export const COMPLETENESS_KEYS = ['expected', 'accepted', 'rejected', 'missing', 'on_time', 'late'] as const;
export type CompletenessCounts = Record<(typeof COMPLETENESS_KEYS)[number], number>;

export const CompletenessSchema = z.strictObject({
  ...(Object.fromEntries(COMPLETENESS_KEYS.map((k) => [k, n()])) as Record<(typeof COMPLETENESS_KEYS)[number], ReturnType<typeof n>>),
  completeness_pct: z.number().nullable(),
  timeliness_pct: z.number().nullable(),
});
export type Completeness = z.output<typeof CompletenessSchema>;

/** A percentage with one decimal, or null when there is nothing to divide by. */
export function percent(num: number, den: number): number | null {
  if (den === 0) return null;
  return Math.round((num * 1000) / den) / 10;
}

/** A completeness block with its percentages, from the counts (aggregate makes it; render recomputes it for a node). */
export function finishCompleteness(c: CompletenessCounts): Completeness {
  return {
    ...c,
    completeness_pct: percent(c.accepted, c.expected),
    timeliness_pct: percent(c.on_time, c.expected),
  };
}

/** The completeness of several blocks together: their counts added up, the percentages derived again. */
export function sumCompleteness(blocks: readonly CompletenessCounts[]): Completeness {
  const counts = Object.fromEntries(COMPLETENESS_KEYS.map((k) => [k, blocks.reduce((n, b) => n + b[k], 0)])) as CompletenessCounts;
  return finishCompleteness(counts);
}

/** `kind: edu-comms-summary` near the top of a JSON or YAML text: the one test of "is this a summary file". */
export function looksLikeSummaryText(text: string): boolean {
  return /^[ \t{]*["']?kind["']?[ \t]*:[ \t]*["']?edu-comms-summary\b/m.test(text);
}

export const TotalsSchema = z.strictObject({
  activities: countsOf(ACTIVITY_KEYS),
  topics: countsOf(TOPIC_KEYS),
  feedback: countsOf(FEEDBACK_KEYS),
  social_media: countsOf(SOCIAL_MEDIA_COUNT_KEYS),
  channel_posts: countsOf(CHANNEL_TYPES),
  incidents: z.strictObject({
    total: n(),
    by_severity: countsOf(INCIDENT_SEVERITIES),
    by_status: countsOf(INCIDENT_STATUSES),
  }),
  exemplary_models: n(),
  commendations: n(),
  /** Extension: communication collaborators (governance.collaborators), summed. */
  collaborators: n(),
});
export type Totals = z.output<typeof TotalsSchema>;

export const RatesSchema = z.strictObject(
  Object.fromEntries(RATE_KEYS.map((k) => [k, RateSchema])) as { [P in RateKey]: typeof RateSchema },
);
export type Rates = z.output<typeof RatesSchema>;

export const SummaryPeriodSchema = z.strictObject({
  school_year: z.string().optional(),
  term: z.enum(TERMS).optional(),
  month: z.string().optional(),
  quarter: z.string().optional(),
  start: z.string(),
  end: z.string(),
  deadline: z.string().nullable(),
});
export type SummaryPeriod = z.output<typeof SummaryPeriodSchema>;

export const UNIT_STATUSES = ['accepted', 'late', 'rejected', 'missing'] as const;
export type UnitStatus = (typeof UNIT_STATUSES)[number];

/** The main counts of one accepted unit, shown in the per-unit appendix table. */
export const UnitCountsSchema = z.strictObject({
  portal_posts: n(),
  social_posts: n(),
  press_articles_sent: n(),
  press_articles_published: n(),
  events: n(),
  feedback_received: n(),
  feedback_resolved: n(),
  incidents: n(),
  exemplary_models: n(),
});
export type UnitCounts = z.output<typeof UnitCountsSchema>;
/** The main counts of the per-unit table, in column order (derived from the schema, not a second list). */
export const UNIT_COUNT_KEYS = Object.keys(UnitCountsSchema.shape) as Array<keyof UnitCounts>;

export const UnitRowSchema = z.strictObject({
  code: z.string(),
  name: z.string(),
  level: z.enum(LEVELS),
  parent: z.string().nullable(),
  status: z.enum(UNIT_STATUSES),
  reported_at: z.string().nullable(),
  errors: n(),
  warnings: n(),
  files: z.array(z.string()),
  counts: UnitCountsSchema.nullable(),
});
export type UnitRow = z.output<typeof UnitRowSchema>;

const attributed = { unit: z.string(), unit_name: z.string() };

/**
 * A highlight an office's clerk chose (`featured: true`, set by hand in the office's summary): it travels up with the
 * item, and the report of every level above names featured items first (render/narrative.ts). Optional, so the
 * summaries written before it still read as they are.
 */
const featured = z.boolean().optional();

export const ListsSchema = z.strictObject({
  incidents: z.array(
    z.strictObject({
      ...attributed,
      date: z.string(),
      severity: z.enum(INCIDENT_SEVERITIES),
      status: z.enum(INCIDENT_STATUSES),
      summary: z.string(),
      channel: z.string().nullable(),
      reported_to_parent_at: z.string().nullable(),
      resolution: z.string().nullable(),
    }),
  ),
  exemplary_models: z.array(
    z.strictObject({ ...attributed, title: z.string(), description: z.string().nullable(), url: z.string().nullable(), featured }),
  ),
  commendations: z.array(
    z.strictObject({ ...attributed, recipient: z.string(), form: z.string(), date: z.string().nullable(), featured }),
  ),
  assessment: z.strictObject(
    Object.fromEntries(ASSESSMENT_KEYS.map((k) => [k, z.array(z.strictObject({ ...attributed, text: z.string() }))])) as {
      [P in (typeof ASSESSMENT_KEYS)[number]]: z.ZodArray<
        z.ZodObject<{ unit: z.ZodString; unit_name: z.ZodString; text: z.ZodString }, z.core.$strict>
      >;
    },
  ),
  missing: z.array(z.strictObject({ code: z.string(), name: z.string(), parent: z.string().nullable() })),
  rejected: z.array(z.strictObject({ code: z.string(), name: z.string(), parent: z.string().nullable() })),
  late: z.array(
    z.strictObject({ code: z.string(), name: z.string(), parent: z.string().nullable(), reported_at: z.string() }),
  ),
});
export type Lists = z.output<typeof ListsSchema>;

export const BreakdownSchema = z.strictObject({
  completeness: CompletenessSchema,
  totals: TotalsSchema,
  rates: RatesSchema,
});

/**
 * One group of a breakdown by attribute: the units whose attribute has this value (null: the units that have no value
 * for it), with the same completeness, totals and rates as a child of the node. The groups of one attribute hold every
 * expected unit once, so they add up to the node's figures.
 */
export const GroupSchema = z.strictObject({
  value: z.string().nullable(),
  units: z.array(z.string()),
  ...BreakdownSchema.shape,
});
export type Group = z.output<typeof GroupSchema>;

export const GroupBreakdownSchema = z.strictObject({ attribute: z.string(), groups: z.array(GroupSchema) });
export type GroupBreakdown = z.output<typeof GroupBreakdownSchema>;

/** The roster a summary was computed with: the school year it was taken for, its size and a hash of its units. */
export const RosterRecordSchema = z.strictObject({
  school_year: z.string().nullable(),
  units: n(),
  sha256: z.string(),
});
export type RosterRecord = z.output<typeof RosterRecordSchema>;

/** The version `aggregate` writes; `SUMMARY_VERSIONS` are the versions it reads back. */
export const SUMMARY_VERSION = 2;
export const SUMMARY_VERSIONS = [1, 2] as const;

/**
 * One indicator now and in an earlier period: `change` is now − earlier (percentage points for a percentage),
 * `relative_pct` the change as a percentage of the earlier value, one decimal; null where a value is missing or the
 * earlier value is 0.
 */
export const ChangeSchema = z.strictObject({
  current: z.number().nullable(),
  earlier: z.number().nullable(),
  change: z.number().nullable(),
  relative_pct: z.number().nullable(),
});
export type Change = z.output<typeof ChangeSchema>;

/** The main indicators compared per child unit and per level: completeness, timeliness and the per-unit counts. */
export const MAIN_INDICATORS = ['completeness_pct', 'timeliness_pct', ...UNIT_COUNT_KEYS] as const;
export type MainIndicator = (typeof MAIN_INDICATORS)[number];
export const IndicatorChangesSchema = z.strictObject(
  Object.fromEntries(MAIN_INDICATORS.map((k) => [k, ChangeSchema])) as Record<MainIndicator, typeof ChangeSchema>,
);
export type IndicatorChanges = z.output<typeof IndicatorChangesSchema>;

export const COMPLETENESS_CHANGE_KEYS = [...COMPLETENESS_KEYS, 'completeness_pct', 'timeliness_pct'] as const;

/** How the compared period stands to this one. */
export const RELATIONS = ['previous_period', 'same_period_last_year', 'other'] as const;
export type Relation = (typeof RELATIONS)[number];
/** What makes a comparison less than like with like; each is said (in the summary, the terminal, the report). */
export const COMPARISON_WARNINGS = ['other_node', 'replaced_node', 'other_kind', 'not_earlier', 'deadline_differs', 'units_differ'] as const;
/** A unit or level is in both periods, only in this one, or only in the earlier one (listed, never dropped). */
export const PRESENCES = ['both', 'only_current', 'only_earlier'] as const;

/**
 * One unit of the summary's `units` against the earlier period, kept compact (the per-unit appendix reads it, at
 * thousands of schools): the earlier codes it is compared with (its own, or the units it replaces), their status and
 * main counts then. A unit compared with several earlier units takes the weakest of their statuses and the sum of their
 * counts. The change of a count is `counts − earlier_counts` of the unit's row in `units`.
 */
export const UnitComparisonSchema = z.strictObject({
  code: z.string(),
  /** Only for a unit found only in the earlier period (the others are named in `units`). */
  name: z.string().optional(),
  presence: z.enum(PRESENCES),
  earlier: z.array(z.string()),
  earlier_status: z.enum(UNIT_STATUSES).nullable(),
  earlier_counts: UnitCountsSchema.nullable(),
});
export type UnitComparison = z.output<typeof UnitComparisonSchema>;

export const ComparisonSchema = z.strictObject({
  reference: z.strictObject({
    file: z.string(),
    sha256: z.string(),
    generated_at: z.string(),
    node: z.strictObject({ code: z.string(), name: z.string(), level: z.enum(LEVELS) }),
    period: SummaryPeriodSchema,
    relation: z.enum(RELATIONS),
  }),
  warnings: z.array(z.strictObject({ code: z.enum(COMPARISON_WARNINGS), message: z.string() })),
  completeness: z.strictObject(
    Object.fromEntries(COMPLETENESS_CHANGE_KEYS.map((k) => [k, ChangeSchema])) as Record<(typeof COMPLETENESS_CHANGE_KEYS)[number], typeof ChangeSchema>,
  ),
  /** Every total, by its dotted path in `totals` (`activities.portal_posts`, `incidents.by_severity.high`). */
  totals: z.record(z.string(), ChangeSchema),
  /** Every rate's percentage. */
  rates: z.strictObject(Object.fromEntries(RATE_KEYS.map((k) => [k, ChangeSchema])) as { [P in RateKey]: typeof ChangeSchema }),
  by_child: z.array(
    z.strictObject({
      code: z.string(),
      name: z.string(),
      presence: z.enum(PRESENCES),
      /** The earlier units this row is compared with: its own code, or the units it replaces (merged, renamed). */
      earlier_units: z.array(z.strictObject({ code: z.string(), name: z.string() })),
      indicators: IndicatorChangesSchema,
    }),
  ),
  by_level: z.array(z.strictObject({ level: z.enum(LEVELS), presence: z.enum(PRESENCES), indicators: IndicatorChangesSchema })),
  /** One row per unit of `units`, then one per earlier unit no unit of this period is compared with; none in a file written before it. */
  by_unit: z.array(UnitComparisonSchema).default([]),
});
export type Comparison = z.output<typeof ComparisonSchema>;

export const SummarySchema = z.strictObject({
  schema_version: z.literal(SUMMARY_VERSIONS),
  kind: z.literal('edu-comms-summary'),
  generated_at: z.string(),
  generator: z.string(),
  node: z.strictObject({ code: z.string(), name: z.string(), level: z.enum(LEVELS), parent: z.string().nullable() }),
  period: SummaryPeriodSchema,
  /** False when the calendar sets no deadline for the period: every accepted unit then counts as on time. */
  deadline_set: z.boolean(),
  /** Version 2: the roster used; null in a version 1 file, which did not record it. */
  roster: RosterRecordSchema.nullable().default(null),
  completeness: CompletenessSchema,
  totals: TotalsSchema,
  rates: RatesSchema,
  by_child: z.array(z.strictObject({ code: z.string(), name: z.string(), level: z.enum(LEVELS), ...BreakdownSchema.shape })),
  by_level: z.array(z.strictObject({ level: z.enum(LEVELS), ...BreakdownSchema.shape })),
  /** Version 2: a breakdown per unit attribute asked for (`aggregate --by`); none in a version 1 file. */
  by_group: z.array(GroupBreakdownSchema).default([]),
  units: z.array(UnitRowSchema),
  lists: ListsSchema,
  inputs: z.array(
    z.strictObject({ file: z.string(), unit: z.string(), sha256: z.string(), kind: z.enum(['submission', 'summary']) }),
  ),
  rules: z.strictObject({ preset: z.string(), severity: z.record(z.string(), z.string()) }),
  definitions: z.record(z.string(), z.string()),
  /** Version 2: the earlier periods this one is compared with (`aggregate --compare`), newest first. */
  comparison: z.array(ComparisonSchema).optional(),
});
export type Summary = z.output<typeof SummarySchema>;

