/**
 * Reading submission files of any supported format into SourceDocuments. Excel, CSV and zip support are loaded only
 * when such a file is touched, so YAML-only runs never pay for exceljs or the CSV parser.
 *
 * One file may hold several submissions: a responses sheet (CSV or XLSX) gives one document per row, a zip of
 * attachments the documents of every file inside. `readSources` is the one entry point for all of them.
 */
import { readFile, stat } from 'node:fs/promises';
import { extname } from 'node:path';
import { SubmissionSchema } from '../contract/submission.js';
import { t, type Lang } from '../i18n/index.js';
import type { SourceDocument, SourceFormat } from '../contract/findings.js';
import { readYamlDocument } from './yaml.js';
import { sha256 } from '../util/hash.js';
import type { ReadOptions } from './options.js';

export const SUBMISSION_EXTENSIONS = ['.yaml', '.yml', '.xlsx', '.csv', '.zip'] as const;

export function isSubmissionFile(path: string): boolean {
  return (SUBMISSION_EXTENSIONS as readonly string[]).includes(extname(path).toLowerCase());
}

export type { ReadOptions };

function formatOf(path: string): SourceFormat {
  const ext = extname(path).toLowerCase();
  return ext === '.xlsx' ? 'xlsx' : ext === '.csv' ? 'responses' : 'yaml';
}

function unreadable(path: string, file: string, message: string, hash: string): SourceDocument {
  return {
    file,
    format: formatOf(path),
    data: undefined,
    locate: () => ({ line: 1, column: 1, cell: null }),
    findings: [{ rule: 'syntax', severity: 'error', file, path: null, line: 1, column: 1, cell: null, message, hint: null }],
    sha256: hash,
  };
}

/** Read one submission file. Never throws for bad content: problems become findings on the document. */
export async function readSubmissionFile(path: string, options: { file: string; lang: Lang }): Promise<SourceDocument> {
  return (await readSources(path, options))[0]!;
}

/** Every submission in one file on disk, in order. Never throws for bad content. */
export async function readSources(path: string, options: ReadOptions): Promise<SourceDocument[]> {
  let bytes: Buffer;
  try {
    const info = await stat(path);
    if (!info.isFile()) throw new Error(options.lang === 'vi' ? 'không phải tệp' : 'not a file');
    bytes = await readFile(path);
  } catch (error) {
    return [unreadable(path, options.file, t('syntax.unreadable', options.lang, { detail: (error as Error).message }), '')];
  }
  return readBytes(bytes, extname(path).toLowerCase(), options);
}

/** Every submission in the bytes of a file with extension `ext` (`.yaml`, `.xlsx`, `.csv`, `.zip`). */
export async function readBytes(bytes: Uint8Array, ext: string, options: ReadOptions): Promise<SourceDocument[]> {
  const { file, lang } = options;
  const columns = options.columns ? { columns: options.columns } : {};
  try {
    switch (ext) {
      case '.xlsx': {
        const { readXlsxSources } = await import('../form/read-xlsx.js');
        return await readXlsxSources(bytes, { file, lang, ...columns });
      }
      case '.csv': {
        const { readCsvSources } = await import('./csv.js');
        return readCsvSources(bytes, { file, lang, ...columns });
      }
      case '.zip': {
        const { readZipSources } = await import('./archive.js');
        return await readZipSources(bytes, options, readBytes);
      }
      default:
        return [readYamlDocument(bytes, { file, lang, schema: SubmissionSchema })];
    }
  } catch (error) {
    // the readers bound nesting themselves; should anything in a file still exhaust the stack, it is that file's
    // finding and the other files go on
    if (error instanceof RangeError) return [unreadable(`x${ext}`, file, t('syntax.too_deep', lang), sha256(bytes))];
    throw error;
  }
}

