/**
 * JSON.parse of a large file without one string of all of it. A country's summary.json is 86 MB of UTF-8, a string of
 * about 170 MB once decoded, and JSON.parse's objects, then the schema check's copy of them, come on top of it. Here
 * the bytes are cut at the elements of the arrays a plan names; each element is decoded and parsed alone and handed to
 * the plan's function (which checks it, so the unchecked copy is garbage at once), the rest of the document is parsed
 * as JSON.parse would. The cuts fall on ASCII bytes (`,`, brackets), so decoding piece by piece gives the same text.
 */

/** Per key of an object: a function for an array whose elements it takes one by one, or a plan for an object. */
export interface PiecePlan {
  readonly [key: string]: PiecePlan | ((item: unknown) => unknown);
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN_OBJECT = 0x7b;
const CLOSE_OBJECT = 0x7d;
const OPEN_ARRAY = 0x5b;
const CLOSE_ARRAY = 0x5d;
const COMMA = 0x2c;
const COLON = 0x3a;
const isSpace = (b: number | undefined) => b === 0x20 || b === 0x0a || b === 0x0d || b === 0x09;

/**
 * The value `bytes` holds, as JSON.parse(text) gives it, with each element of an array the plan names replaced by
 * what the plan's function returns for it. Throws a SyntaxError where the text is not JSON, and whatever the plan's
 * functions throw.
 */
export function parseJsonInPieces(bytes: Uint8Array, plan: PiecePlan): unknown {
  const decoder = new TextDecoder('utf-8');
  let i = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  const fail = (): never => {
    throw new SyntaxError(`JSON: unexpected byte at ${i}`);
  };
  const skipSpace = () => {
    while (isSpace(bytes[i])) i++;
  };
  /** The index just past the string that starts at `at` (its opening quote). */
  const stringEnd = (at: number): number => {
    let j = at + 1;
    for (;;) {
      const quote = bytes.indexOf(QUOTE, j);
      if (quote < 0) return bytes.length;
      let backslashes = 0;
      while (bytes[quote - 1 - backslashes] === BACKSLASH) backslashes++;
      if (backslashes % 2 === 0) return quote + 1;
      j = quote + 1;
    }
  };
  /** The index just past the value that starts at `at`; JSON.parse of the slice says whether it is one. */
  const valueEnd = (at: number): number => {
    const first = bytes[at];
    if (first === QUOTE) return stringEnd(at);
    if (first !== OPEN_OBJECT && first !== OPEN_ARRAY) {
      let j = at;
      while (j < bytes.length && bytes[j] !== COMMA && bytes[j] !== CLOSE_OBJECT && bytes[j] !== CLOSE_ARRAY && !isSpace(bytes[j])) j++;
      return j;
    }
    let depth = 0;
    for (let j = at; j < bytes.length; ) {
      const b = bytes[j]!;
      if (b === QUOTE) {
        j = stringEnd(j);
        continue;
      }
      if (b === OPEN_OBJECT || b === OPEN_ARRAY) depth++;
      else if ((b === CLOSE_OBJECT || b === CLOSE_ARRAY) && --depth === 0) return j + 1;
      j++;
    }
    return bytes.length;
  };
  const whole = (): unknown => {
    const end = valueEnd(i);
    if (end === i) fail();
    const value: unknown = JSON.parse(decoder.decode(bytes.subarray(i, end)));
    i = end;
    return value;
  };
  const elements = (take: (item: unknown) => unknown): unknown[] => {
    const out: unknown[] = [];
    i++;
    skipSpace();
    if (bytes[i] === CLOSE_ARRAY) {
      i++;
      return out;
    }
    for (;;) {
      skipSpace();
      out.push(take(whole()));
      skipSpace();
      if (bytes[i] === COMMA) i++;
      else if (bytes[i] === CLOSE_ARRAY) {
        i++;
        return out;
      } else fail();
    }
  };
  const members = (inner: PiecePlan): Record<string, unknown> => {
    const out: Record<string, unknown> = {};
    i++;
    skipSpace();
    if (bytes[i] === CLOSE_OBJECT) {
      i++;
      return out;
    }
    for (;;) {
      skipSpace();
      if (bytes[i] !== QUOTE) fail();
      const key = whole() as string;
      skipSpace();
      if (bytes[i] !== COLON) fail();
      i++;
      skipSpace();
      // own keys only: a key named `constructor` is data, not Object.prototype's
      const value = valueAt(Object.hasOwn(inner, key) ? inner[key] : undefined);
      // as JSON.parse makes it: an own property even for `__proto__`, a repeated key keeping its place and last value
      Object.defineProperty(out, key, { value, writable: true, enumerable: true, configurable: true });
      skipSpace();
      if (bytes[i] === COMMA) i++;
      else if (bytes[i] === CLOSE_OBJECT) {
        i++;
        return out;
      } else fail();
    }
  };
  const valueAt = (step: PiecePlan[string] | undefined): unknown => {
    if (typeof step === 'function' && bytes[i] === OPEN_ARRAY) return elements(step);
    if (step !== undefined && typeof step === 'object' && bytes[i] === OPEN_OBJECT) return members(step);
    return whole();
  };

  skipSpace();
  const value = valueAt(plan);
  skipSpace();
  if (i < bytes.length) fail();
  return value;
}
