/**
 * The layout of a responses sheet: the spreadsheet an online form (Google Forms, Microsoft Forms) exports, one row per
 * submission and one column per question. Like the Excel form's layout it is derived from the contract's zod schema
 * alone (through the form layout), so a new field in the contract becomes a new column here too.
 *
 * - Every single-valued field is a column headed by its label («Tên đơn vị»); a label that several fields share
 *   («Họ và tên» of the leader, the officer, the spokesperson) is prefixed with its group («Người phát ngôn – Họ và tên»).
 * - A repeatable section gets numbered columns, item by item, up to a stated limit: «Sự cố truyền thông trong kỳ 1 –
 *   Ngày phát hiện», … A report with more items than that cannot be collected through the online form.
 * - `schema_version` is not a question: a row of this layout is contract version 1.
 * - The form's own timestamp column («Dấu thời gian», «Timestamp») gives `reported_at` when that is not answered.
 */
import { createHash } from 'node:crypto';
import type { Bilingual, FieldMeta } from '../contract/meta.js';
import { metaOf } from '../contract/meta.js';
import { SubmissionSchema } from '../contract/submission.js';
import { formatPath, schemaAt, type LeafField, type PathSegment } from '../contract/walk.js';
import { formKind, formLayout, sheetNameFor, type FormKind } from './layout.js';
import { choicesOf, type Choice } from './excel/values.js';

/** The sheet name written by the tool (Google Sheets' own export calls it «Câu trả lời biểu mẫu 1»). */
export const RESPONSES_SHEET = 'Câu trả lời';
export const RESPONSES_GUIDE_SHEET = 'Hướng dẫn';

/** Items of each repeatable section the online form asks for; the default for a section not listed is the last one. */
export const RESPONSES_ITEM_LIMITS: Readonly<Record<string, number>> = { channels: 5, incidents: 3, exemplary_models: 3, commendations: 3 };
const DEFAULT_ITEM_LIMIT = 3;

/** Headers of the form's own time stamp, in the exports of Google Forms and Microsoft Forms (vi and en). */
export const TIMESTAMP_HEADERS = ['Dấu thời gian', 'Timestamp', 'Thời gian hoàn thành', 'Completion time'] as const;
/** Other columns those exports add by themselves: known, so they are not reported as unknown. */
export const FORM_OWN_HEADERS = [
  'ID',
  'Start time',
  'Thời gian bắt đầu',
  'Email',
  'Email Address',
  'Địa chỉ email',
  'Name',
  'Last modified time',
  'Thời gian sửa đổi lần cuối',
  'Score',
  'Điểm số',
] as const;

export interface ResponseColumn {
  /** The full contract path, with the item index for a repeatable section: `['incidents', 0, 'date']`. */
  path: PathSegment[];
  /** `incidents[0].date`: also accepted as a header. */
  key: string;
  field: LeafField;
  kind: FormKind;
  options: readonly Choice[];
  header: Bilingual;
  /** For a repeatable section: its key and the item number (1-based). */
  item?: { section: string; number: number };
}

export interface ResponsesLayout {
  columns: ResponseColumn[];
  /** The repeatable sections and their item limits, in contract order. */
  sections: { key: string; limit: number; name: Bilingual }[];
  fingerprint: string;
}

const SEPARATOR = ' – ';

function labelOf(meta: FieldMeta | undefined, fallback: string): Bilingual {
  return meta ? meta.label : { vi: fallback, en: fallback };
}

function join(parts: Bilingual[]): Bilingual {
  return { vi: parts.map((p) => p.vi).join(SEPARATOR), en: parts.map((p) => p.en).join(SEPARATOR) };
}

/** Labels of the groups above a field (without the field itself), outermost first. */
function groupLabels(path: readonly PathSegment[]): Bilingual[] {
  const out: Bilingual[] = [];
  for (let n = 1; n < path.length; n++) {
    const schema = schemaAt(SubmissionSchema, path.slice(0, n));
    out.push(labelOf(schema ? metaOf(schema) : undefined, String(path[n - 1])));
  }
  return out;
}

function build(): ResponsesLayout {
  const form = formLayout();
  const main = form.fields.filter((f) => f.path[0] !== 'schema_version');
  // the shortest header that is unique among the single-valued fields: the label, then with more and more groups
  const headerFor = (path: readonly PathSegment[], meta: FieldMeta | undefined): Bilingual => {
    const groups = groupLabels(path);
    const leaf = labelOf(meta, String(path[path.length - 1]));
    for (let depth = 0; depth <= groups.length; depth++) {
      const candidate = join([...groups.slice(groups.length - depth), leaf]);
      const clash = main.some((other) => other.path !== path && sameHeader(other.path, other.field.meta, depth, candidate));
      if (!clash) return candidate;
    }
    return join([...groups, leaf]);
  };
  const sameHeader = (path: readonly PathSegment[], meta: FieldMeta | undefined, depth: number, candidate: Bilingual) => {
    const groups = groupLabels(path);
    const h = join([...groups.slice(Math.max(0, groups.length - depth)), labelOf(meta, String(path[path.length - 1]))]);
    return h.vi === candidate.vi || h.en === candidate.en;
  };

  const columns: ResponseColumn[] = main.map((f) => ({
    path: [...f.path],
    key: formatPath(f.path),
    field: f.field,
    kind: formKind(f.field),
    options: choicesOf(f.field),
    header: headerFor(f.path, f.field.meta),
  }));

  const sections: ResponsesLayout['sections'] = [];
  for (const table of form.tables) {
    const limit = RESPONSES_ITEM_LIMITS[table.key] ?? DEFAULT_ITEM_LIMIT;
    const name = { vi: sheetNameFor(table.meta, table.key), en: table.meta?.label.en ?? table.key };
    sections.push({ key: table.key, limit, name });
    for (let number = 1; number <= limit; number++) {
      for (const column of table.columns) {
        const path = [table.key, number - 1, ...column.path];
        const leaf = labelOf(column.field.meta, column.path.join('.'));
        columns.push({
          path,
          key: formatPath(path),
          field: column.field,
          kind: formKind(column.field),
          options: choicesOf(column.field),
          header: { vi: `${name.vi} ${number}${SEPARATOR}${leaf.vi}`, en: `${name.en} ${number}${SEPARATOR}${leaf.en}` },
          item: { section: table.key, number },
        });
      }
    }
  }
  const fingerprint = createHash('sha256')
    .update(JSON.stringify(columns.map((c) => [c.key, c.header.vi])))
    .digest('hex')
    .slice(0, 12);
  return { columns, sections, fingerprint };
}

let cached: ResponsesLayout | undefined;

/** The responses-sheet layout (computed once). */
export function responsesLayout(): ResponsesLayout {
  cached ??= build();
  return cached;
}

/**
 * A header as it is compared: NFC, case and spacing folded, any dash as one, a trailing `*` (required) or `:` dropped.
 * Online forms keep the question text as typed, so small differences must not break the match.
 */
export function normaliseHeader(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/\s*-\s*/g, ' - ')
    .replace(/[\s\u00a0]+/g, ' ')
    .replace(/[*:]+\s*$/, '')
    .trim()
    .toLocaleLowerCase('vi');
}
