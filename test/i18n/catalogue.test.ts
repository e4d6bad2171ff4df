/**
 * Every text exists in Vietnamese and English: the message catalogue, every rule module's description and messages,
 * and every field label of the contracts. Both languages carry the same `{placeholders}` (a rule may name a value by
 * language, `{period_vi}` / `{period_en}`), and every key the source code asks for exists.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ConfigSchema } from '../../src/contract/config.js';
import { metaOf } from '../../src/contract/meta.js';
import { SubmissionSchema } from '../../src/contract/submission.js';
import { arrayElement, objectShape, unwrap } from '../../src/contract/walk.js';
import { catalogue, catalogues } from '../../src/i18n/messages.js';
import { rules } from '../../src/rules/index.js';
import { ROOT } from '../helpers/cli.js';

type Bilingual = { vi: string; en: string };

/**
 * The placeholders of a text. A name may say its language (`{period_vi}`, `{type_en_lower}`): the same name with the
 * other language is the same placeholder, `{period_*}`.
 */
export function placeholders(text: string, lang: 'vi' | 'en'): string[] {
  const names = [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!.replace(new RegExp(`(?<=_)${lang}(?=_|$)`), '*'));
  return [...new Set(names)].sort();
}

function checkPair(where: string, text: Bilingual): string[] {
  const problems: string[] = [];
  if (typeof text.vi !== 'string' || text.vi.trim() === '') problems.push(`${where}: Vietnamese text is empty`);
  if (typeof text.en !== 'string' || text.en.trim() === '') problems.push(`${where}: English text is empty`);
  if (problems.length === 0) {
    const vi = placeholders(text.vi, 'vi').join(', ');
    const en = placeholders(text.en, 'en').join(', ');
    if (vi !== en) problems.push(`${where}: placeholders differ — vi {${vi}} en {${en}}`);
  }
  return problems;
}

describe('placeholders()', () => {
  it('pairs language-suffixed names and ignores order and repeats', () => {
    expect(placeholders('{b} {a_vi} {b}', 'vi')).toEqual(['a_*', 'b']);
    expect(placeholders('{a_en} and {b}', 'en')).toEqual(['a_*', 'b']);
    expect(placeholders('{t_en_lower}', 'en')).toEqual(placeholders('{t_vi_lower}', 'vi'));
    expect(placeholders('{even}', 'en')).toEqual(['even']);
    expect(checkPair('x', { vi: '{a}', en: '{b}' })).toHaveLength(1);
    expect(checkPair('x', { vi: '', en: 'b' })).toHaveLength(1);
  });
});

describe('the message catalogue', () => {
  it('has a non-empty Vietnamese and English text with the same placeholders for every key', () => {
    const problems = Object.entries(catalogue).flatMap(([key, text]) => checkPair(key, text as Bilingual));
    expect(problems).toEqual([]);
  });

  it('is the union of the stage catalogues, no key defined in two of them', () => {
    const owners = new Map<string, string[]>();
    for (const [stage, messages] of Object.entries(catalogues)) {
      for (const key of Object.keys(messages)) owners.set(key, [...(owners.get(key) ?? []), stage]);
    }
    expect([...owners].filter(([, stages]) => stages.length > 1)).toEqual([]);
    expect(Object.keys(catalogue).sort()).toEqual([...owners.keys()].sort());
  });
});

describe('the rule modules', () => {
  it('have a description and messages in both languages with the same placeholders', () => {
    expect(rules.length).toBeGreaterThan(20);
    const problems = rules.flatMap((rule) => [
      ...checkPair(`${rule.id}.description`, rule.description),
      ...Object.entries(rule.messages).flatMap(([id, text]) => checkPair(`${rule.id}.${id}`, text as Bilingual)),
    ]);
    expect(problems).toEqual([]);
  });
});

type Def = { type: string; valueType?: z.ZodType };
const defOf = (schema: z.ZodType) => (unwrap(schema) as unknown as { _zod: { def: Def } })._zod.def;

/** Every named field of a schema — in groups, list items and keyed tables (`calendar.*`) — has a label in both languages. */
function labelProblems(name: string, schema: z.ZodType, path: string[] = []): string[] {
  const problems: string[] = [];
  const shape = objectShape(schema);
  if (shape) {
    for (const [key, child] of Object.entries(shape)) {
      const at = [...path, key];
      const meta = metaOf(child);
      if (!meta) problems.push(`${name} ${at.join('.')}: no label`);
      else problems.push(...checkPair(`${name} ${at.join('.')}`, meta.label), ...(meta.help ? checkPair(`${name} ${at.join('.')} (help)`, meta.help) : []));
      problems.push(...labelProblems(name, child, at));
    }
    return problems;
  }
  const element = arrayElement(schema);
  if (element) return labelProblems(name, element, [...path, '[]']);
  const value = defOf(schema).type === 'record' ? defOf(schema).valueType : undefined;
  return value ? labelProblems(name, value, [...path, '*']) : [];
}

describe('the contracts’ field labels', () => {
  it('label every field of the submission in both languages', () => {
    expect(labelProblems('submission', SubmissionSchema)).toEqual([]);
  });
  it('label every field of edu-comms.yaml in both languages', () => {
    expect(labelProblems('config', ConfigSchema)).toEqual([]);
  });
  it('report a field without a label (the check can fail)', () => {
    expect(labelProblems('x', leafless())).not.toEqual([]);
  });
});

/** A schema with one unlabelled field, to show the label check fails when it should. */
function leafless(): z.ZodType {
  return SubmissionSchema.pick({ schema_version: true }).extend({ extra: z.string() });
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : path.endsWith('.ts') ? [path] : [];
  });
}

/** Message keys named in the source: `t('key', …)` literally, or the fixed prefix of `t(\`prefix.${…}\`)`. */
export function keysUsed(source: string): { exact: string[]; prefixes: string[] } {
  const exact = [...source.matchAll(/\bt\(\s*(['"])([^'"\n]+)\1/g)].map((m) => m[2]!);
  const prefixes = [...source.matchAll(/\bt\(\s*`([^`$\n]*)\$\{/g)].map((m) => m[1]!);
  return { exact, prefixes };
}

describe('keys used in src/', () => {
  it('finds literal and template keys', () => {
    expect(keysUsed("t('a.b', lang); t(`c.${x}`, lang); t(\"d\", l)")).toEqual({ exact: ['a.b', 'd'], prefixes: ['c.'] });
  });
  it('all exist in the catalogue', () => {
    const keys = new Set(Object.keys(catalogue));
    const missing: string[] = [];
    let count = 0;
    for (const file of sourceFiles(join(ROOT, 'src'))) {
      const { exact, prefixes } = keysUsed(readFileSync(file, 'utf8'));
      const where = relative(ROOT, file).split('\\').join('/');
      count += exact.length + prefixes.length;
      for (const key of exact) if (!keys.has(key)) missing.push(`${where}: ${key}`);
      for (const prefix of prefixes) if (![...keys].some((k) => k.startsWith(prefix))) missing.push(`${where}: ${prefix}…`);
    }
    expect(count).toBeGreaterThan(100);
    expect(missing).toEqual([]);
  });

  // a key no code names is a message nobody sees: every key is written somewhere in src/ (outside the catalogues) as
  // a quoted string, or is covered by the fixed start of a key built in a template (`t(\`render.kind.${kind}\`)`)
  it('are every key of the catalogue: none is dead', () => {
    const code = sourceFiles(join(ROOT, 'src'))
      .filter((file) => !/[\\/]i18n[\\/]catalogues[\\/]/.test(file))
      .map((file) => readFileSync(file, 'utf8'))
      .join('\n');
    const named = namedKeys(code);
    const dead = Object.keys(catalogue).filter((key) => !named.quoted.has(key) && !named.prefixes.some((p) => key.startsWith(p)));
    expect(named.prefixes.length).toBeGreaterThan(10);
    expect(dead).toEqual([]);
  });

  it('tells a named key from a dead one', () => {
    const named = namedKeys("say('a.b'); x = \"c.d\"; t(`e.f.${g}`, lang)");
    expect([...named.quoted]).toEqual(['a.b', 'c.d']);
    expect(named.prefixes).toEqual(['e.f.']);
  });
});

/** Dotted keys written in code as quoted strings (any quote), and the fixed starts of keys built in templates. */
function namedKeys(code: string): { quoted: Set<string>; prefixes: string[] } {
  const quoted = new Set([...code.matchAll(/(['"`])([a-z0-9_]+(?:\.[a-zA-Z0-9_]+)+)\1/g)].map((m) => m[2]!));
  const prefixes = [...code.matchAll(/[`'"]([a-z0-9_]+\.[a-z0-9_.]*)\$\{/g)].map((m) => m[1]!);
  return { quoted, prefixes };
}
