/**
 * Reading a zip of attachments (what an e-mail client saves: `hop-thu.zip`): every YAML, XLSX and CSV file inside is
 * read as if it were on disk, named `hop-thu.zip/th-x.xlsx`. The archive goes through the same guarded zip reading as
 * a workbook (`./excel/zip.ts`: declared sizes checked before anything is inflated, every entry inflated with a
 * running count), and an entry whose name would leave the folder (`../x`, `/x`, `C:\x`) is reported and never read.
 * A zip inside the zip is not opened (one level, so no chain of archives can multiply the work).
 */
import { extname, posix } from 'node:path';
import { t, type MessageData, type MessageKey } from '../i18n/index.js';
import type { Finding, SourceDocument } from '../contract/findings.js';
import { openArchive, TooLarge, unsafeEntryName, type ArchiveProblem } from '../form/excel/zip.js';
import type { ReadBytes, ReadOptions } from './options.js';
import { sha256 } from '../util/hash.js';

const READABLE = new Set(['.yaml', '.yml', '.xlsx', '.csv']);

/** Files that travel with attachments but are not submissions: macOS resource forks, Office lock files, hidden files. */
function ignored(name: string): boolean {
  const base = posix.basename(name.replace(/\\/g, '/'));
  return name.startsWith('__MACOSX/') || base.startsWith('.') || base.startsWith('~$') || base === 'edu-comms.yaml';
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

function problemText(problem: ArchiveProblem): { key: MessageKey; data: MessageData } {
  switch (problem.kind) {
    case 'empty':
      return { key: 'syntax.empty', data: {} };
    case 'too-large':
      return { key: 'zip.too_large', data: { size: mb(problem.bytes), limit: mb(problem.limit) } };
    case 'not-zip':
      return { key: 'zip.not_zip', data: {} };
    case 'encrypted':
      return { key: 'zip.encrypted', data: { entry: problem.entry } };
    case 'bomb':
      return { key: 'zip.bomb', data: { entry: problem.entry, declared: mb(problem.declared), limit: mb(problem.limit) } };
    case 'corrupt':
      return { key: 'zip.corrupt', data: { detail: problem.detail } };
  }
}

export async function readZipSources(bytes: Uint8Array, options: ReadOptions, readBytes: ReadBytes): Promise<SourceDocument[]> {
  const { file, lang } = options;
  const doc = (at: string, key: MessageKey, data: MessageData, hint: MessageKey | null): SourceDocument => {
    const f: Finding = { rule: 'syntax', severity: 'error', file: at, path: null, line: null, column: null, cell: null, message: t(key, lang, data), hint: hint ? t(hint, lang, data) : null };
    return { file: at, format: 'yaml', data: undefined, locate: () => ({ line: null, column: null, cell: null }), findings: [f], sha256: at === file ? sha256(bytes) : '' };
  };
  const opened = openArchive(bytes);
  if (!opened.ok) {
    const { key, data } = problemText(opened.problem);
    return [doc(file, key, data, 'zip.hint')];
  }
  const out: SourceDocument[] = [];
  const entries = [...opened.entries].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const name = entry.name.replace(/\\/g, '/');
    if (unsafeEntryName(entry.name)) {
      out.push(doc(`${file}/${name}`, 'zip.unsafe_name', { entry: entry.name }, 'zip.unsafe_name.hint'));
      continue;
    }
    if (ignored(name)) continue;
    const ext = extname(name).toLowerCase();
    if (ext === '.zip') {
      out.push(doc(`${file}/${name}`, 'zip.nested', { entry: name }, 'zip.nested.hint'));
      continue;
    }
    if (!READABLE.has(ext)) continue; // like a folder: a PDF or a photo beside the reports is not a report
    let inner: Uint8Array;
    try {
      inner = entry.read();
    } catch (error) {
      out.push(
        error instanceof TooLarge
          ? doc(`${file}/${name}`, 'zip.bomb_lying', { entry: name, declared: mb(entry.size) }, 'zip.hint')
          : doc(`${file}/${name}`, 'zip.corrupt', { detail: (error as Error).message }, 'zip.hint'),
      );
      continue;
    }
    out.push(...(await readBytes(inner, ext, { ...options, file: `${file}/${name}` })));
  }
  if (out.length === 0) out.push(doc(file, 'zip.no_submissions', {}, 'zip.no_submissions.hint'));
  return out;
}
