/**
 * Byte-identical DOCX files. `docx` stamps `docProps/core.xml` with the current time and its zip entries with the
 * current mtime; both are replaced by the tool's "now" (`--date` or SOURCE_DATE_EPOCH, see util/clock.ts), and the
 * archive is written again, as fflate's `zipSync` writes one (fflate is the zip library `docx` itself uses), except
 * that `word/document.xml` of a document with deferred table rows (table-xml.ts) is compressed piece by piece as its
 * rows are written: the document is never held whole, neither as `docx` objects nor as one string.
 */
import { crc32 } from 'node:zlib';
import { Packer, type Document } from 'docx';
import { Deflate, deflateSync, strFromU8, strToU8, unzipSync } from 'fflate';
import type { DeferredRows } from './table-xml.js';

/** `2025-01-05T01:00:00Z`: W3CDTF as core.xml wants it, to the second. */
export function w3cdtf(instant: Date): string {
  // a plain Date: a TZDate (util/clock.ts) prints its own zone's wall time from toISOString
  return `${new Date(instant.getTime()).toISOString().slice(0, 19)}Z`;
}

/**
 * Zip timestamps are DOS times: local wall-clock fields, no earlier than 1980. fflate reads the fields of the local
 * time zone, so give it a Date whose local fields are the UTC ones: the bytes then do not depend on the machine's zone.
 */
function dosTime(instant: Date): Date {
  const utc = new Date(Math.max(instant.getTime(), Date.UTC(1980, 0, 1, 12)));
  return new Date(utc.getUTCFullYear(), utc.getUTCMonth(), utc.getUTCDate(), utc.getUTCHours(), utc.getUTCMinutes(), utc.getUTCSeconds());
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
  return writeZip(entries, dosTime(instant));
}

/** `<wp:docPr id>` and `<pic:cNvPr id>` of each drawing, 1, 2, … in the order they appear. */
export function renumberDrawings(xml: string): string {
  let docPr = 0;
  let cNvPr = 0;
  return xml.replace(/<wp:docPr id="\d+"/g, () => `<wp:docPr id="${++docPr}"`).replace(/<pic:cNvPr id="\d+"/g, () => `<pic:cNvPr id="${++cNvPr}"`);
}

export interface ZipEntry {
  name: string;
  /** The bytes, or text in pieces (compressed as they come). */
  data: Uint8Array | Iterable<string>;
}

const LEVEL = 6;
/** Text is encoded and compressed in pieces of about this many characters. */
const PIECE = 1 << 16;

interface Compressed {
  name: Uint8Array;
  crc: number;
  size: number;
  chunks: Uint8Array[];
  compressedSize: number;
}

function compress(entry: ZipEntry): Compressed {
  const name = strToU8(entry.name);
  if (entry.data instanceof Uint8Array) {
    const data = deflateSync(entry.data, { level: LEVEL });
    return { name, crc: crc32(entry.data), size: entry.data.length, chunks: [data], compressedSize: data.length };
  }
  const chunks: Uint8Array[] = [];
  let compressedSize = 0;
  const deflate = new Deflate({ level: LEVEL }, (chunk) => {
    chunks.push(chunk);
    compressedSize += chunk.length;
  });
  let crc = 0;
  let size = 0;
  let pending: string[] = [];
  let length = 0;
  const flush = (final: boolean) => {
    const bytes = strToU8(pending.join(''));
    pending = [];
    length = 0;
    crc = crc32(bytes, crc);
    size += bytes.length;
    deflate.push(bytes, final);
  };
  for (const piece of entry.data) {
    pending.push(piece);
    length += piece.length;
    if (length >= PIECE) flush(false);
  }
  flush(true);
  return { name, crc, size, chunks, compressedSize };
}

/**
 * A zip archive laid out as fflate's `zipSync` lays one out (version 2.0, DEFLATE, no data descriptors, sizes in the
 * local headers, the central directory at the end), so that a document without deferred rows is byte for byte what
 * `zipSync` wrote before. Names are ASCII (the parts of a DOCX); sizes stay far below 4 GB.
 */
export function writeZip(entries: readonly ZipEntry[], mtime: Date): Uint8Array {
  const time =
    ((mtime.getFullYear() - 1980) << 25) | ((mtime.getMonth() + 1) << 21) | (mtime.getDate() << 16) | (mtime.getHours() << 11) | (mtime.getMinutes() << 5) | (mtime.getSeconds() >> 1);
  const files = entries.map(compress);
  const localSize = files.reduce((n, f) => n + 30 + f.name.length + f.compressedSize, 0);
  const centralSize = files.reduce((n, f) => n + 46 + f.name.length, 0);
  const out = new Uint8Array(localSize + centralSize + 22);
  const view = new DataView(out.buffer);
  const common = (at: number, f: Compressed) => {
    view.setUint16(at, 20, true); // version needed
    view.setUint16(at + 2, 0, true); // flags
    view.setUint16(at + 4, 8, true); // DEFLATE
    view.setUint32(at + 6, time >>> 0, true);
    view.setUint32(at + 10, f.crc >>> 0, true);
    view.setUint32(at + 14, f.compressedSize, true);
    view.setUint32(at + 18, f.size, true);
    view.setUint16(at + 22, f.name.length, true);
    view.setUint16(at + 24, 0, true); // extra
  };
  let at = 0;
  const offsets: number[] = [];
  for (const f of files) {
    offsets.push(at);
    view.setUint32(at, 0x04034b50, true);
    common(at + 4, f);
    out.set(f.name, at + 30);
    at += 30 + f.name.length;
    for (const chunk of f.chunks) {
      out.set(chunk, at);
      at += chunk.length;
    }
    f.chunks = [];
  }
  files.forEach((f, i) => {
    view.setUint32(at, 0x02014b50, true);
    view.setUint16(at + 4, 20, true); // version made by: 2.0, MS-DOS
    common(at + 6, f);
    // comment length, disk, internal and external attributes: 0
    view.setUint32(at + 42, offsets[i]!, true);
    out.set(f.name, at + 46);
    at += 46 + f.name.length;
  });
  view.setUint32(at, 0x06054b50, true);
  view.setUint16(at + 8, files.length, true);
  view.setUint16(at + 10, files.length, true);
  view.setUint32(at + 12, centralSize, true);
  view.setUint32(at + 16, localSize, true);
  return out;
}
