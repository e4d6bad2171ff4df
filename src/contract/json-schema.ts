import { z } from 'zod';
import { SubmissionSchema } from './submission.js';

export const SCHEMA_ID = 'https://edu-comms.local/schema/submission-v1.json';

/** The JSON Schema (draft 2020-12) of a submission as people write it. */
export function submissionJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(SubmissionSchema, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
  return { ...schema, $id: SCHEMA_ID, title: 'Báo cáo công tác truyền thông (edu-comms, phiên bản 1)' };
}
