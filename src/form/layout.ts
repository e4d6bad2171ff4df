/**
 * The layout of the Excel form: which cell holds which field. It is derived from the contract's zod schema alone
 * (`leafFields`/`fieldAt`), so the form writer and the reader share one map and a new field in the contract appears
 * in both without a second, hand-kept list.
 *
 * - Sheet «Báo cáo»: one row per single-valued field (label in B, value in C), grouped under section rows.
 * - One sheet per repeatable section (channels, incidents, …): a header row of labels, then one row per item.
 * - A very hidden sheet records the form id, the contract version and a fingerprint of this layout, so a workbook
 *   that is not ours, or made from another version of the form, is recognised.
 */
import { createHash } from 'node:crypto';
import type { z } from 'zod';
import { metaOf, type FieldMeta } from '../contract/meta.js';
import { SubmissionSchema } from '../contract/submission.js';
import { arrayElement, isOptional, leafFields, objectShape, unwrap, type LeafField, type PathSegment } from '../contract/walk.js';

export const FORM_ID = 'edu-comms/submission';
export const CONTRACT_VERSION = 1;
export const MAIN_SHEET = 'Báo cáo';
export const INSTRUCTIONS_SHEET = 'Hướng dẫn';
/** Very hidden: the form's identity and the cells converted from YAML that must be read exactly as written. */
export const META_SHEET = 'edu-comms';

/** Columns of the main sheet. */
export const MAIN_COLUMNS = { number: 1, label: 2, value: 3, note: 4, key: 5 } as const;
export const MAIN_FIRST_ROW = 4;
/** Rows of a table sheet: title, instructions, labels, notes, then items. */
export const TABLE_HEADER_ROW = 3;
export const TABLE_NOTE_ROW = 4;
export const TABLE_FIRST_ROW = 5;
/** Rows offered for items in a blank form; a converted submission gets more when it has more. */
export const TABLE_BLANK_ROWS = 50;
/** Rows the reader looks at in a table sheet: far more than any real report, a bound on work for a hostile one. */
export const TABLE_MAX_ROWS = 1000;

export interface MainField {
  /** Contract path without indices, e.g. `['contacts', 'leader', 'phone']`. */
  path: PathSegment[];
  field: LeafField;
  row: number;
}

export interface MainSection {
  path: PathSegment[];
  meta?: FieldMeta;
  depth: number;
  row: number;
  optional: boolean;
  /** For a repeatable section: the sheet where its items go. */
  table?: string;
}

export interface TableColumn {
  /** Path inside one item, e.g. `['url']`. */
  path: PathSegment[];
  field: LeafField;
  /** 1-based column number. */
  col: number;
}

export interface TableLayout {
  /** The array's key in the submission, e.g. `channels`. */
  key: string;
  sheet: string;
  meta?: FieldMeta;
  columns: TableColumn[];
}

export interface FormLayout {
  sections: MainSection[];
  fields: MainField[];
  tables: TableLayout[];
  /** Short fingerprint of the sheets and cells, written into the form and checked when reading. */
  fingerprint: string;
}

export function columnLetter(col: number): string {
  let out = '';
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) out = String.fromCharCode(65 + ((n - 1) % 26)) + out;
  return out;
}

/** `Báo cáo!C7`: the location format of findings (`shared/spec/cli.md`). */
export function cellRef(sheet: string, row: number, col: number): string {
  return `${sheet}!${columnLetter(col)}${row}`;
}

/**
 * A table's sheet name from its Vietnamese label: the part before the first comma (Excel allows 31 characters and no
 * `: \ / ? * [ ]`), e.g. «Gương điển hình, mô hình hay…» → «Gương điển hình».
 */
export function sheetNameFor(meta: FieldMeta | undefined, key: string): string {
  const label = meta?.label.vi ?? key;
  const name = label.split(',')[0]!.replace(/[:\\/?*[\]]/g, ' ').trim().slice(0, 31).trim();
  return name || key;
}

function buildLayout(schema: z.ZodType): FormLayout {
  const sections: MainSection[] = [];
  const fields: MainField[] = [];
  const tables: TableLayout[] = [];
  let row = MAIN_FIRST_ROW;

  const visit = (node: z.ZodType, path: PathSegment[], depth: number) => {
    const shape = objectShape(node);
    if (shape) {
      if (path.length > 0) {
        const meta = metaOf(node);
        sections.push({ path, ...(meta ? { meta } : {}), depth, row: row++, optional: isOptional(node) });
      }
      for (const [key, child] of Object.entries(shape)) visit(child, [...path, key], path.length === 0 ? 0 : depth + 1);
      return;
    }
    const element = arrayElement(node);
    if (element) {
      const key = String(path[path.length - 1]);
      const meta = metaOf(node);
      const sheet = sheetNameFor(meta, key);
      const columns = leafFields(unwrap(element)).map((field, i) => ({ path: field.path, field, col: i + 2 }));
      tables.push({ key, sheet, ...(meta ? { meta } : {}), columns });
      sections.push({ path, ...(meta ? { meta } : {}), depth, row: row++, optional: true, table: sheet });
      return;
    }
    const [field] = leafFields(node, path);
    fields.push({ path, field: field!, row: row++ });
  };
  visit(schema, [], 0);

  const shape = JSON.stringify({
    form: FORM_ID,
    main: [MAIN_SHEET, fields.map((f) => [f.path.join('.'), f.row])],
    tables: tables.map((t) => [t.key, t.sheet, t.columns.map((c) => [c.path.join('.'), c.col])]),
  });
  const fingerprint = createHash('sha256').update(shape).digest('hex').slice(0, 12);
  return { sections, fields, tables, fingerprint };
}

let cached: FormLayout | undefined;

/** The layout of the submission form (computed once). */
export function formLayout(): FormLayout {
  cached ??= buildLayout(SubmissionSchema);
  return cached;
}

/** Key of a contract path without indices, for lookups: `contacts.leader.phone`. */
export const pathKey = (path: readonly PathSegment[]) => path.join('.');

/** How a field's cell is typed, read and validated in the form. */
export type FormKind = 'text' | 'int' | 'bool' | 'date' | 'enum';

export function formKind(field: LeafField): FormKind {
  const kind = field.kind?.kind;
  if (kind === 'int' || kind === 'bool' || kind === 'date' || kind === 'enum' || kind === 'text') return kind;
  // `schema_version: 1` is a literal number; period strings (school year, month, quarter) are text with a pattern
  const def = (unwrap(field.schema) as unknown as { _zod: { def: { type: string; values?: unknown[] } } })._zod.def;
  if (def.type === 'literal' && typeof def.values?.[0] === 'number') return 'int';
  return 'text';
}
