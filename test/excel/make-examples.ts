/**
 * Writes the example workbooks under `examples/` (see ./examples.ts): `npx tsx test/excel/make-examples.ts`.
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeFileAtomic } from '../../src/util/fs.js';
import { exampleWorkbooks } from './examples.js';

const examples = join(dirname(fileURLToPath(import.meta.url)), '../../examples');
for (const [path, bytes] of await exampleWorkbooks()) {
  writeFileAtomic(join(examples, path), bytes);
  process.stdout.write(`examples/${path}\n`);
}
