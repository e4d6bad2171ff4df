/**
 * `edu-comms schema`: the JSON Schema of the submission contract, generated from the zod schemas (the input shape,
 * the one people write), for editor completion; `--of document-metadata`: the schema of the metadata file `render`
 * writes next to each document.
 */
import { documentMetadataJsonSchema } from '../../contract/document-metadata.js';
import { submissionJsonSchema } from '../../contract/json-schema.js';
import { outputPath, writeOutputFile } from '../../util/output.js';
import type { GlobalOptions } from '../options.js';
import { EXIT } from '../../util/errors.js';

/** The file name `--out DIR` writes into DIR. */
export const SCHEMA_FILE = 'submission.schema.json';
export const METADATA_SCHEMA_FILE = 'document-metadata.schema.json';

export async function runSchema(options: GlobalOptions & { out?: string; force?: boolean; of?: 'submission' | 'document-metadata' }): Promise<number> {
  const metadata = options.of === 'document-metadata';
  const text = `${JSON.stringify(metadata ? documentMetadataJsonSchema() : submissionJsonSchema(), null, 2)}\n`;
  if (options.out) await writeOutputFile(outputPath(options.out, metadata ? METADATA_SCHEMA_FILE : SCHEMA_FILE), text, { force: options.force ?? false });
  else process.stdout.write(text);
  return EXIT.ok;
}
