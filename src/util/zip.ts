/**
 * The tool's one zip writer: every archive it writes (DOCX documents, the Excel form, summary.xlsx, feedback
 * workbooks) goes through `writeZip`, so that the same content and instant give the same bytes. The layout is
 * fflate's `zipSync`'s, byte for byte (tested), with fixed timestamps and the entries in the order given.
 */
import { crc32 } from 'node:zlib';
import { Deflate, deflateSync, strToU8, unzipSync } from 'fflate';

/** 1980-01-01, the earliest time a zip can record: for entries that carry no real time. */
export const ZIP_EPOCH = new Date(1980, 0, 1, 0, 0, 0);

/**
 * Zip timestamps are DOS times: local wall-clock fields, no earlier than 1980. fflate reads the fields of the local
 * time zone, so give it a Date whose local fields are the UTC ones: the bytes then do not depend on the machine's zone.
 */
export function zipTime(instant: Date): Date {
  const utc = new Date(Math.max(instant.getTime(), Date.UTC(1980, 0, 1, 12)));
  return new Date(utc.getUTCFullYear(), utc.getUTCMonth(), utc.getUTCDate(), utc.getUTCHours(), utc.getUTCMinutes(), utc.getUTCSeconds());
}

export interface ZipEntry {
  name: string;
  /** The bytes, or text in pieces (compressed as they come). */
  data: Uint8Array | Iterable<string>;
}

/** Text is encoded and compressed in pieces of about this many characters. */
const PIECE = 1 << 16;

interface Compressed {
  name: Uint8Array;
  crc: number;
  size: number;
  chunks: Uint8Array[];
  compressedSize: number;
}

function compress(entry: ZipEntry, level: 0 | 6): Compressed {
  const name = strToU8(entry.name);
  if (entry.data instanceof Uint8Array) {
    const data = level === 0 ? entry.data : deflateSync(entry.data, { level });
    return { name, crc: crc32(entry.data), size: entry.data.length, chunks: [data], compressedSize: data.length };
  }
  if (level === 0) return compress({ name: entry.name, data: strToU8([...entry.data].join('')) }, 0);
  const chunks: Uint8Array[] = [];
  let compressedSize = 0;
  const deflate = new Deflate({ level }, (chunk) => {
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
 * A zip archive laid out as fflate's `zipSync` lays one out (version 2.0, DEFLATE or, at level 0, stored; no data descriptors; sizes in the
 * local headers, the central directory at the end), so that a document without deferred rows is byte for byte what
 * `zipSync` wrote before. Names are ASCII (the parts of a DOCX); sizes stay far below 4 GB.
 */
export function writeZip(entries: readonly ZipEntry[], mtime: Date, options: { level?: 0 | 6 } = {}): Uint8Array {
  const level = options.level ?? 6;
  const time =
    ((mtime.getFullYear() - 1980) << 25) | ((mtime.getMonth() + 1) << 21) | (mtime.getDate() << 16) | (mtime.getHours() << 11) | (mtime.getMinutes() << 5) | (mtime.getSeconds() >> 1);
  const files = entries.map((e) => compress(e, level));
  const localSize = files.reduce((n, f) => n + 30 + f.name.length + f.compressedSize, 0);
  const centralSize = files.reduce((n, f) => n + 46 + f.name.length, 0);
  const out = new Uint8Array(localSize + centralSize + 22);
  const view = new DataView(out.buffer);
  const common = (at: number, f: Compressed) => {
    view.setUint16(at, 20, true); // version needed
    view.setUint16(at + 2, 0, true); // flags
    view.setUint16(at + 4, level === 0 ? 0 : 8, true); // stored or DEFLATE
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

/**
 * An archive another library wrote (exceljs stamps each entry with the wall clock and has no option against it), written
 * again by `writeZip` with every entry at `mtime`, `[Content_Types].xml` first as Office expects, the others in their
 * order. For the tool's own output only: nothing is size-checked (read untrusted zips with form/excel/zip.ts).
 */
export function rewriteZip(bytes: Uint8Array, mtime: Date, options: { level?: 0 | 6 } = {}): Uint8Array {
  return writeZip(packageEntries(unzipSync(bytes)), mtime, options);
}

/** The entries of a package in a fixed order: `[Content_Types].xml` first, folders left out, the others as given. */
export function packageEntries(files: Readonly<Record<string, Uint8Array>> | ReadonlyMap<string, Uint8Array>): ZipEntry[] {
  const list: Array<[string, Uint8Array]> = files instanceof Map ? [...files] : Object.entries(files);
  const kept = list.filter(([name]) => !name.endsWith('/'));
  kept.sort(([a], [b]) => (a === '[Content_Types].xml' ? -1 : b === '[Content_Types].xml' ? 1 : 0));
  return kept.map(([name, data]) => ({ name, data }));
}
