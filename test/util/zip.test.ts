/**
 * The tool's one zip writer (src/util/zip.ts): DOCX documents, the Excel form, summary.xlsx and feedback workbooks are
 * all written by it, laid out as fflate's `zipSync` lays out an archive.
 */
import fc from 'fast-check';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { packageEntries, rewriteZip, writeZip, ZIP_EPOCH, zipTime } from '../../src/util/zip.js';

const mtime = new Date(2025, 0, 5, 1, 0, 0);
const files = fc.uniqueArray(fc.tuple(fc.stringMatching(/^[a-z][a-z_/.[\]]{0,19}$/).filter((n) => !n.includes('proto')), fc.uint8Array({ maxLength: 3000 })), { selector: ([name]) => name, minLength: 1, maxLength: 6 });

describe('the zip writer', () => {
  it('writes the archive zipSync writes for the same files, byte for byte, deflated (level 6) or stored (level 0)', () => {
    fc.assert(
      fc.property(files, fc.constantFrom(0 as const, 6 as const), (list, level) => {
        const expected = zipSync(Object.fromEntries(list.map(([name, data]) => [name, [data, { mtime }]])), { level });
        expect(Buffer.from(writeZip(list.map(([name, data]) => ({ name, data })), mtime, { level })).equals(Buffer.from(expected))).toBe(true);
      }),
      { numRuns: 100 },
    );
  });

  it('compresses text given in pieces into an entry that unzips to the whole text', () => {
    const pieces = Array.from({ length: 5000 }, (_, i) => `<w:tr>hàng ${i} “Trường” ${'x'.repeat(i % 97)}</w:tr>`);
    const bytes = writeZip([{ name: 'a.xml', data: strToU8('<a/>') }, { name: 'word/document.xml', data: pieces }], mtime);
    const out = unzipSync(bytes);
    expect(strFromU8(out['word/document.xml']!)).toBe(pieces.join(''));
    expect(strFromU8(out['a.xml']!)).toBe('<a/>');
    // and the same pieces always give the same bytes
    expect(Buffer.from(writeZip([{ name: 'a.xml', data: strToU8('<a/>') }, { name: 'word/document.xml', data: pieces }], mtime)).equals(Buffer.from(bytes))).toBe(true);
    // stored, the pieces unzip to the same text
    expect(strFromU8(unzipSync(writeZip([{ name: 'd.xml', data: pieces }], mtime, { level: 0 }))['d.xml']!)).toBe(pieces.join(''));
  });

  it('puts [Content_Types].xml first and keeps the others in order, folders left out', () => {
    const entries = packageEntries(new Map([['xl/a.xml', strToU8('a')], ['docProps/', new Uint8Array()], ['[Content_Types].xml', strToU8('c')], ['_rels/.rels', strToU8('r')]]));
    expect(entries.map((e) => e.name)).toEqual(['[Content_Types].xml', 'xl/a.xml', '_rels/.rels']);
  });

  it('rewrites another library’s archive with fixed times: the same bytes whatever the entries’ times were', () => {
    fc.assert(
      fc.property(files, fc.date({ min: new Date(1990, 0, 1), max: new Date(2099, 11, 31), noInvalidDate: true }), (list, when) => {
        const theirs = zipSync(Object.fromEntries(list.map(([name, data]) => [name, [data, { mtime: when }]])));
        const ours = rewriteZip(theirs, ZIP_EPOCH);
        expect(Buffer.from(ours).equals(Buffer.from(writeZip(packageEntries(Object.fromEntries(list)), ZIP_EPOCH)))).toBe(true);
        const back = unzipSync(ours);
        for (const [name, data] of list.filter(([n]) => !n.endsWith('/'))) expect(Buffer.from(back[name]!).equals(Buffer.from(data))).toBe(true);
      }),
      { numRuns: 50 },
    );
    expect(() => rewriteZip(new Uint8Array([1, 2, 3]), ZIP_EPOCH)).toThrow();
  });

  it('takes an instant’s UTC fields as the zip time, never before 1980, whatever the machine’s zone', () => {
    const t = zipTime(new Date(Date.UTC(2025, 0, 5, 1, 2, 4)));
    expect([t.getFullYear(), t.getMonth(), t.getDate(), t.getHours(), t.getMinutes(), t.getSeconds()]).toEqual([2025, 0, 5, 1, 2, 4]);
    expect(zipTime(new Date(0)).getFullYear()).toBe(1980);
  });
});
