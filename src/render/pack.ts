/**
 * Byte-identical DOCX files. `docx` stamps `docProps/core.xml` with the current time and its zip entries with the
 * current mtime; both are replaced by the tool's "now" (`--date` or SOURCE_DATE_EPOCH, see util/clock.ts), and the
 * archive is written again with fflate — the zip library `docx` itself uses.
 */
import { Packer, type Document } from 'docx';
import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from 'fflate';

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

export async function packDeterministic(document: Document, instant: Date): Promise<Uint8Array> {
  const packed = await Packer.toBuffer(document);
  const files = unzipSync(new Uint8Array(packed));
  const core = files['docProps/core.xml'];
  if (core) files['docProps/core.xml'] = strToU8(stampCoreXml(strFromU8(core), instant));
  const mtime = dosTime(instant);
  // keep docx's entry order ([Content_Types].xml first), which some readers rely on
  const entries: Zippable = {};
  for (const name of Object.keys(files)) entries[name] = [files[name]!, { mtime }];
  return zipSync(entries, { level: 6 });
}
