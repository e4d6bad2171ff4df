import { stringify } from 'csv-stringify/sync';
import { describe, expect, it } from 'vitest';
import { ConfigSchema } from '../../src/contract/config.js';
import { readCsvSources } from '../../src/read/csv.js';
import rule from '../../src/rules/unknown-column.js';
import { responseRow } from '../../src/form/write-responses.js';
import { responsesLayout } from '../../src/form/responses-layout.js';
import { validateDocuments } from '../../src/validate/engine.js';
import { cleanSubmission, testConfig, testConfigInput, testRoster } from '../fixtures/submission.js';

function findings(extraHeader: string | null, config = testConfig) {
  const headers = responsesLayout().columns.map((c) => c.header.vi);
  const row = responseRow(cleanSubmission());
  const rows = extraHeader === null ? [headers, row] : [[...headers, extraHeader], [...row, 'trả lời thêm']];
  const docs = readCsvSources(new TextEncoder().encode(stringify(rows)), { file: 'x.csv', lang: 'vi' });
  return validateDocuments(docs, { config, roster: testRoster, target: null, lang: 'vi' }).files[0]!;
}

describe('rule unknown-column (raised by the responses reader)', () => {
  it('is information, listed for docs and config', () => {
    expect(rule.defaultSeverity).toBe('info');
    expect(rule.check).toBeUndefined();
  });
  it('valid: a sheet of the report questions only, and the form\'s own columns (Timestamp, Email), raise nothing', () => {
    expect(findings(null).findings).toEqual([]);
    expect(findings('Email Address').findings).toEqual([]);
  });
  it('invalid: a question the office added is reported at its header cell and does not reject the row', () => {
    const file = findings('Lớp chủ nhiệm');
    expect(file.findings.map((f) => [f.rule, f.severity, f.cell])).toEqual([['unknown-column', 'info', expect.stringMatching(/^[A-Z]+1$/)]]);
    expect(file.status).toBe('accepted');
  });
  it('follows the config: off removes it', () => {
    const off = ConfigSchema.parse({ ...testConfigInput, rules: { severity: { 'unknown-column': 'off' } } });
    expect(findings('Lớp chủ nhiệm', off).findings).toEqual([]);
  });
});
