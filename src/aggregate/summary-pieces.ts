/**
 * Reading a summary.json in bounded memory: its long lists (units, the lists of models, incidents, sentences…) are
 * parsed and checked against their element schemas one element at a time (util/json-pieces.ts), the rest against
 * SummarySchema with those lists empty, and the checked lists put back. The result is what
 * `SummarySchema.parse(JSON.parse(text))` gives (tested): zod checks an object key by key and an array element by
 * element, and no refinement of SummarySchema looks at a whole list (the lists split are only those without one).
 * A national summary is then never held as text, parsed objects and checked objects at once.
 */
import { z } from 'zod';
import { SUMMARY_VERSIONS, SummarySchema, type Summary } from '../contract/summary.js';
import { parseJsonInPieces, type PiecePlan } from '../util/json-pieces.js';

/** An element that fails its check: the caller goes the slow way, which locates the failure for the message. */
class ElementInvalid extends Error {}

type Path = readonly string[];

/** A plain array schema (optional, nullable or defaulted allowed) with no check on the array as a whole. */
function plainArrayElement(schema: z.ZodType): z.ZodType | undefined {
  let s: z.ZodType = schema;
  while (s instanceof z.ZodOptional || s instanceof z.ZodNullable || s instanceof z.ZodDefault) s = s.unwrap() as z.ZodType;
  if (!(s instanceof z.ZodArray) || (s._zod.def.checks?.length ?? 0) > 0) return undefined;
  return s.element as z.ZodType;
}

/** The arrays of `schema` checked element by element: those of its keys, and of its plain objects' keys, a few levels down. */
function splitArrays(schema: z.ZodObject, path: Path = [], out: Array<{ path: Path; element: z.ZodType }> = []) {
  for (const [key, field] of Object.entries(schema.shape) as Array<[string, z.ZodType]>) {
    const element = plainArrayElement(field);
    if (element) out.push({ path: [...path, key], element });
    else if (field instanceof z.ZodObject && (field._zod.def.checks?.length ?? 0) === 0 && path.length < 2) splitArrays(field, [...path, key], out);
  }
  return out;
}

const SPLIT = (SummarySchema._zod.def.checks?.length ?? 0) === 0 ? splitArrays(SummarySchema) : [];

/**
 * One string for each distinct text of the lists: a unit's name, status and dates recur in its row and in every list
 * it is named in, and most units write one of a few sentences, so a country's summary keeps half the memory with them
 * shared (1.1 million strings, 214,000 distinct, in the bench's national summary: 100 → 51 MB).
 */
function shareStrings(value: unknown, pool: Map<string, string>): unknown {
  if (typeof value === 'string') {
    const known = pool.get(value);
    if (known !== undefined) return known;
    pool.set(value, value);
    return value;
  }
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) value[i] = shareStrings(value[i], pool);
  } else if (value !== null && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    for (const key of Object.keys(record)) record[key] = shareStrings(record[key], pool);
  }
  return value;
}

/** The plan of one read: each list's elements checked against their schema, their strings shared through `pool`. */
function planOf(split: typeof SPLIT, pool: Map<string, string>): PiecePlan {
  const plan: Record<string, unknown> = {};
  for (const { path, element } of split) {
    let at = plan;
    for (const key of path.slice(0, -1)) at = (at[key] ??= {}) as Record<string, unknown>;
    at[path[path.length - 1]!] = (item: unknown) => {
      const result = element.safeParse(item);
      if (!result.success) throw new ElementInvalid();
      return shareStrings(result.data, pool);
    };
  }
  return plan as PiecePlan;
}

const objectAt = (root: unknown, path: Path): Record<string, unknown> | undefined => {
  let at = root;
  for (const key of path) {
    if (at === null || typeof at !== 'object' || Array.isArray(at) || !Object.hasOwn(at, key)) return undefined;
    at = (at as Record<string, unknown>)[key];
  }
  return at !== null && typeof at === 'object' && !Array.isArray(at) ? (at as Record<string, unknown>) : undefined;
};

/**
 * The summary in `bytes` (summary.json), checked; undefined when the bytes are not JSON, not a summary of a known
 * version or not a valid one, for the caller to read them the slow way that says where they are broken.
 */
export function parseSummaryJsonInPieces(bytes: Uint8Array): Summary | undefined {
  let tree: unknown;
  try {
    tree = parseJsonInPieces(bytes, planOf(SPLIT, new Map()));
  } catch (error) {
    if (error instanceof SyntaxError || error instanceof ElementInvalid) return undefined;
    throw error;
  }
  if (tree === null || typeof tree !== 'object' || Array.isArray(tree)) return undefined;
  if (!(SUMMARY_VERSIONS as readonly unknown[]).includes((tree as Record<string, unknown>)['schema_version'])) return undefined;
  // the checked lists set aside, empty lists in their place for the check of the rest
  const lists: Array<{ path: Path; items: unknown[] }> = [];
  for (const { path } of SPLIT) {
    const parent = objectAt(tree, path.slice(0, -1));
    const key = path[path.length - 1]!;
    const items = parent?.[key];
    if (!parent || !Array.isArray(items)) continue;
    lists.push({ path, items });
    parent[key] = [];
  }
  const result = SummarySchema.safeParse(tree);
  if (!result.success) return undefined;
  for (const { path, items } of lists) {
    const parent = objectAt(result.data, path.slice(0, -1));
    if (!parent) throw new Error(`summary: ${path.join('.')} lost in the check`);
    parent[path[path.length - 1]!] = items;
  }
  return result.data;
}

/** The lists read element by element (`units`, `lists.assessment.strengths`, …), for the tests. */
export const SPLIT_PATHS: readonly string[] = SPLIT.map((s) => s.path.join('.'));
