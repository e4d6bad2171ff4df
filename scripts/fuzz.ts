/**
 * The long fuzz campaign: `npm run fuzz` (after `npm run build`, for the binary's property).
 * Runs every property of test/fuzz/properties.ts with new seeds; on a failure, fast-check shrinks the input to a
 * minimal one, which is written to fuzz-findings/<property>-<seed>/ (the file(s) to reproduce it with, and what broke).
 *
 *   FUZZ_RUNS=5000 npm run fuzz           more runs per property (default 1000; the binary's property a tenth of it)
 *   FUZZ_SEED=123 npm run fuzz            replay a campaign
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import {
  cliFiles,
  cliInput,
  cliProperty,
  templateInput,
  templateProperty,
  templateText,
  xlsxBytes,
  xlsxInput,
  xlsxProperty,
  yamlBytes,
  yamlInput,
  yamlProperty,
  type CliInput,
  type TemplateInput,
  type XlsxInput,
  type YamlInput,
} from '../test/fuzz/properties.js';

const runs = Number(process.env['FUZZ_RUNS'] ?? 1000);
const seed = Number(process.env['FUZZ_SEED'] ?? Date.now() % 2 ** 31);
const out = join(process.cwd(), 'fuzz-findings');

type Campaign = { name: string; property: fc.IProperty<[never]> | fc.IAsyncProperty<[never]>; runs: number; files: (input: never) => Record<string, Uint8Array | string> };
const campaigns: Campaign[] = [
  { name: 'yaml', property: fc.asyncProperty(yamlInput, yamlProperty) as never, runs, files: (i: YamlInput) => ({ 'bao-cao.yaml': yamlBytes(i) }) },
  { name: 'xlsx', property: fc.asyncProperty(xlsxInput, xlsxProperty) as never, runs: Math.ceil(runs / 4), files: (i: XlsxInput) => ({ 'bao-cao.xlsx': xlsxBytes(i) }) },
  { name: 'template', property: fc.property(templateInput, templateProperty) as never, runs, files: (i: TemplateInput) => ({ 'report.vi.md': templateText(i) }) },
  { name: 'cli', property: fc.property(cliInput, cliProperty) as never, runs: Math.ceil(runs / 10), files: (i: CliInput) => cliFiles(i) },
];

let failed = 0;
for (const c of campaigns) {
  const started = Date.now();
  const result = await fc.check(c.property as never, { numRuns: c.runs, seed });
  const took = ((Date.now() - started) / 1000).toFixed(1);
  if (!result.failed) {
    console.log(`${c.name}: ${result.numRuns} runs, nothing found (${took} s, seed ${seed})`);
    continue;
  }
  failed++;
  const dir = join(out, `${c.name}-${seed}`);
  mkdirSync(dir, { recursive: true });
  const input = result.counterexample![0] as never;
  for (const [name, data] of Object.entries(c.files(input))) writeFileSync(join(dir, name), data);
  writeFileSync(
    join(dir, 'README.txt'),
    `property: ${c.name}\nseed: ${seed}\npath: ${result.counterexamplePath}\nreplay: FUZZ_SEED=${seed} npm run fuzz\n\n${String(result.errorInstance)}\n\ninput:\n${JSON.stringify(input, null, 2)}\n`,
  );
  console.log(`${c.name}: FOUND after ${result.numRuns} runs (${took} s) — minimal reproducer in ${dir}`);
}
process.exitCode = failed > 0 ? 1 : 0;
