/**
 * Helpers for the Excel tests: forms made by our writer, edited the way a clerk edits them (exceljs opens, types, saves),
 * and the broken files clerks send (renamed, encrypted, corrupted, zip bombs).
 */
import ExcelJS from 'exceljs';
import { zipSync, strToU8 } from 'fflate';
import { writeFormWorkbook } from '../../src/form/write-xlsx.js';
import { cleanSubmission } from '../fixtures/submission.js';

export const CREATED = new Date(Date.UTC(2025, 0, 5));

export const form = (data: unknown = { schema_version: 1 }) => writeFormWorkbook(data, { lang: 'vi', created: CREATED, generator: 'test' });

/** A clean submission for a unit of the embedded example roster (examples/edu-comms.yaml). */
export function exampleSubmission(): ReturnType<typeof cleanSubmission> {
  const s = cleanSubmission();
  s.unit = { code: 'THPT-DINHHOA', name: 'Trường THPT Định Hóa', level: 'THPT', parent: 'SGD-THAINGUYEN' };
  return s;
}

/** Open a workbook with exceljs, let `edit` type into it, save it. */
export async function edit(bytes: Uint8Array, change: (wb: ExcelJS.Workbook) => void | Promise<void>): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as never);
  await change(wb);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/** The row whose label (column B) is `label`, after the row of the section labelled `section` — as a person finds it. */
export function rowOf(ws: ExcelJS.Worksheet, label: string, section?: string): number {
  let inSection = section === undefined;
  for (let r = 1; r <= ws.rowCount; r++) {
    const text = String(ws.getCell(r, 2).value ?? '');
    if (!inSection && text === section) inSection = true;
    else if (inSection && text === label) return r;
  }
  throw new Error(`no row labelled «${label}»${section ? ` in «${section}»` : ''}`);
}

/** The column whose header (row 3 of a table sheet) starts with `label`. */
export function columnOf(ws: ExcelJS.Worksheet, label: string): number {
  for (let c = 1; c <= ws.columnCount; c++) if (String(ws.getCell(3, c).value ?? '').replace(/ \*$/, '') === label) return c;
  throw new Error(`no column «${label}» in ${ws.name}`);
}

/** A zip of the given entries (level 9, so zeros compress to almost nothing). */
export function zip(entries: Record<string, Uint8Array | string>): Uint8Array {
  return zipSync(Object.fromEntries(Object.entries(entries).map(([k, v]) => [k, [typeof v === 'string' ? strToU8(v) : v, { level: 9 }]])));
}

/** A package with one entry that unpacks to `size` bytes of zeros, declaring its size honestly. */
export function honestBomb(size: number): Uint8Array {
  return zip({ '[Content_Types].xml': '<Types/>', 'xl/workbook.xml': '<workbook/>', 'xl/worksheets/sheet1.xml': new Uint8Array(size) });
}

/** The same, but both headers of the big entry claim it unpacks to `claimed` bytes. */
export function lyingBomb(size: number, claimed = 1000): Uint8Array {
  const bytes = honestBomb(size);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (let i = 0; i + 4 <= bytes.length; i++) {
    const signature = view.getUint32(i, true);
    if (signature === 0x04034b50 && view.getUint32(i + 22, true) === size) view.setUint32(i + 22, claimed, true);
    if (signature === 0x02014b50 && view.getUint32(i + 24, true) === size) view.setUint32(i + 24, claimed, true);
  }
  return bytes;
}

/**
 * The start of an OLE2 compound file, which is how Excel stores both `.xls` workbooks and password-protected `.xlsx`
 * ones (the package encrypted in an `EncryptedPackage` stream, described by `EncryptionInfo`). Synthetic: only what
 * a reader looks at before deciding.
 */
export function compoundFile(streams: readonly string[]): Uint8Array {
  const header = Buffer.alloc(512);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(header);
  header.writeUInt16LE(0x3e, 24);
  header.writeUInt16LE(3, 26);
  header.writeUInt16LE(0xfffe, 28);
  header.writeUInt16LE(9, 30);
  const directory = Buffer.alloc(128 * streams.length);
  streams.forEach((name, i) => {
    directory.write(name, i * 128, 'utf16le');
    directory.writeUInt16LE((name.length + 1) * 2, i * 128 + 64);
    directory.writeUInt8(2, i * 128 + 66);
  });
  return new Uint8Array(Buffer.concat([header, directory]));
}
