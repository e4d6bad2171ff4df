/**
 * The fuzz harness's properties, shared by the test suite (a modest count on every `npm test`: fuzz.test.ts) and the
 * long campaign (`npm run fuzz`: scripts/fuzz.ts, which writes minimal reproducers).
 *
 * Inputs are real files made hostile: the bundled examples and a form from our writer, mutated byte by byte, line by
 * line, and with snippets clerks and attackers produce (tabs, unclosed quotes, aliases, deep nesting, BOMs, legacy
 * encodings, prototype keys). The invariants:
 * - a reader never throws, and every error it reports has a location (a line and column, or a cell);
 * - a file the validator rejects has only located errors;
 * - the input bytes are never changed;
 * - the built binary exits 0, 1 or 2, and its `--format json` output parses;
 * - a wording template either parses or reports every problem at a line and column inside the file.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { strFromU8, unzipSync, zipSync } from 'fflate';
import { loadConfig } from '../../src/config/load.js';
import { SubmissionSchema } from '../../src/contract/submission.js';
import { parseTemplate, TemplateError } from '../../src/render/template.js';
import { readXlsxDocument } from '../../src/form/read-xlsx.js';
import { readYamlDocument } from '../../src/read/yaml.js';
import { validateDocuments } from '../../src/validate/engine.js';
import type { Finding, SourceDocument } from '../../src/contract/findings.js';
import { BIN, EXAMPLES, ROOT } from '../helpers/cli.js';

// --- seeds: real files ---------------------------------------------------------------------------------------------

function yamlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? yamlFiles(join(dir, e.name)) : e.name.endsWith('.yaml') ? [join(dir, e.name)] : [],
  );
}
export const YAML_SEEDS: readonly string[] = [...yamlFiles(join(EXAMPLES, 'submissions')), ...yamlFiles(join(EXAMPLES, 'broken'))]
  .sort()
  .map((p) => readFileSync(p, 'utf8'));
export const XLSX_SEED: Uint8Array = readFileSync(join(EXAMPLES, 'excel', readdirSync(join(EXAMPLES, 'excel')).filter((f) => f.endsWith('.xlsx')).sort()[0]!));
export const TEMPLATE_SEEDS: readonly string[] = ['report', 'letter', 'reminder'].map((k) => readFileSync(join(ROOT, 'templates', `${k}.vi.md`), 'utf8'));

// --- mutations -----------------------------------------------------------------------------------------------------

/** What clerks and attackers put into files. */
const SNIPPETS = [
  '\t', ': ', ' - ', '-', '"', "'", '{', '}', '[', ']', '#', '&a ', '*a', '<<: *a', '!!js/function ', '!!binary ', '? ', '|', '>',
  '%YAML 1.1\n---\n', '\n---\n', '\n...\n', '\u0000', '\uFEFF', '\r', '\r\n', '\u2028', '0912345678', '+84912', '2024-13-45', '31/11/2024',
  'null', '~', 'yes', 'no', '1e999', '-0', '0x1F', '__proto__: {}', 'constructor: 1', 'Trường'.normalize('NFD'), 'Tr\u00adêng MÇm non',
  '\n  code: TH-BINHYEN\n', '\nunit:\n  code: X\n', 'code: code: x', `{"a":${'['.repeat(3000)}${']'.repeat(3000)}}`, '['.repeat(500), '{a: '.repeat(200),
  '😀', '\\', '\\u', '%', '@', '`', '{{', '{unit_name}', '@each', '@if', '@end', '@else', '**', '*',
];

export type Mutation =
  | { kind: 'insert'; at: number; text: string }
  | { kind: 'delete'; at: number; length: number }
  | { kind: 'flip'; at: number; byte: number }
  | { kind: 'duplicate_line'; at: number }
  | { kind: 'swap_lines'; at: number; with: number }
  | { kind: 'truncate'; at: number };

const text = fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...SNIPPETS) }, { weight: 1, arbitrary: fc.string({ maxLength: 20, unit: 'binary' }) });
export const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), text }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 40 }) }),
  fc.record({ kind: fc.constant('flip' as const), at: fc.nat(), byte: fc.integer({ min: 0, max: 255 }) }),
  fc.record({ kind: fc.constant('duplicate_line' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('swap_lines' as const), at: fc.nat(), with: fc.nat() }),
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
);
export const mutations = fc.array(mutation, { minLength: 1, maxLength: 6 });

/** Apply mutations to text (line mutations by line, the others by UTF-16 position; flips by byte at the end). */
export function mutateText(source: string, list: readonly Mutation[]): Uint8Array<ArrayBuffer> {
  let s = source;
  const flips: { at: number; byte: number }[] = [];
  for (const m of list) {
    const at = s.length === 0 ? 0 : m.at % (s.length + 1);
    if (m.kind === 'insert') s = s.slice(0, at) + m.text + s.slice(at);
    else if (m.kind === 'delete') s = s.slice(0, at) + s.slice(at + m.length);
    else if (m.kind === 'truncate') s = s.slice(0, at);
    else if (m.kind === 'flip') flips.push(m);
    else {
      const lines = s.split('\n');
      const i = m.at % lines.length;
      if (m.kind === 'duplicate_line') lines.splice(i, 0, lines[i]!);
      else {
        const j = m.with % lines.length;
        [lines[i], lines[j]] = [lines[j]!, lines[i]!];
      }
      s = lines.join('\n');
    }
  }
  const bytes = Buffer.from(s, 'utf8');
  for (const f of flips) if (bytes.length > 0) bytes[f.at % bytes.length] = f.byte;
  return new Uint8Array(bytes);
}

/** Mutate a workbook: the XML of its parts as text (cells, strings, structure), or the zip's raw bytes. */
export function mutateWorkbook(bytes: Uint8Array, list: readonly Mutation[], part: number, raw: boolean): Uint8Array {
  if (raw) {
    const copy = new Uint8Array(bytes);
    for (const m of list) if (m.kind === 'flip' || m.kind === 'insert') copy[m.at % copy.length] = m.kind === 'flip' ? m.byte : 0x3c;
    return copy;
  }
  const files = unzipSync(bytes);
  const names = Object.keys(files).filter((n) => n.endsWith('.xml')).sort();
  const name = names[part % names.length]!;
  files[name] = mutateText(strFromU8(files[name]!), list);
  return zipSync(Object.fromEntries(Object.entries(files).map(([k, v]) => [k, v])), { level: 1 });
}

// --- invariants ----------------------------------------------------------------------------------------------------

const hash = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');

function assertLocated(findings: readonly Finding[], context: string): void {
  for (const f of findings) {
    if (f.severity !== 'error') continue;
    if (f.cell === null && (f.line === null || f.column === null)) throw new Error(`${context}: an error without a location: ${JSON.stringify(f)}`);
    if (f.message.trim() === '' || /«»|“”/.test(f.message)) throw new Error(`${context}: a message with an empty name: ${f.message}`);
  }
}

let env: Awaited<ReturnType<typeof envOnce>> | undefined;
async function envOnce() {
  const loaded = await loadConfig({ config: join(EXAMPLES, 'edu-comms.yaml'), lang: 'vi' });
  return { config: loaded.config, roster: loaded.roster, target: null, lang: 'vi' as const };
}

/** Read, validate, check the invariants of one document. */
async function checkDocument(read: () => Promise<SourceDocument> | SourceDocument, bytes: Uint8Array, context: string): Promise<void> {
  const before = hash(bytes);
  const doc = await read();
  assertLocated(doc.findings, `${context} (reader)`);
  if (doc.data === undefined && !doc.findings.some((f) => f.severity === 'error')) throw new Error(`${context}: unreadable without an error finding`);
  env ??= await envOnce();
  const report = validateDocuments([doc], env);
  for (const file of report.files) if (file.status === 'rejected') assertLocated(file.findings, `${context} (validator)`);
  if (hash(bytes) !== before) throw new Error(`${context}: the input bytes were changed`);
}

export const yamlInput = fc.record({ seed: fc.nat(), mutations });
export type YamlInput = { seed: number; mutations: Mutation[] };
export const yamlBytes = (input: YamlInput) => mutateText(YAML_SEEDS[input.seed % YAML_SEEDS.length]!, input.mutations);
export async function yamlProperty(input: YamlInput): Promise<void> {
  const bytes = yamlBytes(input);
  await checkDocument(() => readYamlDocument(bytes, { file: 'fuzz.yaml', lang: 'vi', schema: SubmissionSchema }), bytes, 'yaml');
}

export const xlsxInput = fc.record({ part: fc.nat(), raw: fc.boolean(), mutations });
export type XlsxInput = { part: number; raw: boolean; mutations: Mutation[] };
export const xlsxBytes = (input: XlsxInput) => mutateWorkbook(XLSX_SEED, input.mutations, input.part, input.raw);
export async function xlsxProperty(input: XlsxInput): Promise<void> {
  const bytes = xlsxBytes(input);
  await checkDocument(() => readXlsxDocument(bytes, { file: 'fuzz.xlsx', lang: 'vi' }), bytes, 'xlsx');
}

export const templateInput = fc.record({ seed: fc.nat(), mutations });
export type TemplateInput = { seed: number; mutations: Mutation[] };
export const templateText = (input: TemplateInput) => Buffer.from(mutateText(TEMPLATE_SEEDS[input.seed % TEMPLATE_SEEDS.length]!, input.mutations)).toString('utf8');
export function templateProperty(input: TemplateInput): void {
  const source = templateText(input);
  const lines = source.split(/\r?\n|\r|\u2028/).length + 1;
  try {
    parseTemplate(source, 'fuzz.vi.md');
  } catch (error) {
    if (!(error instanceof TemplateError)) throw error;
    for (const p of error.problems) {
      if (!(p.line >= 1 && p.line <= lines && p.column >= 1)) throw new Error(`template problem outside the file: ${JSON.stringify(p)}`);
    }
  }
}

/** The built binary on a folder of mutated files: exit 0/1/2, JSON that parses, located errors, inputs unchanged. */
export const cliInput = fc.record({ yaml: fc.array(yamlInput, { minLength: 1, maxLength: 3 }), xlsx: fc.option(xlsxInput, { nil: undefined }) });
export type CliInput = { yaml: YamlInput[]; xlsx: XlsxInput | undefined };
export function cliFiles(input: CliInput): Record<string, Uint8Array> {
  const files: Record<string, Uint8Array> = {};
  input.yaml.forEach((y, i) => (files[`bao-cao-${i}.yaml`] = yamlBytes(y)));
  if (input.xlsx) files['bao-cao.xlsx'] = xlsxBytes(input.xlsx);
  return files;
}
export function cliProperty(input: CliInput): void {
  const dir = mkdtempSync(join(tmpdir(), 'edu-comms-fuzz-'));
  try {
    const files = cliFiles(input);
    for (const [name, bytes] of Object.entries(files)) writeFileSync(join(dir, name), bytes);
    const r = spawnSync(process.execPath, [BIN, 'validate', '.', '--format', 'json', '--config', join(EXAMPLES, 'edu-comms.yaml')], {
      cwd: dir,
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1' },
      maxBuffer: 1 << 28,
    });
    if (![0, 1, 2].includes(r.status ?? -1)) throw new Error(`exit ${r.status}: ${r.stderr}`);
    if (r.status !== 2) {
      const report = JSON.parse(r.stdout) as { files: { file: string; status: string; findings: Finding[] }[] };
      for (const f of report.files) if (f.status === 'rejected') assertLocated(f.findings, `cli ${f.file}`);
    }
    if (/Lỗi nội bộ|\n\s+at /.test(r.stderr)) throw new Error(`internal error: ${r.stderr}`);
    for (const [name, bytes] of Object.entries(files)) if (hash(readFileSync(join(dir, name))) !== hash(bytes)) throw new Error(`${name} was changed`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
