/**
 * The wording templates (`templates/<kind>.vi.md`, described in `templates/README.md`).
 *
 * A template is text with `{field}` placeholders, a few line prefixes for structure (`#`, `##`, `###`, `- `) and four
 * directives (`@each LIST`, `@if FIELD`, `@else`/`@empty`, `@end`). Placeholders are names looked up in a fixed
 * catalogue, never expressions: a template cannot run code. Every name is checked against the catalogue before
 * anything is rendered, and every problem is reported with its line and column.
 *
 * Layout (fonts, sizes, indents, numbering format, the header and signature tables) is not in templates: it is code.
 */
import type { MessageData, MessageKey } from '../i18n/index.js';
import { ITEM_EXTRAS, LIST_FIELDS, SCALAR_FIELDS, type Item, type Scalar, type TemplateContext } from './context.js';
import { capitalizeVi, formatCount, upperVi } from './vn.js';
import { suggest } from '../util/suggest.js';
import { CHART_NAMES, type ChartName } from './charts/build.js';
import type { Figure } from './charts/figure.js';

export interface Run {
  text: string;
  bold: boolean;
  italics: boolean;
}

export type BlockKind = 'heading1' | 'heading2' | 'heading3' | 'paragraph' | 'item' | 'chart';
export interface Block {
  kind: BlockKind;
  runs: Run[];
  /** A `chart` block: which chart (`@chart NAME`); render.ts draws it as a numbered figure, or drops it. */
  chart?: ChartName;
  /** Set by render.ts on a chart block it draws. */
  figure?: Figure;
}

/** A problem in a template, at a 1-based line and column of the template file. */
export interface TemplateProblem {
  line: number;
  column: number;
  key: MessageKey;
  data: MessageData;
}

export class TemplateError extends Error {
  override name = 'TemplateError';
  constructor(
    readonly file: string,
    readonly problems: TemplateProblem[],
  ) {
    super(`${file}: ${problems.length} problem(s)`);
  }
}

// --- inline text --------------------------------------------------------------------------------------------------

type Inline =
  | { type: 'text'; text: string; bold: boolean; italics: boolean }
  | { type: 'field'; name: string; filter: Filter | null; bold: boolean; italics: boolean; line: number; column: number };

const FILTERS = ['upper', 'capitalize', 'sentence'] as const;
type Filter = (typeof FILTERS)[number];
const FIELD_RE = /^([a-z_][a-z0-9_]*(?:\.[a-z0-9_]+)*)(?:\|([a-z_]+))?$/;

/**
 * Split one line of template text into literal text and fields, with `**bold**` and `*italic*` marks. Marks apply to
 * the template's own text; a field's value is always inserted as plain text, never read as marks.
 */
export function parseInline(text: string, line: number, column: number, problems: TemplateProblem[]): Inline[] {
  const out: Inline[] = [];
  let bold = false;
  let italics = false;
  let buffer = '';
  const flush = () => {
    if (buffer) out.push({ type: 'text', text: buffer, bold, italics });
    buffer = '';
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '\\' && i + 1 < text.length && '\\{}*'.includes(text[i + 1]!)) {
      buffer += text[++i];
    } else if (ch === '*') {
      flush();
      if (text[i + 1] === '*') {
        bold = !bold;
        i++;
      } else italics = !italics;
    } else if (ch === '{') {
      const close = text.indexOf('}', i);
      if (close < 0) {
        problems.push({ line, column: column + i, key: 'render.template.unclosed_field', data: {} });
        break;
      }
      const inner = text.slice(i + 1, close).trim();
      const m = FIELD_RE.exec(inner);
      if (!m) {
        problems.push({ line, column: column + i, key: 'render.template.bad_field', data: { field: inner } });
      } else {
        const filter = m[2] ?? null;
        if (filter !== null && !(FILTERS as readonly string[]).includes(filter)) {
          problems.push({ line, column: column + i, key: 'render.template.unknown_filter', data: { filter, filters: FILTERS.join(', ') } });
        }
        flush();
        out.push({ type: 'field', name: m[1]!, filter: filter as Filter | null, bold, italics, line, column: column + i });
      }
      i = close;
    } else buffer += ch;
  }
  flush();
  if (bold || italics) problems.push({ line, column, key: 'render.template.unclosed_mark', data: { mark: bold ? '**' : '*' } });
  return out;
}

// --- structure ----------------------------------------------------------------------------------------------------

type LineKind = 'heading1' | 'heading2' | 'heading3' | 'item' | 'text';
type Node =
  | { type: 'line'; kind: LineKind; inline: Inline[]; line: number }
  | { type: 'blank'; line: number }
  | { type: 'each'; list: string; body: Node[]; empty: Node[]; line: number; column: number }
  | { type: 'if'; field: string; negate: boolean; then: Node[]; else: Node[]; line: number; column: number }
  | { type: 'chart'; name: ChartName; line: number };

export interface ParsedTemplate {
  file: string;
  /** Raw front matter text (YAML) and the line it starts on, or null when the file has none. */
  frontMatter: { text: string; line: number } | null;
  body: Node[];
}

const PREFIXES: Array<[string, LineKind]> = [
  ['### ', 'heading3'],
  ['## ', 'heading2'],
  ['# ', 'heading1'],
  ['- ', 'item'],
];

/** Parse a template file. Syntax problems and unknown fields are collected and thrown together as a TemplateError. */
export function parseTemplate(source: string, file: string): ParsedTemplate {
  const lines = source.replace(/^\uFEFF/, '').normalize('NFC').split(/\r?\n/);
  const problems: TemplateProblem[] = [];
  let start = 0;
  let frontMatter: ParsedTemplate['frontMatter'] = null;
  if (lines[0]?.trim() === '---') {
    const end = lines.findIndex((l, i) => i > 0 && l.trim() === '---');
    if (end < 0) {
      problems.push({ line: 1, column: 1, key: 'render.template.unclosed_front_matter', data: {} });
      throw new TemplateError(file, problems);
    }
    frontMatter = { text: lines.slice(1, end).join('\n'), line: 2 };
    start = end + 1;
  }

  // A stack of open directives; nodes go into the innermost open branch.
  type Open = { node: Extract<Node, { type: 'each' | 'if' }>; branch: Node[] };
  const root: Node[] = [];
  const stack: Open[] = [];
  const target = () => stack[stack.length - 1]?.branch ?? root;

  for (let i = start; i < lines.length; i++) {
    const raw = lines[i]!;
    const line = i + 1;
    const trimmed = raw.trim();
    if (trimmed === '') {
      target().push({ type: 'blank', line });
      continue;
    }
    if (/^<!--.*-->$/.test(trimmed)) continue;
    if (trimmed.startsWith('@')) {
      const column = raw.indexOf('@') + 1;
      const [word, ...args] = trimmed.split(/\s+/);
      const arg = args.join(' ');
      if (word === '@each' || word === '@if') {
        const negate = word === '@if' && args[0] === 'not';
        const name = negate ? args.slice(1).join(' ') : arg;
        if (!FIELD_RE.test(name) || name.includes('|')) {
          problems.push({ line, column, key: 'render.template.directive_needs_name', data: { directive: word } });
          continue;
        }
        const node: Extract<Node, { type: 'each' | 'if' }> =
          word === '@each'
            ? { type: 'each', list: name, body: [], empty: [], line, column }
            : { type: 'if', field: name, negate, then: [], else: [], line, column };
        target().push(node);
        stack.push({ node, branch: node.type === 'each' ? node.body : node.then });
      } else if (word === '@else' || word === '@empty') {
        const open = stack[stack.length - 1];
        const fits = open && (word === '@else' ? open.node.type === 'if' : open.node.type === 'each');
        if (!open || !fits) {
          problems.push({ line, column, key: 'render.template.stray_directive', data: { directive: word } });
          continue;
        }
        open.branch = open.node.type === 'if' ? open.node.else : open.node.empty;
      } else if (word === '@chart') {
        if (!(CHART_NAMES as readonly string[]).includes(arg)) {
          problems.push({ line, column, key: 'render.template.unknown_chart', data: { chart: arg, charts: CHART_NAMES.join(', ') } });
          continue;
        }
        target().push({ type: 'chart', name: arg as ChartName, line });
      } else if (word === '@end') {
        if (!stack.pop()) problems.push({ line, column, key: 'render.template.stray_directive', data: { directive: word } });
      } else {
        problems.push({ line, column, key: 'render.template.unknown_directive', data: { directive: word ?? '' } });
      }
      continue;
    }
    let kind: LineKind = 'text';
    let content = trimmed;
    let column = raw.length - raw.trimStart().length + 1;
    for (const [prefix, k] of PREFIXES) {
      if (trimmed.startsWith(prefix)) {
        kind = k;
        content = trimmed.slice(prefix.length).trimStart();
        column += trimmed.length - content.length;
        break;
      }
    }
    if (kind === 'text' && /^\\[-#@]/.test(content)) {
      content = content.slice(1);
      column += 1;
    }
    target().push({ type: 'line', kind, inline: parseInline(content, line, column, problems), line });
  }
  for (const open of stack) {
    problems.push({ line: open.node.line, column: open.node.column, key: 'render.template.unclosed_directive', data: { directive: open.node.type === 'each' ? '@each' : '@if' } });
  }
  const parsed = { file, frontMatter, body: root };
  problems.push(...checkNodes(root, null));
  if (problems.length > 0) throw new TemplateError(file, sortProblems(problems));
  return parsed;
}

export function sortProblems(problems: TemplateProblem[]): TemplateProblem[] {
  return [...problems].sort((a, b) => a.line - b.line || a.column - b.column);
}

// --- checking names against the catalogue -------------------------------------------------------------------------

/** Names visible in a scope: the item's fields inside `@each`, then the document's fields. */
function visibleNames(list: string | null): string[] {
  const own = list ? [...(LIST_FIELDS[list] ?? []), ...ITEM_EXTRAS] : [];
  return [...own, ...SCALAR_FIELDS];
}

function unknownField(name: string, list: string | null, at: { line: number; column: number }): TemplateProblem {
  const near = suggest(name, [...visibleNames(list), ...Object.keys(LIST_FIELDS)]);
  return {
    ...at,
    key: near.length > 0 ? 'render.template.unknown_field_near' : 'render.template.unknown_field',
    data: { field: name, near: near.map((n) => `{${n}}`).join(', ') },
  };
}

/** Check inline fields against the scalar catalogue (front matter strings, which have no list scope). */
export function checkInline(inline: Inline[], list: string | null): TemplateProblem[] {
  const names = new Set(visibleNames(list));
  return inline.flatMap((part) =>
    part.type === 'field' && !names.has(part.name) ? [unknownField(part.name, list, part)] : [],
  );
}

function checkNodes(nodes: Node[], list: string | null): TemplateProblem[] {
  const problems: TemplateProblem[] = [];
  const names = new Set(visibleNames(list));
  for (const node of nodes) {
    if (node.type === 'line') problems.push(...checkInline(node.inline, list));
    else if (node.type === 'each') {
      if (!(node.list in LIST_FIELDS)) {
        const near = suggest(node.list, Object.keys(LIST_FIELDS));
        problems.push({
          line: node.line,
          column: node.column,
          key: 'render.template.unknown_list',
          data: { list: node.list, lists: (near.length > 0 ? near : Object.keys(LIST_FIELDS)).join(', ') },
        });
      } else if (list !== null) {
        problems.push({ line: node.line, column: node.column, key: 'render.template.nested_each', data: {} });
      } else problems.push(...checkNodes(node.body, node.list), ...checkNodes(node.empty, list));
    } else if (node.type === 'if') {
      if (!names.has(node.field) && !(node.field in LIST_FIELDS)) problems.push(unknownField(node.field, list, node));
      problems.push(...checkNodes(node.then, list), ...checkNodes(node.else, list));
    }
  }
  return problems;
}

// --- filling ------------------------------------------------------------------------------------------------------

interface Scope {
  ctx: TemplateContext;
  item: Item | null;
}

function lookup(scope: Scope, name: string): Scalar | readonly Item[] | undefined {
  if (scope.item && name in scope.item) return scope.item[name];
  if (name in scope.ctx.scalars) return scope.ctx.scalars[name];
  return scope.ctx.lists[name];
}

function truthy(value: Scalar | readonly Item[] | undefined): boolean {
  if (Array.isArray(value)) return value.length > 0;
  return value !== undefined && value !== null && value !== false && value !== 0 && value !== '';
}

function display(value: Scalar | readonly Item[] | undefined, filter: Filter | null): string {
  let text: string;
  if (typeof value === 'number') text = formatCount(value);
  else if (typeof value === 'boolean') text = value ? 'có' : 'không';
  else if (typeof value === 'string') text = value;
  else text = '';
  if (filter === 'upper') return upperVi(text);
  if (filter === 'capitalize') return capitalizeVi(text);
  // a unit's own sentence, closed with a full stop when its writer left it open
  if (filter === 'sentence') return text === '' || /[.!?…:;]$/.test(text.trimEnd()) ? text.trimEnd() : `${text.trimEnd()}.`;
  return text;
}

function fillInline(inline: Inline[], scope: Scope): Run[] {
  const runs: Run[] = [];
  for (const part of inline) {
    const text = part.type === 'text' ? part.text : display(lookup(scope, part.name), part.filter);
    if (text === '') continue;
    const last = runs[runs.length - 1];
    if (last && last.bold === part.bold && last.italics === part.italics) last.text += text;
    else runs.push({ text, bold: part.bold, italics: part.italics });
  }
  return runs;
}

/** Fill a one-line template string (a front matter value) with the document's fields. */
export function fillString(text: string, ctx: TemplateContext): Run[] {
  const problems: TemplateProblem[] = [];
  const inline = parseInline(text, 1, 1, problems);
  if (problems.length > 0) throw new TemplateError('(text)', problems);
  return fillInline(inline, { ctx, item: null });
}

export const plainText = (runs: readonly Run[]) => runs.map((r) => r.text).join('');

/** Fill the body: directives are evaluated, lines become blocks. Plain lines continue the paragraph or item above. */
export function fillBody(template: ParsedTemplate, ctx: TemplateContext): Block[] {
  const blocks: Block[] = [];
  let open: Block | null = null;
  const close = () => {
    open = null;
  };
  const walk = (nodes: Node[], scope: Scope) => {
    for (const node of nodes) {
      switch (node.type) {
        case 'blank':
          close();
          break;
        case 'line': {
          const runs = fillInline(node.inline, scope);
          if (node.kind === 'text' && open !== null) {
            if (runs.length === 0) break;
            const target: Block = open;
            const last = target.runs[target.runs.length - 1];
            if (last) last.text += ' ';
            target.runs.push(...runs);
            break;
          }
          const block: Block = { kind: node.kind === 'text' ? 'paragraph' : node.kind, runs };
          // a line whose fields are all empty leaves no empty paragraph behind
          if (runs.length === 0) break;
          blocks.push(block);
          open = node.kind === 'text' || node.kind === 'item' ? block : null;
          break;
        }
        case 'chart':
          close();
          blocks.push({ kind: 'chart', runs: [], chart: node.name });
          break;
        case 'if':
          walk(truthy(lookup(scope, node.field)) !== node.negate ? node.then : node.else, scope);
          break;
        case 'each': {
          close();
          const items = scope.ctx.lists[node.list] ?? [];
          if (items.length === 0) walk(node.empty, scope);
          for (const item of items) {
            walk(node.body, { ctx: scope.ctx, item });
            close();
          }
          close();
          break;
        }
      }
    }
  };
  walk(template.body, { ctx, item: null });
  return blocks.map(mergeRuns);
}

/** Every field, `@if` condition and `@each` list a template's body names, whether or not its conditions hold. */
export function namesIn(template: ParsedTemplate): Set<string> {
  const found = new Set<string>();
  const walk = (nodes: readonly Node[]) => {
    for (const node of nodes) {
      if (node.type === 'line') for (const part of node.inline) if (part.type === 'field') found.add(part.name);
      if (node.type === 'if') {
        found.add(node.field);
        walk(node.then);
        walk(node.else);
      } else if (node.type === 'each') {
        found.add(node.list);
        walk(node.body);
        walk(node.empty);
      }
    }
  };
  walk(template.body);
  return found;
}

/** The charts a template places (`@chart NAME`, inside `@if`/`@each` too), whether or not its conditions hold. */
export function chartsIn(template: ParsedTemplate): Set<ChartName> {
  const found = new Set<ChartName>();
  const walk = (nodes: readonly Node[]) => {
    for (const node of nodes) {
      if (node.type === 'chart') found.add(node.name);
      else if (node.type === 'if') {
        walk(node.then);
        walk(node.else);
      } else if (node.type === 'each') {
        walk(node.body);
        walk(node.empty);
      }
    }
  };
  walk(template.body);
  return found;
}

function mergeRuns(block: Block): Block {
  const runs: Run[] = [];
  for (const run of block.runs) {
    const last = runs[runs.length - 1];
    if (last && last.bold === run.bold && last.italics === run.italics) last.text += run.text;
    else runs.push({ ...run });
  }
  return { kind: block.kind, runs, ...(block.chart ? { chart: block.chart } : {}) };
}
