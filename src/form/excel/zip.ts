/**
 * Opening an .xlsx package safely. A workbook is a zip; a hostile or broken one must give a clear finding, never a
 * crash or unbounded memory. So, before anything is inflated, the central directory is read and the declared sizes
 * are checked against fixed limits; then each entry is inflated by zlib with its declared size as the output limit,
 * so an entry that lies about its size (a zip bomb) is stopped as soon as it passes what it declared.
 *
 * The same module writes packages deterministically (fixed timestamps, fixed entry order, util/zip.ts's writer), so
 * that a form generated twice with the same `--date` is byte-identical.
 */
import { inflateRawSync } from 'node:zlib';
import { packageEntries, writeZip, ZIP_EPOCH } from '../../util/zip.js';

/** Limits for one submission workbook: a filled form is ~100 KB uncompressed; these leave a wide margin. */
export const ZIP_LIMITS = {
  /** Size of the file itself. */
  fileBytes: 20 * 1024 * 1024,
  entries: 1000,
  /** Uncompressed size of one entry and of all entries together. */
  entryBytes: 24 * 1024 * 1024,
  totalBytes: 48 * 1024 * 1024,
  /** Bytes inflated at a time: how far past its limit an entry's output can get before it is stopped. */
  step: 64 * 1024,
} as const;

export type PackageProblem =
  | { kind: 'empty' }
  | { kind: 'too-large'; bytes: number; limit: number }
  /** An OLE2 compound file that holds an encrypted OOXML package: the workbook has an opening password. */
  | { kind: 'encrypted' }
  /** An OLE2 compound file with a BIFF workbook: Excel 97–2003 `.xls`. */
  | { kind: 'xls' }
  | { kind: 'ods' }
  /** A zip with a Word or PowerPoint document in it. */
  | { kind: 'other-office'; what: 'docx' | 'pptx' }
  /** Not a zip at all (a CSV, an HTML page, a PDF … with the .xlsx extension). */
  | { kind: 'not-zip' }
  /** A zip that is not an Excel workbook. */
  | { kind: 'not-workbook' }
  /** Declared sizes above the limits, or (`lying`) an entry that inflates past the size it declares. */
  | { kind: 'bomb'; entry: string; declared: number; limit: number; lying?: boolean }
  | { kind: 'corrupt'; detail: string };

export type Package = { ok: true; files: Map<string, Uint8Array> } | { ok: false; problem: PackageProblem };

export interface Entry {
  name: string;
  method: number;
  flags: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

const OLE2_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return magic.every((b, i) => bytes[i] === b);
}

function containsUtf16(bytes: Uint8Array, text: string): boolean {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(Buffer.from(text, 'utf16le'));
}

export class ZipError extends Error {}

/** The entries listed in the central directory, without reading any data. */
function centralDirectory(bytes: Uint8Array, maxEntries: number = ZIP_LIMITS.entries): Entry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // the end-of-central-directory record sits in the last 22 + 65535 (comment) bytes
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 65535); i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new ZipError('no end of central directory');
  const count = view.getUint16(eocd + 10, true);
  const cdSize = view.getUint32(eocd + 12, true);
  const cdOffset = view.getUint32(eocd + 16, true);
  if (count === 0xffff || cdOffset === 0xffffffff) throw new ZipError('zip64 archives are not supported');
  if (count > maxEntries) throw new ZipError(`too many entries (${count})`);
  if (cdOffset + cdSize > eocd) throw new ZipError('central directory out of range');
  const entries: Entry[] = [];
  const decoder = new TextDecoder('utf-8');
  for (let i = 0, p = cdOffset; i < count; i++) {
    if (p + 46 > eocd || view.getUint32(p, true) !== 0x02014b50) throw new ZipError('bad central directory entry');
    const nameLength = view.getUint16(p + 28, true);
    const extraLength = view.getUint16(p + 30, true);
    const commentLength = view.getUint16(p + 32, true);
    entries.push({
      flags: view.getUint16(p + 8, true),
      method: view.getUint16(p + 10, true),
      compressedSize: view.getUint32(p + 20, true),
      size: view.getUint32(p + 24, true),
      localOffset: view.getUint32(p + 42, true),
      name: decoder.decode(bytes.subarray(p + 46, p + 46 + nameLength)),
    });
    p += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

export class TooLarge extends Error {}

/** Inflate one entry with a running count: never more than `limit` bytes, whatever the entry claims. */
export function inflateEntry(bytes: Uint8Array, entry: Entry, limit: number): Uint8Array {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const p = entry.localOffset;
  if (p + 30 > bytes.length || view.getUint32(p, true) !== 0x04034b50) throw new ZipError(`bad local header for ${entry.name}`);
  const start = p + 30 + view.getUint16(p + 26, true) + view.getUint16(p + 28, true);
  const end = start + entry.compressedSize;
  if (end > bytes.length) throw new ZipError(`${entry.name} is truncated`);
  const data = bytes.subarray(start, end);
  if (entry.method === 0) {
    if (data.length > limit) throw new TooLarge();
    return data;
  }
  if (entry.method !== 8) throw new ZipError(`${entry.name}: unsupported compression method ${entry.method}`);
  let out: Buffer;
  try {
    // zlib stops as soon as the output passes the limit (it inflates in chunks of ZIP_LIMITS.step), so a lying
    // entry never costs more than its declared size
    out = inflateRawSync(data, { maxOutputLength: Math.max(1, limit), chunkSize: ZIP_LIMITS.step });
  } catch (error) {
    if ((error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') throw new TooLarge();
    throw new ZipError(`${entry.name} is truncated`);
  }
  if (out.length > limit) throw new TooLarge();
  return new Uint8Array(out.buffer, out.byteOffset, out.byteLength);
}

/**
 * Open an .xlsx file's bytes: every entry inflated within the limits, or the reason it cannot be a workbook.
 * `wanted` limits which entries are inflated (the others are still checked).
 */
export function openPackage(bytes: Uint8Array, wanted: (name: string) => boolean = () => true): Package {
  const fail = (problem: PackageProblem): Package => ({ ok: false, problem });
  if (bytes.length === 0) return fail({ kind: 'empty' });
  if (bytes.length > ZIP_LIMITS.fileBytes) return fail({ kind: 'too-large', bytes: bytes.length, limit: ZIP_LIMITS.fileBytes });
  if (startsWith(bytes, OLE2_MAGIC)) {
    // Excel keeps a password-protected workbook as an encrypted package inside an OLE2 file
    if (containsUtf16(bytes, 'EncryptedPackage') || containsUtf16(bytes, 'EncryptionInfo')) return fail({ kind: 'encrypted' });
    return fail({ kind: 'xls' });
  }
  if (!startsWith(bytes, [0x50, 0x4b])) return fail({ kind: 'not-zip' });

  let entries: Entry[];
  try {
    entries = centralDirectory(bytes);
  } catch (error) {
    return fail({ kind: 'corrupt', detail: (error as Error).message });
  }
  let declaredTotal = 0;
  for (const entry of entries) {
    if (entry.flags & 1) return fail({ kind: 'encrypted' });
    if (entry.size > ZIP_LIMITS.entryBytes) return fail({ kind: 'bomb', entry: entry.name, declared: entry.size, limit: ZIP_LIMITS.entryBytes });
    declaredTotal += entry.size;
  }
  if (declaredTotal > ZIP_LIMITS.totalBytes) {
    const biggest = entries.reduce((a, b) => (b.size > a.size ? b : a));
    return fail({ kind: 'bomb', entry: biggest.name, declared: declaredTotal, limit: ZIP_LIMITS.totalBytes });
  }

  const names = new Set(entries.map((e) => e.name));
  if (names.has('mimetype') && (names.has('content.xml') || names.has('META-INF/manifest.xml'))) return fail({ kind: 'ods' });
  if (names.has('word/document.xml')) return fail({ kind: 'other-office', what: 'docx' });
  if (names.has('ppt/presentation.xml')) return fail({ kind: 'other-office', what: 'pptx' });
  if (!names.has('xl/workbook.xml') || !names.has('[Content_Types].xml')) return fail({ kind: 'not-workbook' });

  const files = new Map<string, Uint8Array>();
  for (const entry of entries) {
    if (entry.name.endsWith('/') || !wanted(entry.name)) continue;
    try {
      // an entry that lies about its size is stopped as soon as it passes what it declared
      files.set(entry.name, inflateEntry(bytes, entry, entry.size));
    } catch (error) {
      if (error instanceof TooLarge) return fail({ kind: 'bomb', entry: entry.name, declared: entry.size, limit: entry.size, lying: true });
      return fail({ kind: 'corrupt', detail: error instanceof ZipError ? error.message : String(error) });
    }
  }
  return { ok: true, files };
}

/** Limits for a zip of e-mail attachments (`hop-thu.zip`): many workbooks, each still within the workbook limits. */
export const ARCHIVE_LIMITS = {
  fileBytes: 512 * 1024 * 1024,
  entries: 20_000,
  /** One entry: what a submission file may be (a workbook's own limit), so no entry can inflate beyond it. */
  entryBytes: ZIP_LIMITS.fileBytes,
  totalBytes: 4 * 1024 * 1024 * 1024,
} as const;

export type ArchiveProblem =
  | { kind: 'empty' }
  | { kind: 'too-large'; bytes: number; limit: number }
  | { kind: 'not-zip' }
  | { kind: 'encrypted'; entry: string }
  | { kind: 'bomb'; entry: string; declared: number; limit: number }
  | { kind: 'corrupt'; detail: string };

export interface ArchiveEntry {
  name: string;
  size: number;
  /** Inflate this entry, within its declared size (a lying entry throws {@link TooLarge}); one at a time keeps memory flat. */
  read(): Uint8Array;
}

/**
 * The entries of a zip of attachments, checked before anything is inflated: the same central-directory reading and
 * declared-size limits as for a workbook, with limits for an archive. Entries are inflated one at a time, on demand.
 */
export function openArchive(bytes: Uint8Array): { ok: true; entries: ArchiveEntry[] } | { ok: false; problem: ArchiveProblem } {
  const fail = (problem: ArchiveProblem) => ({ ok: false as const, problem });
  if (bytes.length === 0) return fail({ kind: 'empty' });
  if (bytes.length > ARCHIVE_LIMITS.fileBytes) return fail({ kind: 'too-large', bytes: bytes.length, limit: ARCHIVE_LIMITS.fileBytes });
  if (!startsWith(bytes, [0x50, 0x4b])) return fail({ kind: 'not-zip' });
  let entries: Entry[];
  try {
    entries = centralDirectory(bytes, ARCHIVE_LIMITS.entries);
  } catch (error) {
    return fail({ kind: 'corrupt', detail: (error as Error).message });
  }
  let declaredTotal = 0;
  for (const entry of entries) {
    if (entry.name.endsWith('/')) continue;
    if (entry.flags & 1) return fail({ kind: 'encrypted', entry: entry.name });
    if (entry.size > ARCHIVE_LIMITS.entryBytes) return fail({ kind: 'bomb', entry: entry.name, declared: entry.size, limit: ARCHIVE_LIMITS.entryBytes });
    declaredTotal += entry.size;
  }
  if (declaredTotal > ARCHIVE_LIMITS.totalBytes) {
    const biggest = entries.reduce((a, b) => (b.size > a.size ? b : a));
    return fail({ kind: 'bomb', entry: biggest.name, declared: declaredTotal, limit: ARCHIVE_LIMITS.totalBytes });
  }
  return {
    ok: true,
    entries: entries
      .filter((e) => !e.name.endsWith('/'))
      .map((e) => ({ name: e.name, size: e.size, read: () => inflateEntry(bytes, e, e.size) })),
  };
}

/**
 * An entry name that would leave the folder it is unpacked into (`../x`, `/etc/x`, `C:\x`), or that names nothing:
 * such an entry is reported and never read, whatever else it holds.
 */
export function unsafeEntryName(name: string): boolean {
  const parts = name.split(/[\\/]/);
  return name === '' || /^[\\/]/.test(name) || /^[A-Za-z]:/.test(name) || name.includes('\u0000') || parts.some((p) => p === '..');
}

/**
 * Write a package with a fixed order (`[Content_Types].xml` first, as Office expects) and fixed timestamps (1980-01-01
 * unless `mtime` is given), by the tool's one zip writer.
 */
export function writePackage(files: ReadonlyMap<string, Uint8Array>, options: { level?: 0 | 6; mtime?: Date } = {}): Uint8Array {
  return writeZip(packageEntries(files), options.mtime ?? ZIP_EPOCH, { level: options.level ?? 6 });
}
