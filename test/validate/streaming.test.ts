/**
 * Memory flat in N: a checked file keeps only a compact record (findings, the set-rule positions, what its result
 * needs), never its parsed document; `validate --format json` is written as it goes and is byte for byte the document
 * it would have built whole.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jsonChunks, toJson } from '../../src/cli/actions/validate.js';
import { loadConfig } from '../../src/config/load.js';
import { SubmissionSchema } from '../../src/contract/submission.js';
import { readYamlDocument } from '../../src/read/yaml.js';
import { createValidator } from '../../src/validate/engine.js';
import { validatePaths } from '../../src/validate/run.js';
import type { FileResult, ValidationReport } from '../../src/contract/findings.js';
import { EXAMPLES } from '../helpers/cli.js';

const CLEAN = readFileSync(join(EXAMPLES, 'submissions/hk1-2024-2025/pgd-dinhhoa/th-binhyen.yaml'), 'utf8');
const loaded = await loadConfig({ config: join(EXAMPLES, 'edu-comms.yaml'), lang: 'vi' });
const env = { config: loaded.config, roster: loaded.roster, target: null, lang: 'vi' as const };
const doc = (file: string, text: string) =>
  readYamlDocument(new TextEncoder().encode(text), { file, lang: 'vi', schema: SubmissionSchema });

describe('a checked file releases its parsed document', () => {
  it('the document can be collected once the validator has it (only set-rule positions are kept)', async () => {
    setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as () => void;
    const validator = createValidator(env);
    // documents made in a function of their own: a suspended async test would keep its last local alive itself
    const addAll = (): WeakRef<object>[] =>
      [0, 1, 2].flatMap((i) => {
        // three different reports of one school (a comment apart): byte-identical copies would be one submission (duplicate-copy)
        const d = doc(`f${i}.yaml`, `${CLEAN}\n# ${i}\n`);
        validator.add(d);
        return [new WeakRef(d.data as object), new WeakRef(d)];
      });
    const refs = addAll();
    // a WeakRef target lives at least until the current job ends
    await new Promise((resolve) => setTimeout(resolve, 0));
    gc();
    expect(refs.map((r) => r.deref() === undefined)).toEqual(refs.map(() => true));
    // ...and what was kept still places the set rules' findings: the duplicate points at the unit's code line
    const report = validator.finish();
    const line = CLEAN.split('\n').findIndex((l) => /^\s+code: TH-BINHYEN/.test(l)) + 1;
    expect(line).toBeGreaterThan(0);
    for (const f of report.files) {
      const dup = f.findings.find((x) => x.rule === 'duplicate-submission');
      expect(dup?.line).toBe(line);
    }
  });

  it('validate keeps no submissions and reports exactly what a run that keeps them reports', async () => {
    const paths = [join(EXAMPLES, 'submissions')];
    const kept = await validatePaths(paths, { loaded, target: null, lang: 'vi' });
    const slim = await validatePaths(paths, { loaded, target: null, lang: 'vi', keepSubmissions: false });
    expect(kept.files.filter((f) => f.status === 'accepted').length).toBeGreaterThan(0);
    expect(kept.files.filter((f) => f.status === 'accepted').every((f) => f.submission !== null)).toBe(true);
    expect(slim.files.every((f) => f.submission === null)).toBe(true);
    const strip = (files: FileResult[]) => files.map(({ submission: _, ...rest }) => rest);
    expect(strip(slim.files)).toEqual(strip(kept.files));
    expect(slim.summary).toEqual(kept.summary);
  });
});

describe('validate --format json, written as it goes', () => {
  const text = fc.string({ unit: 'grapheme', maxLength: 12 });
  const finding = fc.record({
    rule: text,
    severity: fc.constantFrom('error', 'warning', 'info') as fc.Arbitrary<'error' | 'warning' | 'info'>,
    file: text,
    path: fc.option(text),
    line: fc.option(fc.nat()),
    column: fc.option(fc.nat()),
    cell: fc.option(text),
    message: fc.string({ maxLength: 40 }),
    hint: fc.option(fc.string({ maxLength: 40 })),
  });
  const file = fc.record({
    file: text,
    format: fc.constantFrom('yaml', 'xlsx') as fc.Arbitrary<'yaml' | 'xlsx'>,
    unit: fc.option(text),
    period: fc.option(fc.record({ school_year: text, term: text })),
    periodRef: fc.constant(null),
    status: fc.constantFrom('accepted', 'rejected') as fc.Arbitrary<'accepted' | 'rejected'>,
    findings: fc.array(finding, { maxLength: 4 }),
    submission: fc.constant(null),
    sha256: text,
  });
  const report = fc.record({
    files: fc.array(file, { maxLength: 6 }),
    summary: fc.record({ files: fc.nat(), accepted: fc.nat(), rejected: fc.nat(), errors: fc.nat(), warnings: fc.nat(), infos: fc.nat() }),
  }) as unknown as fc.Arbitrary<ValidationReport>;

  it('is byte for byte JSON.stringify of the whole document', () => {
    fc.assert(
      fc.property(report, (r) => {
        expect([...jsonChunks(r)].join('')).toBe(`${JSON.stringify(toJson(r), null, 2)}\n`);
      }),
    );
  });
});
