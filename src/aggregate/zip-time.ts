/**
 * Reproducible zip files. exceljs (through JSZip) stamps every entry of an .xlsx with the wall-clock time and offers no
 * option to set it, so two runs on the same data differ in a few bytes. We overwrite the DOS date and time of every
 * entry, in the local headers and in the central directory, with a fixed instant (the run's `--date` or
 * SOURCE_DATE_EPOCH). Timestamps are not covered by the CRC, so the archive stays valid.
 */

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

function dosDateTime(at: Date): { time: number; date: number } {
  const year = Math.min(Math.max(at.getUTCFullYear(), 1980), 2107);
  return {
    time: (at.getUTCHours() << 11) | (at.getUTCMinutes() << 5) | Math.floor(at.getUTCSeconds() / 2),
    date: ((year - 1980) << 9) | ((at.getUTCMonth() + 1) << 5) | at.getUTCDate(),
  };
}

/** A copy of `zip` whose entries all carry the time `at`. Throws if the bytes are not a zip archive. */
export function stampZipEntries(zip: Uint8Array, at: Date): Uint8Array {
  const out = Uint8Array.from(zip);
  const view = new DataView(out.buffer, out.byteOffset, out.byteLength);
  let eocd = -1;
  for (let i = out.length - 22; i >= Math.max(0, out.length - 22 - 0xffff); i--) {
    if (view.getUint32(i, true) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new Error('not a zip archive');
  const entries = view.getUint16(eocd + 10, true);
  const { time, date } = dosDateTime(at);
  let p = view.getUint32(eocd + 16, true);
  for (let n = 0; n < entries; n++) {
    if (view.getUint32(p, true) !== CENTRAL) throw new Error('broken zip central directory');
    view.setUint16(p + 12, time, true);
    view.setUint16(p + 14, date, true);
    const local = view.getUint32(p + 42, true);
    if (view.getUint32(local, true) !== LOCAL) throw new Error('broken zip local header');
    view.setUint16(local + 10, time, true);
    view.setUint16(local + 12, date, true);
    p += 46 + view.getUint16(p + 28, true) + view.getUint16(p + 30, true) + view.getUint16(p + 32, true);
  }
  return out;
}
