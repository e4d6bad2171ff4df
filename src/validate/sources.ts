/**
 * One input file read into its documents, the same in the main thread and in a worker: a submission file through the
 * readers, any other file as a `syntax` finding that names its extension.
 */
import { extname } from 'node:path';
import { t, type Lang } from '../i18n/index.js';
import { isSubmissionFile, readSources } from '../read/index.js';
import type { SourceDocument } from '../contract/findings.js';

export interface InputFile {
  /** Absolute path. */
  path: string;
  /** What every finding shows (relative, `/`-separated). */
  file: string;
}

export interface InputReadOptions {
  lang: Lang;
  /** `columns:` of the config, for responses sheets. */
  columns?: Readonly<Record<string, string>>;
}

/** Every submission in one input file (a responses sheet's rows, a zip's files), in order. */
export function readInput(f: InputFile, options: InputReadOptions): Promise<SourceDocument[]> {
  return isSubmissionFile(f.path)
    ? readSources(f.path, { file: f.file, lang: options.lang, ...(options.columns ? { columns: options.columns } : {}) })
    : Promise.resolve([unsupported(f.file, extname(f.path), options.lang)]);
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
