import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aggregateInputs, aggregateNode, aggregateOutDir, breakdownAttributes, sortInputs } from '../../src/app/aggregate-inputs.js';
import { loadConfig, type LoadedConfig } from '../../src/config/load.js';
import type { PeriodRef } from '../../src/contract/period.js';
import { t } from '../../src/i18n/index.js';
import { ConfigError, UsageError } from '../../src/util/errors.js';
import { EXAMPLES, ROOT } from '../helpers/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'aggregate-inputs-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const hk1 = (school_year: string): PeriodRef => ({ kind: 'term', school_year, term: 'HK1' });
const thrown = (f: () => unknown): unknown => {
  try {
    f();
  } catch (error) {
    return error;
  }
  throw new Error('did not throw');
};

describe('aggregate: the unit summed for and its roster (app/aggregate-inputs.ts)', () => {
  let loaded: LoadedConfig;
  beforeAll(async () => {
    loaded = await loadConfig({ config: join(EXAMPLES, 'edu-comms.qua-cac-nam.yaml'), lang: 'vi' });
  });

  it('sums for the authority without --unit, over the roster in force for the period', () => {
    const before = aggregateNode(undefined, loaded.config.authority.code, loaded.roster, hk1('2024-2025'), 'vi');
    const after = aggregateNode(undefined, loaded.config.authority.code, loaded.roster, hk1('2026-2027'), 'vi');
    expect(before.node).toBe('SGD-THAINGUYEN');
    expect(before.roster.byCode.has('PGD-DINHHOA')).toBe(true);
    expect(after.roster.byCode.has('PGD-DINHHOA')).toBe(false);
    expect(after.roster.byCode.has('XA-DINHHOA')).toBe(true);
  });

  it('refuses a unit not in force that year, naming the units that stand for it, and an unknown unit (usage errors)', () => {
    const ended = thrown(() => aggregateNode('PGD-DINHHOA', 'SGD-THAINGUYEN', loaded.roster, hk1('2026-2027'), 'vi'));
    expect(ended).toBeInstanceOf(UsageError);
    expect((ended as UsageError).message).toContain('XA-DINHHOA');
    const unknown = thrown(() => aggregateNode('PGD-KHONGCO', 'SGD-THAINGUYEN', loaded.roster, hk1('2026-2027'), 'vi'));
    expect(unknown).toBeInstanceOf(UsageError);
    expect((unknown as UsageError).message).toBe(t('aggregate.unknown_node', 'vi', { code: 'PGD-KHONGCO' }));
  });

  it('takes breakdowns by the roster’s own spelling, once each, and refuses an attribute the roster does not have', () => {
    expect(breakdownAttributes(['dia ban', 'Địa bàn', 'loại hình'], loaded.roster, 'vi')).toEqual(['địa bàn', 'loại hình']);
    expect(breakdownAttributes([], loaded.roster, 'vi')).toEqual([]);
    const error = thrown(() => breakdownAttributes(['quận'], loaded.roster, 'vi'));
    expect(error).toBeInstanceOf(UsageError);
    expect((error as UsageError).message).toBe(t('aggregate.unknown_attribute', 'vi', { name: 'quận' }));
  });
});

describe('aggregate: inputs and output folder', () => {
  it('reads --in as given, else submissions/ of the current folder, else refuses', () => {
    const cwd = join(dir, 'cwd');
    mkdirSync(cwd);
    expect(aggregateInputs(['a', 'b'], cwd, 'vi')).toEqual(['a', 'b']);
    expect(thrown(() => aggregateInputs(undefined, cwd, 'vi'))).toBeInstanceOf(UsageError);
    expect(thrown(() => aggregateInputs([], cwd, 'vi'))).toBeInstanceOf(UsageError);
    mkdirSync(join(cwd, 'submissions'));
    expect(aggregateInputs(undefined, cwd, 'vi')).toEqual(['submissions']);
  });

  it('writes to out/<node>-<period>/ by default, never inside an input folder; --out is taken as given', () => {
    expect(aggregateOutDir(undefined, ['submissions'], 'PGD-X', hk1('2024-2025'), dir, 'vi')).toBe(join(dir, 'out', 'PGD-X-2024-2025-HK1'));
    expect(aggregateOutDir(undefined, ['submissions'], 'PGD-X', { kind: 'month', month: '2024-10' }, dir, 'vi')).toBe(join(dir, 'out', 'PGD-X-2024-10'));
    expect(thrown(() => aggregateOutDir(undefined, ['.'], 'PGD-X', hk1('2024-2025'), dir, 'vi'))).toBeInstanceOf(UsageError);
    expect(aggregateOutDir('.', ['.'], 'PGD-X', hk1('2024-2025'), dir, 'vi')).toBe(dir);
  });
});

describe('aggregate: what each input file is', () => {
  const inputs = join(dir, 'inputs');
  const summary = join(ROOT, 'test', 'fixtures', 'summary-hk1.json');
  beforeAll(() => {
    mkdirSync(inputs);
    writeFileSync(join(inputs, 'a.yaml'), 'schema_version: 1\nunit:\n  code: TH-A\n');
    writeFileSync(join(inputs, 'b.xlsx'), 'not even a workbook');
    writeFileSync(join(inputs, 'c.json'), '{"unit": {"code": "TH-C"}}');
    writeFileSync(join(inputs, 'd.json'), '{"kind": "edu-comms-summary", "schema_version": 99}');
  });
  const file = (name: string, own?: 'summary' | 'config') => ({ path: join(inputs, name), file: `inputs/${name}`, ...(own ? { own } : {}) });

  it('sends submissions (any workbook, YAML that is no summary) to the validator and leaves the tool’s own files out', async () => {
    const sorted = await sortInputs([file('a.yaml'), file('b.xlsx'), file('edu-comms.yaml', 'config'), file('s.xlsx', 'summary')], join(dir, 'out'), 'vi');
    expect(sorted.submissionPaths).toEqual([join(inputs, 'a.yaml'), join(inputs, 'b.xlsx')]);
    expect(sorted.summaries).toEqual([]);
    expect(sorted.ownFiles.map((f) => [f.file, f.reason])).toEqual([
      ['inputs/edu-comms.yaml', 'own_file'],
      ['inputs/s.xlsx', 'own_file'],
    ]);
  });

  it('rolls a child summary up, refuses a JSON file that is no summary (usage) and an unusable summary (configuration)', async () => {
    copyFileSync(summary, join(inputs, 'child.json'));
    const sorted = await sortInputs([file('child.json', 'summary')], join(dir, 'out'), 'vi');
    expect(sorted.summaries.map((s) => [s.file, s.summary.node.code])).toEqual([['inputs/child.json', 'SGD-THAINGUYEN']]);
    expect(sorted.summaries[0]!.sha256).toMatch(/^[0-9a-f]{64}$/);
    await expect(sortInputs([file('c.json')], join(dir, 'out'), 'vi')).rejects.toBeInstanceOf(UsageError);
    await expect(sortInputs([file('d.json', 'summary')], join(dir, 'out'), 'vi')).rejects.toBeInstanceOf(ConfigError);
  });

  it('takes nothing from inside the output folder', async () => {
    const sorted = await sortInputs([file('a.yaml')], inputs, 'vi');
    expect(sorted).toEqual({ summaries: [], submissionPaths: [], ownFiles: [] });
  });
});
