/**
 * The tool's own files in an office folder: summaries (summary.json/.yaml/.xlsx), the configuration, the roster,
 * rendered documents and their metadata, feedback workbooks. `validate .` on the office folder meets all of them;
 * they are not schools' reports, so they are skipped with a note (never a silent skip, never "rejected").
 *
 * Recognised by content where it says so (a summary's `kind: edu-comms-summary`, a config's `authority:` and
 * `calendar:`, a roster's header row, a workbook written by edu-comms without the form's identity sheet), and by the
 * folder's manifest of written files for documents.
 */
import { closeSync, existsSync, openSync, readFileSync, readSync } from 'node:fs';
import { looksLikeSummaryText } from '../contract/summary.js';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { openPackage } from '../form/excel/zip.js';
import { META_SHEET } from '../form/layout.js';
import { rosterColumn } from '../read/roster.js';
import { MANIFEST } from '../util/output.js';
import type { SkippedFile } from '../contract/findings.js';

export type OwnFileKind = SkippedFile['kind'];

/** What the run knows of its own configuration: its file and its roster file, skipped by path. */
export interface OwnFilesContext {
  configPath?: string;
  rosterPath?: string;
}

export const CONFIG_FILE_NAME = 'edu-comms.yaml';
const HEAD_BYTES = 64 * 1024;
/** The first sheet of a summary workbook, in both languages (catalogue key `aggregate.xlsx.sheet.summary`). */
const SUMMARY_SHEETS = ['Tổng hợp', 'Summary'];


/** An edu-comms.yaml under another name: top-level `authority:` and `calendar:`, no `unit:` of a report. */
export function looksLikeConfigText(text: string): boolean {
  return /^authority[ \t]*:/m.test(text) && /^calendar[ \t]*:/m.test(text) && !/^unit[ \t]*:/m.test(text);
}

/** A roster CSV: its first line names the code, name and level columns (in English or Vietnamese). */
export function looksLikeRosterHeader(line: string): boolean {
  const sep = [',', ';', '\t'].map((s) => ({ s, n: line.split(s).length })).sort((a, b) => b.n - a.n)[0]!.s;
  // every column a roster's (a responses sheet also asks for the unit's code, name and level, among its questions)
  const cells = line.split(sep).map((c) => c.trim().replace(/^"|"$/g, '')).filter((c) => c !== '');
  const columns = cells.map((c) => rosterColumn(c));
  if (columns.some((c) => c === undefined)) return false;
  const set = new Set(columns);
  return set.has('code') && set.has('name') && set.has('level');
}

function head(path: string): string {
  let fd: number | undefined;
  try {
    fd = openSync(path, 'r');
    const buffer = Buffer.alloc(HEAD_BYTES);
    const n = readSync(fd, buffer, 0, HEAD_BYTES, 0);
    return buffer.subarray(0, n).toString('utf8').replace(/^\uFEFF/, '');
  } catch {
    return '';
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** The names listed in the folder's manifest of files edu-comms wrote there. */
function manifestNames(dir: string): Set<string> {
  try {
    const parsed = JSON.parse(readFileSync(join(dir, MANIFEST), 'utf8')) as { files?: Record<string, unknown> };
    return new Set(Object.keys(parsed.files ?? {}));
  } catch {
    return new Set();
  }
}

/** A workbook: a summary workbook (written by edu-comms, no form identity sheet), a feedback workbook, or neither. */
function workbookKind(path: string): OwnFileKind | null {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch {
    return null;
  }
  const opened = openPackage(bytes, (name) => name === 'docProps/core.xml' || name === 'xl/workbook.xml');
  if (!opened.ok) return null;
  const text = (name: string) => new TextDecoder().decode(opened.files.get(name) ?? new Uint8Array());
  const sheets = [...text('xl/workbook.xml').matchAll(/<(?:\w+:)?sheet\b[^>]*\bname="([^"]*)"/g)].map((m) => m[1]!);
  const hasForm = sheets.includes(META_SHEET);
  // a feedback copy of a school's form is still that school's report (validating it gives the same findings)
  if (hasForm) return null;
  // a summary workbook names its generator with its version (`edu-comms 0.1.0`; the form says just `edu-comms`) and
  // opens with the summary sheet: a school's form that lost its identity sheet is still read (and refused) as a form
  const creator = /<dc:creator>([^<]*)<\/dc:creator>/.exec(text('docProps/core.xml'))?.[1] ?? '';
  return creator.startsWith('edu-comms ') && SUMMARY_SHEETS.includes(sheets[0] ?? '') ? 'summary' : null;
}

/**
 * Whether the file at `path` is one of the tool's own files, and which. Files of other extensions than a report's
 * are asked about too: a rendered document or a summary.json is noted, anything else is left alone (null).
 */
export function ownFileKind(path: string, context: OwnFilesContext = {}): OwnFileKind | null {
  const full = resolve(path);
  const name = basename(full);
  const ext = extname(name).toLowerCase();
  if (context.configPath && full === resolve(context.configPath)) return 'config';
  if (context.rosterPath && full === resolve(context.rosterPath)) return 'roster';
  if (name === CONFIG_FILE_NAME) return 'config';
  if (name.toLowerCase().endsWith('.metadata.json')) return 'metadata';
  switch (ext) {
    case '.json':
      return looksLikeSummaryText(head(full)) ? 'summary' : null;
    case '.yaml':
    case '.yml': {
      const text = head(full);
      if (looksLikeSummaryText(text)) return 'summary';
      return looksLikeConfigText(text) ? 'config' : null;
    }
    case '.csv':
      return looksLikeRosterHeader(head(full).split(/\r?\n/, 1)[0] ?? '') ? 'roster' : null;
    case '.xlsx':
      return workbookKind(full);
    case '.docx':
    case '.pdf':
      return existsSync(join(dirname(full), MANIFEST)) && manifestNames(dirname(full)).has(name) ? 'document' : null;
    default:
      return null;
  }
}
