/**
 * Reading a filled Excel form (the workbook written by `edu-comms template`). Placeholder until the Excel issue lands.
 */
import { t, type Lang } from '../i18n/index.js';
import type { SourceDocument } from '../validate/types.js';
import { sha256 } from './yaml.js';

export async function readXlsxDocument(bytes: Uint8Array, options: { file: string; lang: Lang }): Promise<SourceDocument> {
  const { file, lang } = options;
  return {
    file,
    format: 'xlsx',
    data: undefined,
    locate: () => ({ line: null, column: null, cell: 'A1' }),
    findings: [{ rule: 'syntax', severity: 'error', file, path: null, line: null, column: null, cell: 'A1', message: t('syntax.unreadable', lang, { detail: 'Excel' }), hint: null }],
    sha256: sha256(bytes),
  };
}
