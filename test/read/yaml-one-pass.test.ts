/**
 * Parse once (issue #15 item 3): the one walk over the composed document gives what the four passes (toJS, the
 * contract's coercions, normalising, the depth check) give — the same data, key order included, the same findings in
 * the same order and the same positions — on every YAML file of the examples and on generated documents full of the
 * traps the passes handle (leading zeros, numbers where text is wanted, NFD and legacy-encoded text, deep nesting).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SubmissionSchema } from '../../src/contract/submission.js';
import { parseYaml, readsInOnePass } from '../../src/read/yaml.js';
import { EXAMPLES } from '../helpers/cli.js';

function yamlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? yamlFiles(join(dir, e.name)) : /\.ya?ml$/.test(e.name) ? [join(dir, e.name)] : [],
  );
}

/** Every path of a plain value, parents first. */
function paths(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  const out = [prefix];
  if (Array.isArray(value)) value.forEach((v, i) => out.push(...paths(v, [...prefix, i])));
  else if (value !== null && typeof value === 'object') for (const [k, v] of Object.entries(value)) out.push(...paths(v, [...prefix, k]));
  return out;
}

function expectSame(text: string, file: string): void {
  const bytes = new TextEncoder().encode(text);
  for (const schema of [SubmissionSchema, undefined]) {
    const one = parseYaml(bytes, { file, lang: 'vi', ...(schema ? { schema } : {}) });
    const four = parseYaml(bytes, { file, lang: 'vi', ...(schema ? { schema } : {}), onePass: false });
    expect(JSON.stringify(one.data)).toBe(JSON.stringify(four.data));
    expect(one.data).toStrictEqual(four.data);
    expect(one.findings).toStrictEqual(four.findings);
    expect(one.partial).toStrictEqual(four.partial);
    // positions of a sample of the paths (every one of a roster's would take long): evenly spread, parents included
    const all = paths(four.data);
    const step = Math.max(1, Math.floor(all.length / 100));
    for (const path of all.filter((_, i) => i % step === 0)) {
      for (const target of ['value', 'key'] as const) expect(one.locate(path, target)).toStrictEqual(four.locate(path, target));
    }
  }
}

describe('the one-pass walk and the four passes agree', () => {
  const files = yamlFiles(EXAMPLES);

  it(`on every YAML file of the examples (${files.length})`, () => {
    expect(files.length).toBeGreaterThan(10);
    let onePass = 0;
    for (const f of files) {
      const text = readFileSync(f, 'utf8');
      if (readsInOnePass(text)) onePass++;
      expectSame(text, f);
    }
    // the walk is what the examples take, not a path nothing reaches
    expect(onePass).toBeGreaterThan(files.length / 2);
    expect(readsInOnePass(readFileSync(join(EXAMPLES, 'submissions/hk1-2024-2025/pgd-dinhhoa/th-binhyen.yaml'), 'utf8'))).toBe(true);
  });

  it('on the example report with its fields rewritten into every trap', () => {
    const clean = readFileSync(join(EXAMPLES, 'submissions/hk1-2024-2025/pgd-dinhhoa/th-binhyen.yaml'), 'utf8');
    const lines = clean.split('\n');
    const scalar = fc.oneof(
      fc.stringMatching(/^0\d{1,10}$/), // a phone number or code that loses its zero
      fc.stringMatching(/^[+-]?\d{1,6}(\.\d{1,3})?$/),
      fc.constantFrom('true', 'false', 'null', '~', '.inf', '0x1F', '0o17', '1e3', "''", '""', '[]', '{}', '[1, 2]', '{a: 1}'),
      fc.constantFrom('Tru\u031bo\u031c\u0300ng Tie\u0302\u0309u ho\u0323c', '"Ðinh Hóa"', 'Tr\u00adêng', 'Tr\u00ac\u00eang THCS'), // NFD, eth, TCVN3
      fc.string({ unit: 'grapheme', maxLength: 12 }).map((s) => JSON.stringify(s)),
      fc.constantFrom('&x 1', '*x', '<<: {a: 1}', '"a": 1', '__proto__: 1', '12: a', '? [a]\n  : b', '- a: 1'),
    );
    // a value written at one of the report's `key: value` lines, the rest left as it is
    const valueLines = lines.map((l, i) => [l, i] as const).filter(([l]) => /^\s*[a-z_]+: \S/.test(l)).map(([, i]) => i);
    const taken = { one: 0, four: 0 };
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom(...valueLines), scalar), { maxLength: 6 }), (edits) => {
        const edited = [...lines];
        for (const [i, value] of edits) edited[i] = edited[i]!.replace(/: .*$/, `: ${value}`);
        const text = edited.join('\n');
        taken[readsInOnePass(text) ? 'one' : 'four']++;
        expectSame(text, 'f.yaml');
      }),
      { numRuns: 120 },
    );
    expect(taken.one).toBeGreaterThan(0);
    expect(taken.four).toBeGreaterThan(0);
  });

  it('on nesting around the depth limit', () => {
    for (const depth of [62, 63, 64, 65, 66]) {
      expectSame(`${Array.from({ length: depth }, (_, i) => `${'  '.repeat(i)}k${i}:`).join('\n')} 1\n`, 'd.yaml');
      expectSame(`${'['.repeat(depth)}1${']'.repeat(depth)}\n`, 's.yaml');
    }
  });
});
