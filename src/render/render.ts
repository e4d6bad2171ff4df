/**
 * Rendering one document: summary + metadata + template → DOCX bytes. The CLI action (src/cli/actions/render.ts)
 * imports this module only when `render` runs, because it loads `docx`.
 */
import type { ISectionOptions } from 'docx';
import type { Roster } from '../contract/roster.js';
import type { GroupBreakdown, Summary } from '../contract/summary.js';
import { groupUnits, groupUnitsByValue } from './appendix.js';
import { reminderTable, reportAppendices } from './appendices.js';
import { DEFAULT_CAPS, reportBreakdownOf, type NarrativeCaps, type ReportBreakdown } from './narrative.js';
import { buildContext, type TemplateContext } from './context.js';
import { officialDocument } from './document.js';
import type { AppendixPlacement, DocumentKind } from '../contract/documents.js';
import { letterSections } from './letter.js';
import type { DocumentMeta } from './metadata.js';
import { packDeterministic } from './pack.js';
import { reminderSections } from './reminder.js';
import { DeferredRows } from './table-xml.js';
import { reportAppendixSections, reportBody, reportSections } from './report.js';
import type { LoadedTemplate } from './template-files.js';
import { chartsIn, fillBody, fillString, plainText, type Block } from './template.js';
import { strToU8 } from 'fflate';
import { buildChart, type ChartName } from './charts/build.js';
import type { ChartWords } from './front-matter.js';

export interface RenderRequest {
  summary: Summary;
  meta: DocumentMeta;
  template: LoadedTemplate;
  roster: Roster;
  /** The instant stamped into the file (from `--date` / SOURCE_DATE_EPOCH), for byte-identical output. */
  instant: Date;
  /** `documents.caps` with defaults (narrative.ts). */
  caps?: NarrativeCaps;
  /** The report's appendix in the same file (default) or in a file of its own. */
  appendix?: AppendixPlacement;
  /** False: no charts (`--no-charts`, `documents.charts: false`); the `@chart` lines are dropped. */
  charts?: boolean;
  /** The report speaks by this breakdown of the summary (render --by, `documents.breakdown`); none: by the tree. */
  breakdown?: GroupBreakdown;
}

/** Names by code: the roster first, then what the summary itself knows. */
export function nameLookup(summary: Summary, roster: Roster): (code: string) => string | null {
  const known = new Map<string, string>();
  for (const c of summary.by_child) known.set(c.code, c.name);
  for (const u of summary.units) known.set(u.code, u.name);
  known.set(summary.node.code, summary.node.name);
  return (code) => roster.byCode.get(code)?.name ?? known.get(code) ?? null;
}

/**
 * The group of a unit in the appendix: the node's child it is under (an office and its schools), or null for a
 * school directly under the node. Uses the roster, and the summary's `parent` for units the roster does not know.
 */
export function appendixGroupOf(summary: Summary, roster: Roster): (code: string) => string | null {
  const node = summary.node.code;
  const rows = new Map(summary.units.map((u) => [u.code, u]));
  return (code) => {
    const child = roster.childOnPath(node, code);
    if (child) return child.code !== code ? child.code : child.level === 'OFFICE' ? code : null;
    const parent = rows.get(code)?.parent ?? null;
    return parent === null || parent === node ? null : parent;
  };
}

/** Fill every string of a front matter object (the appendix headings and column titles). */
function fillStrings<T>(value: T, fill: (text: string) => string): T {
  if (typeof value === 'string') return fill(value) as T;
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, fillStrings(v, fill)])) as T;
  }
  return value;
}

export interface Rendered {
  kind: DocumentKind;
  context: TemplateContext;
  blocks: Block[];
  bytes: Uint8Array;
  /** The appendix as a file of its own (`appendix: 'separate'`, reports only). */
  appendixBytes?: Uint8Array;
  /** The type name as printed (`BÁO CÁO`, or `Công văn`) and the subject (trích yếu) as plain text. */
  typeName: string;
  subject: string;
}

/**
 * Each `@chart` block that has something to show becomes a numbered figure (`Biểu đồ 1. …`, numbered in the order
 * they appear); the others, and all of them when charts are off, are dropped. The chart libraries load only here.
 */
async function drawCharts(blocks: Block[], summary: Summary, words: ChartWords | null, breakdown: ReportBreakdown | undefined): Promise<Block[]> {
  if (!words || !blocks.some((b) => b.kind === 'chart')) return blocks.filter((b) => b.kind !== 'chart');
  const { svgToPng } = await import('./charts/png.js');
  let number = 0;
  const out: Array<Promise<Block>> = [];
  for (const block of blocks) {
    if (block.kind !== 'chart') {
      out.push(Promise.resolve(block));
      continue;
    }
    const built = buildChart(block.chart!, summary, words, breakdown);
    if (!built) continue;
    const more = built.rows < built.of ? ` (${built.rows} ${words.lowest})` : '';
    const title = block.chart === 'completeness_by_unit' && breakdown ? (words.completeness_by_group ?? words.completeness_by_unit) : words[block.chart!];
    const caption = `${words.figure} ${++number}. ${title}${more}`;
    // the PNGs are drawn together, off the main thread
    out.push(svgToPng(built.chart.svg).then((png) => ({ ...block, figure: { svg: strToU8(built.chart.svg), png, width: built.chart.width, height: built.chart.height, caption } })));
  }
  return Promise.all(out);
}

/** The charts the template places that have something to show (the words do not change which: blank ones do). */
function chartsDrawn(template: LoadedTemplate, summary: Summary, breakdown: ReportBreakdown | undefined): Set<ChartName> {
  const blank = { completeness: '', timeliness: '', overall: '', other_units: '' };
  return new Set([...chartsIn(template.parsed)].filter((name) => buildChart(name, summary, blank, breakdown) !== null));
}

export async function renderDocument(request: RenderRequest): Promise<Rendered> {
  const { summary, meta, template, roster, instant, caps = DEFAULT_CAPS } = request;
  const nameOf = nameLookup(summary, roster);
  const groupOf = appendixGroupOf(summary, roster);
  const childOf = (code: string) => groupOf(code) ?? code;
  const appendixWord = template.kind === 'report' ? (template as LoadedTemplate<'report'>).front.appendix.heading : undefined;
  const chartWords = template.kind === 'report' ? (template as LoadedTemplate<'report'>).front.charts : undefined;
  const drawing = request.charts !== false && chartWords !== undefined;
  // only the report speaks by a breakdown; the letter and the reminder follow the managing units
  const noneWord = template.kind === 'report' ? ((template as LoadedTemplate<'report'>).front.appendix.group_none ?? '') : '';
  const breakdown = request.breakdown && template.kind === 'report' ? reportBreakdownOf(request.breakdown, noneWord) : undefined;
  const charts = drawing ? chartsDrawn(template, summary, breakdown) : new Set<ChartName>();
  const context = buildContext({ summary, meta, labels: template.labels, nameOf, childOf, caps, charts, ...(appendixWord ? { appendixWord } : {}), ...(breakdown ? { breakdown } : {}) });
  const fill = (text: string) => fillString(text, context);
  const blocks = await drawCharts(fillBody(template.parsed, context), summary, drawing ? fillStrings(chartWords, (text) => plainText(fill(text))) : null, breakdown);

  let sections;
  let appendixSections: ISectionOptions[] | undefined;
  // the tables' body rows, written as XML when each file is packed
  const rows = new DeferredRows();
  const appendixRows = new DeferredRows();
  let title: string;
  let typeName = 'Công văn';
  let subjectText: string;
  if (template.kind === 'report') {
    const front = (template as LoadedTemplate<'report'>).front;
    const subject = fill(front.subject);
    typeName = plainText(fill(front.type_name));
    const appendix = fillStrings(front.appendix, (text) => plainText(fill(text)));
    const groups = groupUnits(summary.units, groupOf, (key) => nameOf(key) ?? key, appendix.direct_units);
    title = `${typeName} ${plainText(subject)}`;
    const lists = fillStrings(front.appendices!, (text) => plainText(fill(text)));
    const note = fill(front.appendix.note);
    const unitGroups = breakdown ? groupUnitsByValue(summary.units, breakdown.groups, `${noneWord} ${breakdown.attribute}`) : undefined;
    const appendices = reportAppendices({ summary, front: appendix, lists, labels: template.labels, groups, ...(unitGroups ? { unitGroups } : {}), nameOf, childOf, caps }).map((a) => ({
      heading: a.heading,
      // the per-unit title keeps the template's emphasis; the list titles are already plain
      title: a.kind === 'units' ? fill(front.appendix.title) : [{ text: a.title, bold: false, italics: false }],
      note,
      table: a.table,
      landscape: a.landscape,
    }));
    subjectText = plainText(subject);
    const parts = { meta, typeName, subject, blocks, appendices };
    if (request.appendix === 'separate') {
      sections = [reportBody(parts)];
      appendixSections = reportAppendixSections(parts, appendixRows);
    } else {
      sections = reportSections(parts, rows);
    }
  } else {
    const front = (template as LoadedTemplate<'letter' | 'reminder'>).front;
    const subject = fill(front.subject);
    title = `V/v ${plainText(subject)}`;
    subjectText = plainText(subject);
    const parts = { meta, subject, blocks };
    if (template.kind === 'letter') sections = letterSections(parts);
    else {
      const list = (front as LoadedTemplate<'reminder'>['front']).list;
      const tabled = context.scalars['units_tabled'] === true && list !== undefined;
      const strings = list ? fillStrings(list, (text) => plainText(fill(text))) : undefined;
      sections = reminderSections(
        parts,
        tabled && strings
          ? {
              heading: strings.heading,
              title: fill(list.title),
              note: fill(list.note),
              table: reminderTable(summary, groupUnits(summary.units, groupOf, (key) => nameOf(key) ?? key, strings.direct_units), childOf, strings, template.labels),
            }
          : undefined,
        rows,
      );
    }
  }
  const properties = { title, creator: summary.node.name };
  const document = officialDocument(sections, properties);
  const bytes = await packDeterministic(document, instant, rows);
  const appendixBytes = appendixSections
    ? await packDeterministic(officialDocument(appendixSections, { ...properties, title: `Phụ lục – ${title}` }), instant, appendixRows)
    : undefined;
  return { kind: template.kind, context, blocks, bytes, ...(appendixBytes ? { appendixBytes } : {}), typeName, subject: subjectText };
}
