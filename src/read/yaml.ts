/**
 * Reading YAML with positions. The `yaml` library is used with its safe defaults (YAML 1.2 core schema, unique keys,
 * alias limits, no custom tags); on top of that we catch what trips clerks up and say so:
 *
 * - an unquoted `0912345678` or `0123` is a number in YAML and loses its leading zero → we keep the text as written
 *   and raise `leading-zero`;
 * - a number or `true` typed where the contract wants text (a code `12345`) is taken as the text written;
 * - BOM, CRLF and NFD text are normalised (NFC), binary files, bad encodings, alias bombs, deep nesting, duplicate
 *   keys and several documents in one file become `syntax` findings at a line, never exceptions.
 */
import { MAX_DEPTH, nestsDeeperThan } from '../util/depth.js';
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Node, type Pair } from 'yaml';
import type { z } from 'zod';
import { fieldAt, formatPath, type FieldPath } from '../contract/walk.js';
import { t, type Lang, type MessageKey, type MessageData } from '../i18n/index.js';
import type { Finding, Location, SourceDocument } from '../contract/findings.js';
import { normaliseText } from '../util/legacy-vn.js';
import { sha256 } from '../util/hash.js';

export const YAML_SIZE_LIMIT = 2 * 1024 * 1024;
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

export interface YamlReadOptions {
  file: string;
  lang: Lang;
  /** When given, scalars are coerced by the contract's value kinds (text stays text). */
  schema?: z.ZodType;
  /** A size limit of its own (the configuration's), with its message; default: a submission's. */
  limit?: { bytes: number; message: MessageKey; hint: MessageKey };
  /** false: always the four passes (`toJS`, coercion, normalising, depth), the reference the one-pass walk is held to. */
  onePass?: boolean;
}

/** The parser's errors that clerks actually make, explained in their language (others keep the parser's words). */
const YAML_ERRORS: Partial<Record<string, MessageKey>> = {
  TAB_AS_INDENT: 'syntax.yaml.tab',
  BAD_INDENT: 'syntax.yaml.indent',
  MULTILINE_IMPLICIT_KEY: 'syntax.yaml.missing_colon',
  BLOCK_AS_IMPLICIT_KEY: 'syntax.yaml.missing_colon',
  MISSING_CHAR: 'syntax.yaml.missing_char',
  BAD_DQ_ESCAPE: 'syntax.yaml.quote',
  BAD_SCALAR_START: 'syntax.yaml.scalar_start',
  UNEXPECTED_TOKEN: 'syntax.yaml.unexpected',
};

const noLocation: Location = { line: 1, column: 1, cell: null };

function syntaxFinding(file: string, lang: Lang, key: MessageKey, data: MessageData, at: Location, hintKey?: MessageKey): Finding {
  return {
    rule: 'syntax',
    severity: 'error',
    file,
    path: null,
    ...at,
    message: t(key, lang, data),
    hint: hintKey ? t(hintKey, lang, data) : null,
  };
}


const formatSize = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** Decode bytes as UTF-8 text; explains binary files and legacy encodings instead of guessing. */
function decode(bytes: Uint8Array, file: string, lang: Lang): { text?: string; finding?: Finding } {
  const head = bytes.subarray(0, 8192);
  if (head.includes(0)) return { finding: syntaxFinding(file, lang, 'syntax.binary', {}, noLocation) };
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
    return { text };
  } catch {
    return { finding: syntaxFinding(file, lang, 'syntax.encoding', {}, noLocation, 'syntax.encoding.hint') };
  }
}

function keyText(node: unknown): string {
  if (isScalar(node)) return String(node.value).normalize('NFC');
  return String(node);
}

interface Parsed {
  data: unknown;
  /** What the parser could still make of a document with syntax errors (see SourceDocument.partial). */
  partial?: unknown;
  locate: SourceDocument['locate'];
  findings: Finding[];
}

/** Parse YAML text into plain data plus a locator. Never throws on bad input. */
export function parseYaml(bytes: Uint8Array, options: YamlReadOptions): Parsed {
  const { file, lang } = options;
  const findings: Finding[] = [];
  const failed = (f: Finding): Parsed => ({ data: undefined, locate: () => noLocation, findings: [f] });

  const limit = options.limit ?? { bytes: YAML_SIZE_LIMIT, message: 'syntax.too_large', hint: 'syntax.too_large.hint' };
  if (bytes.byteLength > limit.bytes) {
    return failed(syntaxFinding(file, lang, limit.message, { size: formatSize(bytes.byteLength), limit: formatSize(limit.bytes) }, noLocation, limit.hint));
  }
  const decoded = decode(bytes, file, lang);
  if (decoded.finding) return failed(decoded.finding);
  const source = decoded.text!.replace(/^\uFEFF/, '');
  if (source.replace(/#.*$/gm, '').trim() === '') {
    return failed(syntaxFinding(file, lang, 'syntax.empty', {}, noLocation, 'syntax.empty.hint'));
  }

  const lines = new LineCounter();
  let doc: ReturnType<typeof parseDocument>;
  try {
    doc = parseDocument(source, { lineCounter: lines, uniqueKeys: true, prettyErrors: false, strict: true, logLevel: 'error' });
  } catch (error) {
    // the parser recurses: absurd nesting can exhaust the stack
    return failed(syntaxFinding(file, lang, error instanceof RangeError ? 'syntax.too_deep' : 'syntax.yaml', { detail: String(error) }, noLocation));
  }
  const at = (offset: number | undefined): Location => {
    if (offset === undefined) return noLocation;
    const { line, col } = lines.linePos(offset);
    return { line, column: col, cell: null };
  };

  if (doc.errors.length > 0) {
    for (const error of doc.errors) {
      const where = at(error.pos[0]);
      if (error.code === 'DUPLICATE_KEY') {
        // the parser's message does not name the key: read it from the source where the error points
        const written = /^[ \t]*(?:-[ \t]+)?(?:"([^"\n]*)"|'([^'\n]*)'|([^:#\n]*?))[ \t]*:/.exec(source.slice(error.pos[0]));
        const key = (written?.[1] ?? written?.[2] ?? written?.[3] ?? '').trim();
        findings.push(
          key === ''
            ? syntaxFinding(file, lang, 'syntax.duplicate_key.line', { line: where.line ?? 1 }, where, 'syntax.duplicate_key.hint')
            : syntaxFinding(file, lang, 'syntax.duplicate_key', { key }, where, 'syntax.duplicate_key.hint'),
        );
      } else if (/multiple documents/i.test(error.message) || error.code === 'MULTIPLE_DOCS') {
        findings.push(syntaxFinding(file, lang, 'syntax.multiple_documents', {}, where));
      } else {
        const explained = YAML_ERRORS[error.code];
        findings.push(syntaxFinding(file, lang, explained ?? 'syntax.yaml', { detail: firstLine(error.message) }, where, 'syntax.yaml.hint'));
      }
    }
    let partial: unknown;
    try {
      const js: unknown = doc.toJS({ maxAliasCount: 50 });
      if (!nestsDeeperThan(js, MAX_DEPTH)) partial = js;
    } catch {
      // nothing usable: the file name may still tell whose file it is
    }
    return { data: undefined, partial, locate: () => noLocation, findings: dedupe(findings) };
  }

  const locate: SourceDocument['locate'] = (path, target = 'value') => {
    let node: unknown = doc.contents;
    let lastKey: Node | null = null;
    for (const segment of path) {
      if (isMap(node)) {
        const pair = (node.items as Pair[]).find((p) => keyText(p.key) === String(segment));
        if (!pair) return at((lastKey ?? (node as Node)).range?.[0]);
        lastKey = pair.key as Node;
        node = pair.value;
        if (node === null || node === undefined) return at(lastKey.range?.[0]);
      } else if (isSeq(node) && typeof segment === 'number') {
        const item = node.items[segment] as Node | undefined;
        if (!item) return at((lastKey ?? (node as Node)).range?.[0]);
        lastKey = item;
        node = item;
      } else {
        break;
      }
    }
    const target_ = target === 'key' && lastKey ? lastKey : (node as Node | null) ?? lastKey;
    return at(target_?.range?.[0]);
  };

  // the common case in one walk over the composed document; anything unusual takes the general path below
  const fast = options.onePass === false ? GENERAL : plainData(doc.contents, { schema: options.schema, file, lang, at, locate });
  if (fast === TOO_DEEP) return failed(syntaxFinding(file, lang, 'syntax.too_deep', {}, noLocation));
  if (fast !== GENERAL) return { data: fast.data, locate, findings: [...fast.leading, ...fast.normalised] };

  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 50 });
  } catch (error) {
    const key: MessageKey = /alias/i.test(String(error)) ? 'syntax.aliases' : error instanceof RangeError ? 'syntax.too_deep' : 'syntax.yaml';
    return failed(syntaxFinding(file, lang, key, { detail: firstLine(String(error)) }, noLocation));
  }
  if (nestsDeeperThan(data, MAX_DEPTH)) return failed(syntaxFinding(file, lang, 'syntax.too_deep', {}, noLocation));


  // Coerce scalars by the contract's kinds and catch the leading-zero trap, using the source text of each scalar.
  if (options.schema) {
    const schema = options.schema;
    const visit = (node: unknown, path: (string | number)[], value: unknown): unknown => {
      if (isMap(node) && isPlainObject(value)) {
        for (const pair of node.items as Pair[]) {
          const key = keyText(pair.key);
          if (key in value) (value as Record<string, unknown>)[key] = visit(pair.value, [...path, key], value[key]);
        }
        return value;
      }
      if (isSeq(node) && Array.isArray(value)) {
        node.items.forEach((item, i) => (value[i] = visit(item, [...path, i], value[i])));
        return value;
      }
      if (!isScalar(node) || node.type !== 'PLAIN' || typeof node.source !== 'string') return value;
      const kind = fieldAt(schema, path).kind?.kind;
      const written = node.source;
      if (typeof value === 'number' && /^[+-]?0\d/.test(written) && (kind === 'text' || kind === undefined)) {
        const where = at(node.range?.[0]);
        findings.push({
          rule: 'leading-zero',
          severity: 'warning',
          file,
          path: formatPath(path),
          ...where,
          message: t('yaml.leading_zero', lang, { source: written, value }),
          hint: t('yaml.leading_zero.hint', lang, { source: written }),
        });
        return written;
      }
      if (kind === 'text' && (typeof value === 'number' || typeof value === 'boolean')) return written;
      return value;
    };
    data = visit(doc.contents, [], data);
  }

  return { data: normalise(data, file, lang, locate, findings, []), locate, findings };
}

/** Whether a document is read in the one walk, or needs the four passes (for the tests that hold them equal). */
export function readsInOnePass(text: string): boolean {
  const doc = parseDocument(text, { uniqueKeys: true, prettyErrors: false, strict: true, logLevel: 'error' });
  if (doc.errors.length > 0) return false;
  const at = (): Location => noLocation;
  return typeof plainData(doc.contents, { schema: undefined, file: '', lang: 'vi', at, locate: at }) === 'object';
}

const GENERAL = Symbol('general path');
const TOO_DEEP = Symbol('too deep');

interface PlainContext {
  schema: z.ZodType | undefined;
  file: string;
  lang: Lang;
  at: (offset: number | undefined) => Location;
  locate: SourceDocument['locate'];
}

/**
 * The document's plain data in one walk over its nodes: what `toJS`, the contract's coercions (`visit`), `normalise`
 * and the depth check make of it in four passes, with the same findings in the same order. A document with anything
 * those passes treat specially (aliases, keys that are not text, keys NFC would change, keys a JavaScript object treats
 * specially or orders by number, pairs inside a sequence) gives GENERAL, and is read by the four passes themselves.
 */
function plainData(root: unknown, ctx: PlainContext): { data: unknown; leading: Finding[]; normalised: Finding[] } | typeof GENERAL | typeof TOO_DEEP {
  const leading: Finding[] = [];
  const normalised: Finding[] = [];
  const path: (string | number)[] = [];
  const text = (value: string): string => {
    const { text: fixed, legacy } = normaliseText(value);
    if (legacy) {
      normalised.push({
        rule: 'legacy-encoding',
        severity: 'warning',
        file: ctx.file,
        path: formatPath(path),
        ...ctx.locate(path),
        message: t('legacy.converted', ctx.lang, { encoding: t(`legacy.${legacy}`, ctx.lang), text: fixed }),
        hint: t('legacy.converted.hint', ctx.lang),
      });
    }
    return fixed;
  };
  const walk = (node: unknown, depth: number): unknown => {
    if (node === null || node === undefined) return null;
    if (isScalar(node)) {
      const value = node.value;
      if (typeof value === 'string') return text(value);
      if (value === null) return null;
      if (typeof value !== 'number' && typeof value !== 'boolean') throw GENERAL;
      if (!ctx.schema || node.type !== 'PLAIN' || typeof node.source !== 'string') return value;
      const kind = fieldAt(ctx.schema, path).kind?.kind;
      const written = node.source;
      if (typeof value === 'number' && /^[+-]?0\d/.test(written) && (kind === 'text' || kind === undefined)) {
        leading.push({
          rule: 'leading-zero',
          severity: 'warning',
          file: ctx.file,
          path: formatPath(path),
          ...ctx.at(node.range?.[0]),
          message: t('yaml.leading_zero', ctx.lang, { source: written, value }),
          hint: t('yaml.leading_zero.hint', ctx.lang, { source: written }),
        });
        return text(written);
      }
      return kind === 'text' ? text(written) : value;
    }
    if (isMap(node)) {
      if (depth >= MAX_DEPTH) throw TOO_DEEP;
      const out: Record<string, unknown> = {};
      for (const pair of node.items as Pair[]) {
        const key = pair.key;
        if (!isScalar(key) || typeof key.value !== 'string') throw GENERAL;
        const name = key.value;
        const first = name.charCodeAt(0);
        if ((first >= 48 && first <= 57) || FORBIDDEN_KEYS.has(name) || (/[^\x00-\x7f]/.test(name) && name.normalize('NFC') !== name)) throw GENERAL;
        path.push(name);
        out[name] = walk(pair.value, depth + 1);
        path.pop();
      }
      return out;
    }
    if (isSeq(node)) {
      if (depth >= MAX_DEPTH) throw TOO_DEEP;
      const out: unknown[] = [];
      for (let i = 0; i < node.items.length; i++) {
        const item = node.items[i];
        if (isPair(item)) throw GENERAL;
        path.push(i);
        out.push(walk(item, depth + 1));
        path.pop();
      }
      return out;
    }
    throw GENERAL;
  };
  try {
    return { data: walk(root, 0), leading, normalised };
  } catch (signal) {
    if (signal === GENERAL || signal === TOO_DEEP) return signal;
    throw signal;
  }
}

function firstLine(message: string): string {
  return message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
}

function dedupe(findings: Finding[]): Finding[] {
  const seen = new Set<string>();
  return findings.filter((f) => {
    const key = `${f.line}:${f.column}:${f.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}


/**
 * NFC-normalise every string and key, map U+00D0 (Ð, eth) to Đ, and rebuild objects so that keys like `__proto__`
 * are plain own properties (reported later as unknown keys) and can never touch a prototype.
 */
function normalise(value: unknown, file: string, lang: Lang, locate: SourceDocument['locate'], findings: Finding[], path: (string | number)[]): unknown {
  if (typeof value === 'string') {
    // NFC, Ð → Đ, and TCVN3/VNI text converted to Unicode with a warning (the same as in Excel cells)
    const { text, legacy } = normaliseText(value);
    if (legacy) {
      findings.push({
        rule: 'legacy-encoding',
        severity: 'warning',
        file,
        path: formatPath(path),
        ...locate(path),
        message: t('legacy.converted', lang, { encoding: t(`legacy.${legacy}`, lang), text }),
        hint: t('legacy.converted.hint', lang),
      });
    }
    return text;
  }
  if (Array.isArray(value)) return value.map((v, i) => normalise(v, file, lang, locate, findings, [...path, i]));
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (isPlainObject(value)) {
    const entries = Object.entries(value).map(([k, v]) => {
      const key = k.normalize('NFC');
      if (FORBIDDEN_KEYS.has(key)) {
        findings.push({
          rule: 'schema',
          severity: 'error',
          file,
          path: formatPath([...path, key]),
          ...locate([...path, key], 'key'),
          message: t('schema.forbidden_key', lang, { key }),
          hint: null,
        });
        return [key, undefined] as const; // dropped below; its content is not looked at
      }
      return [key, normalise(v, file, lang, locate, findings, [...path, key])] as const;
    });
    return Object.fromEntries(entries.filter(([key]) => !FORBIDDEN_KEYS.has(key)));
  }
  return value;
}

/** Read a YAML submission (or any YAML file) as a SourceDocument. */
export function readYamlDocument(bytes: Uint8Array, options: YamlReadOptions): SourceDocument {
  const parsed = parseYaml(bytes, options);
  return {
    file: options.file,
    format: 'yaml',
    data: parsed.data,
    locate: parsed.locate,
    findings: parsed.findings,
    sha256: sha256(bytes),
    ...(parsed.partial !== undefined ? { partial: parsed.partial } : {}),
  };
}

export type { FieldPath };
