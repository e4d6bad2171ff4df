/**
 * What `render` writes and where, apart from the terminal: the formats (`--format`, else what `--out`'s extension
 * says), where the appendix goes, and the files of one document with their names (the one scheme:
 * `<kind>-<node>-<period>.docx`, the appendix as `…-phu-luc.*`, the record as `….metadata.json`).
 */
import { extname, join, resolve } from 'node:path';
import type { AppendixPlacement, DocumentKind, DocumentsConfig } from '../contract/documents.js';
import { periodFileKey, type PeriodRef } from '../contract/period.js';
import { t, type Lang } from '../i18n/index.js';
import { UsageError } from '../util/errors.js';
import { outputPath } from '../util/output.js';

export type DocumentFormat = 'docx' | 'pdf';

/**
 * The extension of the document and the formats written: an `--out` naming a file says its extension (`.docx` or
 * `.pdf`, anything else a usage error), and without `--format` that extension is the format; an `--out` naming a
 * folder (existing, or written with a trailing slash) takes the first format's extension.
 */
export function documentFormats(out: string | undefined, format: readonly DocumentFormat[] | undefined, kind: DocumentKind, cwd: string, lang: Lang): { ext: '.docx' | '.pdf'; formats: readonly DocumentFormat[] } {
  const named = out !== undefined && outputPath(out, 'x.docx', cwd) !== join(resolve(cwd, out), 'x.docx');
  const ext = named ? extname(out).toLowerCase() : `.${format?.[0] ?? 'docx'}`;
  if (ext !== '.docx' && ext !== '.pdf') throw new UsageError(t('render.out.ext', lang, { file: out! }), `--out ${kind}.${format?.[0] ?? 'docx'}`);
  return { ext, formats: format ?? [ext === '.pdf' ? 'pdf' : 'docx'] };
}

/** `--appendix`, else `documents.appendix`, else inline; a separate appendix only for the báo cáo (usage error otherwise). */
export function appendixPlacement(option: AppendixPlacement | undefined, documents: Pick<DocumentsConfig, 'appendix'>, kind: DocumentKind, lang: Lang): AppendixPlacement {
  if (option === 'separate' && kind !== 'report') {
    throw new UsageError(t('render.appendix.report_only', lang, { kind: t(`render.kind.${kind}`, lang) }), '--appendix inline');
  }
  return option ?? documents.appendix ?? 'inline';
}

export interface DocumentFiles {
  docx?: string;
  pdf?: string;
  appendixDocx?: string;
  appendixPdf?: string;
  metadata: string;
  /** The document's own files (PDF first), as the record lists them. */
  document: string[];
  appendix: string[];
  all: string[];
}

/**
 * The files of one document: `--out` (a file, or a folder to put the usual name in), else
 * `<kind>-<node>-<period>.<ext>` in the current folder; the same stem for the other format, the separate appendix
 * (`-phu-luc`) and the record (`.metadata.json`).
 */
export function documentFiles(
  out: string | undefined,
  name: { kind: DocumentKind; node: string; period: PeriodRef },
  ext: '.docx' | '.pdf',
  formats: readonly DocumentFormat[],
  separateAppendix: boolean,
  cwd: string,
): DocumentFiles {
  const path = outputPath(out, `${name.kind}-${name.node}-${periodFileKey(name.period)}${ext}`, cwd);
  const base = path.slice(0, path.length - ext.length);
  const has = (f: DocumentFormat) => formats.includes(f);
  const files: DocumentFiles = {
    ...(has('docx') ? { docx: `${base}.docx` } : {}),
    ...(has('pdf') ? { pdf: `${base}.pdf` } : {}),
    ...(separateAppendix && has('docx') ? { appendixDocx: `${base}-phu-luc.docx` } : {}),
    ...(separateAppendix && has('pdf') ? { appendixPdf: `${base}-phu-luc.pdf` } : {}),
    metadata: `${base}.metadata.json`,
    document: [],
    appendix: [],
    all: [],
  };
  files.document = [files.pdf, files.docx].filter((f): f is string => f !== undefined);
  files.appendix = [files.appendixPdf, files.appendixDocx].filter((f): f is string => f !== undefined);
  files.all = [...files.document, ...files.appendix, files.metadata];
  return files;
}
