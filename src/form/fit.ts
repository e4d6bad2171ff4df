/**
 * Does a submission's data fit the Excel form? The form has a cell for every field of the contract and nothing else,
 * so a typo'd key, a list where a value belongs or a value where a group belongs has nowhere to go. `convert` refuses
 * such a file (naming the field) rather than silently dropping data. Empty values (`null`, `""`) fit: they are an
 * empty cell.
 */
import type { z } from 'zod';
import { SubmissionSchema } from '../contract/submission.js';
import { arrayElement, formatPath, objectShape, type PathSegment } from '../contract/walk.js';

export type MisfitReason = 'unknown_key' | 'not_list' | 'not_group' | 'not_value' | 'too_many_items' | 'not_exact';

export interface Misfit {
  path: string;
  segments: PathSegment[];
  reason: MisfitReason;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isScalar = (v: unknown) => v === null || ['string', 'number', 'boolean'].includes(typeof v);

export function formMisfits(data: unknown, schema: z.ZodType = SubmissionSchema): Misfit[] {
  const out: Misfit[] = [];
  const push = (segments: PathSegment[], reason: MisfitReason) => out.push({ path: formatPath(segments), segments, reason });
  const visit = (node: z.ZodType, value: unknown, path: PathSegment[]) => {
    if (value === undefined || value === null) return;
    const shape = objectShape(node);
    if (shape) {
      if (!isRecord(value)) return void push(path, 'not_group');
      for (const [key, child] of Object.entries(value)) {
        const childSchema = Object.hasOwn(shape, key) ? shape[key] : undefined;
        if (!childSchema) push([...path, key], 'unknown_key');
        else visit(childSchema, child, [...path, key]);
      }
      return;
    }
    const element = arrayElement(node);
    if (element) {
      if (!Array.isArray(value)) return void push(path, 'not_list');
      value.forEach((item, i) => {
        // an empty item would be an empty row, which the reader skips
        const blank = (v: unknown) => v === undefined || v === null || v === '';
        if (blank(item) || (isRecord(item) && Object.values(item).every(blank))) push([...path, i], 'not_group');
        else visit(element, item, [...path, i]);
      });
      return;
    }
    if (!isScalar(value)) push(path, 'not_value');
  };
  visit(schema, data, []);
  return out;
}
