import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { findSummary, looksLikeSubmission, readSummaryFile } from '../../src/app/summary-input.js';
import { ConfigError, UsageError } from '../../src/util/errors.js';

const dir = mkdtempSync(join(tmpdir(), 'summary-input-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('which summary render works from (app/summary-input.ts)', () => {
  it('takes a file as given, a folder’s summary.json before summary.yaml, and the current folder’s without --summary', () => {
    const out = join(dir, 'out');
    mkdirSync(out);
    writeFileSync(join(out, 'summary.yaml'), 'kind: edu-comms-summary\n');
    expect(findSummary('out', dir)).toBe(join(out, 'summary.yaml'));
    writeFileSync(join(out, 'summary.json'), '{"kind": "edu-comms-summary"}\n');
    expect(findSummary('out', dir)).toBe(join(out, 'summary.json'));
    expect(findSummary(undefined, out)).toBe(join(out, 'summary.json'));
    expect(findSummary('x.json', dir)).toBe(join(dir, 'x.json'));
    expect(findSummary(undefined, dir)).toBeUndefined();
  });

  it('tells a school’s report given by mistake from a broken summary', () => {
    expect(looksLikeSubmission('schema_version: 1\nunit:\n  code: TH-A\n')).toBe(true);
    expect(looksLikeSubmission('{\n  "unit": {"code": "TH-A"}\n}')).toBe(true);
    expect(looksLikeSubmission('kind: edu-comms-summary\nunit: x\n')).toBe(false);
    expect(looksLikeSubmission('hello: world\n')).toBe(false);
  });

  it('refuses with a usage error (exit 2) when there is no summary, and a config error naming a report', () => {
    const empty = join(dir, 'empty');
    mkdirSync(empty);
    expect(() => readSummaryFile(undefined, empty, 'vi')).toThrow(UsageError);
    expect(() => readSummaryFile('missing.json', empty, 'vi')).toThrow(UsageError);
    writeFileSync(join(empty, 'th-a.yaml'), 'schema_version: 1\nunit:\n  code: TH-A\n');
    expect(() => readSummaryFile('th-a.yaml', empty, 'en')).toThrow(ConfigError);
    expect(() => readSummaryFile('th-a.yaml', empty, 'vi')).toThrow(/th-a\.yaml/);
  });

  it('without --summary and none in the folder, takes the one summary aggregate left under out/, and refuses to guess among several', () => {
    const office = join(dir, 'office');
    mkdirSync(join(office, 'out', 'XA-A-2026-2027-HK1'), { recursive: true });
    writeFileSync(join(office, 'out', 'XA-A-2026-2027-HK1', 'summary.json'), '{"kind": "edu-comms-summary"}\n');
    mkdirSync(join(office, 'out', '.cache'));
    expect(findSummary(undefined, office)).toBe(join(office, 'out', 'XA-A-2026-2027-HK1', 'summary.json'));
    // a summary in the folder itself, or a --summary given, comes first
    expect(findSummary('out/XA-A-2026-2027-HK1', office)).toBe(join(office, 'out', 'XA-A-2026-2027-HK1', 'summary.json'));
    mkdirSync(join(office, 'out', 'XA-A-2025-2026-HK2'));
    writeFileSync(join(office, 'out', 'XA-A-2025-2026-HK2', 'summary.yaml'), 'kind: edu-comms-summary\n');
    expect(() => findSummary(undefined, office, 'vi')).toThrow(UsageError);
    expect(() => findSummary(undefined, office, 'vi')).toThrow(/2 bản tổng hợp \(out\/XA-A-2025-2026-HK2, out\/XA-A-2026-2027-HK1\)/);
    expect(findSummary('out/XA-A-2025-2026-HK2', office)).toBe(join(office, 'out', 'XA-A-2025-2026-HK2', 'summary.yaml'));
  });
});
