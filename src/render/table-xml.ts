/**
 * The body rows of the appendix tables, written as WordprocessingML text straight from their cells. A province's
 * appendix I has a row per school — 2,500 rows of 15 cells, 50,000 rows for a country — and building a `docx`
 * object for every cell, paragraph and run (then an XML tree of each) took most of a render's time and memory. The
 * XML here is byte for byte what `docx` writes for `layout.ts`'s cells (test/render/table-xml.test.ts compares the
 * two), so the document is the same; the header rows, few and with merged cells, are still written by `docx`.
 *
 * `docx` lays out a placeholder row in each table; `DeferredRows.expand` gives the document XML back in pieces with
 * each placeholder replaced by its rows, so that the packer (pack.ts) compresses them as they come and the whole
 * document is never held as one string.
 */
import { randomUUID } from 'node:crypto';
import type { GridCell } from './appendix.js';

const ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '"': '&quot;', "'": '&apos;', '<': '&lt;', '>': '&gt;' };

/** Text as `docx` escapes it: the five XML entities, and the control characters XML 1.0 cannot hold dropped. */
export function escapeXml(text: string): string {
  return text.replace(/[&"'<>\x00-\x08\x0B\x0C\x0E-\x1F]/g, (c) => ESCAPES[c] ?? '');
}

const JC = { left: '', center: '<w:jc w:val="center"/>', right: '<w:jc w:val="right"/>' } as const;
const BOLD = '<w:rPr><w:b/><w:bCs/></w:rPr>';

/** One body row: cells of the table's columns, a spanning cell as wide as the columns it spans; never split. */
export function rowXml(columns: readonly number[], cells: readonly GridCell[]): string {
  let xml = '<w:tr><w:trPr><w:cantSplit/></w:trPr>';
  let col = 0;
  for (const c of cells) {
    if (c.rowSpan !== undefined && c.rowSpan > 1) throw new Error('a body row of a table never spans rows');
    const span = c.columnSpan ?? 1;
    let width = 0;
    for (let k = col; k < col + span && k < columns.length; k++) width += columns[k]!;
    col += span;
    xml +=
      `<w:tc><w:tcPr><w:tcW w:type="dxa" w:w="${width}"/>${c.columnSpan ? `<w:gridSpan w:val="${c.columnSpan}"/>` : ''}<w:vAlign w:val="center"/></w:tcPr>` +
      `<w:p><w:pPr><w:pStyle w:val="TableText"/>${JC[c.align ?? 'left']}</w:pPr>` +
      `<w:r>${c.bold ? BOLD : ''}<w:t xml:space="preserve">${escapeXml(c.text)}</w:t></w:r></w:p></w:tc>`;
  }
  return `${xml}</w:tr>`;
}

interface Body {
  marker: string;
  columns: readonly number[];
  rows: Iterable<readonly GridCell[]>;
}

/** The rows of a document's tables, kept as cells until the document is packed. One per document. */
export class DeferredRows {
  // random, so that no text of a summary can ever be taken for a placeholder; it never reaches the output
  private readonly token = `edu-comms-rows-${randomUUID()}`;
  private readonly bodies: Body[] = [];

  /** Keep `rows` for a table of `columns`; the text of the placeholder cell that stands for them. */
  add(columns: readonly number[], rows: Iterable<readonly GridCell[]>): string {
    const marker = `${this.token}-${this.bodies.length}`;
    this.bodies.push({ marker, columns, rows });
    return marker;
  }

  get size(): number {
    return this.bodies.length;
  }

  /** The document XML in pieces, each placeholder row (the `<w:tr>` holding its marker) replaced by its rows. */
  *expand(xml: string): Generator<string> {
    const found = this.bodies.map((body) => {
      const at = xml.indexOf(`${body.marker}</w:t>`);
      if (at < 0 || xml.indexOf(`${body.marker}</w:t>`, at + 1) >= 0) throw new Error(`table placeholder ${body.marker} not found once`);
      const start = xml.lastIndexOf('<w:tr>', at);
      const end = xml.indexOf('</w:tr>', at);
      if (start < 0 || end < 0) throw new Error(`table placeholder ${body.marker} outside a row`);
      return { body, start, end: end + '</w:tr>'.length };
    });
    found.sort((a, b) => a.start - b.start);
    let from = 0;
    for (const { body, start, end } of found) {
      yield xml.slice(from, start);
      for (const cells of body.rows) yield rowXml(body.columns, cells);
      from = end;
    }
    yield xml.slice(from);
  }
}
