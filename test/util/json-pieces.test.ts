/**
 * parseJsonInPieces gives what JSON.parse gives, element for element, and refuses what JSON.parse refuses: the
 * summary reader (aggregate/summary-pieces.ts) relies on both.
 */
import { describe, expect, it } from 'vitest';
import { parseJsonInPieces, type PiecePlan } from '../../src/util/json-pieces.js';

const bytes = (text: string) => new TextEncoder().encode(text);
const same = (item: unknown) => item;
const PLAN: PiecePlan = { list: same, nested: { inner: same, deeper: { rows: same } }, empty: same, scalar: same };

const SAMPLES = [
  '{}',
  ' \t\r\n{ "list" : [ ] , "empty":[] }\n',
  '{"list":[1,-2.5e3,true,false,null,"x",{"a":[1,{"b":"}]"}]},[[]]],"other":{"list":[1]}}',
  '{"list":["quote \\" inside","backslash \\\\","both \\\\\\"","brackets [{}] in text","\\u0110\\u1eaft tiếng Việt 👩‍🏫"]}',
  '{"nested":{"inner":[{"x":1},{"y":[2,3]}],"deeper":{"rows":[{"code":"A"},{"code":"B"}]},"kept":"yes"},"scalar":7}',
  '{"__proto__":{"polluted":true},"list":[{"__proto__":1}],"constructor":[1,2],"toString":{"a":1}}',
  '{"list":[1],"list":[2,3],"k":1,"k":2}',
  '\ufeff{"list":[1]}',
  '[1,2,{"list":[3]}]',
  '"just a string"',
  '42',
];

describe('parseJsonInPieces', () => {
  it.each(SAMPLES)('parses %s as JSON.parse does', (text) => {
    const ours = parseJsonInPieces(bytes(text), PLAN);
    expect(ours).toEqual(JSON.parse(text.replace(/^\ufeff/, '')));
    expect(JSON.stringify(ours)).toBe(JSON.stringify(JSON.parse(text.replace(/^\ufeff/, ''))));
  });

  it('hands each element of the planned arrays, and only those, to the plan, and keeps what it returns', () => {
    const seen: unknown[] = [];
    const plan: PiecePlan = { list: (item) => (seen.push(item), { wrapped: item }), nested: { inner: (item) => `#${JSON.stringify(item)}` } };
    const text = '{"list":[{"a":1},[2],"3"],"nested":{"inner":[1,2],"other":[9]},"scalar":[5],"constructor":[1]}';
    expect(parseJsonInPieces(bytes(text), plan)).toEqual({
      list: [{ wrapped: { a: 1 } }, { wrapped: [2] }, { wrapped: '3' }],
      nested: { inner: ['#1', '#2'], other: [9] },
      scalar: [5],
      constructor: [1],
    });
    expect(seen).toEqual([{ a: 1 }, [2], '3']);
  });

  it('parses a planned key that holds no array (or an object plan that meets no object) whole, without the plan', () => {
    const calls: unknown[] = [];
    const plan: PiecePlan = { list: (item) => calls.push(item), nested: { inner: (item) => calls.push(item) } };
    expect(parseJsonInPieces(bytes('{"list":null,"nested":[{"inner":[1]}]}'), plan)).toEqual({ list: null, nested: [{ inner: [1] }] });
    expect(calls).toEqual([]);
  });

  it('makes `__proto__` an own key, as JSON.parse does, never the prototype', () => {
    const value = parseJsonInPieces(bytes('{"list":[1],"__proto__":{"polluted":true}}'), PLAN) as Record<string, unknown>;
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
    expect(Object.hasOwn(value, '__proto__')).toBe(true);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it.each([
    '',
    '   ',
    '{',
    '{"list":[1,2,]}',
    '{"list":[1 2]}',
    '{"list":[,1]}',
    '{"list":[1,2}',
    '{"list":[{"a":1]}]}',
    '{"list" 1}',
    '{"list":1,}',
    '{"list":1} x',
    '{"list":1}{}',
    '{list:1}',
    "{'list':1}",
    '{"list":"unterminated}',
    '{"list":["a\\"]}',
    '{"list":[01]}',
    '{"list":[tru]}',
    '{"nested":{"inner":[1],}}',
  ])('refuses %j as JSON.parse does', (text) => {
    expect(() => JSON.parse(text)).toThrow(SyntaxError);
    expect(() => parseJsonInPieces(bytes(text), PLAN)).toThrow(SyntaxError);
  });

  it('agrees with JSON.parse on every one-byte change of a document: same value, or both refuse', () => {
    const text = '{"list":[{"a":"x\\"y","b":[1,2.5,-3]},{"c":null}],"nested":{"inner":[true,false],"deeper":{"rows":["r"]}},"n":10}';
    const base = bytes(text);
    let refused = 0;
    for (let at = 0; at < base.length; at++) {
      for (const replacement of ['"', ',', ']', '}', '[', '{', ' ', '\\', '1', 'x', ':']) {
        const changed = Uint8Array.from(base);
        changed[at] = replacement.charCodeAt(0);
        const changedText = new TextDecoder().decode(changed);
        let expected: unknown;
        try {
          expected = JSON.parse(changedText);
        } catch {
          refused++;
          expect(() => parseJsonInPieces(changed, PLAN), changedText).toThrow(SyntaxError);
          continue;
        }
        expect(parseJsonInPieces(changed, PLAN), changedText).toEqual(expected);
      }
    }
    // the changes do break the document most of the time: the comparison above is not only of valid documents
    expect(refused).toBeGreaterThan(base.length);
  });

  it('decodes text cut at the elements as the whole would be decoded, invalid UTF-8 included', () => {
    const valid = bytes('{"list":["Trường Mầm non","ả"],"x":"đ"}');
    // a lone continuation byte and a truncated sequence, each replaced by U+FFFD as TextDecoder does
    const broken = new Uint8Array([...bytes('{"list":["a'), 0x80, ...bytes('","b'), 0xe1, 0xba, ...bytes('"]}')]);
    for (const b of [valid, broken]) expect(parseJsonInPieces(b, PLAN)).toEqual(JSON.parse(new TextDecoder().decode(b)));
  });
});
