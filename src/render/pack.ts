/**
 * Byte-identical DOCX files. `docx` stamps `docProps/core.xml` with the current time and its zip entries with the
 * current mtime; both are replaced by the tool's "now" (`--date` or SOURCE_DATE_EPOCH, see util/clock.ts), and the
 * archive is written again by the tool's one zip writer (util/zip.ts), where `word/document.xml` of a document with
 * deferred table rows (table-xml.ts) is compressed piece by piece as its rows are written: the document is never held
 * whole, neither as `docx` objects nor as one string.
 */
import { Packer, type Document } from 'docx';
import { strFromU8, strToU8, unzipSync } from 'fflate';
import type { DeferredRows } from './table-xml.js';
import { writeZip, zipTime, type ZipEntry } from '../util/zip.js';

/** `2025-01-05T01:00:00Z`: W3CDTF as core.xml wants it, to the second. */
export function w3cdtf(instant: Date): string {
  // a plain Date: a TZDate (util/clock.ts) prints its own zone's wall time from toISOString
  return `${new Date(instant.getTime()).toISOString().slice(0, 19)}Z`;
}

export function stampCoreXml(xml: string, instant: Date): string {
  const stamp = w3cdtf(instant);
  return xml
    .replace(/(<dcterms:created\b[^>]*>)[^<]*(<\/dcterms:created>)/, `$1${stamp}$2`)
    .replace(/(<dcterms:modified\b[^>]*>)[^<]*(<\/dcterms:modified>)/, `$1${stamp}$2`);
}

export async function packDeterministic(document: Document, instant: Date, deferred?: DeferredRows): Promise<Uint8Array> {
  const packed = await Packer.toBuffer(document);
  const files = unzipSync(new Uint8Array(packed));
  const core = files['docProps/core.xml'];
  if (core) files['docProps/core.xml'] = strToU8(stampCoreXml(strFromU8(core), instant));
  // docx numbers drawings from a counter of the process: a figure's ids are renumbered from 1, in document order
  const body = files['word/document.xml'];
  if (body && Object.keys(files).some((name) => name.startsWith('word/media/'))) files['word/document.xml'] = strToU8(renumberDrawings(strFromU8(body)));
  // keep docx's entry order ([Content_Types].xml first), which some readers rely on
  const entries: ZipEntry[] = Object.keys(files).map((name) => {
    const data = files[name]!;
    return { name, data: name === 'word/document.xml' && deferred && deferred.size > 0 ? deferred.expand(strFromU8(data)) : data };
  });
  return writeZip(entries, zipTime(instant));
}

/** `<wp:docPr id>` and `<pic:cNvPr id>` of each drawing, 1, 2, … in the order they appear. */
export function renumberDrawings(xml: string): string {
  let docPr = 0;
  let cNvPr = 0;
  return xml.replace(/<wp:docPr id="\d+"/g, () => `<wp:docPr id="${++docPr}"`).replace(/<pic:cNvPr id="\d+"/g, () => `<pic:cNvPr id="${++cNvPr}"`);
}
