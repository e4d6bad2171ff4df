/**
 * `edu-comms init submission`: the questions a school answers, derived from the submission contract, and the pure
 * steps from answers to a file. No prompts here (see prompts.ts), so tests inject answers.
 *
 * The questions are a plan walked out of `SubmissionSchema`: a field added to the contract is asked without a second,
 * hand-kept list. Only the unit (chosen from the roster), the period and the constant `schema_version` are asked
 * specially.
 */
import type { z } from 'zod';
import { metaOf, type Bilingual } from '../contract/meta.js';
import type { ValueKind } from '../contract/primitives.js';
import { SubmissionSchema, type Submission } from '../contract/submission.js';
import { arrayElement, fieldAt, formatPath, isOptional, objectShape, valueAt, type PathSegment } from '../contract/walk.js';
import { t, type Lang } from '../i18n/index.js';
import { issueToFindings } from '../contract/schema-issues.js';
import { dayMonthYearToIso } from '../util/dates.js';

export type PlanNode =
  | { type: 'group'; path: PathSegment[]; label: Bilingual; optional: boolean; children: PlanNode[] }
  | { type: 'list'; path: PathSegment[]; label: Bilingual; item: PlanNode[] }
  | { type: 'field'; path: PathSegment[]; label: Bilingual; kind: ValueKind; options: readonly string[]; optional: boolean };

/** Asked by the wizard itself, before the plan: the constant version, the unit (from the roster) and the period. */
export const ASKED_FIRST = ['schema_version', 'unit', 'period'] as const;

/**
 * Groups that are optional in the schema but that a rule requires (leader-and-officer, signature): asking "is there
 * one?" would only invite an error finding. `assessment` is a group of optional texts: no question before it either.
 */
const ALWAYS_ASKED = new Set(['contacts.leader', 'contacts.officer', 'signed_by', 'assessment']);

/** Names that are optional in the schema only so that a rule (leader-and-officer, signature) can report them. */
const NAMES_REQUIRED_BY_RULES = new Set(['contacts.leader.name', 'contacts.officer.name', 'signed_by.name']);

/** Paths inside a list item, as the plan names them: `channels[0].url` → `channels.url`. */
export const planKey = (path: readonly PathSegment[]) => path.filter((s) => typeof s === 'string').join('.');

function labelOf(schema: z.ZodType, key: string): Bilingual {
  return metaOf(schema)?.label ?? { vi: key, en: key };
}

/** The questions for a schema, in the contract's order. */
export function questionPlan(root: z.ZodType = SubmissionSchema, prefix: PathSegment[] = []): PlanNode[] {
  const shape = objectShape(root);
  if (!shape) return [];
  const nodes: PlanNode[] = [];
  for (const [key, child] of Object.entries(shape)) {
    const path = [...prefix, key];
    if (prefix.length === 0 && (ASKED_FIRST as readonly string[]).includes(key)) continue;
    const label = labelOf(child, key);
    const element = arrayElement(child);
    if (element) {
      nodes.push({ type: 'list', path, label, item: questionPlan(element, [...path, 0]) });
    } else if (objectShape(child)) {
      const optional = isOptional(child) && !ALWAYS_ASKED.has(planKey(path));
      nodes.push({ type: 'group', path, label, optional, children: questionPlan(child, path) });
    } else {
      const { kind } = fieldAt(child, []);
      const optional = isOptional(child) && !NAMES_REQUIRED_BY_RULES.has(planKey(path));
      nodes.push({ type: 'field', path, label, kind: kind?.kind ?? 'text', options: kind?.options ?? [], optional });
    }
  }
  return nodes;
}

/** A date the way clerks type it, `10/12/2024`, or the file's form `2024-12-10`; returned as `YYYY-MM-DD`. */
export function normaliseDate(raw: string): string {
  const text = raw.trim();
  return dayMonthYearToIso(text) ?? text;
}

export type Parsed = { ok: true; value: unknown } | { ok: false; message: string };

/**
 * Turn what was typed for a field into its value, checked by the field's own schema, with the same message the
 * validator would give. An empty answer to an optional field is "no value".
 */
export function parseAnswer(path: readonly PathSegment[], raw: string, lang: Lang): Parsed {
  const schema = schemaOf(path);
  const { kind } = fieldAt(SubmissionSchema, path);
  const text = raw.normalize('NFC').trim();
  if (text === '' && isOptional(schema)) return { ok: true, value: undefined };
  let value: unknown = text;
  // a number typed is a number (the schema then says "whole number ≥ 0" for 1.5 or -1); anything else stays text
  if (kind?.kind === 'int') value = /^-?\d+(\.\d+)?$/.test(text) ? Number(text) : text;
  if (kind?.kind === 'date') value = normaliseDate(text);
  const result = schema.safeParse(value);
  if (result.success) return { ok: true, value: result.data };
  const [finding] = issueToFindings(result.error.issues[0]!, {
    root: SubmissionSchema,
    data: valueTree(path, value),
    file: '',
    lang,
    locate: () => ({ line: null, column: null, cell: null }),
    prefix: path.map((s) => (typeof s === 'number' ? 0 : s)),
  });
  return { ok: false, message: finding?.message ?? t('schema.invalid', lang, { label: formatPath(path), value: text }) };
}

function schemaOf(path: readonly PathSegment[]): z.ZodType {
  let current: z.ZodType | undefined = SubmissionSchema;
  for (const segment of path) {
    current = typeof segment === 'number' ? arrayElement(current!) : objectShape(current!)?.[segment];
    if (!current) throw new Error(`no field ${formatPath(path)} in the submission contract`);
  }
  return current;
}

/** `{a: {b: value}}` for path `a.b`, so that a message can show the value found. */
function valueTree(path: readonly PathSegment[], value: unknown): unknown {
  return path.reduceRight<unknown>((inner, segment) => (typeof segment === 'number' ? [inner] : { [segment]: inner }), value);
}

/** Put a value at a path of a draft, creating the groups and list items on the way. */
export function setAt(draft: Record<string, unknown>, path: readonly PathSegment[], value: unknown): void {
  if (value === undefined) return;
  let current: Record<string | number, unknown> = draft;
  path.forEach((segment, i) => {
    if (i === path.length - 1) {
      current[segment] = value;
      return;
    }
    const next = path[i + 1];
    current[segment] ??= typeof next === 'number' ? [] : {};
    current = current[segment] as Record<string | number, unknown>;
  });
}

/**
 * What the wizard offers before the clerk types: today for the report date, zero for a required count, and the
 * leader's name and position for the spokesperson and the signature (usually the head of the school).
 */
export function suggestion(path: readonly PathSegment[], draft: Record<string, unknown>, context: { today: string }): string | undefined {
  const key = planKey(path);
  const leader = (field: string) => valueAt(draft, ['contacts', 'leader', field]);
  switch (key) {
    case 'reported_at':
      return context.today;
    case 'contacts.spokesperson.name':
    case 'signed_by.name':
      return stringOr(leader('name'));
    case 'contacts.spokesperson.position':
      return stringOr(leader('position'));
    case 'signed_by.title': {
      const position = stringOr(leader('position'));
      return position?.toLocaleUpperCase('vi');
    }
  }
  const { kind } = fieldAt(SubmissionSchema, path);
  if (kind?.kind === 'int' && !isOptional(schemaOf(path))) return '0';
  return undefined;
}

const stringOr = (v: unknown) => (typeof v === 'string' && v !== '' ? v : undefined);



/** The submission in contract order (the order of the form), from the wizard's draft. */
export function submissionObject(draft: Record<string, unknown>): Submission {
  const ordered: Record<string, unknown> = {};
  for (const key of Object.keys(objectShape(SubmissionSchema)!)) if (draft[key] !== undefined) ordered[key] = draft[key];
  return ordered as Submission;
}
