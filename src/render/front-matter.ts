/**
 * The front matter of each template (the YAML between the `---` lines): the one-line texts a document kind needs
 * outside its body — type name and subject, the appendix headings and column titles. Values may hold `{field}`s.
 */
import { z } from 'zod';
import { text } from '../contract/primitives.js';
import type { DocumentKind } from '../contract/documents.js';

export const APPENDIX_COLUMNS = [
  'index',
  'unit',
  'status',
  'reported_at',
  'posts',
  'portal_posts',
  'social_posts',
  'press',
  'press_articles_sent',
  'press_articles_published',
  'events',
  'feedback',
  'feedback_received',
  'feedback_resolved',
  'incidents',
  'exemplary_models',
  'findings',
  'errors',
  'warnings',
] as const;
export type AppendixColumn = (typeof APPENDIX_COLUMNS)[number];

const columns = <const K extends readonly string[]>(keys: K) =>
  z.strictObject(Object.fromEntries(keys.map((k) => [k, text()])) as { [P in K[number]]: ReturnType<typeof text> });
const listAppendix = <const K extends readonly string[]>(keys: K) => z.strictObject({ title: text(), columns: columns(keys) });

/** The appendices holding the full lists the narrative only counts or samples (`narrative.ts`). */
export const ListAppendicesSchema = z.strictObject({
  incidents: listAppendix(['index', 'unit', 'date', 'severity', 'status', 'summary', 'resolution'] as const),
  exemplary_models: listAppendix(['index', 'unit', 'title', 'description', 'url'] as const),
  commendations: listAppendix(['index', 'unit', 'recipient', 'form', 'date'] as const),
  assessment: z.strictObject({
    title: text(),
    columns: columns(['index', 'text', 'count', 'units'] as const),
    sections: columns(['strengths', 'limitations', 'next_steps', 'proposals'] as const),
  }),
  outstanding: listAppendix(['index', 'unit', 'parent', 'status', 'reported_at'] as const),
  /** The per-unit comparison with the newest earlier period; optional for templates written before it. */
  comparison: z
    .strictObject({
      title: text(),
      columns: columns(['index', 'unit', 'completeness', 'timeliness', 'portal_posts', 'social_posts', 'current', 'earlier', 'change', 'note'] as const),
    })
    .optional(),
});
export type ListAppendices = z.output<typeof ListAppendicesSchema>;

/** Captions (`{figure} 1. {title}`), series names and the reference line's label of the report's charts. */
export const ChartWordsSchema = z.strictObject({
  figure: text(),
  completeness_by_unit: text(),
  /** The same chart when the report is broken down by an attribute (render --by); optional for older templates. */
  completeness_by_group: text().optional(),
  levels: text(),
  trend: text(),
  completeness: text(),
  timeliness: text(),
  overall: text(),
  other_units: text(),
  lowest: text(),
});
export type ChartWords = z.output<typeof ChartWordsSchema>;

export const ReportFrontMatterSchema = z.strictObject({
  type_name: text(),
  subject: text(),
  appendix: z.strictObject({
    heading: text(),
    title: text(),
    note: text(),
    direct_units: text(),
    total: text(),
    /** The subtotal row of a child unit's group; a template written before it had one takes the bundled wording. */
    subtotal: text().optional(),
    /** Names the group of units without a value when appendix I is grouped by an attribute: `Chưa ghi` + `địa bàn`. */
    group_none: text().optional(),
    /**
     * The columns added when the summary holds a comparison (aggregate --compare): their heading, the status then, the
     * change of posts, the word after a change of completeness in points, the group of units found only earlier.
     * Optional for templates written before them: the bundled wording is used then.
     */
    compared: z.strictObject({ title: text(), status: text(), posts: text(), points: text(), only_earlier: text() }).optional(),
    columns: z.strictObject(
      Object.fromEntries(APPENDIX_COLUMNS.map((k) => [k, text()])) as { [K in AppendixColumn]: ReturnType<typeof text> },
    ),
  }),
  /** Optional for templates written before these appendices existed: the bundled wording is used then. */
  appendices: ListAppendicesSchema.optional(),
  /** The charts' wording (`@chart NAME` in the body); optional for templates written before charts. */
  charts: ChartWordsSchema.optional(),
});
export type ReportFrontMatter = z.output<typeof ReportFrontMatterSchema>;

/** A công văn has no type name: its subject is the `V/v …` line under the number (`V/v` is added by the layout). */
export const LetterFrontMatterSchema = z.strictObject({ subject: text() });
export type LetterFrontMatter = z.output<typeof LetterFrontMatterSchema>;

/**
 * The reminder's list, attached after its closing when more units are outstanding than `documents.caps.reminder_table`:
 * grouped by managing unit. Optional for templates written before it: the bundled wording is used then.
 */
export const ReminderListSchema = z.strictObject({
  heading: text(),
  title: text(),
  note: text(),
  /** The group of the units the issuer manages directly. */
  direct_units: text(),
  /** The word after a group's count in its title row: `Xã A (12 đơn vị)`. */
  units: text(),
  columns: columns(['index', 'unit', 'status', 'reported_at'] as const),
});
export type ReminderList = z.output<typeof ReminderListSchema>;
export const ReminderFrontMatterSchema = z.strictObject({ subject: text(), list: ReminderListSchema.optional() });
export type ReminderFrontMatter = z.output<typeof ReminderFrontMatterSchema>;

export const FRONT_MATTER_SCHEMAS = {
  report: ReportFrontMatterSchema,
  letter: LetterFrontMatterSchema,
  reminder: ReminderFrontMatterSchema,
} as const satisfies Record<DocumentKind, z.ZodType>;

export type FrontMatterOf<K extends DocumentKind> = z.output<(typeof FRONT_MATTER_SCHEMAS)[K]>;
