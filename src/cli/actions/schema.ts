/**
 * `edu-comms schema`: the JSON Schema of the submission contract, generated from the zod schemas (the input shape,
 * the one people write), for editor completion.
 */
import { resolve } from 'node:path';
import { submissionJsonSchema } from '../../contract/json-schema.js';
import { writeFileAtomic } from '../../util/fs.js';
import type { GlobalOptions } from '../options.js';
import { EXIT } from '../errors.js';

export async function runSchema(options: GlobalOptions & { out?: string }): Promise<number> {
  const text = `${JSON.stringify(submissionJsonSchema(), null, 2)}\n`;
  if (options.out) writeFileAtomic(resolve(options.out), text);
  else process.stdout.write(text);
  return EXIT.ok;
}
