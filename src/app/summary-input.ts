/**
 * Which summary `render` works from: `--summary FILE`, the summary in `--summary DIR` (the folder aggregate wrote), or
 * the one in the current folder; and, when the file is not a summary, whether it is a school's report given by
 * mistake. Decided here, apart from the terminal, so that the command only parses options, calls and prints.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { AggregateInputError } from '../aggregate/aggregate.js';
import { parseSummary } from '../aggregate/summary-file.js';
import { displayPath } from '../config/load.js';
import { looksLikeSummaryText, type Summary } from '../contract/summary.js';
import { t, type Lang } from '../i18n/index.js';
import { ConfigError, UsageError } from '../util/errors.js';
import { recoverForReading } from '../util/output.js';

/** The names aggregate gives a summary, in the order they are looked for in a folder. */
export const SUMMARY_NAMES = ['summary.json', 'summary.yaml', 'summary.yml'] as const;

/** The folder aggregate writes its summaries into by default, one subfolder per unit and period. */
export const OUT_FOLDER = 'out';

const summaryIn = (folder: string): string | undefined => SUMMARY_NAMES.map((n) => join(folder, n)).find((p) => existsSync(p));

/** The summaries aggregate left under `out/` (one per subfolder), in name order. */
export function summariesUnderOut(cwd: string): string[] {
  const out = join(cwd, OUT_FOLDER);
  if (!existsSync(out) || !statSync(out).isDirectory()) return [];
  return readdirSync(out, { withFileTypes: true })
    .filter((e) => e.isDirectory() && !e.name.startsWith('.'))
    .map((e) => e.name)
    .sort()
    .map((name) => summaryIn(join(out, name)))
    .filter((p): p is string => p !== undefined);
}

/**
 * `--summary FILE`, or the summary in `--summary DIR` (the folder aggregate wrote), or in the current folder; with no
 * `--summary` and none in the current folder, the one summary under `out/`. Several there: the clerk must choose (a
 * usage error listing them), never a guess that could put last term's figures in this term's report.
 */
export function findSummary(path: string | undefined, cwd: string, lang: Lang = 'vi'): string | undefined {
  const given = path ? resolve(cwd, path) : undefined;
  // a summary folder whose switch to a new generation was cut short is put back first
  if (given !== undefined) recoverForReading(given);
  const folder = given === undefined ? cwd : existsSync(given) && statSync(given).isDirectory() ? given : undefined;
  if (folder === undefined) return given;
  const here = summaryIn(folder);
  if (here !== undefined || given !== undefined) return here;
  const under = summariesUnderOut(cwd);
  if (under.length > 1) {
    const list = under.map((p) => displayPath(dirname(p), cwd));
    throw new UsageError(
      t('render.summary.several', lang, { count: under.length, list: list.slice(0, 10).join(', ') + (list.length > 10 ? ', …' : '') }),
      t('render.summary.several.fix', lang, { folder: list[list.length - 1]! }),
    );
  }
  return under[0];
}

/** Text that is not a summary but starts a school's report (its `unit:` or `activities:` block). */
export function looksLikeSubmission(text: string): boolean {
  return !looksLikeSummaryText(text) && /^\s*"?(unit|activities)"?\s*:/m.test(text);
}

/** The summary render works from; a usage or config error (exit 2) naming the file and what to do otherwise. */
export function readSummaryFile(path: string | undefined, cwd: string, lang: Lang): Summary {
  const found = findSummary(path, cwd, lang);
  if (!found) throw new UsageError(t('render.summary.none', lang, { folder: displayPath(path ? resolve(cwd, path) : cwd, cwd) }), t('render.summary.none.fix', lang));
  const file = displayPath(found, cwd);
  let bytes: Buffer;
  try {
    bytes = readFileSync(found);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new UsageError(t('render.summary.not_found', lang, { file }));
    throw new ConfigError(t('render.summary.unreadable', lang, { file, detail: (error as Error).message }));
  }
  try {
    return parseSummary(bytes, { file, lang });
  } catch (error) {
    if (!(error instanceof AggregateInputError)) throw error;
    if (looksLikeSubmission(bytes.toString('utf8'))) throw new ConfigError(t('render.summary.is_submission', lang, { file }));
    throw new ConfigError(error.message, error.details);
  }
}
