/**
 * `summary.xlsx`: the tables a clerk pastes into the appendix of a report — the overall figures, the figures by unit
 * below and by school level, the per-unit table, the missing/late/rejected lists, incidents, exemplary models,
 * commendations and the units' own assessments. Formatted for printing on A4 (Times New Roman, borders, header rows
 * repeated on every page, fitted to the page width). Written through exceljs' streaming writer (`xlsx-writer.ts`) a row at a
 * time: a national summary's tables never exist as a spreadsheet model in memory.
 */
import { periodName } from '../contract/period.js';
import { ASSESSMENT_KEYS, AssessmentSchema } from '../contract/submission.js';
import type { Completeness, Summary } from '../contract/summary.js';
import { fieldAt } from '../contract/walk.js';
import { t, type Lang, type MessageKey } from '../i18n/index.js';
import { summaryPeriodRef } from './aggregate.js';
import { shortDate } from '../util/dates.js';
import { levelName, RATE_KEYS, rateLabel, totalLines, UNIT_COUNT_KEYS, unitCountLabel, unitCountsOf } from './labels.js';
import { XlsxWriter, type CellStyle, type SheetWriter } from './xlsx-writer.js';

type Cell = string | number | null;

interface Column {
  header: string;
  width: number;
  /** Number format (counts stay plain; percentages get one decimal). */
  numFmt?: string;
}

const PCT = '0.0';

/**
 * A chart for the workbook's "Biểu đồ" sheet, drawn by the caller (the chart builder lives in the render layer, above
 * this one): its title, the PNG and its size in pixels, and the data it shows, written next to it so that a clerk can
 * make a native Excel chart from the cells.
 */
export interface XlsxChart {
  title: string;
  png: Uint8Array;
  width: number;
  height: number;
  /** The first column's heading (unit, level, period) and the series' names. */
  label: string;
  series: readonly string[];
  rows: ReadonlyArray<{ label: string; values: ReadonlyArray<number | null> }>;
}

/** What every sheet's step needs: the workbook being written, the summary, the language and the sheets' title lines. */
interface Book {
  workbook: XlsxWriter;
  summary: Summary;
  lang: Lang;
  say: (key: MessageKey, data?: Record<string, string | number>) => string;
  heading: readonly string[];
}

/** The sheets in their order; each step writes one sheet (or one per breakdown). */
export async function summaryToXlsx(summary: Summary, lang: Lang, charts: readonly XlsxChart[] = []): Promise<Uint8Array> {
  // fixed metadata: the file must be byte-identical between runs with the same --date / SOURCE_DATE_EPOCH
  const workbook = await XlsxWriter.create(new Date(summary.generated_at), summary.generator);
  const say = (key: MessageKey, data?: Record<string, string | number>) => t(key, lang, data);
  const book: Book = { workbook, summary, lang, say, heading: headingLines(summary, lang, say) };

  overallSheet(book);
  breakdownSheets(book);
  groupSheets(book);
  unitsSheet(book);
  missingLateRejectedSheet(book);
  incidentsSheet(book);
  modelsSheet(book);
  commendationsSheet(book);
  assessmentSheet(book);
  if (charts.length > 0) chartSheet(workbook, say('aggregate.xlsx.sheet.charts'), book.heading, charts);
  return workbook.finish();
}

/** The title lines of every sheet: what, whose and which period, when made from how many files, the deadline. */
function headingLines(summary: Summary, lang: Lang, say: Book['say']): string[] {
  const ref = summaryPeriodRef(summary.period);
  const period = ref ? periodName(ref, lang) : `${summary.period.start} – ${summary.period.end}`;
  return [
    say('aggregate.xlsx.title'),
    say('aggregate.xlsx.subtitle', { name: summary.node.name, period }),
    say('aggregate.xlsx.generated', {
      date: shortDate(summary.generated_at.slice(0, 10)),
      count: summary.inputs.length,
      deadline: summary.period.deadline ? shortDate(summary.period.deadline) : say('aggregate.xlsx.none_deadline'),
    }),
  ];
}

/** The overall figures: completeness, every total, the rates. */
function overallSheet({ workbook, summary, lang, say, heading }: Book): void {
  const ws = sheet(workbook, say('aggregate.xlsx.sheet.summary'), 'portrait');
  const cols: Column[] = [
    { header: say('aggregate.col.no'), width: 6 },
    { header: say('aggregate.col.indicator'), width: 58 },
    { header: say('aggregate.col.num'), width: 12 },
    { header: say('aggregate.col.den'), width: 12 },
    { header: say('aggregate.col.pct'), width: 12, numFmt: PCT },
  ];
  let row = title(ws, heading, cols);
  const c = summary.completeness;
  row = section(ws, row, say('aggregate.xlsx.completeness'), cols.length);
  row = table(ws, row, cols, [
    [1, say('aggregate.col.expected'), c.expected, null, null],
    [2, say('aggregate.col.accepted'), c.accepted, c.expected, c.completeness_pct],
    [3, say('aggregate.col.on_time'), c.on_time, c.expected, c.timeliness_pct],
    [4, say('aggregate.col.late'), c.late, c.expected, null],
    [5, say('aggregate.col.rejected'), c.rejected, c.expected, null],
    [6, say('aggregate.col.missing'), c.missing, c.expected, null],
  ]);
  row = section(ws, row + 1, say('aggregate.xlsx.totals'), cols.length);
  row = table(
    ws,
    row,
    [cols[0]!, cols[1]!, { header: say('aggregate.col.value'), width: 12 }],
    totalLines(lang).map((line, i) => [i + 1, line.label, line.value(summary.totals)]),
  );
  row = section(ws, row + 1, say('aggregate.xlsx.rates'), cols.length);
  table(
    ws,
    row,
    cols,
    RATE_KEYS.map((k, i) => {
      const r = summary.rates[k];
      return [i + 1, rateLabel(k, lang), r.num, r.den, r.pct];
    }),
  );
}

/** The completeness counts of a breakdown table, in its column order: one list for the headers and the rows. */
const BREAKDOWN_COUNTS = ['expected', 'accepted', 'on_time', 'late', 'rejected', 'missing'] as const satisfies ReadonlyArray<keyof Completeness>;

function breakdownColumns({ lang, say }: Book, first: string): Column[] {
  return [
    { header: say('aggregate.col.no'), width: 5 },
    { header: first, width: 32 },
    ...BREAKDOWN_COUNTS.map((k) => ({ header: say(`aggregate.col.${k}`), width: 9 })),
    { header: `${say('aggregate.col.completeness')} (%)`, width: 10, numFmt: PCT },
    { header: `${say('aggregate.col.timeliness')}`, width: 10, numFmt: PCT },
    ...UNIT_COUNT_KEYS.map((k) => ({ header: unitCountLabel(k, lang), width: 11 })),
  ];
}

function breakdownRow(no: number | null, name: string, b: Pick<Summary, 'completeness' | 'totals'>): Cell[] {
  const c = b.completeness;
  const counts = unitCountsOf(b.totals);
  return [no, name, ...BREAKDOWN_COUNTS.map((k) => c[k]), c.completeness_pct, c.timeliness_pct, ...UNIT_COUNT_KEYS.map((k) => counts[k])];
}

/** A breakdown table with the node's total as its last, bold row. */
function breakdownSheet(book: Book, name: string, first: string, rows: Cell[][]): void {
  const ws = sheet(book.workbook, name, 'landscape');
  const cols = breakdownColumns(book, first);
  table(ws, title(ws, book.heading, cols), cols, [...rows, breakdownRow(null, book.say('aggregate.total_row'), book.summary)], { boldLast: true });
}

/** By unit below the node, and by school level. */
function breakdownSheets(book: Book): void {
  const { summary, lang, say } = book;
  breakdownSheet(book, say('aggregate.xlsx.sheet.by_child'), say('aggregate.col.unit'), summary.by_child.map((b, i) => breakdownRow(i + 1, b.name, b)));
  breakdownSheet(book, say('aggregate.xlsx.sheet.by_level'), say('aggregate.col.level'), summary.by_level.map((b, i) => breakdownRow(i + 1, levelName(b.level, lang), b)));
}

/** A sheet per attribute asked for (`--by`), named after it. */
function groupSheets(book: Book): void {
  const { workbook, summary, say } = book;
  const taken = new Set(workbook.worksheets.map((w) => w.name.toLowerCase()));
  for (const breakdown of summary.by_group) {
    const none = say('aggregate.group_none', { attribute: breakdown.attribute });
    const name = sheetName(say('aggregate.xlsx.sheet.by_group', { attribute: breakdown.attribute }), taken);
    breakdownSheet(book, name, breakdown.attribute, breakdown.groups.map((g, i) => breakdownRow(i + 1, g.value ?? none, g)));
  }
}

/** The per-unit table (the appendix). */
function unitsSheet({ workbook, summary, lang, say, heading }: Book): void {
  const ws = sheet(workbook, say('aggregate.xlsx.sheet.units'), 'landscape');
  const cols: Column[] = [
    { header: say('aggregate.col.no'), width: 5 },
    { header: say('aggregate.col.code'), width: 20 },
    { header: say('aggregate.col.name'), width: 34 },
    { header: say('aggregate.col.level'), width: 12 },
    { header: say('aggregate.col.parent'), width: 18 },
    { header: say('aggregate.col.status'), width: 12 },
    { header: say('aggregate.col.reported_at'), width: 12 },
    ...UNIT_COUNT_KEYS.map((k) => ({ header: unitCountLabel(k, lang), width: 10 })),
    { header: say('aggregate.col.errors'), width: 8 },
    { header: say('aggregate.col.warnings'), width: 9 },
  ];
  const row = title(ws, heading, cols);
  table(
    ws,
    row,
    cols,
    summary.units.map((u, i) => [
      i + 1,
      u.code,
      u.name,
      u.level,
      u.parent ?? '',
      say(`aggregate.status.${u.status}`),
      shortDate(u.reported_at),
      ...UNIT_COUNT_KEYS.map((k) => (u.counts ? u.counts[k] : null)),
      u.errors,
      u.warnings,
    ]),
  );
}

/** The units missing, late and rejected, one section each. */
function missingLateRejectedSheet({ workbook, summary, say, heading }: Book): void {
  const ws = sheet(workbook, say('aggregate.xlsx.sheet.lists'), 'portrait');
  const cols: Column[] = [
    { header: say('aggregate.col.no'), width: 6 },
    { header: say('aggregate.col.code'), width: 18 },
    { header: say('aggregate.col.name'), width: 44 },
    { header: say('aggregate.col.parent'), width: 18 },
    { header: say('aggregate.col.reported_at'), width: 14 },
  ];
  let row = title(ws, heading, cols);
  const l = summary.lists;
  for (const [key, entries] of [
    ['aggregate.xlsx.missing', l.missing.map((e) => ({ ...e, reported_at: null }))],
    ['aggregate.xlsx.late', l.late],
    ['aggregate.xlsx.rejected', l.rejected.map((e) => ({ ...e, reported_at: null }))],
  ] as const) {
    row = section(ws, row, `${say(key)} (${entries.length})`, cols.length);
    row = table(ws, row, cols, entries.map((e, i) => [i + 1, e.code, e.name, e.parent ?? '', shortDate(e.reported_at)]), { empty: say('aggregate.xlsx.empty') }) + 1;
  }
}

function incidentsSheet({ workbook, summary, say, heading }: Book): void {
  listSheet(workbook, say('aggregate.xlsx.sheet.incidents'), heading, [
    { header: say('aggregate.col.no'), width: 5 },
    { header: say('aggregate.col.unit'), width: 26 },
    { header: say('aggregate.col.date'), width: 11 },
    { header: say('aggregate.col.severity'), width: 10 },
    { header: say('aggregate.col.incident_status'), width: 11 },
    { header: say('aggregate.col.summary'), width: 40 },
    { header: say('aggregate.col.channel'), width: 14 },
    { header: say('aggregate.col.reported_to_parent_at'), width: 12 },
    { header: say('aggregate.col.resolution'), width: 36 },
  ], summary.lists.incidents.map((e, i) => [
    i + 1,
    e.unit_name,
    shortDate(e.date),
    say(`aggregate.severity.${e.severity}`),
    say(`aggregate.incident_status.${e.status}`),
    e.summary,
    e.channel ?? '',
    shortDate(e.reported_to_parent_at),
    e.resolution ?? '',
  ]), say('aggregate.xlsx.empty'));
}

function modelsSheet({ workbook, summary, say, heading }: Book): void {
  listSheet(workbook, say('aggregate.xlsx.sheet.models'), heading, [
    { header: say('aggregate.col.no'), width: 5 },
    { header: say('aggregate.col.unit'), width: 28 },
    { header: say('aggregate.col.title'), width: 40 },
    { header: say('aggregate.col.description'), width: 40 },
    { header: say('aggregate.col.url'), width: 34 },
  ], summary.lists.exemplary_models.map((e, i) => [i + 1, e.unit_name, e.title, e.description ?? '', e.url ?? '']), say('aggregate.xlsx.empty'));
}

function commendationsSheet({ workbook, summary, say, heading }: Book): void {
  listSheet(workbook, say('aggregate.xlsx.sheet.commendations'), heading, [
    { header: say('aggregate.col.no'), width: 5 },
    { header: say('aggregate.col.unit'), width: 30 },
    { header: say('aggregate.col.recipient'), width: 34 },
    { header: say('aggregate.col.form'), width: 34 },
    { header: say('aggregate.col.date'), width: 12 },
  ], summary.lists.commendations.map((e, i) => [i + 1, e.unit_name, e.recipient, e.form, shortDate(e.date)]), say('aggregate.xlsx.empty'));
}

/** The units' own assessments, by section of the form. */
function assessmentSheet({ workbook, summary, lang, say, heading }: Book): void {
  listSheet(workbook, say('aggregate.xlsx.sheet.assessment'), heading, [
    { header: say('aggregate.col.no'), width: 5 },
    { header: say('aggregate.col.section'), width: 20 },
    { header: say('aggregate.col.unit'), width: 28 },
    { header: say('aggregate.col.text'), width: 80 },
  ], ASSESSMENT_KEYS.flatMap((k) =>
    summary.lists.assessment[k].map((e) => [fieldAt(AssessmentSchema, [k]).meta?.label[lang] ?? k, e.unit_name, e.text] as Cell[]),
  ).map((r, i) => [i + 1, ...r]), say('aggregate.xlsx.empty'));
}

function sheet(workbook: XlsxWriter, name: string, orientation: 'portrait' | 'landscape'): SheetWriter {
  return workbook.sheet(name, {
    orientation,
    margins: { left: 0.6, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
    footer: '&C&P / &N',
  });
}

/** Title lines merged across the table's width; returns the next free row. */
function title(ws: SheetWriter, lines: readonly string[], cols: readonly Column[]): number {
  ws.columns(cols.map((c) => c.width));
  lines.forEach((text, i) => {
    const row = i + 1;
    ws.merge(row, 1, cols.length);
    const style = ws.style({ size: i === 0 ? 14 : i === 1 ? 12 : 11, bold: i < 2, italic: i === 2, horizontal: 'center', vertical: 'middle', wrap: true });
    ws.row(row, [{ value: text, style }]);
  });
  return lines.length + 2;
}

function section(ws: SheetWriter, row: number, text: string, width: number): number {
  ws.merge(row, 1, width);
  ws.row(row, [{ value: text, style: ws.style({ size: 12, bold: true }) }]);
  return row + 1;
}

/** The style of a table cell: header or body, alignment, bold, number format. */
function shared(kind: 'header' | 'body', horizontal: 'left' | 'center' | 'right', options: { bold?: boolean; numFmt?: string } = {}): CellStyle {
  return {
    size: 11,
    bold: kind === 'header' || options.bold === true,
    border: true,
    horizontal,
    vertical: kind === 'header' ? 'middle' : 'top',
    wrap: true,
    fill: kind === 'header',
    ...(options.numFmt ? { numFmt: options.numFmt } : {}),
  };
}

const LINE_HEIGHT = 15;

/**
 * The height (points) a row needs to show its wrapped texts whole. Excel grows rows on its own when a file is opened,
 * but LibreOffice and printing to PDF keep the stored height, so a clipped unit name would be lost on paper.
 */
function rowHeight(cols: readonly Column[], values: readonly Cell[], minLines: number): number {
  let lines = minLines;
  values.forEach((value, i) => {
    const width = Math.max(1, (cols[i]?.width ?? 10) - 1);
    const text = value === null ? '' : String(value);
    const needed = text.split('\n').reduce((n, part) => n + Math.max(1, Math.ceil([...part].length / width)), 0);
    lines = Math.max(lines, needed);
  });
  return lines * LINE_HEIGHT + 3;
}

/** A bordered table with a bold, grey, repeated header row; returns the row after the table. */
function table(ws: SheetWriter, start: number, cols: readonly Column[], rows: readonly Cell[][], options: { empty?: string; boldLast?: boolean } = {}): number {
  const headerStyle = ws.style(shared('header', 'center'));
  ws.row(start, cols.map((c) => ({ value: c.header, style: headerStyle })), rowHeight(cols, cols.map((c) => c.header), 2));
  ws.printTitles(start);
  const body = rows.length > 0 ? rows : options.empty ? [[null, options.empty]] : [];
  body.forEach((values, r) => {
    const lines = rowHeight(cols, values, 1);
    const bold = options.boldLast === true && r === body.length - 1;
    const cells = cols.map((c, i) => {
      const value = values[i] ?? null;
      const number = typeof value === 'number';
      return { value, style: ws.style(shared('body', i === 0 ? 'center' : number ? 'right' : 'left', { bold, ...(number && c.numFmt ? { numFmt: c.numFmt } : {}) })) };
    });
    ws.row(start + 1 + r, cells, lines > LINE_HEIGHT + 3 ? lines : undefined);
  });
  return start + 1 + body.length;
}

/** Excel's default row height in pixels (15 points). */
const ROW_PX = 20;

/**
 * The charts: for each, its title, then its data table (columns A–C…) with the picture to the right of it, the next
 * chart below the taller of the two.
 */
function chartSheet(workbook: XlsxWriter, name: string, heading: readonly string[], charts: readonly XlsxChart[]): void {
  const ws = sheet(workbook, name, 'landscape');
  const seriesCount = Math.max(...charts.map((c) => c.series.length));
  const cols: Column[] = [{ header: '', width: 34 }, ...Array.from({ length: seriesCount }, () => ({ header: '', width: 14, numFmt: PCT }))];
  let row = title(ws, heading, [...cols, { header: '', width: 3 }]);
  for (const chart of charts) {
    row = section(ws, row, chart.title, cols.length + 1);
    const top = row;
    const end = table(ws, row, [{ header: chart.label, width: 34 }, ...chart.series.map((header) => ({ header, width: 14, numFmt: PCT }))], chart.rows.map((r) => [r.label, ...r.values]));
    // the picture starts right of the table, on the table's first row; rows are about 20 pixels high
    ws.image({ png: chart.png, col: cols.length + 1, row: top - 1, width: chart.width, height: chart.height });
    row = Math.max(end, top + Math.ceil(chart.height / ROW_PX)) + 2;
  }
}

function listSheet(workbook: XlsxWriter, name: string, heading: readonly string[], cols: Column[], rows: Cell[][], empty: string): void {
  const ws = sheet(workbook, name, 'landscape');
  table(ws, title(ws, heading, cols), cols, rows, { empty });
}

/** A worksheet name Excel accepts: no [ ] : * ? / \, at most 31 characters, not one already in the workbook. */
function sheetName(wanted: string, taken: Set<string>): string {
  const base = [...wanted.replace(/[[\]:*?/\\]/g, ' ').trim()].slice(0, 31).join('') || 'Sheet';
  let name = base;
  for (let i = 2; taken.has(name.toLowerCase()); i++) name = `${[...base].slice(0, 31 - String(i).length - 1).join('')} ${i}`;
  taken.add(name.toLowerCase());
  return name;
}
