/**
 * Validate files on disk: collect → read → validate. The one entry point the CLI commands (validate, aggregate,
 * convert) share.
 */
import { dirname, extname, resolve } from 'node:path';
import type { LoadedConfig } from '../config/load.js';
import { rosterFileOf } from '../contract/config.js';
import type { PeriodRef } from '../contract/period.js';
import { t, type Lang } from '../i18n/index.js';
import { isSubmissionFile, readSources } from '../read/index.js';
import { collectFiles } from './collect.js';
import { createValidator } from './engine.js';
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
}

/**
 * Read the files under `paths` and hand each document to `consume` in path order. A small window of reads in flight
 * hides disk latency; a window, not all at once, so that a province's 2,500 workbooks are never all in memory together.
 */
export async function forEachDocument(
  paths: readonly string[],
  env: Pick<ValidateEnv, 'lang' | 'cwd' | 'onProgress'> & {
    columns?: Readonly<Record<string, string>>;
    /** Recognise the tool's own files and hand them to `onSkip` instead of reading them as reports. */
    own?: OwnFilesContext;
    onSkip?: (skipped: SkippedFile) => void;
  },
  consume: (doc: SourceDocument) => void,
): Promise<void> {
  const collected = await collectFiles(paths, { lang: env.lang, ...(env.cwd ? { cwd: env.cwd } : {}), ...(env.own ? { own: env.own } : {}) });
  const files = collected.filter((f) => {
    if (f.own) env.onSkip?.({ file: f.file, kind: f.own });
    return !f.own;
  });
  const read = (i: number) => {
    const f = files[i]!;
    // one file may hold many submissions (a responses sheet's rows, a zip's files)
    return isSubmissionFile(f.path)
      ? readSources(f.path, { file: f.file, lang: env.lang, ...(env.columns ? { columns: env.columns } : {}) })
      : Promise.resolve([unsupported(f.file, extname(f.path), env.lang)]);
  };
  const WINDOW = 8;
  const pending = new Map<number, Promise<SourceDocument[]>>();
  for (let i = 0; i < files.length; i++) {
    for (let j = i; j < Math.min(files.length, i + WINDOW); j++) if (!pending.has(j)) pending.set(j, read(j));
    for (const doc of await pending.get(i)!) consume(doc);
    pending.delete(i);
    env.onProgress?.(i + 1, files.length);
  }
}

function unsupported(file: string, ext: string, lang: Lang): SourceDocument {
  return {
    file,
    format: 'yaml',
    data: undefined,
    locate: () => ({ line: 1, column: 1, cell: null }),
    findings: [
      { rule: 'syntax', severity: 'error', file, path: null, line: 1, column: 1, cell: null, message: t('validate.unsupported', lang, { ext: ext || '(?)' }), hint: t('validate.unsupported.hint', lang) },
    ],
    sha256: '',
  };
}

/** Validate files on disk: each document is checked as soon as it is read, and released. */
export async function validatePaths(paths: readonly string[], env: ValidateEnv): Promise<ValidationReport> {
  const validator = createValidator({
    config: env.loaded.config,
    roster: env.loaded.roster,
    target: env.target,
    lang: env.lang,
    ...(env.acceptedPeriods ? { acceptedPeriods: env.acceptedPeriods } : {}),
    ...(env.timing ? { timing: env.timing } : {}),
  }, undefined, { keepSubmissions: env.keepSubmissions ?? true });
  const columns = env.loaded.config.columns;
  const skipped: SkippedFile[] = [];
  await forEachDocument(
    paths,
    { ...env, ...(columns ? { columns } : {}), own: ownFilesOf(env.loaded), onSkip: (s) => skipped.push(s) },
    (doc) => validator.add(doc),
  );
  const report = validator.finish();
  return skipped.length > 0 ? { ...report, skipped } : report;
}

/** The run's own configuration and roster files, recognised by path among the inputs. */
export function ownFilesOf(loaded: LoadedConfig): OwnFilesContext {
  const { units_file } = loaded.config;
  return { configPath: loaded.path, ...(units_file ? { rosterPath: resolve(dirname(loaded.path), rosterFileOf(units_file).path) } : {}) };
}
