/**
 * The engine checks each file against the roster in force for the period (`rosterAt`): the target's school year, or
 * the file's own when no period is asked; aggregate sums over that roster and the summary records it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigSchema } from '../../src/contract/config.js';
import { buildRoster, rosterAt, rosterDigest } from '../../src/contract/roster.js';
import { SubmissionSchema } from '../../src/contract/submission.js';
import { readYamlDocument } from '../../src/read/yaml.js';
import { validateDocuments } from '../../src/validate/engine.js';
import { aggregate } from '../../src/aggregate/aggregate.js';
import { resolvePeriod } from '../../src/contract/period.js';
import { EXAMPLES } from '../helpers/cli.js';

const CLEAN = readFileSync(join(EXAMPLES, 'submissions/hk1-2024-2025/pgd-dinhhoa/th-binhyen.yaml'), 'utf8');
const config = ConfigSchema.parse({
  authority: { code: 'SGD', name: 'SỞ GIÁO DỤC VÀ ĐÀO TẠO', symbol: 'SGDĐT', place: 'Thái Nguyên' },
  calendar: {
    '2024-2025': { HK1: { start: '2024-09-05', end: '2025-01-18', deadline: '2024-12-15' } },
    '2026-2027': { HK1: { start: '2026-09-05', end: '2027-01-16', deadline: '2026-12-15' } },
  },
  units: [
    { code: 'SGD', name: 'Sở', level: 'OFFICE' },
    { code: 'PGD-DINHHOA', name: 'Phòng GD&ĐT huyện Định Hóa', level: 'OFFICE', parent: 'SGD', valid_until: '2024-2025' },
    { code: 'XA-BINHYEN', name: 'UBND xã Bình Yên', level: 'OFFICE', parent: 'SGD', valid_from: '2025-2026', replaces: ['PGD-DINHHOA'] },
    { code: 'TH-BINHYEN', name: 'Trường Tiểu học Bình Yên', level: 'TH', parent: 'PGD-DINHHOA', valid_until: '2024-2025' },
    { code: 'TH-BINHYEN', name: 'Trường Tiểu học Bình Yên', level: 'TH', parent: 'XA-BINHYEN', valid_from: '2025-2026' },
  ],
});
const roster = buildRoster(config.units!);
const doc = (file: string, text: string) => readYamlDocument(new TextEncoder().encode(text), { file, lang: 'vi', schema: SubmissionSchema });
const in2026 = (text: string) => text.replaceAll('2024-2025', '2026-2027').replace(/reported_at: 2024-/, 'reported_at: 2026-');
const rules = (f: { findings: { rule: string }[] }) => f.findings.map((x) => x.rule);

describe('validation uses the roster in force for the period', () => {
  it('a 2024-2025 report under the district office is accepted; the same in 2026-2027 is told its parent is now the commune', () => {
    const before = validateDocuments([doc('a.yaml', CLEAN)], { config, roster, target: { kind: 'term', school_year: '2024-2025', term: 'HK1' }, lang: 'vi' });
    expect(before.files[0]!.status).toBe('accepted');
    const after = validateDocuments([doc('a.yaml', in2026(CLEAN))], { config, roster, target: null, lang: 'vi' });
    const parent = after.files[0]!.findings.find((f) => f.rule === 'unit-known');
    expect(parent?.message).toContain('XA-BINHYEN');
  });

  it('a 2026-2027 report of the district office that ended in 2025 gets unit-in-force naming its successor, not unit-known', () => {
    const office = in2026(CLEAN).replace(/unit:\n(\s+)code: TH-BINHYEN[\s\S]*?\nperiod:/, 'unit:\n$1code: PGD-DINHHOA\n$1name: Phòng GD&ĐT huyện Định Hóa\n$1level: OFFICE\nperiod:');
    expect(office).toContain('code: PGD-DINHHOA');
    const report = validateDocuments([doc('pgd.yaml', office)], { config, roster, target: { kind: 'term', school_year: '2026-2027', term: 'HK1' }, lang: 'vi' });
    const file = report.files[0]!;
    expect(file.status).toBe('rejected');
    expect(rules(file)).toContain('unit-in-force');
    expect(rules(file)).not.toContain('unit-known');
    expect(file.findings.find((f) => f.rule === 'unit-in-force')!.message).toContain('XA-BINHYEN (UBND xã Bình Yên)');
  });
});

describe('aggregation uses the roster in force and records it', () => {
  it('the summary names the school year and the hash of the roster it used', () => {
    const target = { kind: 'term' as const, school_year: '2026-2027', term: 'HK1' as const };
    const report = validateDocuments([doc('a.yaml', in2026(CLEAN).replace('parent: PGD-DINHHOA', 'parent: XA-BINHYEN'))], { config, roster, target, lang: 'vi' });
    const cut = rosterAt(roster, target);
    const { summary } = aggregate({
      roster: cut,
      node: 'SGD',
      target: resolvePeriod(target, config.calendar),
      parts: [],
      files: report.files,
      summaries: [],
      rules: { preset: 'recommended', severity: {} },
      generatedAt: '2026-12-20T00:00:00.000Z',
      generator: 'edu-comms test',
      lang: 'vi',
    });
    expect(summary.roster).toEqual(rosterDigest(cut));
    expect(summary.roster).toMatchObject({ school_year: '2026-2027', units: 3 });
    expect(summary.by_child.map((c) => c.code)).toEqual(['XA-BINHYEN']);
    expect(summary.completeness.accepted).toBe(1);
  });
});
