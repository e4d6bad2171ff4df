/**
 * A small, strict XML scanner for the parts of a workbook the readers use (worksheets, shared strings, styles,
 * workbook, relationships). Pure. It reports start tags (with their attributes), end tags and text; it decodes the
 * five predefined entities and character references, treats CDATA as text and skips comments and processing
 * instructions. Anything else — a DOCTYPE, an unknown entity, a tag left open or closed out of order — throws
 * `XmlError`, which the reader turns into a finding: a broken part is reported, never half read.
 */

export class XmlError extends Error {}

export interface XmlHandler {
  /** `attributes()` parses the tag's attributes: only the tags a reader looks into pay for it. */
  open(name: string, attributes: () => Record<string, string>, selfClosing: boolean): void;
  close(name: string): void;
  text(text: string): void;
}

const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** Decode entities and character references in text or an attribute value. */
export function decodeEntities(raw: string): string {
  if (!raw.includes('&')) return raw;
  return raw.replace(/&([^;&\s]*);?/g, (match, body: string) => {
    if (!match.endsWith(';')) throw new XmlError(`bare & in «${raw.slice(0, 40)}»`);
    const named = ENTITIES[body];
    if (named !== undefined) return named;
    const code = /^#x[0-9a-fA-F]+$/.test(body) ? parseInt(body.slice(2), 16) : /^#[0-9]+$/.test(body) ? parseInt(body.slice(1), 10) : NaN;
    if (!Number.isInteger(code) || code > 0x10ffff) throw new XmlError(`unknown entity &${body};`);
    return String.fromCodePoint(code);
  });
}

const ATTRIBUTE = /\s*([^\s=/>]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/y;

const NONE: Record<string, string> = Object.freeze({}) as Record<string, string>;

function parseAttributes(source: string, from: number, to: number): Record<string, string> {
  if (from >= to) return NONE;
  const attributes: Record<string, string> = {};
  let at = from;
  while (at < to) {
    ATTRIBUTE.lastIndex = at;
    const match = ATTRIBUTE.exec(source);
    if (!match || ATTRIBUTE.lastIndex > to) {
      if (source.slice(at, to).trim() === '') break;
      throw new XmlError(`bad attribute near «${source.slice(at, Math.min(to, at + 40))}»`);
    }
    attributes[match[1]!] = decodeEntities(match[2] ?? match[3] ?? '');
    at = ATTRIBUTE.lastIndex;
  }
  return attributes;
}

/** Scan `source` (one XML document) and call `handler` for each tag and text run, in document order. */
export function scanXml(source: string, handler: XmlHandler): void {
  const stack: string[] = [];
  let sawRoot = false;
  let attributesFrom = 0;
  let attributesTo = 0;
  const attributes = () => parseAttributes(source, attributesFrom, attributesTo);
  const length = source.length;
  let at = source.charCodeAt(0) === 0xfeff ? 1 : 0;
  while (at < length) {
    const lt = source.indexOf('<', at);
    const textEnd = lt < 0 ? length : lt;
    if (textEnd > at) {
      const text = source.slice(at, textEnd);
      if (stack.length > 0) handler.text(decodeEntities(text));
      else if (text.trim() !== '') throw new XmlError('text outside the root element');
    }
    if (lt < 0) break;
    const next = source.charCodeAt(lt + 1);
    if (next === 0x3f /* ? */) {
      const end = source.indexOf('?>', lt + 2);
      if (end < 0) throw new XmlError('unterminated processing instruction');
      at = end + 2;
    } else if (next === 0x21 /* ! */) {
      if (source.startsWith('<!--', lt)) {
        const end = source.indexOf('-->', lt + 4);
        if (end < 0) throw new XmlError('unterminated comment');
        at = end + 3;
      } else if (source.startsWith('<![CDATA[', lt)) {
        const end = source.indexOf(']]>', lt + 9);
        if (end < 0 || stack.length === 0) throw new XmlError('bad CDATA section');
        handler.text(source.slice(lt + 9, end));
        at = end + 3;
      } else {
        // a DOCTYPE can declare entities that expand without bound: no workbook part has one
        throw new XmlError('DOCTYPE or declaration not allowed');
      }
    } else if (next === 0x2f /* / */) {
      const end = source.indexOf('>', lt + 2);
      if (end < 0) throw new XmlError('unterminated end tag');
      const name = source.slice(lt + 2, end).trim();
      const open = stack.pop();
      if (open !== name) throw new XmlError(`</${name}> closes <${open ?? ''}>`);
      handler.close(name);
      at = end + 1;
    } else {
      const end = tagEnd(source, lt + 1);
      const selfClosing = source.charCodeAt(end - 1) === 0x2f;
      const inner = selfClosing ? end - 1 : end;
      let nameEnd = lt + 1;
      while (nameEnd < inner && source.charCodeAt(nameEnd) > 0x20) nameEnd++;
      const name = source.slice(lt + 1, nameEnd);
      if (name === '') throw new XmlError('empty tag name');
      if (stack.length === 0 && sawRoot) throw new XmlError('more than one root element');
      attributesFrom = nameEnd;
      attributesTo = inner;
      handler.open(name, attributes, selfClosing);
      if (selfClosing) handler.close(name);
      else stack.push(name);
      sawRoot = true;
      at = end + 1;
    }
  }
  if (stack.length > 0) throw new XmlError(`<${stack[stack.length - 1]!}> is not closed`);
  if (!sawRoot) throw new XmlError('no root element');
}

/** The `>` that ends the tag starting at `from`, skipping quoted attribute values (which may hold `>`). */
function tagEnd(source: string, from: number): number {
  let quote = 0;
  for (let i = from; i < source.length; i++) {
    const c = source.charCodeAt(i);
    if (quote !== 0) {
      if (c === quote) quote = 0;
    } else if (c === 0x22 || c === 0x27) quote = c;
    else if (c === 0x3e) return i;
    else if (c === 0x3c) throw new XmlError('< inside a tag');
  }
  throw new XmlError('unterminated tag');
}
