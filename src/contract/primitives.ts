/**
 * The value types of the contract (`submission.md` → "Types"). Each carries a `kind` tag so that readers (YAML, Excel)
 * and writers (Excel form, YAML skeleton) know how to coerce and present the value without a second field list.
 */
import { z } from 'zod';

export type ValueKind = 'text' | 'int' | 'bool' | 'date' | 'enum' | 'literal';

export interface KindMeta {
  kind: ValueKind;
  options?: readonly string[];
  /** For an enum: what each code is called, shown in the Excel form and accepted from it. */
  labels?: Readonly<Record<string, { vi: string; en: string }>>;
}

export const kindMeta = z.registry<KindMeta>();

function tag<T extends z.ZodType>(schema: T, meta: KindMeta): T {
  kindMeta.add(schema as z.ZodType, meta);
  return schema;
}

/** Trimmed, non-empty Unicode text (readers normalise to NFC before validation). */
export const text = () =>
  tag(z.string({ error: 'expected_text' }).trim().min(1, { error: 'empty_text' }), { kind: 'text' });

/** Whole number ≥ 0. */
export const count = () =>
  tag(
    z
      .number({ error: 'expected_int' })
      .int({ error: 'expected_int' })
      .min(0, { error: 'negative' })
      .max(1_000_000_000, { error: 'too_large' }),
    { kind: 'int' },
  );

/** How the form writes a yes/no answer (its dropdown, its cells, and findings on it): «Có» / «Không». */
export const BOOL_WORDS = { yes: 'Có', no: 'Không' } as const;

export const bool = () => tag(z.boolean({ error: 'expected_bool' }), { kind: 'bool' });

/** A calendar date written `YYYY-MM-DD` (a real date: no 31/02). */
export const isoDate = () => tag(z.iso.date({ error: 'expected_date' }), { kind: 'date' });

/** One of fixed codes; `labels` name each code in Vietnamese and English for the people who choose it. */
export const oneOf = <const T extends readonly [string, ...string[]]>(values: T, labels?: Readonly<Record<T[number], { vi: string; en: string }>>) =>
  tag(z.enum(values, { error: 'bad_enum' }), { kind: 'enum', options: values, ...(labels ? { labels } : {}) });

export function kindOf(schema: z.ZodType): KindMeta | undefined {
  return kindMeta.get(schema);
}
