/**
 * summary.json read in pieces (summary-pieces.ts) is the summary `SummarySchema.parse(JSON.parse(text))` gives, key
 * order included, so the documents rendered from it are the same bytes; anything it cannot check piecewise goes the
 * slow way, which still says where the file is broken.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { aggregate, AggregateInputError } from '../../src/aggregate/aggregate.js';
import { parseSummary, summaryToJson } from '../../src/aggregate/summary-file.js';
import { parseSummaryJsonInPieces, SPLIT_PATHS } from '../../src/aggregate/summary-pieces.js';
import { resolvePeriod } from '../../src/contract/period.js';
import { SummarySchema, type Summary } from '../../src/contract/summary.js';
import { generateProvince, PROVINCE_PERIOD, PROVINCE_ROOT, type Province } from '../helpers/province.js';
import { exampleConfig, fixtureSummary, renderKind } from '../render/helpers.js';

const calendar = { '2024-2025': { HK1: { start: '2024-09-05', end: '2025-01-18', deadline: '2024-12-15' } } };
const bytes = (text: string) => Buffer.from(text, 'utf8');
const wholeRead = (text: string): Summary => SummarySchema.parse(JSON.parse(text));

let province: Province;
let provinceJson: string;

beforeAll(() => {
  province = generateProvince({ offices: 6, perOffice: 20, direct: 5, seed: 7 });
  const summary = aggregate({
    roster: province.roster,
    node: PROVINCE_ROOT,
    target: resolvePeriod(PROVINCE_PERIOD, calendar),
    parts: [],
    files: province.files,
    summaries: [],
    rules: { preset: 'recommended', severity: {} },
    generatedAt: '2025-01-05T01:00:00.000Z',
    generator: 'edu-comms test',
    lang: 'vi',
  }).summary;
  provinceJson = summaryToJson(summary);
});

describe('summary.json read in pieces', () => {
  it('splits the long lists: the units, every list of `lists`, the sentences of each assessment field', () => {
    for (const path of ['units', 'by_child', 'inputs', 'lists.incidents', 'lists.exemplary_models', 'lists.commendations', 'lists.missing', 'lists.late']) {
      expect(SPLIT_PATHS).toContain(path);
    }
    for (const key of ['strengths', 'limitations', 'next_steps', 'proposals']) expect(SPLIT_PATHS).toContain(`lists.assessment.${key}`);
  });

  it('gives the summary the whole read gives, key order included: the example and a generated province', () => {
    const province = JSON.parse(provinceJson) as Summary;
    // the generated province has something in every list, so every split path is exercised
    expect(province.lists.incidents.length * province.lists.exemplary_models.length * province.lists.commendations.length * province.lists.missing.length).toBeGreaterThan(0);
    for (const text of [provinceJson, summaryToJson(fixtureSummary())]) {
      const read = parseSummaryJsonInPieces(bytes(text));
      expect(read).toEqual(wholeRead(text));
      expect(JSON.stringify(read)).toBe(JSON.stringify(wholeRead(text)));
      expect(parseSummary(bytes(text), { file: 's.json', lang: 'vi' })).toEqual(wholeRead(text));
    }
  });

  it('renders the same report, byte for byte, as the summary read whole', async () => {
    const loaded = await exampleConfig();
    for (const [text, roster] of [[provinceJson, province.roster], [summaryToJson(fixtureSummary()), loaded.roster]] as const) {
      const options = { loaded: { ...loaded, roster } };
      const piecewise = await renderKind('report', { ...options, summary: parseSummaryJsonInPieces(bytes(text))! });
      const whole = await renderKind('report', { ...options, summary: wholeRead(text) });
      expect(Buffer.from(piecewise.bytes).equals(Buffer.from(whole.bytes))).toBe(true);
    }
  }, 60_000);

  it('leaves a summary it cannot check piecewise to the slow read, which names the line of the broken field', () => {
    const summary = fixtureSummary();
    const brokenUnit = JSON.stringify({ ...summary, units: summary.units.map((u, i) => (i === 2 ? { ...u, status: 'nope' } : u)) }, null, 2);
    const brokenTotal = JSON.stringify({ ...summary, completeness: { ...summary.completeness, expected: -3 } }, null, 2);
    const extraKey = JSON.stringify({ ...summary, lists: { ...summary.lists, exemplary_models: [{ ...summary.lists.exemplary_models[0]!, extra: 1 }] } }, null, 2);
    const notAList = JSON.stringify({ ...summary, lists: { ...summary.lists, incidents: { not_a_list: 1 } } }, null, 2);
    // the line named: the bad value's, or for an unknown key the line its object starts on (after the list's)
    const cases: Array<[string, string, RegExp, number]> = [
      [brokenUnit, 'units[2].status', /"status": "nope"/, 0],
      [brokenTotal, 'completeness.expected', /"expected": -3/, 0],
      [extraKey, 'lists.exemplary_models[0]', /"exemplary_models": \[/, 1],
      [notAList, 'lists.incidents', /"not_a_list": 1/, -1],
    ];
    for (const [text, path, line, after] of cases) {
      expect(parseSummaryJsonInPieces(bytes(text))).toBeUndefined();
      let error: unknown;
      try {
        parseSummary(bytes(text), { file: 'pgd/summary.json', lang: 'vi' });
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(AggregateInputError);
      const details = (error as AggregateInputError).details.join('\n');
      expect(details).toContain(path);
      const found = text.split('\n').findIndex((l) => line.test(l));
      expect(found).toBeGreaterThanOrEqual(0);
      expect(details).toContain(`pgd/summary.json:${found + 1 + after}: `);
    }
  });

  it('is not fooled by text that is no summary: YAML, another version, a truncated file', () => {
    const summary = JSON.parse(provinceJson) as Summary;
    expect(parseSummaryJsonInPieces(bytes('kind: edu-comms-summary\nschema_version: 1\n'))).toBeUndefined();
    expect(parseSummaryJsonInPieces(bytes(JSON.stringify({ ...summary, schema_version: 99 })))).toBeUndefined();
    expect(parseSummaryJsonInPieces(bytes(provinceJson.slice(0, provinceJson.length / 2)))).toBeUndefined();
    expect(parseSummaryJsonInPieces(bytes('[1, 2]'))).toBeUndefined();
  });
});
