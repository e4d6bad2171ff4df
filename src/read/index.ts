/**
 * Reading submission files of any supported format into SourceDocuments. Excel support is loaded only when an Excel
 * file is touched, so YAML-only runs never pay for exceljs.
 */
import { readFile, stat } from 'node:fs/promises';
import { extname } from 'node:path';
import { SubmissionSchema } from '../contract/submission.js';
import { t, type Lang } from '../i18n/index.js';
import type { SourceDocument } from '../validate/types.js';
import { readYamlDocument, sha256 } from './yaml.js';

export const SUBMISSION_EXTENSIONS = ['.yaml', '.yml', '.xlsx'] as const;

export function isSubmissionFile(path: string): boolean {
  return (SUBMISSION_EXTENSIONS as readonly string[]).includes(extname(path).toLowerCase());
}

/** Read one submission file. Never throws for bad content: problems become findings on the document. */
export async function readSubmissionFile(path: string, options: { file: string; lang: Lang }): Promise<SourceDocument> {
  const { file, lang } = options;
  let bytes: Buffer;
  try {
    const info = await stat(path);
    if (!info.isFile()) throw new Error(lang === 'vi' ? 'không phải tệp' : 'not a file');
    bytes = await readFile(path);
  } catch (error) {
    return unreadable(path, file, t('syntax.unreadable', lang, { detail: (error as Error).message }), '');
  }
  try {
    if (extname(path).toLowerCase() === '.xlsx') {
      const { readXlsxDocument } = await import('./xlsx.js');
      return await readXlsxDocument(bytes, { file, lang });
    }
    return readYamlDocument(bytes, { file, lang, schema: SubmissionSchema });
  } catch (error) {
    // the readers bound nesting themselves; should anything in a file still exhaust the stack, it is that file's
    // finding and the other files go on
    if (error instanceof RangeError) return unreadable(path, file, t('syntax.too_deep', lang), sha256(bytes));
    throw error;
  }
}

function unreadable(path: string, file: string, message: string, hash: string): SourceDocument {
  return {
    file,
    format: extname(path).toLowerCase() === '.xlsx' ? 'xlsx' : 'yaml',
    data: undefined,
    locate: () => ({ line: 1, column: 1, cell: null }),
    findings: [{ rule: 'syntax', severity: 'error', file, path: null, line: 1, column: 1, cell: null, message, hint: null }],
    sha256: hash,
  };
}

export { sha256 };
