/**
 * Finding the submission files under the paths a user gives: files as given, folders recursively.
 */
import { readdir, realpath, stat } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import { displayPath } from '../config/load.js';
import { UsageError } from '../util/errors.js';
import { t, type Lang } from '../i18n/index.js';
import { isSubmissionFile } from '../read/index.js';
import { recoverForReading } from '../util/output.js';
import { ownFileKind, type OwnFileKind, type OwnFilesContext } from './own-files.js';

/** Files that live beside submissions but are not submissions (the configuration too, unless it is to be noted). */
function skipped(name: string, noteOwn: boolean): boolean {
  return (
    (!noteOwn && name === 'edu-comms.yaml') ||
    name.startsWith('~$') || // Excel's lock file while a workbook is open
    name.startsWith('.')
  );
}

export interface CollectedFile {
  /** Absolute path. */
  path: string;
  /** Relative to the current folder, `/`-separated (what every output shows). */
  file: string;
  /** One of the tool's own files (a summary, the config, a document…): to be skipped with a note, not read as a report. */
  own?: OwnFileKind;
}

export interface CollectOptions {
  cwd?: string;
  lang: Lang;
  /** Recognise the tool's own files (see own-files.ts) and return them marked `own`, instead of as reports. */
  own?: OwnFilesContext;
}

export async function collectFiles(paths: readonly string[], options: CollectOptions): Promise<CollectedFile[]> {
  const cwd = options.cwd ?? process.cwd();
  const noteOwn = options.own !== undefined;
  const own = (full: string) => (options.own !== undefined ? ownFileKind(full, options.own) : null);
  const found = new Map<string, CollectedFile>();
  const visitedDirs = new Set<string>();

  const walk = async (dir: string): Promise<void> => {
    const real = await realpath(dir);
    if (visitedDirs.has(real)) return; // a symlink loop must not hang the tool
    visitedDirs.add(real);
    let entries = await readdir(dir, { withFileTypes: true });
    // an output folder here whose switch to a new generation was cut short (a killed run) is put back first
    if (entries.some((e) => e.name.includes('.edu-comms-old-'))) {
      recoverForReading(dir);
      entries = await readdir(dir, { withFileTypes: true });
    }
    for (const entry of entries) {
      if (skipped(entry.name, noteOwn) || entry.name === 'node_modules') continue;
      const full = join(dir, entry.name);
      let isDir = entry.isDirectory();
      let isFile = entry.isFile();
      if (entry.isSymbolicLink()) {
        const info = await stat(full).catch(() => null);
        isDir = info?.isDirectory() ?? false;
        isFile = info?.isFile() ?? false;
      }
      if (isDir) await walk(full);
      else if (isFile) {
        const kind = own(full);
        if (kind) found.set(full, { path: full, file: displayPath(full, cwd), own: kind });
        else if (isSubmissionFile(entry.name)) found.set(full, { path: full, file: displayPath(full, cwd) });
      }
    }
  };

  for (const given of paths) {
    const full = resolve(cwd, given);
    recoverForReading(full);
    const info = await stat(full).catch(() => null);
    if (!info) throw new UsageError(t('validate.no_such_path', options.lang, { path: given }), t('validate.no_such_path.fix', options.lang));
    if (info.isDirectory()) await walk(full);
    else if (!skipped(basename(full), noteOwn) || paths.length === 1) {
      const kind = own(full);
      found.set(full, { path: full, file: displayPath(full, cwd), ...(kind ? { own: kind } : {}) });
    }
  }
  const files = [...found.values()].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  if (files.length === 0) throw new UsageError(t('validate.no_files', options.lang, { paths: paths.join(' ') }), t('validate.no_files.fix', options.lang));
  return files;
}
