/**
 * `validate --feedback DIR`: wiring only. For every file with errors or warnings: `<unit>.txt`, the message to paste
 * into Zalo or an e-mail, and for a workbook of the tool's form `<unit>.xlsx`, the school's own workbook annotated;
 * plus `tat-ca-phan-hoi.txt`, every message grouped by managing unit. The folder is written as one set (all or
 * nothing), never inside the reports being validated, and the originals are only read.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { displayPath } from '../../config/load.js';
import { resolvePeriod, type PeriodRef } from '../../contract/period.js';
import { feedbackDigest, feedbackMessage, needsFeedback } from '../../feedback/message.js';
import { t } from '../../i18n/index.js';
import { now } from '../../util/clock.js';
import { checkOutputSet, OutputError, writeOutputSet, type OutputFile } from '../../util/output.js';
import type { FileResult, ValidationReport } from '../../contract/findings.js';
import type { CommandContext } from '../context.js';
import { UsageError } from '../../util/errors.js';
import { fileStem, isInside } from '../../util/paths.js';

export const DIGEST_FILE = 'tat-ca-phan-hoi.txt';

/** A file name stem for a file's feedback: the unit's code, else the file's own name (a sheet's row number kept). */
function stemOf(file: FileResult): string {
  const base = file.unit ?? basename(file.file).replace(/#(\d+)$/, '-$1').replace(/\.[^.]+$/, '');
  return fileStem(base) || 'bao-cao';
}

/** Refuse a feedback folder inside the reports being validated (its workbooks would be read as reports next time). */
export function checkFeedbackDir(given: string, paths: readonly string[], lang: 'vi' | 'en'): void {
  const dir = resolve(given);
  for (const path of paths) {
    const input = resolve(path);
    const isDir = existsSync(input) && statSync(input).isDirectory();
    if (isDir ? isInside(dir, input) : dir === dirname(input)) {
      throw new UsageError(t('feedback.in_input', lang, { dir: displayPath(dir), input: path }), t('feedback.in_input.fix', lang));
    }
  }
}

export async function writeFeedback(
  report: ValidationReport,
  options: { dir: string; paths: readonly string[]; context: CommandContext; target: PeriodRef | null; force: boolean; date?: string; notices?: NodeJS.WritableStream },
): Promise<void> {
  const { context } = options;
  const { lang, loaded } = context;
  const dir = resolve(options.dir);
  checkFeedbackDir(options.dir, options.paths, lang);
  const files = report.files.filter(needsFeedback);
  if (files.length === 0) {
    (options.notices ?? process.stdout).write(`${t('feedback.none', lang)}\n`);
    return;
  }
  const periodOf = (file: FileResult) => {
    const ref = file.periodRef ?? options.target;
    return ref ? resolvePeriod(ref, loaded.config.calendar) : null;
  };
  // names: a unit's code, made unique in file order (two files of one unit: th-x.txt, th-x-2.txt)
  const used = new Map<string, number>();
  const named = files.map((file) => {
    const stem = stemOf(file);
    const n = (used.get(stem) ?? 0) + 1;
    used.set(stem, n);
    return { file, stem: n === 1 ? stem : `${stem}-${n}` };
  });
  const out: OutputFile[] = [];
  let workbooks = 0;
  const created = now(options.date);
  for (const { file, stem } of named) {
    out.push({ name: `${stem}.txt`, data: feedbackMessage(file, { roster: loaded.roster, lang, today: context.today, period: periodOf(file) }) });
    const source = resolve(file.file);
    // the school's own workbook, when it is one on disk (a workbook inside a zip gets the message only)
    if (file.format === 'xlsx' && extname(source).toLowerCase() === '.xlsx' && existsSync(source)) {
      const { annotateWorkbook } = await import('../../feedback/workbook.js');
      try {
        out.push({ name: `${stem}.xlsx`, data: await annotateWorkbook(new Uint8Array(readFileSync(source)), file, { lang, created }) });
        workbooks++;
      } catch {
        // a workbook too broken for exceljs still gets its message; its findings already say what is wrong
      }
    }
  }
  out.push({ name: DIGEST_FILE, data: feedbackDigest(files, { roster: loaded.roster, lang, today: context.today, periodOf }) });
  const writeOptions = { force: options.force, inputs: [...options.paths.map((p) => resolve(p)), ...(loaded.embedded ? [] : [loaded.path])] };
  try {
    checkOutputSet(dir, out.map((f) => f.name), writeOptions);
    await writeOutputSet(dir, out, writeOptions);
  } catch (error) {
    // the place was named by --feedback: the message says so
    if (error instanceof OutputError) throw new OutputError(error.reason, error.path, { ...error.detail, option: '--feedback' });
    throw error;
  }
  (options.notices ?? process.stdout).write(`${t('feedback.written', lang, { count: files.length, workbooks, dir: displayPath(dir), digest: displayPath(join(dir, DIGEST_FILE)) })}\n`);
}
