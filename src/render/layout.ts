/**
 * Layout of an official document in the format of Nghị định 30/2020/NĐ-CP, Phụ lục I (`shared/spec/document-format.md`):
 * page, fonts, the borderless header and closing tables, title, `Kính gửi`, body paragraphs, page numbers. Every size
 * and distance of the format lives here, so templates only carry wording.
 *
 * This module loads `docx`; the CLI imports it only when `render` runs.
 */
import {
  AlignmentType,
  BorderStyle,
  Header,
  ImageRun,
  LineRuleType,
  PageNumber,
  PageOrientation,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TabStopType,
  TextRun,
  VerticalAlignTable,
  WidthType,
  type IRunOptions,
  type ISectionOptions,
  type ParagraphChild,
} from 'docx';
import type { GridCell } from './appendix.js';
import type { Figure } from './charts/figure.js';
import { A4, MARGIN, mm, pt, TEXT_WIDTH_TWIPS } from './page.js';
import type { DeferredRows } from './table-xml.js';
import type { Block, Run } from './template.js';
import { upperVi } from './vn.js';

export const FONT = 'Times New Roman';
/** Every font slot, so that Vietnamese letters (hAnsi) and any script fall back to nothing else. */
export const FONT_SLOTS = { ascii: FONT, hAnsi: FONT, cs: FONT, eastAsia: FONT } as const;

const TEXT_WIDTH = TEXT_WIDTH_TWIPS;

/** Header columns: ≈ 6.5 cm for the issuer, the rest (≈ 10 cm) so that the Quốc hiệu stays on one line. */
export const HEADER_COLUMNS = [mm(65), TEXT_WIDTH - mm(65)] as const;
const CLOSING_COLUMNS = [mm(80), TEXT_WIDTH - mm(80)] as const;

const BODY_SIZE = pt(14);
/** First-line indent 1.27 cm, 6 pt after each paragraph, line spacing 1.2 lines (between single and 1.5). */
const BODY_INDENT = 720;
const BODY_SPACING = { before: 0, after: 120, line: 288, lineRule: LineRuleType.AUTO } as const;
const TIGHT = { before: 0, after: 0, line: 240, lineRule: LineRuleType.AUTO } as const;

const NONE = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' } as const;
const NO_BORDERS = { top: NONE, bottom: NONE, left: NONE, right: NONE, insideHorizontal: NONE, insideVertical: NONE } as const;
const NO_CELL_BORDERS = { top: NONE, bottom: NONE, left: NONE, right: NONE } as const;
const RULE = { style: BorderStyle.SINGLE, size: 6, space: 1, color: '000000' } as const;
const LINE = { style: BorderStyle.SINGLE, size: 4, color: '000000' } as const;
const GRID = { top: LINE, bottom: LINE, left: LINE, right: LINE } as const;

// --- text width, for rules as long as a text -------------------------------------------------------------------

/** Advance widths (1/1000 em) of Times Roman and Times Bold (Adobe AFM; Times New Roman is metric-compatible). */
const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const LOWER = 'abcdefghijklmnopqrstuvwxyz';
const WIDTHS = {
  regular: {
    upper: [722, 667, 667, 722, 611, 556, 722, 722, 333, 389, 722, 611, 889, 722, 722, 556, 722, 667, 556, 611, 722, 722, 944, 722, 722, 611],
    lower: [444, 500, 444, 500, 444, 333, 500, 500, 278, 278, 500, 278, 778, 500, 500, 500, 500, 333, 389, 278, 500, 500, 722, 500, 500, 444],
    other: { ' ': 250, '-': 333, ',': 250, '.': 250, ':': 278, '/': 278, '&': 778, '(': 333, ')': 333 } as Record<string, number>,
  },
  bold: {
    upper: [722, 667, 722, 722, 667, 611, 778, 778, 389, 500, 778, 667, 944, 722, 778, 611, 778, 722, 556, 667, 722, 722, 1000, 722, 722, 667],
    lower: [500, 556, 444, 556, 444, 333, 500, 556, 278, 333, 556, 278, 833, 556, 500, 556, 556, 444, 389, 333, 556, 500, 722, 500, 500, 444],
    other: { ' ': 250, '-': 333, ',': 250, '.': 250, ':': 333, '/': 278, '&': 833, '(': 333, ')': 333 } as Record<string, number>,
  },
};

/** Estimated width of a line of text in twips. Vietnamese letters take the width of their base letter. */
export function textWidth(text: string, sizePt: number, bold: boolean): number {
  const table = bold ? WIDTHS.bold : WIDTHS.regular;
  let units = 0;
  for (const ch of text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D')) {
    const u = UPPER.indexOf(ch);
    const l = LOWER.indexOf(ch);
    units += u >= 0 ? table.upper[u]! : l >= 0 ? table.lower[l]! : (table.other[ch] ?? 500);
  }
  return Math.round((units / 1000) * sizePt * 20);
}

/** A solid rule of `length` twips, centred in `width`: an empty paragraph with a bottom border (editable in Word). */
export function rule(length: number, width: number, spaceAfter = 0): Paragraph {
  const side = Math.max(0, Math.round((width - Math.min(length, width)) / 2));
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    indent: { left: side, right: side },
    // 2 pt clear of the descenders above, so that the rule never reads as an underline
    spacing: { before: 40, after: spaceAfter, line: 240, lineRule: LineRuleType.AUTO },
    border: { bottom: RULE },
    run: { size: 2 },
    children: [],
  });
}

// --- runs and paragraphs ------------------------------------------------------------------------------------------

/** Text runs; a line break inside a value (a quoted unit text) stays a line break. */
export function runs(parts: readonly Run[], base: IRunOptions = {}): ParagraphChild[] {
  const out: ParagraphChild[] = [];
  for (const part of parts) {
    part.text.split('\n').forEach((line, i) => {
      out.push(new TextRun({ ...base, text: line, bold: part.bold || base.bold === true, italics: part.italics || base.italics === true, ...(i > 0 ? { break: 1 } : {}) }));
    });
  }
  return out;
}

function centred(text: string, size: number, style: { bold?: boolean; italics?: boolean } = {}, spacing: object = TIGHT): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing,
    children: [new TextRun({ text, size: pt(size), ...style })],
  });
}

/** Body blocks: headings `I.` (UPPER bold), `1.` (bold), `a)` (regular), paragraphs and `- ` items, justified. */
export function bodyParagraph(block: Block, options: { last?: boolean } = {}): Paragraph {
  const parts = block.kind === 'heading1' ? block.runs.map((r) => ({ ...r, text: upperVi(r.text) })) : [...block.runs];
  if (block.kind === 'item') parts.unshift({ text: '- ', bold: false, italics: false });
  if (options.last) {
    // the body of a document ends with `./.`
    const text = parts.map((p) => p.text).join('').trimEnd();
    if (!text.endsWith('./.')) parts.push({ text: text.endsWith('.') ? '/.' : './.', bold: false, italics: false });
  }
  const heading = block.kind.startsWith('heading');
  return new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    indent: { firstLine: BODY_INDENT },
    spacing: BODY_SPACING,
    // headings stay with what follows; the last paragraph stays with the signature, never leaving it alone on a page
    keepNext: heading || options.last === true,
    children: runs(parts, { size: BODY_SIZE, bold: block.kind === 'heading1' || block.kind === 'heading2' }),
  });
}

export function bodyParagraphs(blocks: readonly Block[]): Paragraph[] {
  const last = blocks.findLastIndex((b) => b.kind !== 'chart');
  return blocks.flatMap((b, i) => (b.kind === 'chart' ? (b.figure ? figureParagraphs(b.figure) : []) : [bodyParagraph(b, { last: i === last })]));
}

/** Text width of a portrait page in pixels at 96 dpi (a figure is scaled to fit it). */
const FIGURE_WIDTH_PX = 604;

/**
 * A numbered figure: the chart as SVG (with its PNG for Word versions without SVG), centred, and its caption under it
 * (`Biểu đồ 1. …`, italic, centred), kept together on one page.
 */
export function figureParagraphs(figure: Figure): Paragraph[] {
  const scale = Math.min(1, FIGURE_WIDTH_PX / figure.width);
  return [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      keepNext: true,
      spacing: { before: 120, after: 60 },
      children: [
        new ImageRun({
          type: 'svg',
          data: figure.svg,
          fallback: { type: 'png', data: figure.png },
          transformation: { width: Math.round(figure.width * scale), height: Math.round(figure.height * scale) },
          altText: { name: figure.caption, description: figure.caption, title: figure.caption },
        }),
      ],
    }),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { after: 120 },
      children: runs([{ text: figure.caption, bold: false, italics: true }], { size: BODY_SIZE - 2, bold: false }),
    }),
  ];
}

// --- header table -------------------------------------------------------------------------------------------------

export interface HeaderInput {
  /** Null: no line above the issuer (a commune or ward People's Committee). */
  governingBody: string | null;
  issuerName: string;
  /** `Số: 15/BC-SGDĐT` */
  numberLine: string;
  /** `Thái Nguyên, ngày 05 tháng 01 năm 2025` */
  placeAndDate: string;
  /** The `V/v …` summary of a công văn, under the number. */
  subject?: Run[];
}

export const NATIONAL_TITLE = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
export const MOTTO = 'Độc lập - Tự do - Hạnh phúc';

function cell(children: Paragraph[], width: number, extra: { columnSpan?: number } = {}): TableCell {
  return new TableCell({
    children,
    width: { size: width, type: WidthType.DXA },
    borders: NO_CELL_BORDERS,
    margins: { top: 0, bottom: 0, left: 0, right: 0 },
    ...extra,
  });
}

function borderless(columns: readonly number[], rows: TableRow[]): Table {
  return new Table({
    rows,
    columnWidths: [...columns],
    width: { size: columns.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    layout: TableLayoutType.FIXED,
    borders: NO_BORDERS,
    margins: { top: 0, bottom: 0, left: 0, right: 0 },
  });
}

/**
 * Page 1 header: row 1 the issuer (left) and the Quốc hiệu with its motto (right), each with its rule; row 2 the number
 * (with the `V/v` line of a công văn under it) and the place and date, so that they share a line.
 */
export function headerTable(input: HeaderInput): Table {
  const issuerLines = issuerNameLines(input.issuerName);
  const widest = issuerLines.reduce((a, b) => (textWidth(b, 13, true) > textWidth(a, 13, true) ? b : a));
  const { columns, names, mottoSize } = headerFit(widest);
  const [left, right] = columns;
  const issuerWidth = Math.min(textWidth(widest, names, true), left);
  const mottoWidth = textWidth(MOTTO, mottoSize, true);
  const row2 = { before: 160, after: 0, line: 240, lineRule: LineRuleType.AUTO } as const;
  const leftRow2 = [centred(input.numberLine, 13, {}, row2)];
  if (input.subject) {
    leftRow2.push(
      new Paragraph({
        alignment: AlignmentType.CENTER,
        spacing: { before: 120, after: 0, line: 240, lineRule: LineRuleType.AUTO },
        children: runs([{ text: 'V/v ', bold: false, italics: false }, ...input.subject], { size: pt(12) }),
      }),
    );
  }
  return borderless(columns, [
    new TableRow({
      children: [
        cell(
          [
            ...(input.governingBody ? [centred(upperVi(input.governingBody), names)] : []),
            ...issuerLines.map((line) => centred(line, names, { bold: true })),
            rule(issuerWidth * 0.4, left),
          ],
          left,
        ),
        cell([centred(NATIONAL_TITLE, names, { bold: true }), centred(MOTTO, mottoSize, { bold: true }), rule(mottoWidth, right)], right),
      ],
    }),
    new TableRow({
      children: [cell(leftRow2, left), cell([centred(input.placeAndDate, 14, { italics: true }, row2)], right)],
    }),
  ]);
}

/**
 * The issuer's name as printed, UPPER: the lines given (a name written on several lines in the config), else a
 * People's Committee on two lines, `ỦY BAN NHÂN DÂN` then the place (`XÃ ĐỊNH HÓA`), as communes and wards write it.
 */
export function issuerNameLines(name: string): string[] {
  const given = name.split(/\r?\n/).map((l) => upperVi(l.trim())).filter((l) => l !== '');
  if (given.length > 1) return given;
  const upper = given[0] ?? '';
  const committee = /^(ỦY BAN NHÂN DÂN|UỶ BAN NHÂN DÂN)\s+(.+)$/.exec(upper);
  return committee ? ['ỦY BAN NHÂN DÂN', committee[2]!] : [upper];
}

/**
 * Sizes and columns of the header. By default the names are 13 pt in a ≈ 6.5 cm column. An issuer whose name does not
 * fit on one line there (`PHÒNG GIÁO DỤC VÀ ĐÀO TẠO`) gets the low end of the Decree's ranges — names and Quốc hiệu
 * 12 pt, motto 13 pt — and the left column takes the room the smaller Quốc hiệu leaves, rather than a broken line.
 */
export function headerFit(issuer: string): { columns: readonly [number, number]; names: number; mottoSize: number } {
  if (textWidth(issuer, 13, true) <= HEADER_COLUMNS[0]) return { columns: HEADER_COLUMNS, names: 13, mottoSize: 14 };
  const right = textWidth(NATIONAL_TITLE, 12, true) + mm(5);
  return { columns: [TEXT_WIDTH - right, right], names: 12, mottoSize: 13 };
}

// --- title and addressees -----------------------------------------------------------------------------------------

/** `BÁO CÁO` and its subject in bold, with a short rule (⅓–½ of the subject) under it. */
export function titleBlock(typeName: string, subject: Run[]): Paragraph[] {
  const subjectText = subject.map((r) => r.text).join('');
  const width = Math.min(textWidth(subjectText, 14, true), TEXT_WIDTH);
  return [
    centred(upperVi(typeName), 14, { bold: true }, { before: 360, after: 0, line: 240, lineRule: LineRuleType.AUTO }),
    new Paragraph({ alignment: AlignmentType.CENTER, spacing: TIGHT, children: runs(subject, { size: BODY_SIZE, bold: true }) }),
    rule(width * 0.4, TEXT_WIDTH, 240),
  ];
}

/** The frame of the DỰ THẢO mark: a thick single line, as a stamp. */
const DRAFT_BOX = { style: BorderStyle.SINGLE, size: 18, space: 4, color: '000000' } as const;
/** Width of the DỰ THẢO frame, at the right margin. */
const DRAFT_WIDTH = mm(42);

/**
 * The mark of a draft (Nghị định 30/2020, Phụ lục I, ô 14: “DỰ THẢO” upright and bold in a rectangle at the top right),
 * larger than the Decree asks so that it cannot be missed, and under it, in italics, what edu-comms filled in by
 * itself and where each real value is given. Only on a document with such values (`DocumentMeta.draft`).
 */
export function draftMark(line: string): Paragraph[] {
  return [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      indent: { left: TEXT_WIDTH - DRAFT_WIDTH },
      spacing: { before: 0, after: 120, line: 240, lineRule: LineRuleType.AUTO },
      border: { top: DRAFT_BOX, bottom: DRAFT_BOX, left: DRAFT_BOX, right: DRAFT_BOX },
      children: [new TextRun({ text: 'DỰ THẢO', bold: true, size: pt(18) })],
    }),
    new Paragraph({
      alignment: AlignmentType.BOTH,
      spacing: { before: 0, after: 240, line: 240, lineRule: LineRuleType.AUTO },
      children: [new TextRun({ text: line, italics: true, size: pt(12) })],
    }),
  ];
}

const KINH_GUI = 'Kính gửi:';
/** Where `Kính gửi:` starts, so that the block sits in the middle of the page as in the Decree's sample forms. */
const KINH_GUI_START = mm(25);

/**
 * `Kính gửi:` — one addressee on the same line; several as `- …;` lines whose dashes line up under the colon's
 * end, the last ending with `.`.
 */
export function addresseeBlock(addressees: readonly string[]): Paragraph[] {
  if (addressees.length === 0) return [];
  const spacing = { before: 240, after: 120, line: 288, lineRule: LineRuleType.AUTO } as const;
  if (addressees.length === 1) {
    return [
      new Paragraph({ alignment: AlignmentType.CENTER, spacing, children: [new TextRun({ text: `${KINH_GUI} ${addressees[0]}`, size: BODY_SIZE })] }),
    ];
  }
  const dashAt = KINH_GUI_START + textWidth(`${KINH_GUI} `, 14, false);
  const hang = textWidth('- ', 14, false);
  return addressees.map((name, i) => {
    const line = `- ${name}${i === addressees.length - 1 ? '.' : ';'}`;
    const first = i === 0;
    return new Paragraph({
      alignment: AlignmentType.LEFT,
      spacing: { before: first ? 240 : 0, after: i === addressees.length - 1 ? 120 : 0, line: 288, lineRule: LineRuleType.AUTO },
      indent: first ? { left: dashAt + hang, hanging: dashAt + hang - KINH_GUI_START } : { left: dashAt + hang, hanging: hang },
      tabStops: first ? [{ type: TabStopType.LEFT, position: dashAt }] : [],
      children: first
        ? [new TextRun({ text: KINH_GUI, size: BODY_SIZE }), new TextRun({ text: '\t', size: BODY_SIZE }), new TextRun({ text: line, size: BODY_SIZE })]
        : [new TextRun({ text: line, size: BODY_SIZE })],
    });
  });
}

// --- closing table ------------------------------------------------------------------------------------------------

export interface ClosingInput {
  /** `Nơi nhận` entries without dash and punctuation; `Lưu: VT, …` last. */
  recipients: readonly string[];
  signerLines: readonly string[];
  signerName: string;
  /** Room of a fixed height for the signature image with the seal over its left third (Phụ lục I, ô 7c and 8). */
  electronic?: boolean;
}

/**
 * The room an electronic document keeps between the signer's title and name: 4 cm, the height of a seal image (about
 * 3.5–4 cm across) laid over the left third of the signature image, so the e-office system's signing tool can place
 * both without moving the name.
 */
export const SIGNATURE_ROOM_TWIPS = 2268;

/** `Nơi nhận:` on the left, the signature block on the right, in a borderless table. */
export function closingTable(input: ClosingInput): Table {
  const [left, right] = CLOSING_COLUMNS;
  const top = { before: 240, after: 0, line: 240, lineRule: LineRuleType.AUTO } as const;
  const recipients = [
    new Paragraph({ spacing: top, children: [new TextRun({ text: 'Nơi nhận:', size: pt(12), bold: true, italics: true })] }),
    ...input.recipients.map(
      (entry, i) =>
        new Paragraph({
          spacing: TIGHT,
          indent: { left: textWidth('- ', 11, false), hanging: textWidth('- ', 11, false) },
          children: [new TextRun({ text: `- ${entry}${i === input.recipients.length - 1 ? '.' : ';'}`, size: pt(11) })],
        }),
    ),
  ];
  const signature = [
    ...input.signerLines.map((line, i) => centred(upperVi(line), 14, { bold: true }, i === 0 ? top : TIGHT)),
    // room for the signature and the seal: four lines on paper, a fixed box for the images of a digital signature
    ...(input.electronic
      ? [new Paragraph({ spacing: { before: 0, after: 0, line: SIGNATURE_ROOM_TWIPS, lineRule: LineRuleType.EXACT }, run: { size: BODY_SIZE }, children: [] })]
      : Array.from({ length: 4 }, () => new Paragraph({ spacing: TIGHT, run: { size: BODY_SIZE }, children: [] }))),
    centred(input.signerName, 14, { bold: true }),
  ];
  return borderless(CLOSING_COLUMNS, [new TableRow({ cantSplit: true, children: [cell(recipients, left), cell(signature, right)] })]);
}

// --- sections -----------------------------------------------------------------------------------------------------

/** Page numbers at the top centre, 14 pt, not shown on the section's first page. */
function pageNumberHeaders(): NonNullable<ISectionOptions['headers']> {
  return {
    first: new Header({ children: [] }),
    default: new Header({
      children: [
        new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: [PageNumber.CURRENT], size: BODY_SIZE })] }),
      ],
    }),
  };
}

export function portraitSection(children: ISectionOptions['children']): ISectionOptions {
  return {
    properties: {
      titlePage: true,
      page: { size: { ...A4 }, margin: { ...MARGIN }, pageNumbers: { start: 1 } },
    },
    headers: pageNumberHeaders(),
    children,
  };
}

/** An appendix of wide tables: its own landscape section, paginated on its own (Phụ lục I: appendices are numbered separately). */
export function landscapeSection(children: ISectionOptions['children']): ISectionOptions {
  return {
    properties: {
      titlePage: true,
      page: { size: { ...A4, orientation: PageOrientation.LANDSCAPE }, margin: { ...MARGIN }, pageNumbers: { start: 1 } },
    },
    headers: pageNumberHeaders(),
    children,
  };
}

// --- appendix -----------------------------------------------------------------------------------------------------

export function appendixHeading(heading: string, title: Run[], note: Run[]): Paragraph[] {
  return [
    centred(heading, 14, { bold: true }),
    new Paragraph({ alignment: AlignmentType.CENTER, spacing: TIGHT, children: runs(title.map((r) => ({ ...r, text: upperVi(r.text) })), { size: BODY_SIZE, bold: true }) }),
    new Paragraph({ alignment: AlignmentType.CENTER, spacing: { before: 0, after: 240, line: 240, lineRule: LineRuleType.AUTO }, children: runs(note, { size: BODY_SIZE, italics: true }) }),
  ];
}

const ALIGN = { left: AlignmentType.LEFT, center: AlignmentType.CENTER, right: AlignmentType.RIGHT } as const;

/**
 * The paragraph style of table cells (11 pt, no spacing). A table of thousands of cells is written through this style
 * and the table's own borders and cell margins rather than per-cell properties: the same look, a fraction of the XML.
 */
export const TABLE_TEXT_STYLE = {
  id: 'TableText',
  name: 'Table Text',
  basedOn: 'Normal',
  run: { size: pt(11) },
  paragraph: { spacing: TIGHT },
} as const;

function gridCell(c: GridCell, width: number): TableCell {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    verticalAlign: VerticalAlignTable.CENTER,
    ...(c.columnSpan ? { columnSpan: c.columnSpan } : {}),
    ...(c.rowSpan ? { rowSpan: c.rowSpan } : {}),
    children: [
      new Paragraph({
        style: TABLE_TEXT_STYLE.id,
        ...(c.align && c.align !== 'left' ? { alignment: ALIGN[c.align] } : {}),
        children: [new TextRun(c.bold ? { text: c.text, bold: true } : c.text)],
      }),
    ],
  });
}

/**
 * A ruled table. Header rows repeat on every page; no row splits across pages. Cells spanning columns get the sum of
 * their columns' widths. With `deferred`, the body rows are written as XML when the document is packed
 * (table-xml.ts: the same XML, without a `docx` object per cell); `docx` lays out a placeholder row in their place.
 */
export function gridTable(columns: readonly number[], headerRows: readonly GridCell[][], bodyRows: Iterable<readonly GridCell[]>, deferred?: DeferredRows): Table {
  // header cells under a row-spanning cell of the row above are absent from the later row: track which columns are taken
  const rowOf = (cells: readonly GridCell[], taken: Set<number>) => {
    let col = 0;
    return cells.map((c) => {
      while (taken.has(col)) col++;
      const span = c.columnSpan ?? 1;
      const width = columns.slice(col, col + span).reduce((a, b) => a + b, 0);
      col += span;
      return gridCell(c, width);
    });
  };
  const takenByRowSpan: Set<number>[] = headerRows.map(() => new Set<number>());
  headerRows.forEach((cells, r) => {
    let col = 0;
    for (const c of cells) {
      while (takenByRowSpan[r]!.has(col)) col++;
      const span = c.columnSpan ?? 1;
      for (let k = 1; k < (c.rowSpan ?? 1); k++) for (let j = col; j < col + span; j++) takenByRowSpan[r + k]?.add(j);
      col += span;
    }
  });
  return new Table({
    columnWidths: [...columns],
    width: { size: columns.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    layout: TableLayoutType.FIXED,
    borders: { ...GRID, insideHorizontal: LINE, insideVertical: LINE },
    margins: { top: 30, bottom: 30, left: 60, right: 60 },
    rows: [
      ...headerRows.map((cells, r) => new TableRow({ tableHeader: true, cantSplit: true, children: rowOf(cells, takenByRowSpan[r]!) })),
      // deferred: one placeholder row, replaced by the rows (none, for an empty body) as the document is packed
      ...(deferred
        ? [new TableRow({ children: [new TableCell({ children: [new Paragraph({ children: [new TextRun(deferred.add(columns, bodyRows))] })] })] })]
        : Array.from(bodyRows, (cells) => new TableRow({ cantSplit: true, children: rowOf(cells, new Set()) }))),
    ],
  });
}
