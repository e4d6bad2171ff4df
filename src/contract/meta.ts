/**
 * Field metadata: the bilingual label (and optional help text) of every field of the contract.
 *
 * Labels live in a zod registry of our own so that one declaration feeds every consumer: the JSON Schema
 * (`title`/`description`), validation messages, the Excel form and the generated docs.
 */
import { z } from 'zod';
import type { Bilingual } from '../i18n/bilingual.js';
import { kindMeta } from './primitives.js';

export type { Bilingual };

export interface FieldMeta {
  label: Bilingual;
  help?: Bilingual;
}

export const fieldMeta = z.registry<FieldMeta>();

/** Attach a bilingual label to a schema; the Vietnamese label becomes the JSON Schema title. */
export function labelled<T extends z.ZodType>(schema: T, vi: string, en: string, help?: Bilingual): T {
  const withMeta = schema.meta({ title: vi, description: help ? help.vi : en }) as T;
  fieldMeta.add(withMeta as z.ZodType, help ? { label: { vi, en }, help } : { label: { vi, en } });
  // `.meta()` returns a clone: carry the value kind over so readers and writers still find it.
  const kind = kindMeta.get(schema);
  if (kind) kindMeta.add(withMeta as z.ZodType, kind);
  return withMeta;
}

/** Read the label attached to a schema, looking through optional/default/nullable wrappers. */
export function metaOf(schema: z.ZodType): FieldMeta | undefined {
  let current: z.ZodType | undefined = schema;
  while (current) {
    const meta = fieldMeta.get(current);
    if (meta) return meta;
    current = innerOf(current);
  }
  return undefined;
}

/** The schema wrapped by an optional/nullable/default/prefault/readonly/pipe, if any. */
export function innerOf(schema: z.ZodType): z.ZodType | undefined {
  const def = (schema as unknown as { _zod: { def: Record<string, unknown> & { type: string } } })._zod.def;
  switch (def.type) {
    case 'optional':
    case 'nullable':
    case 'default':
    case 'prefault':
    case 'readonly':
    case 'nonoptional':
      return def['innerType'] as z.ZodType;
    case 'pipe':
      return def['in'] as z.ZodType;
    default:
      return undefined;
  }
}
