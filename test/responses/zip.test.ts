/**
 * A zip of attachments as input: every YAML, XLSX and CSV inside is read as if on disk, named `hop-thu.zip/<entry>`,
 * behind the same zip-bomb and path-traversal defences as a workbook.
 */
import { stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { readBytes } from '../../src/read/index.js';
import { writeResponsesCsv } from '../../src/form/write-responses.js';
import { cleanSubmission } from '../fixtures/submission.js';
import { form, honestBomb, lyingBomb, zip } from '../excel/helpers.js';

const read = (bytes: Uint8Array) => readBytes(bytes, '.zip', { file: 'hop-thu.zip', lang: 'vi' });
const messages = (docs: Awaited<ReturnType<typeof read>>) => docs.map((d) => [d.file, d.findings.map((f) => f.message).join(' | ')]);

describe('zip of attachments', () => {
  it('reads YAML, the Excel form and a responses sheet inside, each named inside the zip, in name order', async () => {
    const s = cleanSubmission();
    const docs = await read(
      zip({
        'th-b.yaml': stringify(s),
        'thu-muc/th-a.xlsx': await form(s),
        'cau-tra-loi.csv': writeResponsesCsv([s], 'vi'),
        'ghi-chu.pdf': 'không phải báo cáo',
        '__MACOSX/._th-b.yaml': 'rác',
      }),
    );
    expect(docs.map((d) => d.file)).toEqual(['hop-thu.zip/cau-tra-loi.csv#2', 'hop-thu.zip/th-b.yaml', 'hop-thu.zip/thu-muc/th-a.xlsx']);
    expect(docs.map((d) => d.findings)).toEqual([[], [], []]);
    for (const d of docs) expect(d.data).toEqual(s);
  });

  it('never reads an entry whose name leaves the folder, and does not open a zip inside the zip', async () => {
    const docs = await read(zip({ '../../ngoai.yaml': 'a: 1', '/tuyet-doi.yaml': 'a: 1', 'C:/win.yaml': 'a: 1', 'long.zip': zip({ 'x.yaml': 'a: 1' }) }));
    expect(docs.every((d) => d.data === undefined)).toBe(true);
    expect(docs.map((d) => d.findings[0]!.rule)).toEqual(['syntax', 'syntax', 'syntax', 'syntax']);
    const text = messages(docs).map((m) => m[1]).join('\n');
    expect(text).toContain('«../../ngoai.yaml»');
    expect(text).toContain('«/tuyet-doi.yaml»');
    expect(text).toContain('«C:/win.yaml»');
    expect(text).toContain('«long.zip» nằm trong tệp nén');
  });

  it('stops an entry that declares more than a submission may be, or inflates past what it declares', async () => {
    const honest = await read(zip({ 'to.yaml': new Uint8Array(64 * 1024 * 1024) }));
    expect(messages(honest)).toEqual([['hop-thu.zip', expect.stringContaining('vượt giới hạn')]]);
    // a lying entry: reuse the workbook bomb and rename its big entry to a YAML file
    const lying = lyingBomb(64 * 1024 * 1024);
    const renamed = Buffer.from(lying);
    for (let i = renamed.indexOf('xl/worksheets/sheet1.xml'); i >= 0; i = renamed.indexOf('xl/worksheets/sheet1.xml', i + 1)) renamed.write('xl/worksheets/sheet1.yml', i);
    const docs = await read(new Uint8Array(renamed));
    expect(messages(docs).find(([f]) => String(f).endsWith('sheet1.yml'))![1]).toContain('nhiều hơn kích thước khai báo');
    // a workbook bomb inside the zip gets the workbook reader's own finding, named inside the zip
    const inner = await read(zip({ 'th-x.xlsx': honestBomb(64 * 1024 * 1024) }));
    expect(inner.map((d) => [d.file, d.findings[0]!.cell])).toEqual([['hop-thu.zip/th-x.xlsx', 'A1']]);
  });

  it('a zip that is not one, or holds no report, is one clear error', async () => {
    expect(messages(await read(new TextEncoder().encode('not a zip')))).toEqual([['hop-thu.zip', expect.stringContaining('không phải tệp nén')]]);
    expect(messages(await read(zip({ 'anh.jpg': 'x' })))).toEqual([['hop-thu.zip', expect.stringContaining('không có tệp báo cáo')]]);
  });
});
