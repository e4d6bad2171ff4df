import { z } from 'zod';
import { SubmissionSchema } from './submission.js';
import { ConfigSchema } from './config.js';

export const SCHEMA_ID = 'https://edu-comms.local/schema/submission-v1.json';
/** The file name `edu-comms schema --out DIR` writes, and generated YAML forms point at. */
export const SUBMISSION_SCHEMA_FILE = 'submission.schema.json';

/** The JSON Schema (draft 2020-12) of a submission as people write it. */
export function submissionJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(SubmissionSchema, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
  return { ...schema, $id: SCHEMA_ID, title: 'Báo cáo công tác truyền thông (edu-comms, phiên bản 1)' };
}

export const CONFIG_SCHEMA_ID = 'https://edu-comms.local/schema/config-v1.json';
/** The file name `edu-comms schema --of config --out DIR` writes, and generated edu-comms.yaml files point at. */
export const CONFIG_SCHEMA_FILE = 'edu-comms.schema.json';

/** The JSON Schema (draft 2020-12) of edu-comms.yaml as people write it (from the same zod schema the loader uses). */
export function configJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(ConfigSchema, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
  return { ...schema, $id: CONFIG_SCHEMA_ID, title: 'Cấu hình văn phòng edu-comms (edu-comms.yaml)' };
}
