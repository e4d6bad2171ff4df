import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { buildRoster, normaliseUnitCode, suggestUnitCodes } from '../../src/contract/roster.js';
import { loadConfig } from '../../src/config/load.js';
import { ConfigError } from '../../src/util/errors.js';
import { runCli } from '../helpers/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'edu-comms-codes-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const config = (roster: string) => `authority: {code: sgd-thai, name: Sở Giáo dục và Đào tạo Thái, symbol: SGDĐT, place: Thái}
calendar:
  2026-2027:
    HK1: {start: 2026-09-05, end: 2027-01-15, deadline: 2026-12-15}
units_file: ${roster}
`;

function office(name: string, csv: string): string {
  const folder = join(dir, name);
  writeFileSync(join(dir, `${name}.csv`), csv);
  return folder;
}

describe('unit codes are written one way everywhere', () => {
  it('folds case, white space and Unicode form', () => {
    expect(normaliseUnitCode(' th-trangxa ')).toBe('TH-TRANGXA');
    expect(normaliseUnitCode('TH - Trang Xa')).toBe('TH-TRANGXA');
    fc.assert(fc.property(fc.string(), (s) => normaliseUnitCode(normaliseUnitCode(s)) === normaliseUnitCode(s)));
  });

  it('suggests the code with other separators first, else the closest few, else nothing', () => {
    const codes = ['TH-TRANGXA', 'THCS-TRANGXA', 'MN-BINHYEN', 'XA-TRANGXA'];
    expect(suggestUnitCodes('TH.TRANGXA', codes)).toEqual(['TH-TRANGXA']);
    expect(suggestUnitCodes('TH-TRANGX', codes)).toEqual(['TH-TRANGXA']);
    expect(suggestUnitCodes('MN-BINHYN', codes)).toEqual(['MN-BINHYEN']);
    expect(suggestUnitCodes('PGD-DINHHOA', codes)).toEqual([]);
    expect(suggestUnitCodes('', codes)).toEqual([]);
  });

  it('finds a unit however the clerk types its code', () => {
    const roster = buildRoster([{ code: 'TH-TRANGXA', name: 'Trường Tiểu học Tràng Xá', level: 'TH' }]);
    expect(roster.find('th-trangxa')?.code).toBe('TH-TRANGXA');
    expect(roster.find('TH-TRANGXA')?.code).toBe('TH-TRANGXA');
    expect(roster.find('TH-TRANGXB')).toBeUndefined();
    expect(roster.suggest('TH-TRANGXB')).toEqual(['TH-TRANGXA']);
  });

  it('a roster imported from Excel with lower-case codes is read upper case, parent and authority too', async () => {
    office('lower', 'code,name,level,parent\nsgd-thai,Sở Giáo dục và Đào tạo Thái,OFFICE,\nth-trangxa,Trường Tiểu học Tràng Xá,TH,Sgd-Thai\n');
    writeFileSync(join(dir, 'edu-comms.yaml'), config('lower.csv'));
    const { config: c, roster } = await loadConfig({ cwd: dir, lang: 'vi' });
    expect(c.authority.code).toBe('SGD-THAI');
    expect(roster.byCode.get('TH-TRANGXA')?.parent).toBe('SGD-THAI');
  });

  it('gives every roster error in one pass, with a did-you-mean for an unknown parent', async () => {
    office('broken', 'code,name,level,parent\nSGD-THAI,Sở,OFFICE,\nTH-A,Trường A,TH,SGD-THAJ\nTH-A,Trường A bis,TH,SGD-THAI\nTH-B,Trường B,XX,SGD-THAI\n');
    writeFileSync(join(dir, 'edu-comms.yaml'), config('broken.csv'));
    const error = await loadConfig({ cwd: dir, lang: 'vi' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConfigError);
    const details = (error as ConfigError).details.join('\n');
    expect(details).toContain('SGD-THAJ');
    expect(details).toContain('Có phải SGD-THAI?');
    expect(details).toContain('TH-A xuất hiện hơn một lần');
    expect(details).toMatch(/broken\.csv:5:\d+ .*Cấp học/);
  });

  it('an inline roster: schema errors, duplicates and unknown parents come together', async () => {
    writeFileSync(
      join(dir, 'edu-comms.yaml'),
      `authority: {code: SGD-THAI, name: Sở, symbol: SGDĐT, place: Thái}
units:
  - {code: SGD-THAI, name: Sở, level: OFFICE}
  - {code: TH-A, name: A, level: TH, parent: sgd-thaj}
  - {code: th-a, name: A bis, level: TH, parent: SGD-THAI}
  - {code: TH-B, name: B, level: XX, parent: SGD-THAI}
`,
    );
    const error = await loadConfig({ cwd: dir, lang: 'en' }).catch((e: unknown) => e);
    const details = (error as ConfigError).details.join('\n');
    expect(details).toMatch(/edu-comms\.yaml:6:\d+ .*Level/);
    expect(details).toMatch(/edu-comms\.yaml:5:\d+ Unit code TH-A appears more than once/);
    expect(details).toMatch(/edu-comms\.yaml:4:\d+ Unit TH-A has parent SGD-THAJ.*Did you mean SGD-THAI\?/);
  });
});

describe('template --unit with a roster imported in lower case (built binary)', () => {
  const setup = () => {
    writeFileSync(join(dir, 'roster-lower.csv'), 'code,name,level,parent\nsgd-thai,Sở Giáo dục và Đào tạo Thái,OFFICE,\nth-trangxa,Trường Tiểu học Tràng Xá,TH,sgd-thai\n');
    writeFileSync(join(dir, 'edu-comms.yaml'), config('roster-lower.csv'));
  };

  it('writes the form of TH-TRANGXA, and of th-trangxa', () => {
    setup();
    const upper = runCli(['template', '--unit', 'TH-TRANGXA', '--term', 'HK1', '--year', '2026-2027', '--out', 'upper.xlsx'], { cwd: dir });
    expect(upper.stderr).toBe('');
    expect(upper.code).toBe(0);
    expect(existsSync(join(dir, 'upper.xlsx'))).toBe(true);
    const lower = runCli(['template', '--unit', 'th-trangxa', '--term', 'HK1', '--year', '2026-2027', '--format', 'yaml', '--out', 'lower.yaml'], { cwd: dir });
    expect(lower.code).toBe(0);
  });

  it('an unknown code is a usage error with a did-you-mean', () => {
    setup();
    const r = runCli(['template', '--unit', 'TH-TRANGX', '--term', 'HK1', '--year', '2026-2027', '--out', 'x.xlsx'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Có phải TH-TRANGXA?');
    expect(existsSync(join(dir, 'x.xlsx'))).toBe(false);
  });
});
