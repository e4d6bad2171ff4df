/**
 * Submissions → responses sheet → submissions, losslessly (issue "Done when"): any valid submission the online form
 * can hold comes back from its row exactly, through CSV and through XLSX, with no reading findings.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readCsvSources } from '../../src/read/csv.js';
import { readXlsxSources } from '../../src/form/read-xlsx.js';
import { responsesMisfits, writeResponsesCsv, writeResponsesWorkbook } from '../../src/form/write-responses.js';
import { RESPONSES_ITEM_LIMITS } from '../../src/form/responses-layout.js';
import { submission } from '../excel/arbitraries.js';

const created = new Date(Date.UTC(2025, 0, 5));

describe('submissions → responses sheet → submissions', () => {
  it('CSV: every row reads back as the submission it was written from (property)', () => {
    fc.assert(
      fc.property(fc.array(submission, { minLength: 1, maxLength: 4 }), (subs) => {
        for (const s of subs) expect(responsesMisfits(s)).toEqual([]);
        const docs = readCsvSources(new TextEncoder().encode(writeResponsesCsv(subs, 'vi')), { file: 'x.csv', lang: 'vi' });
        expect(docs.map((d) => d.findings)).toEqual(subs.map(() => []));
        expect(docs.map((d) => d.data)).toEqual(subs);
        expect(docs.map((d) => d.file)).toEqual(subs.map((_, i) => `x.csv#${i + 2}`));
      }),
      { numRuns: 60, seed: 20261202 },
    );
  });

  it('XLSX: the same, through a workbook (property)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(submission, { minLength: 1, maxLength: 3 }), async (subs) => {
        const bytes = await writeResponsesWorkbook(subs, { lang: 'vi', created, guide: false });
        const docs = await readXlsxSources(bytes, { file: 'x.xlsx', lang: 'vi' });
        expect(docs.map((d) => d.findings)).toEqual(subs.map(() => []));
        expect(docs.map((d) => d.data)).toEqual(subs);
      }),
      { numRuns: 8, seed: 20261202 },
    );
  });

  it('English headers read the same as Vietnamese ones', () => {
    fc.assert(
      fc.property(submission, (s) => {
        const docs = readCsvSources(new TextEncoder().encode(writeResponsesCsv([s], 'en')), { file: 'x.csv', lang: 'en' });
        expect(docs[0]!.data).toEqual(s);
      }),
      { numRuns: 15, seed: 7 },
    );
  });

  it('names what a row cannot hold instead of losing it: too many items, a value of the wrong type', () => {
    const [one] = fc.sample(submission, { numRuns: 1, seed: 3 }) as [Record<string, unknown>];
    const limit = RESPONSES_ITEM_LIMITS['incidents']!;
    const incident = { date: '2024-10-01', summary: 'x', severity: 'low', status: 'resolved' };
    const tooMany = { ...one, incidents: Array.from({ length: limit + 1 }, () => incident) };
    expect(responsesMisfits(tooMany)).toEqual([{ path: `incidents[${limit}]`, segments: ['incidents', limit], reason: 'too_many_items', limit }]);
    // the count "12" typed as text would come back as the number 12: not exact, so it is refused
    const wrong = { ...one, governance: { comms_plan: true, spokesperson_regulation: true, collaborators: '12' } };
    expect(responsesMisfits(wrong).map((m) => [m.path, m.reason])).toEqual([['governance.collaborators', 'not_exact']]);
  });
});
