/**
 * Writing the Excel form: blank (pre-filled with the unit and period when known) for `edu-comms template`, or holding
 * a whole submission for `edu-comms convert`. Everything about the form's fields comes from the layout, which comes
 * from the contract: labels, value kinds, dropdown lists, validation.
 *
 * Cells whose value the reader would read differently from what was written (a date typed `10/12/2024` in a YAML
 * file, a count written as the text "12") are listed in the hidden sheet with the exact value, so that converting
 * YAML → Excel → YAML is lossless and validating either version gives the same findings. A cell a clerk changes
 * afterwards is read normally again.
 */
import type { Cell, Row, Worksheet } from 'exceljs';
import { isDeepStrictEqual } from 'node:util';
import { valueAt } from '../contract/walk.js';
import { t, type Lang, type MessageKey } from '../i18n/index.js';
import { cellFingerprint, cellToValue, choiceLabel, choicesOf, NO, valueToCell, YES, type Choice } from './excel/values.js';
import type { LeafField } from '../contract/walk.js';
import { newWorkbook, workbookBytes, type CellValue } from './excel/workbook.js';
import {
  CONTRACT_VERSION,
  FORM_ID,
  INSTRUCTIONS_SHEET,
  MAIN_COLUMNS,
  MAIN_SHEET,
  META_SHEET,
  TABLE_BLANK_ROWS,
  TABLE_FIRST_ROW,
  TABLE_HEADER_ROW,
  TABLE_NOTE_ROW,
  cellRef,
  columnLetter,
  formKind,
  formLayout,
  type FormKind,
  type MainSection,
  type TableColumn,
} from './layout.js';

export interface FormOptions {
  lang: Lang;
  /** Document date (from `--date` / SOURCE_DATE_EPOCH): the output is byte-identical for the same date. */
  created: Date;
  /** A line under the title, e.g. the unit and period. */
  caption?: string;
  /** Generator version recorded in the hidden sheet. */
  generator: string;
}

const FONT = 'Times New Roman';
const COLOURS = { input: 'FFFFF2CC', header: 'FFD9E1F2', section: 'FFDDEBF7', subsection: 'FFF2F2F2', key: 'FF808080' } as const;
const THIN = { style: 'thin' as const, color: { argb: 'FFA6A6A6' } };
const BORDER = { top: THIN, left: THIN, bottom: THIN, right: THIN };
const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII', 'XIII', 'XIV', 'XV', 'XVI', 'XVII', 'XVIII', 'XIX', 'XX'];

const NUMBER_FORMATS: Record<FormKind, string> = { text: '@', int: '0', bool: '@', date: 'dd/mm/yyyy', enum: '@' };

interface Verbatim {
  ref: string;
  value: unknown;
  fingerprint: string;
}

function toExcel(cell: CellValue): Cell['value'] {
  switch (cell.type) {
    case 'text':
      return cell.text;
    case 'number':
    case 'boolean':
    case 'date':
      return cell.value;
    default:
      return null;
  }
}

function listFormula(options: readonly string[]): string {
  const list = `"${options.join(',')}"`;
  // Excel's limit for a list typed into the validation; our lists are short, a longer one is a bug to catch here
  if (list.length > 255) throw new Error(`dropdown list too long for an inline validation: ${list}`);
  return list;
}

type Validation = NonNullable<Cell['dataValidation']>;

function validationFor(kind: FormKind, choices: readonly Choice[], lang: Lang): Validation | undefined {
  const error = { showErrorMessage: true, errorStyle: 'stop' as const, errorTitle: t('form.validation.title', lang) };
  switch (kind) {
    case 'bool':
      return { type: 'list', allowBlank: true, formulae: [listFormula([YES, NO])], ...error, error: t('form.validation.list', lang) };
    case 'enum':
      return { type: 'list', allowBlank: true, formulae: [listFormula(shownChoices(choices, lang))], ...error, error: t('form.validation.list', lang) };
    case 'int':
      return { type: 'whole', operator: 'greaterThanOrEqual', allowBlank: true, formulae: [0], ...error, error: t('form.validation.int', lang) };
    case 'date':
      return {
        type: 'date',
        operator: 'between',
        allowBlank: true,
        formulae: [new Date(Date.UTC(2000, 0, 1)), new Date(Date.UTC(2100, 11, 31))],
        ...error,
        error: t('form.validation.date', lang),
      };
    case 'text':
      return undefined;
  }
}

/** The names of an enum's choices in the form's language: what the dropdown offers. */
function shownChoices(choices: readonly Choice[], lang: Lang): string[] {
  return choices.map((c) => String(choiceLabel(choices, c.code, lang)));
}

function kindNote(kind: FormKind, choices: readonly Choice[], optional: boolean, lang: Lang): string {
  const what = t(`form.kind.${kind}` as MessageKey, lang, { options: shownChoices(choices, lang).join(', ') });
  return `${what}; ${t(optional ? 'form.optional' : 'form.required', lang)}`;
}

function style(cell: Cell, options: { bold?: boolean; italic?: boolean; size?: number; fill?: string; colour?: string; wrap?: boolean; border?: boolean; centre?: boolean }) {
  cell.font = { name: FONT, size: options.size ?? 12, ...(options.bold ? { bold: true } : {}), ...(options.italic ? { italic: true } : {}), ...(options.colour ? { color: { argb: options.colour } } : {}) };
  if (options.fill) cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: options.fill } };
  cell.alignment = { vertical: 'middle', wrapText: options.wrap ?? true, ...(options.centre ? { horizontal: 'center' } : {}) };
  if (options.border) cell.border = BORDER;
}

/** An input cell: unlocked, yellow, typed by kind; its value, and whether the reader needs it recorded verbatim. */
function inputCell(cell: Cell, ref: string, value: unknown, field: LeafField, lang: Lang, verbatim: Verbatim[]) {
  const kind = formKind(field);
  const choices = choicesOf(field);
  style(cell, { fill: COLOURS.input, border: true });
  cell.numFmt = NUMBER_FORMATS[kind];
  cell.protection = { locked: false };
  // a choice is shown by its name, as the dropdown offers it
  const written = valueToCell(kind === 'enum' ? choiceLabel(choices, value, lang) : value, kind);
  cell.value = toExcel(written);
  const blank = value === undefined || value === null || value === '';
  if (!blank && !isDeepStrictEqual(cellToValue(written, kind, choices).value, value)) {
    verbatim.push({ ref, value, fingerprint: cellFingerprint(written) });
  }
}

/** Wrapped text does not grow its row in every spreadsheet program: give rows the height their longest text needs. */
function fitHeight(row: Row, texts: readonly [string, number][]) {
  const lines = Math.max(1, ...texts.map(([text, width]) => Math.ceil((text.length * 1.1) / width)));
  if (lines > 1) row.height = Math.max(row.height ?? 0, 15 * lines + 2);
}

function sectionNote(section: MainSection, lang: Lang): string {
  if (section.table) return t('form.section.table', lang, { sheet: section.table });
  // the period has three forms (submission.md → period): say so where it is filled in
  if (section.path.length === 1 && section.path[0] === 'period') return t('form.section.period', lang);
  return section.optional ? t('form.section.optional', lang) : '';
}

function writeMain(ws: Worksheet, data: unknown, options: FormOptions, verbatim: Verbatim[]) {
  const { lang } = options;
  const layout = formLayout();
  ws.columns = [{ width: 7 }, { width: 56 }, { width: 34 }, { width: 44 }, { width: 34 }];
  ws.views = [{ state: 'frozen', ySplit: 3, showGridLines: false }];

  ws.mergeCells(1, 1, 1, MAIN_COLUMNS.key);
  ws.getCell(1, 1).value = t('form.title', lang);
  style(ws.getCell(1, 1), { bold: true, size: 14, centre: true });
  ws.getRow(1).height = 24;
  ws.mergeCells(2, 1, 2, MAIN_COLUMNS.key);
  ws.getCell(2, 1).value = options.caption ? `${options.caption}\n${t('form.subtitle', lang)}` : t('form.subtitle', lang);
  style(ws.getCell(2, 1), { italic: true, size: 11 });
  ws.getRow(2).height = options.caption ? 48 : 34;
  const headers: [number, MessageKey][] = [
    [MAIN_COLUMNS.number, 'form.col.number'],
    [MAIN_COLUMNS.label, 'form.col.label'],
    [MAIN_COLUMNS.value, 'form.col.value'],
    [MAIN_COLUMNS.note, 'form.col.note'],
    [MAIN_COLUMNS.key, 'form.col.key'],
  ];
  for (const [col, key] of headers) {
    ws.getCell(3, col).value = t(key, lang);
    style(ws.getCell(3, col), { bold: true, fill: COLOURS.header, border: true, centre: true });
  }

  // numbering: I, II, … for sections; 1, 2, … inside them; 1.1 for fields of a sub-group
  const numbers = new Map<number, string>();
  let top = 0;
  const counters: number[] = [];
  const rows = [
    ...layout.sections.map((s) => ({ row: s.row, depth: s.depth, isSection: true })),
    ...layout.fields.map((f) => ({ row: f.row, depth: f.path.length - 1, isSection: false })),
  ].sort((a, b) => a.row - b.row);
  for (const { row, depth, isSection } of rows) {
    if (isSection && depth === 0) {
      numbers.set(row, ROMAN[top++] ?? String(top));
      counters.length = 0;
      continue;
    }
    if (depth === 0) continue; // a top-level field (schema version, report date) needs no number
    counters.length = Math.min(counters.length, depth);
    while (counters.length < depth) counters.push(0);
    counters[depth - 1]! += 1;
    numbers.set(row, counters.slice(0, depth).join('.'));
  }

  for (const section of layout.sections) {
    const row = ws.getRow(section.row);
    const fill = section.depth === 0 ? COLOURS.section : COLOURS.subsection;
    row.getCell(MAIN_COLUMNS.number).value = numbers.get(section.row) ?? '';
    row.getCell(MAIN_COLUMNS.label).value = section.meta?.label[lang] ?? section.path.join('.');
    row.getCell(MAIN_COLUMNS.note).value = sectionNote(section, lang);
    row.getCell(MAIN_COLUMNS.key).value = section.path.join('.');
    fitHeight(row, [[String(row.getCell(MAIN_COLUMNS.note).value), 44]]);
    for (let col = 1; col <= MAIN_COLUMNS.key; col++) style(row.getCell(col), { bold: col !== MAIN_COLUMNS.note && col !== MAIN_COLUMNS.key, fill, border: true, ...(col === MAIN_COLUMNS.key ? { colour: COLOURS.key, size: 10 } : {}) });
  }

  for (const field of layout.fields) {
    const row = ws.getRow(field.row);
    const kind = formKind(field.field);
    const options_ = choicesOf(field.field);
    row.getCell(MAIN_COLUMNS.number).value = numbers.get(field.row) ?? '';
    row.getCell(MAIN_COLUMNS.label).value = field.field.meta?.label[lang] ?? field.path.join('.');
    row.getCell(MAIN_COLUMNS.note).value = kindNote(kind, options_, field.field.optional, lang);
    row.getCell(MAIN_COLUMNS.key).value = field.path.join('.');
    style(row.getCell(MAIN_COLUMNS.number), { border: true, centre: true });
    style(row.getCell(MAIN_COLUMNS.label), { border: true });
    style(row.getCell(MAIN_COLUMNS.note), { border: true, italic: true, size: 10 });
    style(row.getCell(MAIN_COLUMNS.key), { border: true, colour: COLOURS.key, size: 10 });
    const cell = row.getCell(MAIN_COLUMNS.value);
    inputCell(cell, cellRef(MAIN_SHEET, field.row, MAIN_COLUMNS.value), valueAt(data, field.path), field.field, lang, verbatim);
    // a literal (the schema version) is the form's, not the clerk's
    if (field.field.kind === undefined && kind === 'int') {
      cell.protection = { locked: true };
      style(cell, { border: true, fill: COLOURS.subsection });
    }
    const validation = validationFor(kind, options_, lang);
    if (validation) cell.dataValidation = validation;
    fitHeight(row, [
      [String(row.getCell(MAIN_COLUMNS.label).value), 56],
      [String(row.getCell(MAIN_COLUMNS.note).value), 44 * 1.2],
    ]);
  }
}

function writeTable(ws: Worksheet, table: ReturnType<typeof formLayout>['tables'][number], data: unknown, lang: Lang, verbatim: Verbatim[]) {
  const items = Array.isArray(valueAt(data, [table.key])) ? (valueAt(data, [table.key]) as unknown[]) : [];
  const rows = Math.max(TABLE_BLANK_ROWS, items.length + 10);
  const lastCol = 1 + table.columns.length;
  ws.columns = [{ width: 6 }, ...table.columns.map((c) => ({ width: columnWidth(c) }))];
  ws.views = [{ state: 'frozen', ySplit: TABLE_NOTE_ROW, xSplit: 1 }];

  ws.mergeCells(1, 1, 1, lastCol);
  ws.getCell(1, 1).value = (table.meta?.label[lang] ?? table.key).toUpperCase();
  style(ws.getCell(1, 1), { bold: true, size: 13 });
  ws.mergeCells(2, 1, 2, lastCol);
  ws.getCell(2, 1).value = t('form.table.instructions', lang, { row: TABLE_FIRST_ROW });
  style(ws.getCell(2, 1), { italic: true, size: 11 });

  ws.getCell(TABLE_HEADER_ROW, 1).value = t('form.col.number', lang);
  style(ws.getCell(TABLE_HEADER_ROW, 1), { bold: true, fill: COLOURS.header, border: true, centre: true });
  ws.getCell(TABLE_NOTE_ROW, 1).value = '';
  style(ws.getCell(TABLE_NOTE_ROW, 1), { fill: COLOURS.header, border: true });
  ws.getRow(TABLE_HEADER_ROW).height = 45;
  ws.getRow(TABLE_NOTE_ROW).height = 60;
  for (const column of table.columns) {
    const kind = formKind(column.field);
    const header = ws.getCell(TABLE_HEADER_ROW, column.col);
    header.value = `${column.field.meta?.label[lang] ?? column.path.join('.')}${column.field.optional ? '' : ' *'}`;
    style(header, { bold: true, fill: COLOURS.header, border: true, centre: true });
    const note = ws.getCell(TABLE_NOTE_ROW, column.col);
    note.value = `${column.path.join('.')} — ${kindNote(kind, choicesOf(column.field), column.field.optional, lang)}`;
    style(note, { italic: true, size: 10, fill: COLOURS.header, border: true });
  }

  for (let i = 0; i < rows; i++) {
    const row = TABLE_FIRST_ROW + i;
    ws.getCell(row, 1).value = i + 1;
    style(ws.getCell(row, 1), { border: true, centre: true, colour: COLOURS.key });
    const item = items[i];
    for (const column of table.columns) {
      inputCell(ws.getCell(row, column.col), cellRef(ws.name, row, column.col), valueAt(item, column.path), column.field, lang, verbatim);
    }
  }
  // one validation per column (one `sqref`), not one per cell
  const validations = (ws as unknown as { dataValidations: { add(range: string, v: Validation): void } }).dataValidations;
  for (const column of table.columns) {
    const validation = validationFor(formKind(column.field), choicesOf(column.field), lang);
    const letter = columnLetter(column.col);
    if (validation) validations.add(`${letter}${TABLE_FIRST_ROW}:${letter}${TABLE_FIRST_ROW + rows - 1}`, validation);
  }
}

function columnWidth(column: TableColumn): number {
  const kind = formKind(column.field);
  if (kind === 'text') return column.path[0] === 'summary' || column.path[0] === 'description' || column.path[0] === 'resolution' ? 40 : 28;
  return kind === 'date' ? 14 : 16;
}

function writeInstructions(ws: Worksheet, lang: Lang) {
  ws.columns = [{ width: 4 }, { width: 110 }];
  ws.getCell(1, 2).value = t('form.help.title', lang);
  style(ws.getCell(1, 2), { bold: true, size: 14 });
  const keys: MessageKey[] = ['form.help.1', 'form.help.2', 'form.help.3', 'form.help.4', 'form.help.5', 'form.help.6', 'form.help.7', 'form.help.8'];
  keys.forEach((key, i) => {
    ws.getCell(3 + i, 1).value = i + 1;
    ws.getCell(3 + i, 2).value = t(key, lang);
    style(ws.getCell(3 + i, 1), { centre: true });
    style(ws.getCell(3 + i, 2), {});
    ws.getRow(3 + i).height = 32;
  });
}

function writeMeta(ws: Worksheet, generator: string, verbatim: readonly Verbatim[]) {
  const layout = formLayout();
  const rows: (string | number)[][] = [
    ['form', FORM_ID],
    ['contract', String(CONTRACT_VERSION)],
    ['layout', layout.fingerprint],
    ['generator', generator],
    ...verbatim.map((v) => ['verbatim', v.ref, JSON.stringify(v.value), v.fingerprint]),
  ];
  rows.forEach((values, i) => {
    values.forEach((value, j) => {
      const cell = ws.getCell(i + 1, j + 1);
      cell.numFmt = '@';
      cell.value = value;
    });
  });
}

/**
 * The form as .xlsx bytes, holding `data` (a full or partial submission in the contract's shape; values of the wrong
 * type are written as they are). Check `formMisfits(data)` first: keys without a cell are not written.
 */
export async function writeFormWorkbook(data: unknown, options: FormOptions): Promise<Uint8Array> {
  const { lang } = options;
  const layout = formLayout();
  const wb = newWorkbook(options.created);
  const verbatim: Verbatim[] = [];
  const protection = { selectLockedCells: true, selectUnlockedCells: true, formatColumns: true, formatRows: true };

  // A4, as wide as the page: the form is also printed, signed and stamped
  const pageSetup = { paperSize: 9, orientation: 'landscape' as const, fitToPage: true, fitToWidth: 1, fitToHeight: 0 };
  const main = wb.addWorksheet(MAIN_SHEET, { properties: { tabColor: { argb: 'FF4472C4' } }, pageSetup });
  writeMain(main, data, options, verbatim);
  await main.protect('', protection);
  for (const table of layout.tables) {
    const ws = wb.addWorksheet(table.sheet, { pageSetup });
    writeTable(ws, table, data, lang, verbatim);
    await ws.protect('', protection);
  }
  const help = wb.addWorksheet(INSTRUCTIONS_SHEET, { pageSetup });
  writeInstructions(help, lang);
  await help.protect('', protection);
  writeMeta(wb.addWorksheet(META_SHEET, { state: 'veryHidden' }), options.generator, verbatim);
  return workbookBytes(wb);
}
