/**
 * Validate files on disk: collect → read → validate. The one entry point the CLI commands (validate, aggregate,
 * convert) share.
 */
import { dirname, resolve } from 'node:path';
import type { LoadedConfig } from '../config/load.js';
import { rosterFileOf } from '../contract/config.js';
import type { PeriodRef } from '../contract/period.js';
import type { Lang } from '../i18n/index.js';
import { collectFiles } from './collect.js';
import { compactCopy, createFileChecker, createSetValidator, type CheckedFile } from './engine.js';
import { checkInWorkers, threadCount, type WorkerSetup } from './pool.js';
import { readInput, type InputFile } from './sources.js';
import { lookUpAll, openCache, runKey } from './cache.js';
import type { SkippedFile, SourceDocument, ValidationReport } from '../contract/findings.js';
import type { OwnFilesContext } from './own-files.js';

export interface ValidateEnv {
  loaded: LoadedConfig;
  target: PeriodRef | null;
  lang: Lang;
  cwd?: string;
  acceptedPeriods?: readonly PeriodRef[];
  /**
   * Keep accepted files' submissions in the report. Default true; `validate` keeps none; `'digest'` (aggregate) keeps
   * only what a summary reads of each one, not the whole parsed submission.
   */
  keepSubmissions?: boolean | 'digest';
  /** Milliseconds per rule, added up here when given (`--timing`). */
  timing?: Map<string, number>;
  /** Called after each file is read (progress bars). */
  onProgress?: (done: number, total: number) => void;
  /** Threads that check files (1: this one alone); default from `EDU_COMMS_THREADS`, else by the cores (pool.ts). */
  threads?: number;
  /** A folder where each file's checked result is kept and reused while the file and the run's settings are the same. */
  cacheDir?: string;
}

type ReadEnv = Pick<ValidateEnv, 'lang' | 'cwd'> & {
  columns?: Readonly<Record<string, string>>;
  /** Recognise the tool's own files and hand them to `onSkip` instead of reading them as reports. */
  own?: OwnFilesContext;
  onSkip?: (skipped: SkippedFile) => void;
};

/** The files under `paths` that are to be read as reports, in path order (the tool's own files go to `onSkip`). */
async function inputFiles(paths: readonly string[], env: ReadEnv): Promise<InputFile[]> {
  const collected = await collectFiles(paths, { lang: env.lang, ...(env.cwd ? { cwd: env.cwd } : {}), ...(env.own ? { own: env.own } : {}) });
  const files: InputFile[] = [];
  for (const f of collected) {
    if (f.own) env.onSkip?.({ file: f.file, kind: f.own });
    else files.push({ path: f.path, file: f.file });
  }
  return files;
}

/**
 * Read `files` and hand each document to `consume` in path order. A small window of reads in flight hides disk
 * latency; a window, not all at once, so that a province's 2,500 workbooks are never all in memory together.
 */
async function readInOrder(
  files: readonly InputFile[],
  env: Pick<ReadEnv, 'lang' | 'columns'> & Pick<ValidateEnv, 'onProgress'>,
  consume: (doc: SourceDocument, index: number) => void,
): Promise<void> {
  const options = { lang: env.lang, ...(env.columns ? { columns: env.columns } : {}) };
  const WINDOW = 8;
  const pending = new Map<number, Promise<SourceDocument[]>>();
  for (let i = 0; i < files.length; i++) {
    for (let j = i; j < Math.min(files.length, i + WINDOW); j++) if (!pending.has(j)) pending.set(j, readInput(files[j]!, options));
    for (const doc of await pending.get(i)!) consume(doc, i);
    pending.delete(i);
    env.onProgress?.(i + 1, files.length);
  }
}

/** Read the files under `paths` and hand each document to `consume` in path order, in this thread. */
export async function forEachDocument(
  paths: readonly string[],
  env: ReadEnv & Pick<ValidateEnv, 'onProgress'>,
  consume: (doc: SourceDocument) => void,
): Promise<void> {
  await readInOrder(await inputFiles(paths, env), env, consume);
}

/**
 * Validate files on disk: each file is checked as soon as it is read, and released; the per-file half in worker
 * threads when there are enough files (see pool.ts), with the same report to the byte as in one thread.
 */
export async function validatePaths(paths: readonly string[], env: ValidateEnv): Promise<ValidationReport> {
  const validationEnv = {
    config: env.loaded.config,
    roster: env.loaded.roster,
    target: env.target,
    lang: env.lang,
    ...(env.acceptedPeriods ? { acceptedPeriods: env.acceptedPeriods } : {}),
    ...(env.timing ? { timing: env.timing } : {}),
  };
  const keepSubmissions = env.keepSubmissions ?? true;
  const set = createSetValidator(validationEnv, undefined, { keepSubmissions });
  const columns = env.loaded.config.columns;
  const skipped: SkippedFile[] = [];
  const all = await inputFiles(paths, { ...env, own: ownFilesOf(env.loaded), onSkip: (s) => skipped.push(s) });
  // with a cache, the files seen before with the same bytes and settings are not read nor checked again: only the
  // others go to the checker, and every file's result is handed to the set rules in path order all the same
  const cache = env.cacheDir !== undefined ? openCache(env.cacheDir, runKey({ ...validationEnv, timing: undefined, keepSubmissions, columns: columns ?? null })) : undefined;
  const looked = cache ? await lookUpAll(all, cache) : undefined;
  const files = looked ? looked.misses.map((i) => all[i]!) : all;
  const checkedOf = new Map<number, CheckedFile[]>();
  const add = (checked: CheckedFile, index: number) => {
    if (!looked) return set.add(checked);
    const at = looked.misses[index]!;
    let list = checkedOf.get(at);
    if (!list) checkedOf.set(at, (list = []));
    list.push(checked);
  };
  // aggregate's digests keep one copy of each string that recurs between files (names, statuses, shared sentences)
  const strings = new Map<string, string>();
  const threads = env.threads ?? threadCount(files.length, process.env['EDU_COMMS_THREADS']);
  if (threads > 1) {
    const { roster } = env.loaded;
    const setup: WorkerSetup = {
      config: env.loaded.config,
      roster: { units: roster.units, schoolYear: roster.schoolYear, versions: roster.versions },
      target: env.target,
      lang: env.lang,
      ...(env.acceptedPeriods ? { acceptedPeriods: env.acceptedPeriods } : {}),
      keepSubmissions,
      ...(columns ? { columns } : {}),
      timing: env.timing !== undefined,
    };
    const intern = keepSubmissions === 'digest';
    const timing = await checkInWorkers(
      files,
      setup,
      threads,
      (checked, index) => {
        if (intern && checked.parsed) checked.parsed.submission = compactCopy(checked.parsed.submission, strings);
        add(checked, index);
      },
      env.onProgress,
    );
    for (const [id, ms] of timing ?? []) env.timing?.set(id, (env.timing.get(id) ?? 0) + ms);
  } else {
    const checker = createFileChecker(validationEnv, undefined, { keepSubmissions }, strings);
    await readInOrder(files, { lang: env.lang, ...(columns ? { columns } : {}), ...(env.onProgress ? { onProgress: env.onProgress } : {}) }, (doc, index) =>
      add(checker.check(doc), index),
    );
  }
  if (cache && looked) {
    const writes: Promise<void>[] = [];
    for (let i = 0; i < all.length; i++) {
      const kept = looked.kept.get(i);
      const checked = kept ?? checkedOf.get(i) ?? [];
      const content = looked.content.get(i);
      // serialised before the set rules see them (adding changes a checked file)
      if (!kept && content !== undefined) writes.push(cache.set(all[i]!.file, content, checked));
      for (const c of checked) set.add(c);
    }
    await Promise.all(writes);
  }
  const report = set.finish();
  return skipped.length > 0 ? { ...report, skipped } : report;
}

/** The run's own configuration and roster files, recognised by path among the inputs. */
export function ownFilesOf(loaded: LoadedConfig): OwnFilesContext {
  const { units_file } = loaded.config;
  return { configPath: loaded.path, ...(units_file ? { rosterPath: resolve(dirname(loaded.path), rosterFileOf(units_file).path) } : {}) };
}
