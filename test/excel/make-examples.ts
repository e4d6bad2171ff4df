/**
 * Writes the example workbooks under `examples/` (see ./examples.ts): `npx tsx test/excel/make-examples.ts`.
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { mkdirSync, writeFileSync } from 'node:fs';
import { exampleWorkbooks } from './examples.js';

const examples = join(dirname(fileURLToPath(import.meta.url)), '../../examples');
for (const [path, bytes] of await exampleWorkbooks()) {
  mkdirSync(dirname(join(examples, path)), { recursive: true });
  writeFileSync(join(examples, path), bytes); // a developer's script: plain writes, no output manifest in examples/
  process.stdout.write(`examples/${path}\n`);
}
