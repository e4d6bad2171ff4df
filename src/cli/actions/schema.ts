/**
 * `edu-comms schema`: the JSON Schema of the submission contract, generated from the zod schemas (the input shape,
 * the one people write), for editor completion; `--of document-metadata`: the schema of the metadata file `render`
 * writes next to each document; `--of config`: the schema of edu-comms.yaml.
 */
import { documentMetadataJsonSchema } from '../../contract/document-metadata.js';
import { CONFIG_SCHEMA_FILE, SUBMISSION_SCHEMA_FILE, configJsonSchema, submissionJsonSchema } from '../../contract/json-schema.js';
import { outputPath, writeOutputFile } from '../../util/output.js';
import type { GlobalOptions } from '../options.js';
import { EXIT } from '../../util/errors.js';

/** The file name `--out DIR` writes into DIR. */
export const SCHEMA_FILE = SUBMISSION_SCHEMA_FILE;
export const METADATA_SCHEMA_FILE = 'document-metadata.schema.json';

const SCHEMAS = {
  submission: { file: SCHEMA_FILE, make: submissionJsonSchema },
  config: { file: CONFIG_SCHEMA_FILE, make: configJsonSchema },
  'document-metadata': { file: METADATA_SCHEMA_FILE, make: documentMetadataJsonSchema },
} as const;

export async function runSchema(options: GlobalOptions & { out?: string; force?: boolean; of?: keyof typeof SCHEMAS }): Promise<number> {
  const chosen = SCHEMAS[options.of ?? 'submission'];
  const text = `${JSON.stringify(chosen.make(), null, 2)}\n`;
  if (options.out) await writeOutputFile(outputPath(options.out, chosen.file), text, { force: options.force ?? false });
  else process.stdout.write(text);
  return EXIT.ok;
}
