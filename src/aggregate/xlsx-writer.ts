/**
 * A small SpreadsheetML writer for `summary.xlsx`: each worksheet's rows are turned into XML and compressed as they
 * are written, so a national summary's 50,000-row tables never exist as a spreadsheet model in memory (exceljs keeps
 * an object per cell, about 2 KB each: gigabytes for the country). Only what the summary workbook uses: inline
 * strings and numbers, a few shared cell styles, column widths, row heights, merged title rows, A4 page setup fitted
 * to the width, a repeated header row (print titles) and a page-number footer. Deterministic: fixed document
 * properties and entry times.
 */
import { strToU8, Zip, ZipDeflate } from 'fflate';
import { stampZipEntries } from './zip-time.js';

export type CellValue = string | number | null;

export interface CellStyle {
  size?: number;
  bold?: boolean;
  italic?: boolean;
  horizontal?: 'left' | 'center' | 'right';
  vertical?: 'top' | 'middle';
  wrap?: boolean;
  border?: boolean;
  /** Grey header fill. */
  fill?: boolean;
  numFmt?: string;
}

export interface PageSetup {
  orientation: 'portrait' | 'landscape';
  margins: { left: number; right: number; top: number; bottom: number; header: number; footer: number };
  footer: string;
}

const FONT = 'Times New Roman';
const NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

export function escapeXml(text: string): string {
  // characters XML 1.0 cannot carry at all are dropped; the rest escaped
  return text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '').replace(/[<>&"]/g, (c) => (c === '<' ? '&lt;' : c === '>' ? '&gt;' : c === '&' ? '&amp;' : '&quot;'));
}

/** `A`, `B`, … `Z`, `AA`, … for a 1-based column number. */
export function columnName(n: number): string {
  let name = '';
  for (let c = n; c > 0; c = Math.floor((c - 1) / 26)) name = String.fromCharCode(65 + ((c - 1) % 26)) + name;
  return name;
}

const num = (n: number) => String(Number.isInteger(n) ? n : Number(n.toPrecision(15)));

export class XlsxWriter {
  private readonly chunks: Uint8Array[] = [];
  private readonly zip: Zip;
  private readonly sheets: { name: string; titles: number | null }[] = [];
  private readonly fonts: string[] = [];
  private readonly xfs: string[] = [];
  private readonly styleIds = new Map<string, number>();
  private readonly numFmts = new Map<string, number>();
  private open: SheetWriter | null = null;

  constructor(
    private readonly at: Date,
    private readonly creator: string,
  ) {
    this.zip = new Zip((error, chunk) => {
      if (error) throw error;
      this.chunks.push(chunk);
    });
    this.style({}); // xf 0: the default
  }

  /** The worksheets started so far, by name. */
  get worksheets(): readonly { name: string }[] {
    return this.sheets.map((s) => ({ name: s.name }));
  }

  /** The id of a cell style (the same style, the same id). */
  style(s: CellStyle): number {
    const key = JSON.stringify([s.size ?? 11, !!s.bold, !!s.italic, s.horizontal ?? '', s.vertical ?? '', !!s.wrap, !!s.border, !!s.fill, s.numFmt ?? '']);
    let id = this.styleIds.get(key);
    if (id !== undefined) return id;
    const font = `<font>${s.bold ? '<b/>' : ''}${s.italic ? '<i/>' : ''}<sz val="${s.size ?? 11}"/><name val="${FONT}"/><family val="1"/></font>`;
    let fontId = this.fonts.indexOf(font);
    if (fontId < 0) fontId = this.fonts.push(font) - 1;
    let numFmtId = 0;
    if (s.numFmt) {
      numFmtId = this.numFmts.get(s.numFmt) ?? 164 + this.numFmts.size;
      this.numFmts.set(s.numFmt, numFmtId);
    }
    const alignment = s.horizontal || s.vertical || s.wrap
      ? `<alignment${s.horizontal ? ` horizontal="${s.horizontal}"` : ''}${s.vertical ? ` vertical="${s.vertical === 'middle' ? 'center' : 'top'}"` : ''}${s.wrap ? ' wrapText="1"' : ''}/>`
      : '';
    this.xfs.push(
      `<xf numFmtId="${numFmtId}" fontId="${fontId}" fillId="${s.fill ? 2 : 0}" borderId="${s.border ? 1 : 0}" xfId="0"${numFmtId ? ' applyNumberFormat="1"' : ''} applyFont="1"${s.fill ? ' applyFill="1"' : ''}${s.border ? ' applyBorder="1"' : ''}${alignment ? ` applyAlignment="1">${alignment}</xf>` : '/>'}`,
    );
    id = this.xfs.length - 1;
    this.styleIds.set(key, id);
    return id;
  }

  /** Start the next worksheet (the previous one is finished first). */
  sheet(name: string, page: PageSetup): SheetWriter {
    this.open?.end();
    const index = this.sheets.length;
    this.sheets.push({ name, titles: null });
    const file = new ZipDeflate(`xl/worksheets/sheet${index + 1}.xml`, { level: 6 });
    this.zip.add(file);
    this.open = new SheetWriter(file, page, (row) => (this.sheets[index]!.titles = row), (style) => this.style(style));
    return this.open;
  }

  /** The workbook's bytes. */
  finish(): Uint8Array {
    this.open?.end();
    this.open = null;
    const put = (name: string, text: string) => {
      const file = new ZipDeflate(name, { level: 6 });
      this.zip.add(file);
      file.push(strToU8(text), true);
    };
    const xml = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
    const sheetList = this.sheets.map((_, i) => i + 1);
    put(
      '[Content_Types].xml',
      `${xml}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>${sheetList.map((i) => `<Override PartName="/xl/worksheets/sheet${i}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`).join('')}<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/><Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/></Types>`,
    );
    put(
      '_rels/.rels',
      `${xml}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL_NS}/officeDocument" Target="xl/workbook.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/><Relationship Id="rId3" Type="${REL_NS}/extended-properties" Target="docProps/app.xml"/></Relationships>`,
    );
    const stamp = this.at.toISOString().replace(/\.\d{3}Z$/, 'Z');
    const creator = escapeXml(this.creator);
    put(
      'docProps/core.xml',
      `${xml}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:creator>${creator}</dc:creator><cp:lastModifiedBy>${creator}</cp:lastModifiedBy><dcterms:created xsi:type="dcterms:W3CDTF">${stamp}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">${stamp}</dcterms:modified></cp:coreProperties>`,
    );
    put(
      'docProps/app.xml',
      `${xml}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>edu-comms</Application></Properties>`,
    );
    const quoted = (name: string) => `'${escapeXml(name.replace(/'/g, "''"))}'`;
    const defined = this.sheets
      .map((s, i) => (s.titles === null ? '' : `<definedName name="_xlnm.Print_Titles" localSheetId="${i}">${quoted(s.name)}!$${s.titles}:$${s.titles}</definedName>`))
      .join('');
    put(
      'xl/workbook.xml',
      `${xml}<workbook xmlns="${NS}" xmlns:r="${REL_NS}"><bookViews><workbookView/></bookViews><sheets>${this.sheets.map((s, i) => `<sheet name="${escapeXml(s.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('')}</sheets>${defined ? `<definedNames>${defined}</definedNames>` : ''}</workbook>`,
    );
    put(
      'xl/_rels/workbook.xml.rels',
      `${xml}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${sheetList.map((i) => `<Relationship Id="rId${i}" Type="${REL_NS}/worksheet" Target="worksheets/sheet${i}.xml"/>`).join('')}<Relationship Id="rId${sheetList.length + 1}" Type="${REL_NS}/styles" Target="styles.xml"/></Relationships>`,
    );
    const formats = [...this.numFmts].map(([code, id]) => `<numFmt numFmtId="${id}" formatCode="${escapeXml(code)}"/>`);
    put(
      'xl/styles.xml',
      `${xml}<styleSheet xmlns="${NS}">${formats.length ? `<numFmts count="${formats.length}">${formats.join('')}</numFmts>` : ''}<fonts count="${this.fonts.length}">${this.fonts.join('')}</fonts><fills count="3"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill><fill><patternFill patternType="solid"><fgColor rgb="FFE7E6E6"/><bgColor indexed="64"/></patternFill></fill></fills><borders count="2"><border><left/><right/><top/><bottom/><diagonal/></border><border><left style="thin"><color indexed="64"/></left><right style="thin"><color indexed="64"/></right><top style="thin"><color indexed="64"/></top><bottom style="thin"><color indexed="64"/></bottom><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="${this.xfs.length}">${this.xfs.join('')}</cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>`,
    );
    this.zip.end();
    const size = this.chunks.reduce((n, c) => n + c.length, 0);
    const bytes = new Uint8Array(size);
    let at = 0;
    for (const c of this.chunks) {
      bytes.set(c, at);
      at += c.length;
    }
    this.chunks.length = 0;
    return stampZipEntries(bytes, this.at);
  }
}

/** One worksheet, written row by row in increasing row order. */
export class SheetWriter {
  private widths: number[] = [];
  private readonly merges: string[] = [];
  private started = false;
  private lastRow = 0;
  private buffer = '';
  private ended = false;

  constructor(
    private readonly file: ZipDeflate,
    private readonly page: PageSetup,
    private readonly onTitles: (row: number) => void,
    private readonly styleOf: (style: CellStyle) => number,
  ) {}

  /** The workbook's id of a cell style. */
  style(style: CellStyle): number {
    return this.styleOf(style);
  }

  /** Column widths (characters), first column first; before the first row. */
  columns(widths: readonly number[]): void {
    if (!this.started) this.widths = [...widths];
  }

  /** Merge columns `from`..`to` of one row. */
  merge(row: number, from: number, to: number): void {
    this.merges.push(`${columnName(from)}${row}:${columnName(to)}${row}`);
  }

  /** Repeat this row at the top of every printed page (the first call wins). */
  printTitles(row: number): void {
    if (!this.titlesSet) this.onTitles(row);
    this.titlesSet = true;
  }
  private titlesSet = false;

  /** Write row `r` (1-based): its cells from column 1, each a value and a style id; `height` in points when set. */
  row(r: number, cells: readonly { value: CellValue; style: number }[], height?: number): void {
    if (r <= this.lastRow) throw new Error(`rows out of order: ${r} after ${this.lastRow}`);
    this.start();
    this.lastRow = r;
    let xml = `<row r="${r}"${height !== undefined ? ` ht="${num(height)}" customHeight="1"` : ''}>`;
    cells.forEach((cell, i) => {
      const ref = `${columnName(i + 1)}${r}`;
      const s = cell.style ? ` s="${cell.style}"` : '';
      if (cell.value === null || cell.value === '') xml += `<c r="${ref}"${s}/>`;
      else if (typeof cell.value === 'number') xml += Number.isFinite(cell.value) ? `<c r="${ref}"${s}><v>${num(cell.value)}</v></c>` : `<c r="${ref}"${s}/>`;
      else xml += `<c r="${ref}"${s} t="inlineStr"><is><t xml:space="preserve">${escapeXml(cell.value)}</t></is></c>`;
    });
    this.write(`${xml}</row>`);
  }

  private write(text: string): void {
    this.buffer += text;
    if (this.buffer.length >= 1 << 16) this.flush();
  }

  private flush(): void {
    if (this.buffer) this.file.push(strToU8(this.buffer));
    this.buffer = '';
  }

  private start(): void {
    if (this.started) return;
    this.started = true;
    const cols = this.widths.length
      ? `<cols>${this.widths.map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${num(w)}" customWidth="1"/>`).join('')}</cols>`
      : '';
    this.write(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${NS}" xmlns:r="${REL_NS}"><sheetPr><pageSetUpPr fitToPage="1"/></sheetPr><sheetViews><sheetView workbookViewId="0"/></sheetViews><sheetFormatPr defaultRowHeight="15"/>${cols}<sheetData>`,
    );
  }

  /** Finish the worksheet (merges, page setup, footer). */
  end(): void {
    if (this.ended) return;
    this.start();
    this.ended = true;
    const m = this.page.margins;
    this.write(
      `</sheetData>${this.merges.length ? `<mergeCells count="${this.merges.length}">${this.merges.map((ref) => `<mergeCell ref="${ref}"/>`).join('')}</mergeCells>` : ''}<printOptions horizontalCentered="1"/><pageMargins left="${m.left}" right="${m.right}" top="${m.top}" bottom="${m.bottom}" header="${m.header}" footer="${m.footer}"/><pageSetup paperSize="9" orientation="${this.page.orientation}" fitToWidth="1" fitToHeight="0"/><headerFooter><oddFooter>${escapeXml(this.page.footer)}</oddFooter></headerFooter></worksheet>`,
    );
    this.flush();
    this.file.push(new Uint8Array(0), true);
  }
}
