/**
 * A roster file on disk (`units_file:`), by its extension: CSV through roster.ts, Excel through xlsx-roster.ts (loaded
 * only when such a file is touched).
 */
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import type { Finding } from '../contract/findings.js';
import { t } from '../i18n/index.js';
import { parseRosterCsv, type LoadedRoster, type RosterReadOptions } from './roster.js';

export async function loadRosterFile(path: string, options: RosterReadOptions): Promise<LoadedRoster> {
  const { file, lang } = options;
  const ext = extname(path).toLowerCase();
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (error) {
    return { units: [], findings: [fileFinding(file, t('syntax.unreadable', lang, { detail: (error as Error).message }))] };
  }
  if (ext === '.xlsx') {
    const { readXlsxRoster } = await import('./xlsx-roster.js');
    return readXlsxRoster(bytes, options);
  }
  if (ext !== '.csv') {
    return { units: [], findings: [fileFinding(file, t('roster.unsupported', lang, { ext: ext || '(?)' }))] };
  }
  return parseRosterCsv(bytes, options);
}

function fileFinding(file: string, message: string): Finding {
  return { rule: 'roster', severity: 'error', file, path: null, line: 1, column: 1, cell: null, message, hint: null };
}
