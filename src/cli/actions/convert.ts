/**
 * `edu-comms convert FILE… --to xlsx|yaml|responses [--out DIR|FILE]`: submissions between YAML, the Excel form and a
 * responses sheet (one row per submission, the layout of an online form's export), losslessly.
 * Converting there and back gives the same data, and validating either gives the same findings. A file that cannot be
 * read, or holds something the form has no place for, is not converted (and says why); the others are.
 */
import { existsSync, statSync } from 'node:fs';
import { basename, extname, join, resolve } from 'node:path';
import { convertExit } from '../../app/exit-codes.js';
import { displayPath, formatFindingLine } from '../../config/load.js';
import { resolveLang, t, type Lang } from '../../i18n/index.js';
import { isSubmissionFile, readSources } from '../../read/index.js';
import type { SourceDocument } from '../../contract/findings.js';
import { formMisfits } from '../../form/fit.js';
import { writeSubmissionYaml } from '../../form/write-yaml.js';
import { isValidDateFlag, now } from '../../util/clock.js';
import { checkOutputFile, OutputError, outputPath, writeOutputFile } from '../../util/output.js';
import { collectFiles } from '../../validate/collect.js';
import { UsageError } from '../../util/errors.js';
import { fileStem } from '../../util/paths.js';
import { VERSION } from '../../util/version.js';
import type { GlobalOptions } from '../options.js';

export interface ConvertOptions extends GlobalOptions {
  to: 'xlsx' | 'yaml' | 'responses';
  out?: string;
  force?: boolean;
}

interface Planned {
  path: string;
  file: string;
  out: string;
}

function plan(files: readonly { path: string; file: string }[], to: 'xlsx' | 'yaml', outDir: string, lang: Lang): Planned[] {
  const planned = files.map((f) => ({ ...f, out: join(outDir, `${basename(f.path, extname(f.path))}.${to}`) }));
  const inputs = new Set(files.map((f) => f.path));
  const seen = new Map<string, string>();
  for (const p of planned) {
    if (inputs.has(p.out)) throw new UsageError(t('convert.same_file', lang, { file: displayPath(p.out) }), t('convert.same_file.fix', lang));
    if (seen.has(p.out)) throw new UsageError(t('convert.collision', lang, { file: displayPath(p.out) }), t('convert.collision.fix', lang));
    seen.set(p.out, p.file);
  }
  return planned;
}

/** Why a document cannot be converted, written to stderr; true when it can. */
function convertible(doc: SourceDocument, to: ConvertOptions['to'], lang: Lang, misfitsOf: (data: unknown) => { path: string; segments: (string | number)[]; reason: string; limit?: number }[]): boolean {
  const errors = doc.findings.filter((f) => f.severity === 'error');
  if (doc.data === undefined || errors.length > 0) {
    process.stderr.write(`${t('convert.failed', lang, { file: doc.file })}\n`);
    for (const f of errors) process.stderr.write(`  ${formatFindingLine(f)}\n`);
    return false;
  }
  const misfits = misfitsOf(doc.data);
  for (const m of misfits) {
    const at = doc.locate(m.segments, 'key');
    const where = at.cell ?? (at.line !== null ? `${at.line}:${at.column ?? 1}` : '');
    const reason = t(`convert.reason.${m.reason}` as 'convert.reason.not_value', lang, { limit: m.limit ?? '' });
    const key = to === 'responses' ? 'convert.not_representable_responses' : 'convert.not_representable';
    process.stderr.write(`${t(key, lang, { file: `${doc.file}${where ? `:${where}` : ''}`, path: m.path, reason })}\n`);
  }
  if (misfits.length > 0) return false;
  // reading warnings (legacy encodings converted, leading zeros) are worth seeing once
  for (const f of doc.findings) process.stderr.write(`  ${formatFindingLine(f)}\n`);
  return true;
}

/** The file name stem for one row of a responses sheet: the unit's code, else the sheet's name and the row. */
function rowStem(doc: SourceDocument): string {
  const [file, row] = doc.file.split('#') as [string, string];
  const code = (doc.data as { unit?: { code?: unknown } } | undefined)?.unit?.code;
  const safe = typeof code === 'string' ? fileStem(code) : '';
  return safe !== '' ? safe : `${basename(file, extname(file))}-${row}`;
}

export async function runConvert(paths: string[], options: ConvertOptions): Promise<number> {
  const lang = resolveLang(options.lang);
  if (options.date !== undefined && !isValidDateFlag(options.date)) throw new UsageError(t('validate.bad_date', lang));
  const files = await collectFiles(paths, { lang });
  const writeOptions = { force: options.force ?? false, inputs: files.map((f) => f.path) };
  if (options.to === 'responses') return toResponses(files, options, lang, writeOptions);

  const to = options.to;
  const outDir = resolve(options.out ?? '.');
  if (existsSync(outDir) && !statSync(outDir).isDirectory()) throw new OutputError('is_file', outDir);
  const planned = plan(files, to, outDir, lang);
  // every refusal (a file somebody edited, a folder in the way) before the first file is written
  for (const item of planned) if (isSubmissionFile(item.path)) checkOutputFile(item.out, writeOptions);

  let done = 0;
  let total = 0;
  const written = new Set(planned.map((p) => p.out));
  // one file at a time: a province's folder of workbooks must not all be in memory at once
  for (const item of planned) {
    if (!isSubmissionFile(item.path)) {
      total++;
      process.stderr.write(`${item.file}: ${t('validate.unsupported', lang, { ext: extname(item.path) || '(?)' })}\n`);
      continue;
    }
    const docs = await readSources(item.path, { file: item.file, lang });
    // a responses sheet (or a zip) holds several submissions: each gets a file of its own, named by its unit
    const several = docs.length > 1 || docs[0]!.file !== item.file;
    for (const doc of docs) {
      total++;
      let out = item.out;
      if (several) {
        const stem = doc.file.includes('#') ? rowStem(doc) : basename(doc.file, extname(doc.file));
        out = join(outDir, `${stem}.${to}`);
        if (written.has(out) || writeOptions.inputs.includes(out)) out = join(outDir, `${stem}-${total}.${to}`);
        written.add(out);
        checkOutputFile(out, writeOptions);
      }
      if (!convertible(doc, to, lang, formMisfits)) continue;
      let bytes: string | Uint8Array;
      if (to === 'yaml') {
        bytes = writeSubmissionYaml(doc.data, { lang, mode: 'data' });
      } else {
        const { writeFormWorkbook } = await import('../../form/write-xlsx.js');
        bytes = await writeFormWorkbook(doc.data, { lang, created: now(options.date), generator: `edu-comms ${VERSION}` });
      }
      await writeOutputFile(out, bytes, writeOptions);
      process.stdout.write(`${t('convert.written', lang, { from: doc.file, to: displayPath(out) })}\n`);
      done++;
    }
  }
  process.stdout.write(`${t('convert.summary', lang, { done, total })}\n`);
  return convertExit(done, total);
}

/** Every submission of the inputs as one row of one responses sheet (CSV by the `.csv` extension, else XLSX). */
async function toResponses(files: readonly { path: string; file: string }[], options: ConvertOptions, lang: Lang, writeOptions: { force: boolean; inputs: string[] }): Promise<number> {
  const out = outputPath(options.out, 'cau-tra-loi.xlsx');
  checkOutputFile(out, writeOptions);
  const { responsesMisfits, writeResponsesCsv, writeResponsesWorkbook } = await import('../../form/write-responses.js');
  const rows: unknown[] = [];
  let total = 0;
  for (const f of files) {
    if (!isSubmissionFile(f.path)) {
      total++;
      process.stderr.write(`${f.file}: ${t('validate.unsupported', lang, { ext: extname(f.path) || '(?)' })}\n`);
      continue;
    }
    for (const doc of await readSources(f.path, { file: f.file, lang })) {
      total++;
      if (convertible(doc, 'responses', lang, responsesMisfits)) rows.push(doc.data);
    }
  }
  const bytes = extname(out).toLowerCase() === '.csv' ? writeResponsesCsv(rows, lang) : await writeResponsesWorkbook(rows, { lang, created: now(options.date), guide: false });
  await writeOutputFile(out, bytes, writeOptions);
  process.stdout.write(`${t('convert.responses_written', lang, { rows: rows.length, file: displayPath(out) })}\n`);
  process.stdout.write(`${t('convert.summary', lang, { done: rows.length, total })}\n`);
  return convertExit(rows.length, total);
}
