/**
 * `edu-comms schema`: the JSON Schema of the submission contract, generated from the zod schemas (the input shape,
 * the one people write), for editor completion.
 */
import { submissionJsonSchema } from '../../contract/json-schema.js';
import { outputPath, writeOutputFile } from '../../util/output.js';
import type { GlobalOptions } from '../options.js';
import { EXIT } from '../errors.js';

/** The file name `--out DIR` writes into DIR. */
export const SCHEMA_FILE = 'submission.schema.json';

export async function runSchema(options: GlobalOptions & { out?: string; force?: boolean }): Promise<number> {
  const text = `${JSON.stringify(submissionJsonSchema(), null, 2)}\n`;
  if (options.out) await writeOutputFile(outputPath(options.out, SCHEMA_FILE), text, { force: options.force ?? false });
  else process.stdout.write(text);
  return EXIT.ok;
}
