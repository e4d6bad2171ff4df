/**
 * The per-file half of a run hands on plain data: a CheckedFile that has crossed a thread (structured clone) or been
 * kept as JSON (a cache) makes exactly the report the documents make in one thread.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/load.js';
import { SubmissionSchema } from '../../src/contract/submission.js';
import { readSources } from '../../src/read/index.js';
import { readYamlDocument } from '../../src/read/yaml.js';
import { createFileChecker, createSetValidator, createValidator, type CheckedFile, type ValidatorOptions } from '../../src/validate/engine.js';
import type { SourceDocument } from '../../src/contract/findings.js';
import { EXAMPLES } from '../helpers/cli.js';

const loaded = await loadConfig({ config: join(EXAMPLES, 'edu-comms.yaml'), lang: 'vi' });
const env = { config: loaded.config, roster: loaded.roster, target: null, lang: 'vi' as const };
const broken = join(EXAMPLES, 'broken');
const clean = join(EXAMPLES, 'submissions/hk1-2024-2025/pgd-dinhhoa');
const paths = [
  ...readdirSync(broken).map((f) => join(broken, f)),
  ...readdirSync(clean).map((f) => join(clean, f)),
  join(EXAMPLES, 'excel/th-phanme.xlsx'),
];
// a byte-identical copy and a second report of the same school: the set rules have something to say
const copy = readFileSync(join(clean, readdirSync(clean)[0]!), 'utf8');
const docs: SourceDocument[] = [];
for (const path of paths) docs.push(...(await readSources(path, { file: path.slice(EXAMPLES.length + 1), lang: 'vi' })));
for (const [file, text] of [['z/copy.yaml', copy], ['z/second.yaml', `${copy}\n# again\n`]] as const) {
  docs.push(readYamlDocument(new TextEncoder().encode(text), { file, lang: 'vi', schema: SubmissionSchema }));
}

describe('a CheckedFile is plain data', () => {
  for (const keepSubmissions of [false, true, 'digest'] as ValidatorOptions['keepSubmissions'][]) {
    it(`crossing a thread or a JSON file changes nothing in the report (keepSubmissions: ${String(keepSubmissions)})`, () => {
      const options = { keepSubmissions };
      const direct = createValidator(env, undefined, options);
      for (const doc of docs) direct.add(doc);
      const expected = direct.finish();
      expect(expected.files.some((f) => f.findings.some((x) => x.rule === 'duplicate-copy' || x.rule === 'duplicate-submission'))).toBe(true);
      expect(expected.summary.rejected).toBeGreaterThan(0);

      const checker = createFileChecker(env, undefined, options);
      const checked = docs.map((doc) => checker.check(doc));
      for (const carry of [(c: CheckedFile) => structuredClone(c), (c: CheckedFile) => JSON.parse(JSON.stringify(c)) as CheckedFile]) {
        const set = createSetValidator(env, undefined, options);
        for (const c of checked) set.add(carry(c));
        expect(set.finish()).toEqual(expected);
      }
    });
  }
});
