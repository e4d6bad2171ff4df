/**
 * The summary file on disk: `summary.json` and `summary.yaml` hold the same document (aggregation.md → The summary
 * file). Writing checks the document against SummarySchema; reading a child summary back checks it too and says where
 * it is broken, so a hand-edited or truncated summary is refused with a line number rather than merged.
 */
import { isMap, LineCounter, parseDocument, stringify } from 'yaml';
import { SUMMARY_VERSIONS, SummarySchema, type Summary } from '../contract/summary.js';
import { formatPath } from '../contract/walk.js';
import { t, type Lang } from '../i18n/index.js';
import { AggregateInputError } from './aggregate.js';
import { parseSummaryJsonInPieces } from './summary-pieces.js';

export const SUMMARY_KIND = 'edu-comms-summary';

/** Does this text look like a summary (rather than a submission)? Decided by `kind: edu-comms-summary`. */

export function summaryToJson(summary: Summary): string {
  return [...summaryJsonChunks(SummarySchema.parse(summary))].join('');
}

/** The summary checked against its schema once, for {@link summaryJsonChunks} and {@link summaryYamlChunks}. */
export function checkedSummary(summary: Summary): Summary {
  return SummarySchema.parse(summary);
}

/**
 * `summary.json` a piece at a time: the same bytes as `JSON.stringify(summary, null, 2)` and a line break, without
 * one string of a national summary's hundreds of megabytes. `summary` is already checked ({@link checkedSummary}).
 */
export function* summaryJsonChunks(summary: Summary): Generator<string> {
  yield* jsonPieces(summary, '', 0);
  yield '\n';
}

/** JSON.stringify(value, null, 2), indented by `pad`, cut at the objects and arrays of the first levels. */
export function* jsonPieces(value: unknown, pad: string, depth: number): Generator<string> {
  const whole = () => JSON.stringify(value, null, 2).replace(/\n/g, `\n${pad}`);
  if (depth >= 4 || value === null || typeof value !== 'object' || typeof (value as { toJSON?: unknown }).toJSON === 'function') {
    yield whole();
    return;
  }
  const inner = `${pad}  `;
  if (Array.isArray(value)) {
    if (value.length === 0) {
      yield '[]';
      return;
    }
    yield '[\n';
    for (let i = 0; i < value.length; i++) {
      const item: unknown = value[i];
      yield inner;
      if (item === undefined || typeof item === 'function' || typeof item === 'symbol') yield 'null';
      else yield* jsonPieces(item, inner, depth + 1);
      yield i < value.length - 1 ? ',\n' : '\n';
    }
    yield `${pad}]`;
    return;
  }
  const entries = Object.entries(value).filter(([, v]) => v !== undefined && typeof v !== 'function' && typeof v !== 'symbol');
  if (entries.length === 0) {
    yield '{}';
    return;
  }
  yield '{\n';
  for (let i = 0; i < entries.length; i++) {
    const [key, v] = entries[i]!;
    yield `${inner}${JSON.stringify(key)}: `;
    yield* jsonPieces(v, inner, depth + 1);
    yield i < entries.length - 1 ? ',\n' : '\n';
  }
  yield `${pad}}`;
}

// lineWidth 0: never fold long Vietnamese texts
const YAML_OPTIONS = { lineWidth: 0, minContentWidth: 0 } as const;

export function summaryToYaml(summary: Summary): string {
  return [...summaryYamlChunks(SummarySchema.parse(summary))].join('');
}

/** `summary.yaml` a piece at a time (each piece whole lines); `summary` is already checked ({@link checkedSummary}). */
export function summaryYamlChunks(summary: Summary): Generator<string> {
  return yamlInPieces(summary as Record<string, unknown>, 0);
}

/**
 * The same text as `stringify(summary)`, made a list item and a key at a time: a province's summary has tens of
 * thousands of rows, and one YAML node tree for all of them costs hundreds of megabytes. Every scalar and every list
 * item is still written by the yaml library; only the block structure (`key:` and indentation) is ours.
 */
function* yamlInPieces(value: Record<string, unknown>, depth: number): Generator<string> {
  // every piece is whole lines, so indenting piece by piece is indenting the whole
  const indent = (text: string) => text.replace(/^(?=.)/gm, '  ');
  for (const [key, v] of Object.entries(value)) {
    if (Array.isArray(v) && v.length > 0) {
      yield `${key}:\n`;
      for (const item of v) yield indent(stringify([item], YAML_OPTIONS));
    } else if (depth < 2 && v !== null && typeof v === 'object' && !Array.isArray(v) && Object.keys(v).length > 0) {
      yield `${key}:\n`;
      for (const piece of yamlInPieces(v as Record<string, unknown>, depth + 1)) yield indent(piece);
    } else yield stringify({ [key]: v }, YAML_OPTIONS);
  }
}

/**
 * From this size on a summary.json is read in pieces: a country's (86 MB) then peaks at half the memory. Below it the
 * whole read is about twice as fast (an office's 170 KB summary: 3.6 ms against 5.5–7 ms), and its text, objects and
 * checked copy together stay under about 100 MB.
 */
export const READ_IN_PIECES_FROM = 16 * 1024 * 1024;

function parseJson(text: string): unknown {
  if (!text.trimStart().startsWith('{')) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

const isKnownVersion = (data: unknown) =>
  data !== null && typeof data === 'object' && (SUMMARY_VERSIONS as readonly unknown[]).includes((data as Record<string, unknown>)['schema_version']);

/** What a YAML/JSON file that is not a summary is, by its top-level keys (for a message that names it). */
function notASummary(data: Record<string, unknown>): 'config' | 'submission' | 'metadata' | undefined {
  if ('completeness' in data) return undefined;
  if ('authority' in data && ('units' in data || 'units_file' in data || 'calendar' in data)) return 'config';
  if ('unit' in data && 'period' in data && 'reported_at' in data) return 'submission';
  if ('issuing_organ' in data && 'document_type' in data) return 'metadata';
  return undefined;
}

/** Parse a summary file (JSON or YAML). Throws AggregateInputError with located details when it is not one. */
export function parseSummary(bytes: Uint8Array, options: { file: string; lang: Lang }): Summary {
  const { file, lang } = options;
  const invalid = (details: string[]) => new AggregateInputError(t('aggregate.summary_invalid', lang, { file }), details);
  const decode = () => new TextDecoder('utf-8').decode(bytes).replace(/^\uFEFF/, '');
  // summary.json is what the levels above usually get: JSON.parse is fast, and a large file is read in pieces,
  // checked as it is parsed (summary-pieces.ts); the YAML parser (slow on a province's summary) is used for YAML files
  // and, to find the line, for a JSON summary that turns out to be broken
  if (bytes.length >= READ_IN_PIECES_FROM) {
    const quick = parseSummaryJsonInPieces(bytes);
    if (quick !== undefined) return quick;
  } else {
    const quick = parseJson(decode());
    if (quick !== undefined && isKnownVersion(quick)) {
      const result = SummarySchema.safeParse(quick);
      if (result.success) return result.data;
    }
  }
  const text = decode();
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, uniqueKeys: true, prettyErrors: false });
  if (doc.errors.length > 0) {
    throw invalid(doc.errors.slice(0, 5).map((e) => `${file}:${lines.linePos(e.pos[0]).line}: ${e.message.split('\n')[0]}`));
  }
  const data: unknown = doc.toJS({ maxAliasCount: 0 });
  if (!isMap(doc.contents) || data === null || typeof data !== 'object') throw invalid([]);
  const version = (data as Record<string, unknown>)['schema_version'];
  const kind = notASummary(data as Record<string, unknown>);
  if (kind !== undefined) throw new AggregateInputError(t(`aggregate.summary_is_${kind}`, lang, { file }), [t('aggregate.summary_expected', lang)]);
  if (version === undefined) throw new AggregateInputError(t('aggregate.summary_unknown', lang, { file }), [t('aggregate.summary_expected', lang)]);
  if (!(SUMMARY_VERSIONS as readonly unknown[]).includes(version)) throw new AggregateInputError(t('aggregate.summary_version', lang, { file, version: String(version) }), []);
  const result = SummarySchema.safeParse(data);
  if (result.success) return result.data;
  const details = result.error.issues.slice(0, 10).map((issue) => {
    const path = issue.path as (string | number)[];
    // the deepest node that exists gives the line (a missing key points at its parent)
    let line = 1;
    for (let depth = path.length; depth >= 0; depth--) {
      const node = doc.getIn(path.slice(0, depth), true) as { range?: [number, number, number] } | undefined;
      if (node?.range) {
        line = lines.linePos(node.range[0]).line;
        break;
      }
    }
    return t('aggregate.summary_field', lang, { file, line, path: formatPath(path) || '/', detail: issue.message });
  });
  throw invalid(details);
}
