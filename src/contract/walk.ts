/**
 * Walking the contract's zod schemas by field path. Readers use it to coerce values by kind, messages use it for the
 * field's label, and the Excel form and the docs enumerate fields with it.
 */
import type { z } from 'zod';
import { innerOf, metaOf, type FieldMeta } from './meta.js';
import { kindOf, type KindMeta } from './primitives.js';

export type PathSegment = string | number;
export type FieldPath = readonly PathSegment[];

type Def = { type: string; shape?: Record<string, z.ZodType>; element?: z.ZodType };
const defOf = (s: z.ZodType): Def => (s as unknown as { _zod: { def: Def } })._zod.def;

/** Strip optional/default/nullable/pipe wrappers down to the structural schema. */
export function unwrap(schema: z.ZodType): z.ZodType {
  let current = schema;
  for (let inner = innerOf(current); inner; inner = innerOf(current)) current = inner;
  return current;
}

export function isOptional(schema: z.ZodType): boolean {
  const t = defOf(schema).type;
  if (t === 'optional' || t === 'default' || t === 'prefault') return true;
  const inner = innerOf(schema);
  return inner ? isOptional(inner) : false;
}

export function objectShape(schema: z.ZodType): Record<string, z.ZodType> | undefined {
  const d = defOf(unwrap(schema));
  if (d.type !== 'object') return undefined;
  // zod 4 keeps the shape behind a getter on the def
  return d.shape;
}

export function arrayElement(schema: z.ZodType): z.ZodType | undefined {
  const d = defOf(unwrap(schema));
  return d.type === 'array' ? d.element : undefined;
}

/** The value at `path` in parsed data (a submission, a draft), or undefined where the path leaves it. */
export function valueAt(data: unknown, path: FieldPath): unknown {
  let node = data;
  for (const segment of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<PathSegment, unknown>)[segment];
  }
  return node;
}

/** The schema at `path` (array indices step into the element), or undefined when the path leaves the contract. */
export function schemaAt(root: z.ZodType, path: FieldPath): z.ZodType | undefined {
  let current: z.ZodType | undefined = root;
  for (const segment of path) {
    if (!current) return undefined;
    if (typeof segment === 'number') current = arrayElement(current);
    else {
      const shape = objectShape(current);
      // own keys only: `__proto__` or `constructor` in a file must never reach Object.prototype
      current = shape && Object.hasOwn(shape, segment) ? shape[segment] : undefined;
    }
  }
  return current;
}

type FieldInfo = { meta?: FieldMeta; kind?: KindMeta };
const fieldCache = new WeakMap<z.ZodType, Map<string, FieldInfo>>();

/**
 * Label and value kind of the field at `path`. Kinds are looked up through wrappers. Memoised per schema and path
 * shape (array indices folded), because readers ask for every scalar of every file.
 */
export function fieldAt(root: z.ZodType, path: FieldPath): FieldInfo {
  let cache = fieldCache.get(root);
  if (!cache) fieldCache.set(root, (cache = new Map()));
  const key = path.map((s) => (typeof s === 'number' ? '#' : s)).join('\u0000');
  let info = cache.get(key);
  if (!info) cache.set(key, (info = lookupField(root, path)));
  return info;
}

function lookupField(root: z.ZodType, path: FieldPath): FieldInfo {
  const schema = schemaAt(root, path);
  if (!schema) return {};
  let kind: KindMeta | undefined;
  for (let s: z.ZodType | undefined = schema; s && !kind; s = innerOf(s)) kind = kindOf(s);
  const meta = metaOf(schema);
  return { ...(meta ? { meta } : {}), ...(kind ? { kind } : {}) };
}

/** `contacts.leader.phone`, `channels[0].url`. */
export function formatPath(path: FieldPath): string {
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else out += out === '' ? segment : `.${segment}`;
  }
  return out;
}

export interface LeafField {
  path: PathSegment[]; // array elements appear as index 0
  schema: z.ZodType;
  meta?: FieldMeta;
  kind?: KindMeta;
  optional: boolean;
}

/** Every leaf field of a schema, in declaration order (arrays contribute their element's fields at index 0). */
export function leafFields(root: z.ZodType, prefix: PathSegment[] = []): LeafField[] {
  const out: LeafField[] = [];
  const shape = objectShape(root);
  if (shape) {
    for (const [key, child] of Object.entries(shape)) out.push(...leafFields(child, [...prefix, key]));
    return out;
  }
  const element = arrayElement(root);
  if (element) return leafFields(element, [...prefix, 0]);
  const { meta, kind } = fieldAt(root, []);
  out.push({ path: prefix, schema: root, ...(meta ? { meta } : {}), ...(kind ? { kind } : {}), optional: isOptional(root) });
  return out;
}
