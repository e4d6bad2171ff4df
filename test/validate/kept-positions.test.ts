import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/load.js';
import { SubmissionSchema } from '../../src/contract/submission.js';
import type { Location, SourceDocument } from '../../src/contract/findings.js';
import { readYamlDocument } from '../../src/read/yaml.js';
import { createValidator } from '../../src/validate/engine.js';
import { EXAMPLES } from '../helpers/cli.js';

// What a file keeps for the set rules is packed (positions sharing one layout between files): the findings those rules
// make must point where the document itself points, for YAML lines and for the cells of a form.
const CLEAN = readFileSync(join(EXAMPLES, 'submissions/hk1-2024-2025/pgd-dinhhoa/th-binhyen.yaml'), 'utf8');
const loaded = await loadConfig({ config: join(EXAMPLES, 'edu-comms.yaml'), lang: 'vi' });
const env = { config: loaded.config, roster: loaded.roster, target: null, lang: 'vi' as const };
const yaml = (file: string, text: string) => readYamlDocument(new TextEncoder().encode(text), { file, lang: 'vi', schema: SubmissionSchema });

describe('positions kept for the set rules', () => {
  it('place a duplicate at the unit code line of each YAML file, whatever line that is', () => {
    const validator = createValidator(env);
    // the same school three times, its unit section lower in each file: the same layout, other lines
    const docs = [0, 1, 2].map((i) => yaml(`f${i}.yaml`, `${'# …\n'.repeat(i * 3)}${CLEAN}\n# ${i}\n`));
    for (const d of docs) validator.add(d);
    const report = validator.finish();
    const expected = docs.map((d) => d.locate(['unit', 'code'], 'value'));
    expect(new Set(expected.map((l) => l.line)).size).toBe(3);
    expect(report.files.map((f) => pick(f.findings.find((x) => x.rule === 'duplicate-submission')))).toEqual(expected.map(pick));
  });

  it('place a duplicate at the cell of a form, and fall back to the document start for paths not kept', () => {
    const base = yaml('base.yaml', CLEAN);
    // a form's document: every position is a cell, no line; the unit code's cell differs between the two forms
    const form = (file: string, codeCell: string): SourceDocument => ({
      ...base,
      file,
      format: 'xlsx',
      sha256: file,
      locate: (path, target = 'value'): Location => {
        const key = path.join('.');
        if (key === '') return { line: null, column: null, cell: 'Thông tin!A1' };
        if (key === 'unit.code') return { line: null, column: null, cell: target === 'value' ? codeCell : 'Thông tin!B3' };
        return { line: null, column: null, cell: `Thông tin!C${key.length}` };
      },
    });
    const validator = createValidator(env);
    validator.add(form('a.xlsx', 'Thông tin!C3'));
    validator.add(form('b.xlsx', 'Thông tin!C9'));
    const report = validator.finish();
    const dups = report.files.map((f) => f.findings.find((x) => x.rule === 'duplicate-submission'));
    expect(dups.map(pick)).toEqual([
      { line: null, column: null, cell: 'Thông tin!C3' },
      { line: null, column: null, cell: 'Thông tin!C9' },
    ]);
  });
});

function pick(l: Location | undefined): Location | undefined {
  return l && { line: l.line, column: l.column, cell: l.cell };
}
