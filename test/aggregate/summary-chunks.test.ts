/**
 * Memory flat in N: summary.json and summary.yaml are written a piece at a time, and the pieces are byte for byte the
 * whole documents — `JSON.stringify(summary, null, 2)` and the YAML of the whole summary — for any JSON value and for
 * the summary of a generated 1,050-school province.
 */
import fc from 'fast-check';
import { stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { checkedSummary, jsonPieces, summaryJsonChunks, summaryToJson, summaryToYaml, summaryYamlChunks } from '../../src/aggregate/summary-file.js';
import { resolvePeriod } from '../../src/contract/period.js';
import { SummarySchema } from '../../src/contract/summary.js';
import { generateProvince, PROVINCE_PERIOD, PROVINCE_ROOT } from '../helpers/province.js';
import { aggregateForTest } from '../helpers/aggregate.js';

const calendar = { '2024-2025': { HK1: { start: '2024-09-05', end: '2025-01-18', deadline: '2024-12-15' } } };
const province = generateProvince({ offices: 20, perOffice: 50, direct: 50 });
const summary = aggregateForTest({
  roster: province.roster,
  node: PROVINCE_ROOT,
  target: resolvePeriod(PROVINCE_PERIOD, calendar),
  files: province.files,
}).summary;

describe('JSON in pieces', () => {
  it('is JSON.stringify(value, null, 2) for any JSON value', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 7 }), (value) => {
        expect([...jsonPieces(value, '', 0)].join('')).toBe(JSON.stringify(value, null, 2));
      }),
      { numRuns: 300 },
    );
  });

  it('drops undefined keys and writes undefined list items as null, as JSON.stringify does', () => {
    const value = { a: undefined, b: [undefined, { c: undefined, d: 1 }], e: { f: [[], {}] } };
    expect([...jsonPieces(value, '', 0)].join('')).toBe(JSON.stringify(value, null, 2));
  });
});

describe("a province's summary files", () => {
  const checked = checkedSummary(summary);

  it('summary.json is the whole document, byte for byte', () => {
    const whole = `${JSON.stringify(SummarySchema.parse(summary), null, 2)}\n`;
    expect(summary.units.length).toBeGreaterThan(1000);
    expect([...summaryJsonChunks(checked)].join('')).toBe(whole);
    expect(summaryToJson(summary)).toBe(whole);
  });

  it('summary.yaml is the YAML of the whole document, byte for byte, and comes in many pieces of whole lines', () => {
    const whole = stringify(SummarySchema.parse(summary), { lineWidth: 0, minContentWidth: 0 });
    const pieces = [...summaryYamlChunks(checked)];
    expect(pieces.join('')).toBe(whole);
    expect(summaryToYaml(summary)).toBe(whole);
    expect(pieces.length).toBeGreaterThan(summary.units.length);
    for (const piece of pieces) expect(piece.endsWith('\n')).toBe(true);
  });
});
