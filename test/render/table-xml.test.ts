/**
 * The appendix tables' body rows are written as XML text (src/render/table-xml.ts) and the archive by the tool's own
 * zip writer (src/util/zip.ts, tested in test/util/zip.test.ts): the document must be what `docx` and fflate wrote
 * before, byte for byte — the same table XML as `docx` writes for the same cells.
 */
import { Document, Packer } from 'docx';
import fc from 'fast-check';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { rowsOf, type GridCell } from '../../src/render/appendix.js';
import { gridTable, TABLE_TEXT_STYLE } from '../../src/render/layout.js';
import { packDeterministic } from '../../src/render/pack.js';
import { DeferredRows, escapeXml } from '../../src/render/table-xml.js';

const COLUMNS = [560, 3000, 1450, 720, 720, 700];
const HEADER: GridCell[][] = [
  [{ text: 'TT', bold: true, align: 'center', rowSpan: 2 }, { text: 'Tên', bold: true, align: 'center', rowSpan: 2 }, { text: 'Tình trạng', bold: true, align: 'center', columnSpan: 4 }],
  [{ text: 'a', bold: true }, { text: 'b' }, { text: 'c', align: 'right' }, { text: 'd', align: 'center' }],
];

function documentXml(body: Iterable<GridCell[]>, deferred?: DeferredRows): Promise<Uint8Array> {
  const doc = new Document({ styles: { paragraphStyles: [TABLE_TEXT_STYLE] }, sections: [{ children: [gridTable(COLUMNS, HEADER, body, deferred)] }] });
  return deferred ? packDeterministic(doc, new Date('2025-01-05T01:00:00Z'), deferred) : Packer.toBuffer(doc);
}
const part = (bytes: Uint8Array) => strFromU8(unzipSync(bytes)['word/document.xml']!);

const text = fc.oneof(
  fc.string(),
  fc.constantFrom('', ' ', 'Trường Tiểu học Số 1 “Bình Yên” & <THCS> \'x\' "y"', 'a\nb\tc', '\u0001\u000b\u001f\u0000ok', '1.234', '  lề  '),
);
const cell: fc.Arbitrary<GridCell> = fc.record(
  { text, bold: fc.boolean(), align: fc.constantFrom('left', 'center', 'right'), columnSpan: fc.integer({ min: 1, max: 6 }) },
  { requiredKeys: ['text'] },
) as fc.Arbitrary<GridCell>;
const rows = fc.array(fc.array(cell, { minLength: 1, maxLength: 7 }), { minLength: 1, maxLength: 8 });

describe('table rows written as XML', () => {
  it('are byte for byte the rows docx writes for the same cells: spans, alignment, bold, empty and escaped text', async () => {
    await fc.assert(
      fc.asyncProperty(rows, async (body) => {
        expect(part(await documentXml(body, new DeferredRows()))).toBe(part(await documentXml(body)));
      }),
      { numRuns: 60 },
    );
  }, 60_000);

  it('leave no placeholder behind, and keep two tables apart in document order', async () => {
    const deferred = new DeferredRows();
    const a: GridCell[][] = [[{ text: 'first' }]];
    const b: GridCell[][] = [[{ text: 'second', bold: true, columnSpan: 6 }]];
    const doc = new Document({ styles: { paragraphStyles: [TABLE_TEXT_STYLE] }, sections: [{ children: [gridTable(COLUMNS, HEADER, a, deferred)] }, { children: [gridTable(COLUMNS, HEADER, b, deferred)] }] });
    const xml = part(await packDeterministic(doc, new Date('2025-01-05T01:00:00Z'), deferred));
    expect(xml).not.toContain('edu-comms-rows-');
    expect(xml.indexOf('>first<')).toBeGreaterThan(0);
    expect(xml.indexOf('>second<')).toBeGreaterThan(xml.indexOf('>first<'));
    expect([...xml.matchAll(/<w:tbl>/g)]).toHaveLength(2);
  });

  it('come from rows made when read: read twice, they are the same rows; none leaves a header-only table as docx writes it', async () => {
    let made = 0;
    const lazy = rowsOf(function* () {
      made++;
      yield [{ text: 'một' }, { text: '2', align: 'right' as const }];
      yield [{ text: 'tổng', bold: true, columnSpan: 6 }];
    });
    expect(made).toBe(0);
    expect([...lazy]).toEqual([...lazy]);
    expect(made).toBe(2);
    const eager = [...lazy];
    expect(part(await documentXml(lazy, new DeferredRows()))).toBe(part(await documentXml(eager)));
    expect(part(await documentXml([], new DeferredRows()))).toBe(part(await documentXml([])));
  });

  it('escape text as docx does', () => {
    expect(escapeXml('a & b < c > d "e" \'f\'\u0001\t\n')).toBe('a &amp; b &lt; c &gt; d &quot;e&quot; &apos;f&apos;\t\n');
  });
});
