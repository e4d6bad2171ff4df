/**
 * Nothing a file holds may recurse without bound: deeply nested text in an Excel form (a list sheet's cell, the report
 * sheet, the form's stored exact values) or in YAML is that file's finding, and the other files of the run go on.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/load.js';
import { nestsDeeperThan } from '../../src/util/depth.js';
import { validatePaths } from '../../src/validate/run.js';
import { edit, exampleSubmission, form } from '../excel/helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'edu-comms-nesting-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const DEPTH = 50_000;
const deepJson = `{"a":${'['.repeat(DEPTH)}${']'.repeat(DEPTH)}}`;

describe('deep nesting', () => {
  it('is measured without recursion', () => {
    let value: unknown = 1;
    for (let i = 0; i < 200_000; i++) value = [value];
    expect(nestsDeeperThan(value, 64)).toBe(true);
    expect(nestsDeeperThan({ a: [[1]], b: { c: {} } }, 64)).toBe(false);
    expect(nestsDeeperThan([[[]]], 2)).toBe(true);
  });

  it('in an Excel cell, a list sheet, or the form’s stored values: each file its own verdict, the run goes on', async () => {
    const good = await form(exampleSubmission());
    // the damaged files are another school's, so that the good one is not its duplicate
    const other = exampleSubmission();
    other.unit = { code: 'TH-BINHYEN', name: 'Trường Tiểu học Bình Yên', level: 'TH', parent: 'PGD-DINHHOA' };
    const base = await form(other);
    const deepCells = await edit(base, (wb) => {
      for (const ws of wb.worksheets) if (ws.state === 'visible') ws.getCell('C5').value = deepJson;
    });
    const deepStored = await edit(base, (wb) => {
      const channels = wb.worksheets[1]!;
      channels.getCell('B5').value = 'hello';
      const meta = wb.getWorksheet('edu-comms')!;
      const row = meta.rowCount + 1;
      meta.getCell(row, 1).value = 'verbatim';
      meta.getCell(row, 2).value = `${channels.name}!B5`;
      meta.getCell(row, 3).value = deepJson;
      meta.getCell(row, 4).value = 'text:hello';
    });
    const yaml = `schema_version: 1\nunit: ${'['.repeat(DEPTH)}${']'.repeat(DEPTH)}\n`;
    const files = { 'a-deep-cells.xlsx': deepCells, 'b-deep-stored.xlsx': deepStored, 'c-deep.yaml': yaml, 'd-good.xlsx': good };
    for (const [name, bytes] of Object.entries(files)) writeFileSync(join(dir, name), bytes);

    const loaded = await loadConfig({ lang: 'vi' });
    const report = await validatePaths(Object.keys(files).map((f) => join(dir, f)), { loaded, target: null, lang: 'vi', cwd: dir });
    const byName = Object.fromEntries(report.files.map((f) => [f.file, f]));
    expect(Object.keys(byName).sort()).toEqual(Object.keys(files));
    expect(byName['d-good.xlsx']!.status, JSON.stringify(byName['d-good.xlsx']!.findings)).toBe('accepted');
    for (const name of ['a-deep-cells.xlsx', 'c-deep.yaml']) {
      expect(byName[name]!.status, name).toBe('rejected');
      for (const f of byName[name]!.findings.filter((x) => x.severity === 'error')) expect(f.line !== null || f.cell !== null, name).toBe(true);
    }
    // the damaged stored value is ignored: the cell is read as it shows
    expect(byName['b-deep-stored.xlsx']!.findings.map((f) => f.message).join('\n')).not.toMatch(/call stack/);
  });
});
