/**
 * The row-at-a-time workbook writer behind `summary.xlsx`: exceljs' streaming writer (`stream.xlsx.WorkbookWriter`),
 * which turns each committed row into XML and lets it go, so a national summary's 50,000-row tables never exist as a
 * spreadsheet model in memory (exceljs' ordinary Workbook keeps an object per cell, about 2 KB each). This module only
 * gives it the few things the summary workbook uses — shared cell styles by id, column widths, merged title rows, A4
 * page setup fitted to the width, a repeated header row and a page-number footer — and makes the bytes deterministic
 * (fixed document properties; the archive written again by util/zip.ts with every entry at the summary's time). exceljs is loaded only here.
 */
import { PassThrough } from 'node:stream';
import type { Alignment, Borders, Fill, Font, Style, Worksheet } from 'exceljs';
import { strFromU8, strToU8, unzipSync } from 'fflate';
import { packageEntries, writeZip, zipTime } from '../util/zip.js';

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

/** A picture placed on a sheet: its top-left cell (0-based column and row) and its size in pixels. */
export interface SheetImage {
  png: Uint8Array;
  col: number;
  row: number;
  width: number;
  height: number;
}

export interface PageSetup {
  orientation: 'portrait' | 'landscape';
  margins: { left: number; right: number; top: number; bottom: number; header: number; footer: number };
  footer: string;
}

const FONT = 'Times New Roman';
const THIN = { style: 'thin' as const };
const BORDER: Partial<Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };
const GREY: Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE7E6E6' } };

function excelStyle(s: CellStyle): Partial<Style> {
  const font: Partial<Font> = { name: FONT, family: 1, size: s.size ?? 11, ...(s.bold ? { bold: true } : {}), ...(s.italic ? { italic: true } : {}) };
  const alignment: Partial<Alignment> = {
    ...(s.horizontal ? { horizontal: s.horizontal } : {}),
    ...(s.vertical ? { vertical: s.vertical } : {}),
    ...(s.wrap ? { wrapText: true } : {}),
  };
  return {
    font,
    ...(Object.keys(alignment).length ? { alignment } : {}),
    ...(s.border ? { border: BORDER } : {}),
    ...(s.fill ? { fill: GREY } : {}),
    ...(s.numFmt ? { numFmt: s.numFmt } : {}),
  };
}

type ExcelModule = typeof import('exceljs');
type StreamWorkbook = InstanceType<ExcelModule['stream']['xlsx']['WorkbookWriter']>;

export class XlsxWriter {
  private readonly chunks: Buffer[] = [];
  private readonly styles: Partial<Style>[] = [];
  private readonly styleIds = new Map<string, number>();
  private readonly names: string[] = [];
  /** The pictures of each sheet, in sheet order. */
  private readonly images: SheetImage[][] = [];
  private open: SheetWriter | null = null;

  private constructor(
    private readonly workbook: StreamWorkbook,
    private readonly at: Date,
  ) {
    this.style({}); // style 0: Times New Roman 11, as every unstyled cell
  }

  /** A workbook written into memory, its properties fixed at `at` by `creator`. */
  static async create(at: Date, creator: string): Promise<XlsxWriter> {
    const { default: ExcelJS } = await import('exceljs');
    const stream = new PassThrough();
    const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useStyles: true, useSharedStrings: false });
    workbook.creator = creator;
    workbook.lastModifiedBy = creator;
    workbook.created = at;
    workbook.modified = at;
    const writer = new XlsxWriter(workbook, at);
    stream.on('data', (chunk: Buffer) => writer.chunks.push(chunk));
    return writer;
  }

  /** The worksheets started so far, by name. */
  get worksheets(): readonly { name: string }[] {
    return this.names.map((name) => ({ name }));
  }

  /** The id of a cell style (the same style, the same id). */
  style(s: CellStyle): number {
    const key = JSON.stringify([s.size ?? 11, !!s.bold, !!s.italic, s.horizontal ?? '', s.vertical ?? '', !!s.wrap, !!s.border, !!s.fill, s.numFmt ?? '']);
    let id = this.styleIds.get(key);
    if (id === undefined) {
      id = this.styles.push(excelStyle(s)) - 1;
      this.styleIds.set(key, id);
    }
    return id;
  }

  /** Start the next worksheet (the previous one is finished first). */
  sheet(name: string, page: PageSetup): SheetWriter {
    this.open?.end();
    this.names.push(name);
    const ws = this.workbook.addWorksheet(name, {
      pageSetup: {
        paperSize: 9, // A4
        orientation: page.orientation,
        fitToPage: true,
        fitToWidth: 1,
        fitToHeight: 0,
        margins: page.margins,
        horizontalCentered: true,
      },
      headerFooter: { oddFooter: page.footer },
    });
    const images: SheetImage[] = [];
    this.images.push(images);
    this.open = new SheetWriter(ws, (style) => this.style(style), (id) => this.styles[id]!, images);
    return this.open;
  }

  /** The workbook's bytes. */
  async finish(): Promise<Uint8Array> {
    this.open?.end();
    this.open = null;
    await this.workbook.commit();
    const bytes = new Uint8Array(Buffer.concat(this.chunks));
    this.chunks.length = 0;
    // exceljs stamps every entry with the wall clock: written again by the one zip writer, at the summary's time;
    // its streaming writer draws no pictures, so they are added here as a drawing part of their sheet
    const files = unzipSync(bytes);
    this.images.forEach((images, i) => {
      if (images.length > 0) addDrawing(files, i + 1, images);
    });
    return writeZip(packageEntries(files), zipTime(this.at));
  }
}

const EMU = 9525; // per pixel
const REL_IMAGE = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/image';
const REL_DRAWING = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing';

/** Sheet `n`'s pictures: the PNGs in xl/media, a drawing part anchoring each at its cell, the sheet pointing to it. */
function addDrawing(files: Record<string, Uint8Array>, n: number, images: readonly SheetImage[]): void {
  const sheetPath = `xl/worksheets/sheet${n}.xml`;
  const relsPath = `xl/worksheets/_rels/sheet${n}.xml.rels`;
  const sheet = files[sheetPath];
  if (!sheet) throw new Error(`no ${sheetPath} to draw on`);
  const anchors = images.map((img, i) => {
    const name = `chart${n}_${i + 1}.png`;
    files[`xl/media/${name}`] = img.png;
    return (
      `<xdr:oneCellAnchor><xdr:from><xdr:col>${img.col}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${img.row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from>` +
      `<xdr:ext cx="${img.width * EMU}" cy="${img.height * EMU}"/>` +
      `<xdr:pic><xdr:nvPicPr><xdr:cNvPr id="${i + 2}" name="${name}"/><xdr:cNvPicPr><a:picLocks noChangeAspect="1"/></xdr:cNvPicPr></xdr:nvPicPr>` +
      `<xdr:blipFill><a:blip r:embed="rId${i + 1}"/><a:stretch><a:fillRect/></a:stretch></xdr:blipFill>` +
      `<xdr:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="${img.width * EMU}" cy="${img.height * EMU}"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></xdr:spPr></xdr:pic>` +
      `<xdr:clientData/></xdr:oneCellAnchor>`
    );
  });
  files[`xl/drawings/drawing${n}.xml`] = strToU8(
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
      '<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
      anchors.join('') +
      '</xdr:wsDr>',
  );
  files[`xl/drawings/_rels/drawing${n}.xml.rels`] = strToU8(
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      images.map((_, i) => `<Relationship Id="rId${i + 1}" Type="${REL_IMAGE}" Target="../media/chart${n}_${i + 1}.png"/>`).join('') +
      '</Relationships>',
  );
  // the sheet's relationship to its drawing, under an id no other relationship of the sheet has
  const rels = files[relsPath] ? strFromU8(files[relsPath]) : '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>';
  let id = 1;
  while (rels.includes(`Id="rIdDrawing${id}"`)) id++;
  const rid = `rIdDrawing${id}`;
  files[relsPath] = strToU8(rels.replace('</Relationships>', `<Relationship Id="${rid}" Type="${REL_DRAWING}" Target="../drawings/drawing${n}.xml"/></Relationships>`));
  // <drawing> goes after the page setup and footer, before any legacy drawing, table parts or extensions
  let xml = strFromU8(sheet);
  if (!xml.includes('xmlns:r=')) xml = xml.replace('<worksheet ', '<worksheet xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" ');
  const before = ['<legacyDrawing', '<legacyDrawingHF', '<picture', '<oleObjects', '<controls', '<webPublishItems', '<tableParts', '<extLst', '</worksheet>']
    .map((tag) => xml.indexOf(tag))
    .filter((i) => i >= 0);
  const at = Math.min(...before);
  files[sheetPath] = strToU8(`${xml.slice(0, at)}<drawing r:id="${rid}"/>${xml.slice(at)}`);
  let types = strFromU8(files['[Content_Types].xml']!);
  if (!/Extension="png"/i.test(types)) types = types.replace('<Default ', '<Default Extension="png" ContentType="image/png"/><Default ');
  types = types.replace('</Types>', `<Override PartName="/xl/drawings/drawing${n}.xml" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/></Types>`);
  files['[Content_Types].xml'] = strToU8(types);
}

/** One worksheet, written row by row in increasing row order; each row is committed (and let go) once written. */
export class SheetWriter {
  private lastRow = 0;
  private ended = false;
  private titlesSet = false;

  constructor(
    private readonly ws: Worksheet,
    private readonly styleOf: (style: CellStyle) => number,
    private readonly styleById: (id: number) => Partial<Style>,
    private readonly images: SheetImage[] = [],
  ) {}

  /** Place a PNG with its top-left corner at a cell (0-based column and row), `width` × `height` pixels. */
  image(image: SheetImage): void {
    this.images.push(image);
  }

  /** The workbook's id of a cell style. */
  style(style: CellStyle): number {
    return this.styleOf(style);
  }

  /** Column widths (characters), first column first; before the first row. */
  columns(widths: readonly number[]): void {
    if (this.lastRow === 0) this.ws.columns = widths.map((width) => ({ width }));
  }

  /** Merge columns `from`..`to` of one row. */
  merge(row: number, from: number, to: number): void {
    this.ws.mergeCells(row, from, row, to);
  }

  /** Repeat this row at the top of every printed page (the first call wins). */
  printTitles(row: number): void {
    if (this.titlesSet) return;
    this.titlesSet = true;
    this.ws.pageSetup.printTitlesRow = `${row}:${row}`;
  }

  /** Write row `r` (1-based): its cells from column 1, each a value and a style id; `height` in points when set. */
  row(r: number, cells: readonly { value: CellValue; style: number }[], height?: number): void {
    if (r <= this.lastRow) throw new Error(`rows out of order: ${r} after ${this.lastRow}`);
    this.lastRow = r;
    const row = this.ws.getRow(r);
    cells.forEach((cell, i) => {
      const c = row.getCell(i + 1);
      const value = typeof cell.value === 'number' && !Number.isFinite(cell.value) ? null : cell.value === '' ? null : cell.value;
      c.value = value;
      c.style = this.styleById(cell.style);
    });
    if (height !== undefined) row.height = height;
    row.commit();
  }

  /** Finish the worksheet. */
  end(): void {
    if (this.ended) return;
    this.ended = true;
    this.ws.commit();
  }
}
