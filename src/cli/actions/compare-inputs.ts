/**
 * The earlier summaries `aggregate --compare` compares with: the files and folders named, or, with none named, the
 * summaries found in the history folder (`history:` in edu-comms.yaml, else `out/`) that are of the previous period
 * and of the same period of the previous school year (aggregate/compare.ts → pickHistory). I/O only; the choice and
 * the comparison are pure.
 */
import { existsSync, statSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { pickHistory, type CompareInput } from '../../aggregate/compare.js';
import { AggregateInputError } from '../../aggregate/aggregate.js';
import { parseSummary } from '../../aggregate/summary-file.js';
import type { Summary } from '../../contract/summary.js';
import { displayPath, type LoadedConfig } from '../../config/load.js';
import { t, type Lang } from '../../i18n/index.js';
import { ConfigError, UsageError } from '../../util/errors.js';
import { sha256 } from '../../util/hash.js';

const shown = (path: string, cwd: string) => {
  const rel = relative(cwd, path);
  return rel === '' || rel.startsWith('..') || /^[a-zA-Z]:/.test(rel) ? path.split(sep).join('/') : rel.split(sep).join('/');
};

async function readOne(path: string, cwd: string, lang: Lang): Promise<CompareInput> {
  const bytes = await readFile(path);
  const file = shown(path, cwd);
  try {
    return { file, sha256: sha256(bytes), summary: parseSummary(bytes, { file, lang }) };
  } catch (error) {
    if (error instanceof AggregateInputError) throw new ConfigError(error.message, error.details);
    throw error;
  }
}

/** A named file, or the summary.json (else summary.yaml) of a named folder. */
function summaryFileOf(path: string, lang: Lang, cwd: string): string {
  if (!existsSync(path)) throw new UsageError(t('compare.not_found', lang, { path: displayPath(path, cwd) }), t('compare.not_found.fix', lang));
  if (!statSync(path).isDirectory()) return path;
  for (const name of ['summary.json', 'summary.yaml']) if (existsSync(join(path, name))) return join(path, name);
  throw new UsageError(t('compare.no_summary_in', lang, { path: displayPath(path, cwd) }), t('compare.not_found.fix', lang));
}

/** Every summary.json under `dir` (a few levels deep), the folder being written excluded. */
async function summariesUnder(dir: string, exclude: string, depth = 3): Promise<string[]> {
  if (depth < 0 || resolve(dir) === resolve(exclude)) return [];
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  const out: string[] = [];
  for (const e of [...entries].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    const path = join(dir, e.name);
    if (e.isDirectory()) out.push(...(await summariesUnder(path, exclude, depth - 1)));
    else if (e.isFile() && e.name === 'summary.json' && resolve(dirname(path)) !== resolve(exclude)) out.push(path);
  }
  return out;
}

export interface CompareFound {
  inputs: CompareInput[];
  /** With no file named: the folder searched, and the files in it that could not be read as summaries. */
  searched?: { folder: string; unreadable: Array<{ file: string; reason: string }> };
}

export async function compareInputs(
  option: true | string[],
  current: Summary,
  context: { loaded: LoadedConfig; lang: Lang; cwd: string; outDir: string },
): Promise<CompareFound> {
  const { lang, cwd } = context;
  if (option !== true) {
    const inputs: CompareInput[] = [];
    for (const p of option) inputs.push(await readOne(summaryFileOf(resolve(cwd, p), lang, cwd), cwd, lang));
    return { inputs };
  }
  const history = context.loaded.config.history;
  const folder = history !== undefined ? resolve(dirname(context.loaded.path), history) : resolve(cwd, 'out');
  const found: CompareInput[] = [];
  const unreadable: Array<{ file: string; reason: string }> = [];
  for (const path of await summariesUnder(folder, context.outDir)) {
    try {
      found.push(await readOne(path, cwd, lang));
    } catch (error) {
      if (!(error instanceof ConfigError)) throw error;
      unreadable.push({ file: shown(path, cwd), reason: error.message });
    }
  }
  return { inputs: pickHistory(current, found), searched: { folder: shown(folder, cwd), unreadable } };
}
