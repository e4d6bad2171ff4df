/**
 * Reading a workbook's cells straight from its XML parts, without exceljs's full model: the readers need only cell
 * values (with their font, for legacy encodings), merged ranges and each sheet's extent, so each sheet is scanned
 * once for those and nothing else (drawings, validations, print setup, column widths…) is modelled.
 *
 * It gives what `loadWorkbook` (exceljs) gives for the same package — the same sheets in the same order (those of
 * workbook.xml whose part is `xl/worksheets/sheetN.xml`), the same `rowCount`/`columnCount`, the same cell values —
 * so the readers behave the same on either (test/excel/xml-workbook.test.ts compares them). One difference is
 * deliberate: a formula whose saved result is 0, FALSE or empty text reads as that result (exceljs drops falsy
 * results and reports the cell as a formula without one).
 *
 * Pure: works on the entries `openPackage` inflated; a part that is not well-formed throws `XmlError`.
 */
import { scanXml, XmlError, type XmlHandler } from './xml-scan.js';
import type { CellValue, SheetView, WorkbookView } from './workbook.js';

// not imported from workbook.ts, which loads exceljs: reading a form needs none of it
const EMPTY: CellValue = { type: 'empty' };

type Files = ReadonlyMap<string, Uint8Array>;

interface Run {
  text: string;
  font?: string;
}
/** A shared string: plain text, or rich text runs (each with its font). `null`: an `<si>` with neither. */
type SharedString = string | Run[] | null;

interface Style {
  font?: string;
  date: boolean;
}

const decoder = new TextDecoder('utf-8');
const partText = (files: Files, name: string): string | undefined => {
  const bytes = files.get(name);
  return bytes ? decoder.decode(bytes) : undefined;
};

/** Excel escapes control characters in strings as `_xHHHH_`. */
const unescapeX = (text: string) => text.replace(/_x([0-9A-F]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));

/** What exceljs's `xmlDecode` does to a formula's text result: entities left encoded once more are decoded. */
const decodeAgain = (text: string) =>
  text.replace(/&([a-z]*);/g, (c) => ({ '&lt;': '<', '&gt;': '>', '&amp;': '&', '&apos;': "'", '&quot;': '"' })[c] ?? c);

/** Built-in number formats that are dates or times (ECMA-376 §18.8.30). */
const BUILTIN_DATE_FORMATS = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 45, 46, 47]);

/** A format code that shows a date or time: y, m, d, h, s or b outside quotes and brackets. */
export function isDateFormat(code: string): boolean {
  return /[ymdhMsb]/.test(code.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, ''));
}

function attr(attributes: Record<string, string>, name: string): string | undefined {
  return Object.prototype.hasOwnProperty.call(attributes, name) ? attributes[name] : undefined;
}

function intAttr(attributes: Record<string, string>, name: string): number {
  return parseInt(attr(attributes, name) ?? '', 10);
}

/** Column letters of a cell reference (`AB12` → 28), or NaN. */
function columnOf(ref: string): number {
  let col = 0;
  let i = 0;
  for (; i < ref.length; i++) {
    const c = ref.charCodeAt(i);
    if (c >= 65 && c <= 90) col = col * 26 + (c - 64);
    else if (c >= 97 && c <= 122) col = col * 26 + (c - 96);
    else break;
  }
  return i === 0 ? NaN : col;
}

function decodeRef(ref: string): { row: number; col: number } {
  const cleaned = ref.replace(/\$/g, '');
  const match = /^([A-Za-z]{1,3})(\d+)$/.exec(cleaned);
  if (!match) throw new XmlError(`bad cell reference «${ref}»`);
  return { col: columnOf(match[1]!), row: Number(match[2]) };
}

function relationships(files: Files, name: string): Map<string, string> {
  const rels = new Map<string, string>();
  const xml = partText(files, name);
  if (xml === undefined) return rels;
  scanXml(xml, {
    open(tag, attributes) {
      if (tag !== 'Relationship') return;
      const a = attributes();
      if (attr(a, 'Id') !== undefined) rels.set(a['Id']!, a['Target'] ?? '');
    },
    close() {},
    text() {},
  });
  return rels;
}

/** Collects the text of `<t>` elements and the runs of rich text, as in `<si>` and `<is>`. */
class RichTextCollector {
  runs: Run[] | undefined;
  private run: Run | undefined;
  private inRunProps = false;
  private textParts: string[] | undefined;

  /** true if the tag belongs to rich text. */
  open(tag: string, attributes: () => Record<string, string>): boolean {
    if (tag === 'r') {
      this.run = { text: '' };
      return true;
    }
    if (tag === 'rPr' && this.run) {
      this.inRunProps = true;
      return true;
    }
    if (tag === 'rFont' && this.inRunProps && this.run) {
      const font = attr(attributes(), 'val');
      if (font !== undefined) this.run.font = font;
      return true;
    }
    return false;
  }

  close(tag: string): void {
    if (tag === 'rPr') this.inRunProps = false;
    else if (tag === 'r' && this.run) {
      (this.runs ??= []).push(this.run);
      this.run = undefined;
    }
  }

  get inRun(): boolean {
    return this.run !== undefined;
  }

  startText(): void {
    this.textParts = [];
  }

  addText(text: string): void {
    this.textParts?.push(text);
  }

  /** The text of the `<t>` just closed, `_xHHHH_` unescaped; in a run it becomes the run's text. */
  endText(): string {
    const text = unescapeX((this.textParts ?? []).join(''));
    this.textParts = undefined;
    if (this.run) this.run.text = text;
    return text;
  }

  get collecting(): boolean {
    return this.textParts !== undefined;
  }
}

function sharedStrings(files: Files): SharedString[] {
  const xml = partText(files, 'xl/sharedStrings.xml');
  const strings: SharedString[] = [];
  if (xml === undefined) return strings;
  let current: SharedString | undefined;
  let rich: RichTextCollector | undefined;
  let phonetic = 0;
  scanXml(xml, {
    open(tag, attributes) {
      if (tag === 'si') {
        current = null;
        rich = new RichTextCollector();
      } else if (rich && tag === 'rPh') phonetic++;
      else if (rich && phonetic === 0) {
        if (rich.open(tag, attributes)) return;
        if (tag === 't') rich.startText();
      }
    },
    close(tag) {
      if (!rich) return;
      if (tag === 'rPh') phonetic--;
      else if (tag === 'si') {
        strings.push(rich.runs ?? current ?? null);
        rich = undefined;
      } else if (phonetic === 0) {
        if (tag === 't' && rich.collecting) {
          const text = rich.endText();
          if (!rich.inRun) current = text;
        } else rich.close(tag);
      }
    },
    text(text) {
      if (rich && phonetic === 0) rich.addText(text);
    },
  });
  return strings;
}

function styles(files: Files): Style[] {
  const xml = partText(files, 'xl/styles.xml');
  const out: Style[] = [];
  if (xml === undefined) return out;
  const numFmts = new Map<number, string>();
  const fonts: (string | undefined)[] = [];
  const xfs: { numFmtId: number; fontId: number }[] = [];
  const path: string[] = [];
  let font: string | undefined;
  scanXml(xml, {
    open(tag, attributes) {
      const parent = path[path.length - 1];
      const a = tag === 'numFmt' || tag === 'name' || tag === 'xf' ? attributes() : {};
      if (tag === 'numFmt' && parent === 'numFmts') numFmts.set(intAttr(a, 'numFmtId'), a['formatCode'] ?? '');
      else if (tag === 'font' && parent === 'fonts') font = undefined;
      else if (tag === 'name' && parent === 'font' && path[path.length - 2] === 'fonts') font = attr(a, 'val');
      else if (tag === 'xf' && parent === 'cellXfs') xfs.push({ numFmtId: intAttr(a, 'numFmtId'), fontId: intAttr(a, 'fontId') });
      path.push(tag);
    },
    close(tag) {
      path.pop();
      if (tag === 'font' && path[path.length - 1] === 'fonts') fonts.push(font);
    },
    text() {},
  });
  for (const xf of xfs) {
    const code = xf.numFmtId ? (numFmts.get(xf.numFmtId) || (BUILTIN_DATE_FORMATS.has(xf.numFmtId) ? 'd' : undefined)) : undefined;
    const name = Number.isInteger(xf.fontId) ? fonts[xf.fontId] : undefined;
    out.push({ date: code !== undefined && isDateFormat(code), ...(name !== undefined ? { font: name } : {}) });
  }
  return out;
}

/** Excel's serial date as the Date exceljs gives (zone-less, read with getUTC*). */
function excelToDate(value: unknown, date1904: boolean): Date {
  const serial = typeof value === 'number' ? value : typeof value === 'string' || typeof value === 'boolean' ? Number(value) : NaN;
  return new Date(Math.round((serial - 25569 + (date1904 ? 1462 : 0)) * 24 * 3600 * 1000));
}

type Raw = string | number | boolean | Date | { error: string } | { runs: Run[] } | null | undefined;

/** A raw value as our `CellValue` (the same mapping `workbook.ts` applies to exceljs's values). */
function toCell(value: Raw, font: string | undefined): CellValue {
  if (value === null || value === undefined) return EMPTY;
  if (typeof value === 'string') return value === '' ? EMPTY : { type: 'text', text: value, ...(font ? { font } : {}) };
  if (typeof value === 'number') return Number.isFinite(value) ? { type: 'number', value } : { type: 'error', text: String(value) };
  if (typeof value === 'boolean') return { type: 'boolean', value };
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? { type: 'error', text: '#VALUE!' } : { type: 'date', value };
  if ('error' in value) return { type: 'error', text: value.error };
  const text = value.runs.map((r) => r.text).join('');
  // legacy fonts are set per run: the first run with text and a font speaks for the cell
  const runFont = value.runs.find((r) => r.text.trim() !== '' && r.font)?.font ?? font;
  return toCell(text, runFont);
}

interface Row {
  cells: Map<number, CellValue>;
  /** Highest column of a cell present in the row (valued or only styled). */
  width: number;
  /** Whether any cell holds something (a styled empty cell does not; a merged cell does). */
  hasValues: boolean;
}

interface Merge {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

interface Context {
  strings: SharedString[];
  styles: Style[];
  date1904: boolean;
}

function readSheet(name: string, xml: string, rels: Map<string, string>, context: Context): SheetView {
  const rows = new Map<number, Row>();
  const merges: Merge[] = [];
  const hyperlinks = new Map<string, string>();
  const path: string[] = [];
  // hyperlinks come after sheetData: cells are collected first and resolved once the whole sheet is read
  type Pending = { row: number; col: number; address: string | undefined; t: string | undefined; style: number; formula: string | undefined; shared: string | undefined; ref: string | undefined; si: string | undefined; value: string | undefined; runs: Run[] | undefined };
  const pending: Pending[] = [];
  let rowNumber = 0;
  let col = 0;
  let cell: Pending | undefined;
  let field: 'v' | 'f' | 't' | undefined;
  let rich: RichTextCollector | undefined;

  const handler: XmlHandler = {
    open(tag, attributes) {
      const parent = path[path.length - 1];
      path.push(tag);
      if (cell) {
        if (rich && (rich.inRun || tag === 'r')) {
          if (rich.open(tag, attributes)) return;
          if (tag === 't') rich.startText();
          return;
        }
        if (tag === 'v' || tag === 'f' || tag === 't') field = tag;
        if (tag === 'f') {
          const a = attributes();
          cell.shared = attr(a, 't');
          cell.ref = attr(a, 'ref');
          cell.si = attr(a, 'si');
        }
        if (tag === 'r') {
          rich ??= new RichTextCollector();
          rich.open(tag, attributes);
        }
        return;
      }
      if (tag === 'row' && parent === 'sheetData') {
        const r = intAttr(attributes(), 'r');
        rowNumber = Number.isInteger(r) && r > 0 ? r : rowNumber + 1;
        col = 0;
        rows.set(rowNumber, { cells: new Map(), width: 0, hasValues: false });
      } else if (tag === 'c' && parent === 'row' && path[path.length - 3] === 'sheetData') {
        const a = attributes();
        const address = attr(a, 'r');
        col = address !== undefined ? columnOf(address) : col + 1;
        if (!Number.isInteger(col) || col < 1) throw new XmlError(`bad cell reference «${address ?? ''}»`);
        const s = intAttr(a, 's');
        cell = { row: rowNumber, col, address, t: attr(a, 't'), style: Number.isInteger(s) ? s : 0, formula: undefined, shared: undefined, ref: undefined, si: undefined, value: undefined, runs: undefined };
        rich = undefined;
      } else if (tag === 'mergeCell' && parent === 'mergeCells') {
        const [from, to] = (attributes()['ref'] ?? '').split(':');
        const start = decodeRef(from ?? '');
        const end = to === undefined ? start : decodeRef(to);
        const merge = { top: Math.min(start.row, end.row), left: Math.min(start.col, end.col), bottom: Math.max(start.row, end.row), right: Math.max(start.col, end.col) };
        if (merges.some((m) => m.left <= merge.right && m.right >= merge.left && m.top <= merge.bottom && m.bottom >= merge.top)) {
          throw new XmlError('Cannot merge already merged cells');
        }
        merges.push(merge);
      } else if (tag === 'hyperlink' && parent === 'hyperlinks') {
        const a = attributes();
        const id = attr(a, 'r:id');
        const ref = attr(a, 'ref');
        if (id !== undefined && ref !== undefined) {
          const target = rels.get(id);
          if (target === undefined) throw new XmlError(`hyperlink ${id} has no relationship`);
          hyperlinks.set(ref, target);
        }
      }
    },
    close(tag) {
      path.pop();
      if (!cell) return;
      if (rich && (rich.inRun || tag === 'r')) {
        if (tag === 't' && rich.collecting) rich.endText();
        else rich.close(tag);
        if (tag === 'r') cell.runs = rich.runs;
        return;
      }
      if (tag === 'v' || tag === 'f' || tag === 't') field = undefined;
      else if (tag === 'c') {
        pending.push(cell);
        cell = undefined;
        field = undefined;
      }
    },
    text(text) {
      if (!cell) return;
      if (rich?.inRun) {
        rich.addText(text);
        return;
      }
      if (field === 'f') cell.formula = (cell.formula ?? '') + text;
      else if (field === 'v' || field === 't') cell.value = (cell.value ?? '') + text;
    },
  };
  scanXml(xml, handler);

  const styleList = context.styles;
  const sharedMasters = new Map<string, string>();
  for (const p of pending) {
    const style = p.style > 0 ? styleList[p.style] : undefined;
    const isDate = style?.date === true;
    const link = p.address !== undefined ? hyperlinks.get(p.address) : undefined;
    // a hyperlink's cell shows its text, or the link itself when it has none
    const shown = (raw: Raw, fallback: CellValue): CellValue => (link !== undefined && (raw === undefined || raw === null) ? toCell(link, style?.font) : fallback);
    if (p.formula || p.shared !== undefined) {
      let formula = p.formula;
      if (p.shared === 'shared') {
        if (p.ref !== undefined) {
          if (p.si !== undefined && p.address !== undefined) sharedMasters.set(p.si, p.address);
        } else if (!formula) formula = p.si !== undefined ? sharedMasters.get(p.si) : undefined;
      }
      let result: Raw;
      if (p.value) {
        result = p.t === 'str' ? decodeAgain(p.value) : p.t === 'b' ? parseInt(p.value, 10) !== 0 : p.t === 'e' ? { error: p.value } : parseFloat(p.value);
        if (isDate) result = excelToDate(result, context.date1904);
      }
      place(p, shown(result, result === undefined ? { type: 'formula', formula: formula ?? '' } : toCell(result, style?.font)), true);
      continue;
    }
    if (p.value === undefined && p.runs === undefined) {
      // an empty cell with a style is kept (it widens the row); one without is as if absent
      if (link !== undefined) place(p, shown(undefined, EMPTY), true);
      else if (p.style > 0) place(p, EMPTY, false);
      continue;
    }
    let raw: Raw;
    switch (p.t) {
      case 's': {
        const index = parseInt(p.value ?? '', 10);
        if (!(index >= 0 && index < context.strings.length)) throw new XmlError(`shared string ${p.value ?? ''} does not exist`);
        const shared = context.strings[index]!;
        raw = shared === null ? null : typeof shared === 'string' ? shared : { runs: shared };
        break;
      }
      case 'str':
        raw = decodeAgain(p.value ?? '');
        break;
      case 'inlineStr':
        raw = p.runs ? { runs: p.runs } : (p.value ?? '');
        break;
      case 'b':
        raw = parseInt(p.value ?? '', 10) !== 0;
        break;
      case 'e':
        raw = { error: p.value ?? '' };
        break;
      default:
        raw = parseFloat(p.value ?? '');
        if (isDate) raw = excelToDate(raw, context.date1904);
    }
    place(p, shown(raw, raw === null ? EMPTY : toCell(raw, style?.font)), true);
  }

  function rowAt(n: number): Row {
    let row = rows.get(n);
    if (!row) rows.set(n, (row = { cells: new Map(), width: 0, hasValues: false }));
    return row;
  }
  function place(p: Pending, value: CellValue, hasValue: boolean) {
    const row = rowAt(p.row);
    row.cells.set(p.col, value);
    row.width = Math.max(row.width, p.col);
    if (hasValue) row.hasValues = true;
  }

  // a merged range: its value is the top-left cell's; the other cells read as empty but count as filled (so a
  // range widens the sheet as far as its right edge). Kept as ranges: a hostile range of a whole sheet costs nothing.
  let rowCount = 0;
  let columnCount = 0;
  for (const m of merges) {
    rowAt(m.top).width = Math.max(rowAt(m.top).width, m.left);
    rowCount = Math.max(rowCount, m.bottom);
    if (m.bottom > m.top || m.right > m.left) columnCount = Math.max(columnCount, m.right);
  }
  for (const [n, row] of rows) {
    rowCount = Math.max(rowCount, n);
    const merged = merges.filter((m) => m.top <= n && m.bottom >= n && (n > m.top || m.right > m.left));
    const width = Math.max(row.width, ...merged.map((m) => m.right));
    if (row.hasValues || merged.length > 0) columnCount = Math.max(columnCount, width);
  }
  return {
    name,
    rowCount,
    columnCount,
    cell(r, c) {
      for (const m of merges) if (r >= m.top && r <= m.bottom && c >= m.left && c <= m.right && (r > m.top || c > m.left)) return EMPTY;
      return rows.get(r)?.cells.get(c) ?? EMPTY;
    },
  };
}

/** The workbook of a package's entries, read from its XML; sheets are scanned when first asked for. */
export function readWorkbook(files: Files): WorkbookView {
  const workbookXml = partText(files, 'xl/workbook.xml');
  if (workbookXml === undefined) throw new XmlError('no xl/workbook.xml');
  const declared: { name: string; id: number; rel: string | undefined }[] = [];
  let date1904 = false;
  scanXml(workbookXml, {
    open(tag, attributes) {
      if (tag === 'workbookPr') date1904 = attributes()['date1904'] === '1';
      else if (tag === 'sheet') {
        const a = attributes();
        declared.push({ name: a['name'] ?? '', id: intAttr(a, 'sheetId'), rel: attr(a, 'r:id') });
      }
    },
    close() {},
    text() {},
  });
  const rels = relationships(files, 'xl/_rels/workbook.xml.rels');
  // as exceljs: a sheet is one of workbook.xml's whose part is xl/worksheets/sheetN.xml; a later one with the same id wins
  const byId = new Map<number, { name: string; part: string }>();
  for (const sheet of declared) {
    const target = sheet.rel !== undefined ? rels.get(sheet.rel) : undefined;
    if (target === undefined || !Number.isInteger(sheet.id) || sheet.id < 1) continue;
    const part = `xl/${target.replace(/^(\s|\/xl\/)+/, '')}`;
    if (!/^xl\/worksheets\/sheet\d+\.xml$/.test(part) || !files.has(part)) continue;
    byId.set(sheet.id, { name: sheet.name, part });
  }
  const ordered = [...byId.entries()]
    .map(([id, sheet]) => ({ ...sheet, order: declared.findIndex((d) => d.id === id) }))
    .sort((a, b) => a.order - b.order);

  // every part is read now, as exceljs does: a broken sheet is reported even if no reader would look at it
  const context: Context = { strings: sharedStrings(files), styles: styles(files), date1904 };
  const views = new Map<string, SheetView>();
  for (const sheet of ordered) {
    const relsPart = sheet.part.replace(/^xl\/worksheets\/(sheet\d+\.xml)$/, 'xl/worksheets/_rels/$1.rels');
    // a later sheet of the same name hides an earlier one, as in exceljs
    views.set(sheet.name, readSheet(sheet.name, partText(files, sheet.part)!, relationships(files, relsPart), context));
  }
  return { sheetNames: ordered.map((s) => s.name), sheet: (name) => views.get(name) };
}
