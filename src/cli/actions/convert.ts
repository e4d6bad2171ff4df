/**
 * `edu-comms convert FILE… --to xlsx|yaml [--out DIR]`: submissions between YAML and the Excel form, losslessly.
 * Converting there and back gives the same data, and validating either gives the same findings. A file that cannot be
 * read, or holds something the form has no place for, is not converted (and says why); the others are.
 */
import { existsSync, statSync } from 'node:fs';
import { basename, extname, join, resolve } from 'node:path';
import { displayPath, formatFindingLine } from '../../config/load.js';
import { resolveLang, t, type Lang } from '../../i18n/index.js';
import { isSubmissionFile, readSubmissionFile } from '../../read/index.js';
import { formMisfits } from '../../template/fit.js';
import { writeSubmissionYaml } from '../../template/yaml.js';
import { isValidDateFlag, now } from '../../util/clock.js';
import { checkOutputFile, OutputError, writeOutputFile } from '../../util/output.js';
import { collectFiles } from '../../validate/collect.js';
import { EXIT, UsageError } from '../errors.js';
import { VERSION } from '../main.js';
import type { GlobalOptions } from '../options.js';

export interface ConvertOptions extends GlobalOptions {
  to: 'xlsx' | 'yaml';
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

export async function runConvert(paths: string[], options: ConvertOptions): Promise<number> {
  const lang = resolveLang(options.lang);
  if (options.date !== undefined && !isValidDateFlag(options.date)) throw new UsageError(t('validate.bad_date', lang));
  const files = await collectFiles(paths, { lang });
  const outDir = resolve(options.out ?? '.');
  if (existsSync(outDir) && !statSync(outDir).isDirectory()) throw new OutputError('is_file', outDir);
  const planned = plan(files, options.to, outDir, lang);
  // every refusal (a file somebody edited, a folder in the way) before the first file is written
  const writeOptions = { force: options.force ?? false, inputs: files.map((f) => f.path) };
  for (const item of planned) if (isSubmissionFile(item.path)) checkOutputFile(item.out, writeOptions);

  let done = 0;
  // one file at a time: a province's folder of workbooks must not all be in memory at once
  for (const item of planned) {
    if (!isSubmissionFile(item.path)) {
      process.stderr.write(`${item.file}: ${t('validate.unsupported', lang, { ext: extname(item.path) || '(?)' })}\n`);
      continue;
    }
    const doc = await readSubmissionFile(item.path, { file: item.file, lang });
    const errors = doc.findings.filter((f) => f.severity === 'error');
    if (doc.data === undefined || errors.length > 0) {
      process.stderr.write(`${t('convert.failed', lang, { file: item.file })}\n`);
      for (const f of errors) process.stderr.write(`  ${formatFindingLine(f)}\n`);
      continue;
    }
    const misfits = formMisfits(doc.data);
    if (misfits.length > 0) {
      for (const m of misfits) {
        const at = doc.locate(m.segments, 'key');
        const where = at.cell ?? (at.line !== null ? `${at.line}:${at.column ?? 1}` : '');
        const reason = t(`convert.reason.${m.reason}`, lang);
        process.stderr.write(`${t('convert.not_representable', lang, { file: `${item.file}${where ? `:${where}` : ''}`, path: m.path, reason })}\n`);
      }
      continue;
    }
    // reading warnings (legacy encodings converted, leading zeros) are worth seeing once
    for (const f of doc.findings) process.stderr.write(`  ${formatFindingLine(f)}\n`);

    let bytes: string | Uint8Array;
    if (options.to === 'yaml') {
      bytes = writeSubmissionYaml(doc.data, { lang, mode: 'data' });
    } else {
      const { writeFormWorkbook } = await import('../../template/xlsx.js');
      bytes = await writeFormWorkbook(doc.data, { lang, created: now(options.date), generator: `edu-comms ${VERSION}` });
    }
    await writeOutputFile(item.out, bytes, writeOptions);
    process.stdout.write(`${t('convert.written', lang, { from: item.file, to: displayPath(item.out) })}\n`);
    done++;
  }
  process.stdout.write(`${t('convert.summary', lang, { done, total: planned.length })}\n`);
  return done === planned.length ? EXIT.ok : EXIT.findings;
}
