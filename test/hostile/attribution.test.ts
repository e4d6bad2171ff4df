/**
 * A file with a syntax error still belongs to its school (counted as rejected, with the file named — never as
 * missing), and no message has an empty name in it.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildRoster } from '../../src/contract/roster.js';
import { readYamlDocument } from '../../src/read/yaml.js';
import { identify } from '../../src/validate/identify.js';
import { EXAMPLES, runCli, runJson } from '../helpers/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'edu-comms-attribution-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const BROKEN_LATE = `schema_version: 1
unit:
  code: TH-BINHYEN
  name: Trường Tiểu học Bình Yên
  level: TH
period:
  school_year: 2024-2025
  term: HK1
contacts:
  spokesperson:
    name: "Nguyễn Văn A
    phone: 0912345678
`;

const roster = buildRoster([
  { code: 'PGD-DINHHOA', name: 'Phòng', level: 'OFFICE' },
  { code: 'TH-BINHYEN', name: 'Trường Tiểu học Bình Yên', level: 'TH', parent: 'PGD-DINHHOA' },
  { code: 'TH-BINH', name: 'Trường Tiểu học Bình', level: 'TH', parent: 'PGD-DINHHOA' },
] as never);

describe('whose broken file it is', () => {
  it('the unit and period come from what parses before the syntax error', () => {
    const doc = readYamlDocument(Buffer.from(BROKEN_LATE), { file: 'x.yaml', lang: 'vi' });
    expect(doc.data).toBeUndefined();
    const who = identify(doc.partial, 'x.yaml', roster);
    expect(who.unit).toBe('TH-BINHYEN');
    expect(who.periodRef).toEqual({ kind: 'term', school_year: '2024-2025', term: 'HK1' });
  });

  it('else from the file name and the roster (the longest code it holds); an unknown name stays unknown', () => {
    expect(identify(undefined, 'in/th-binhyen.yaml', roster).unit).toBe('TH-BINHYEN');
    expect(identify(undefined, 'bao-cao-TH-BINHYEN-2024-2025-HK1.xlsx', roster).unit).toBe('TH-BINHYEN');
    expect(identify(undefined, 'th binh (1).yaml', roster).unit).toBe('TH-BINH');
    expect(identify(undefined, 'bao-cao.yaml', roster).unit).toBeNull();
    expect(identify({ unit: { code: 'th-binhyen' } }, 'a.yaml', roster).unit).toBe('TH-BINHYEN');
  });

  it('aggregate counts the school as rejected with its file, not as missing (exit 1)', () => {
    const inDir = join(dir, 'in');
    mkdirSync(inDir, { recursive: true });
    writeFileSync(join(inDir, 'a.yaml'), BROKEN_LATE);
    writeFileSync(join(inDir, 'mn-binhyen.yaml'), 'schema_version: 1\nunit: {code: [\n');
    const r = runJson(
      ['aggregate', '--config', join(EXAMPLES, 'edu-comms.yaml'), '--unit', 'PGD-DINHHOA', '--term', 'HK1', '--year', '2024-2025', '--in', inDir, '--out', join(dir, 'out'), '--date', '2025-01-05', '--format', 'json'],
      { cwd: dir },
    );
    expect(r.code).toBe(1);
    const units = Object.fromEntries((r.json.units as { code: string; status: string; files: string[] }[]).map((u) => [u.code, u]));
    expect(units['TH-BINHYEN']).toMatchObject({ status: 'rejected', files: ['in/a.yaml'] });
    expect(units['MN-BINHYEN']).toMatchObject({ status: 'rejected', files: ['in/mn-binhyen.yaml'] });
  });
});

describe('messages name what they speak of', () => {
  it('a duplicated key is named (or its line), never «»', () => {
    const file = join(dir, 'dup.yaml');
    writeFileSync(file, 'schema_version: 1\nunit:\n  code: TH-BINHYEN\n  code: TH-BINHYEN\n"period": 1\n"period": 2\n');
    const r = runCli(['validate', file], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('Mục «code» bị ghi hai lần');
    expect(r.stdout).toContain('Mục «period» bị ghi hai lần');
    expect(r.stdout).not.toContain('«»');
  });
});
