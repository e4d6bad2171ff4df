/**
 * End to end through the built binary (`npm test` builds dist/ first): template, convert, and validate on every kind
 * of bad workbook clerks send, each with its finding and cell; YAML and Excel mixed in one folder.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BIN, EXAMPLES, ROOT, runCli, runJson } from '../helpers/cli.js';
import { compoundFile, form, honestBomb, lyingBomb } from './helpers.js';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'edu-comms-excel-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const yenLac = join(EXAMPLES, 'submissions/hk1-2024-2025/pgd-phuluong/th-yenlac.yaml');
const byRulePath = (findings: { rule: string; severity: string; path: string | null }[]) => findings.map((f) => `${f.rule} ${f.severity} ${f.path}`).sort();

describe('edu-comms template', () => {
  it('writes the same workbook twice for the same --date, pre-filled with the unit and period', () => {
    const args = ['template', '--unit', 'TH-PHANME', '--term', 'HK1', '--year', '2024-2025', '--date', '2024-11-01'];
    const first = runCli([...args, '--out', 'a.xlsx'], { cwd: dir });
    const second = runCli([...args, '--out', 'b.xlsx'], { cwd: dir });
    expect(first.code).toBe(0);
    expect(first.stdout).toContain('a.xlsx');
    expect(second.code).toBe(0);
    expect(readFileSync(join(dir, 'a.xlsx')).equals(readFileSync(join(dir, 'b.xlsx')))).toBe(true);

    // a blank form is not a report yet: every finding points at a cell of the form
    const { code, json } = runJson(['validate', 'a.xlsx', '--format', 'json'], { cwd: dir });
    expect(code).toBe(1);
    const [file] = json.files;
    expect(file.unit).toBe('TH-PHANME');
    expect(file.period).toEqual({ school_year: '2024-2025', term: 'HK1' });
    for (const f of file.findings) {
      expect(f.cell).toMatch(/^[^!]+![A-Z]+\d+$/);
      expect(f.line).toBeNull();
    }
    expect(file.findings.map((f: { rule: string }) => f.rule)).not.toContain('syntax');
  });

  it('writes a commented YAML skeleton that reads as the same unit and period', () => {
    const result = runCli(['template', '--format', 'yaml', '--unit', 'TH-PHANME', '--month', '2024-10', '--out', 'mau.yaml'], { cwd: dir });
    expect(result.code).toBe(0);
    const text = readFileSync(join(dir, 'mau.yaml'), 'utf8');
    expect(text).toContain('# Mã đơn vị');
    expect(parse(text)).toMatchObject({ schema_version: 1, unit: { code: 'TH-PHANME', parent: 'PGD-PHULUONG' }, period: { month: '2024-10' } });
  });

  it('refuses a unit that is not in the roster (exit 2) and suggests one that is', () => {
    const result = runCli(['template', '--unit', 'TH-KHONGCO'], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('TH-KHONGCO');
    expect(result.stderr).toContain('edu-comms template --unit');
    expect(existsSync(join(dir, 'bao-cao-th-khongco'))).toBe(false);
  });
});

describe('exceljs is loaded only when an Excel file is touched', () => {
  const loaded = (args: string[]) => {
    const trace = join(dir, `trace-${args[0]}.txt`);
    const result = spawnSync(process.execPath, ['--import', join(ROOT, 'test/helpers/trace-imports.mjs'), BIN, ...args], {
      cwd: dir,
      env: { ...process.env, TRACE_IMPORTS_FILE: trace, NO_COLOR: '1' },
      encoding: 'utf8',
    });
    expect(result.status, result.stderr).toBe(0);
    return readFileSync(trace, 'utf8').split('\n').filter((m) => m.includes('/node_modules/exceljs/'));
  };

  it('not for a YAML form, nor for converting YAML to YAML', () => {
    expect(loaded(['template', '--format', 'yaml', '--out', 'trace.yaml'])).toEqual([]);
    expect(loaded(['convert', yenLac, '--to', 'yaml', '--out', join(dir, 'trace-out')])).toEqual([]);
  });

  it('but for an Excel form', () => {
    expect(loaded(['template', '--out', 'trace.xlsx']).length).toBeGreaterThan(0);
  });
});

describe('edu-comms convert', () => {
  it('YAML → xlsx → YAML gives the same data, and the same findings in both formats', () => {
    const out = join(dir, 'conv');
    expect(runCli(['convert', yenLac, '--to', 'xlsx', '--out', out, '--date', '2025-01-05']).code).toBe(0);
    expect(runCli(['convert', join(out, 'th-yenlac.xlsx'), '--to', 'yaml', '--out', join(out, 'back')]).code).toBe(0);
    const back = readFileSync(join(out, 'back', 'th-yenlac.yaml'), 'utf8');
    expect(parse(back)).toEqual(parse(readFileSync(yenLac, 'utf8')));

    const yaml = runJson(['validate', yenLac, '--format', 'json']).json.files[0];
    const xlsx = runJson(['validate', join(out, 'th-yenlac.xlsx'), '--format', 'json']).json.files[0];
    expect(byRulePath(xlsx.findings)).toEqual(byRulePath(yaml.findings));
    expect(xlsx.status).toBe(yaml.status);
  });

  it('keeps errors as they are, so validating the Excel version reports them too', () => {
    const broken = join(EXAMPLES, 'broken/mn-binhyen-so-lieu-mau-thuan.yaml');
    const out = join(dir, 'conv-broken');
    expect(runCli(['convert', broken, '--to', 'xlsx', '--out', out]).code).toBe(0);
    const yaml = runJson(['validate', broken, '--format', 'json']).json.files[0];
    const xlsx = runJson(['validate', join(out, 'mn-binhyen-so-lieu-mau-thuan.xlsx'), '--format', 'json']).json.files[0];
    expect(yaml.findings.length).toBeGreaterThan(0);
    expect(byRulePath(xlsx.findings)).toEqual(byRulePath(yaml.findings));
  });

  it('refuses a file with a key the form has no cell for, naming it and its line (exit 1)', () => {
    const typo = join(dir, 'typo.yaml');
    writeFileSync(typo, readFileSync(yenLac, 'utf8').replace('  broadcasts:', '  broadcast:'));
    const result = runCli(['convert', typo, '--to', 'xlsx', '--out', join(dir, 'conv-typo')]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/typo\.yaml:\d+:\d+.*activities\.broadcast/);
    expect(existsSync(join(dir, 'conv-typo', 'typo.xlsx'))).toBe(false);
  });

  it('will not overwrite its input (exit 2)', () => {
    const copy = join(dir, 'same.yaml');
    copyFileSync(yenLac, copy);
    const result = runCli(['convert', copy, '--to', 'yaml', '--out', dir]);
    expect(result.code).toBe(2);
    expect(readFileSync(copy, 'utf8')).toBe(readFileSync(yenLac, 'utf8'));
  });
});

describe('edu-comms validate on workbooks', () => {
  const bad: Record<string, () => Promise<Uint8Array> | Uint8Array> = {
    'khong-phai-mau.xlsx': async () => {
      const wb = new ExcelJS.Workbook();
      wb.addWorksheet('Sheet1').getCell('A1').value = 'Báo cáo truyền thông học kỳ I';
      return new Uint8Array(await wb.xlsx.writeBuffer());
    },
    'co-mat-khau.xlsx': () => compoundFile(['Root Entry', 'EncryptionInfo', 'EncryptedPackage']),
    'xls-doi-duoi.xlsx': () => readFileSync(join(ROOT, 'test/fixtures/excel/form.xls')),
    'ods-doi-duoi.xlsx': () => readFileSync(join(ROOT, 'test/fixtures/excel/form.ods')),
    'bi-hong.xlsx': async () => (await form()).subarray(0, 9000),
    'zip-bomb.xlsx': () => honestBomb(64 * 1024 * 1024),
    'zip-bomb-khai-gian.xlsx': () => lyingBomb(64 * 1024 * 1024),
    'csv-doi-duoi.xlsx': () => new TextEncoder().encode('code;name\nTH-BINHYEN;Trường\n'),
    'trong.xlsx': () => new Uint8Array(0),
  };
  const expected: Record<string, [RegExp, string]> = {
    'khong-phai-mau.xlsx': [/không làm từ mẫu/, 'Sheet1!A1'],
    'co-mat-khau.xlsx': [/mật khẩu/, 'A1'],
    'xls-doi-duoi.xlsx': [/\.xls\)/, 'A1'],
    'ods-doi-duoi.xlsx': [/\.ods/, 'A1'],
    'bi-hong.xlsx': [/bị hỏng/, 'A1'],
    'zip-bomb.xlsx': [/zip bomb/, 'A1'],
    'zip-bomb-khai-gian.xlsx': [/nhiều hơn kích thước đã khai/, 'A1'],
    'csv-doi-duoi.xlsx': [/CSV/, 'A1'],
    'trong.xlsx': [/trống/, 'A1'],
  };

  it('gives each bad workbook one clear finding at a cell, never a crash', async () => {
    const folder = join(dir, 'bad');
    mkdirSync(folder);
    for (const [name, make] of Object.entries(bad)) writeFileSync(join(folder, name), await make());
    const { code, json, stderr } = runJson(['validate', folder, '--format', 'json']);
    expect(code).toBe(1);
    expect(stderr).not.toMatch(/\bat .+\.js:\d+/); // no stack trace
    expect(json.files).toHaveLength(Object.keys(bad).length);
    for (const file of json.files) {
      const name = file.file.split('/').pop();
      const [message, cell] = expected[name]!;
      expect(file.status, name).toBe('rejected');
      expect(file.findings, name).toHaveLength(1);
      expect(file.findings[0], name).toMatchObject({ rule: 'syntax', severity: 'error', cell, line: null, column: null });
      expect(file.findings[0].message, name).toMatch(message);
    }
  });

  it('reads the example with clerk mistakes, each finding at its cell', () => {
    const { code, json } = runJson(['validate', join(EXAMPLES, 'broken/mn-chochu-loi-nhap-lieu.xlsx'), '--format', 'json']);
    expect(code).toBe(1);
    const found = json.files[0].findings.map((f: { rule: string; path: string; cell: string }) => `${f.rule} ${f.path} ${f.cell}`);
    expect(found).toEqual(
      expect.arrayContaining([
        'legacy-encoding unit.name Báo cáo!C7',
        'leader-and-officer contacts.officer.name Báo cáo!C23',
        'comms-plan governance.comms_plan Báo cáo!C33',
        'syntax activities.portal_posts Báo cáo!C38',
        'schema activities.events Báo cáo!C46',
        'feedback-consistency feedback.resolved Báo cáo!C58',
        'channel-url channels[1].url Kênh truyền thông của đơn vị!D7',
        'schema incidents[0].date Sự cố truyền thông trong kỳ!B5',
      ]),
    );
  });

  it('accepts YAML and Excel mixed in one folder', () => {
    const folder = join(dir, 'mixed');
    mkdirSync(folder);
    copyFileSync(yenLac, join(folder, 'th-yenlac.yaml'));
    copyFileSync(join(EXAMPLES, 'excel/th-phanme.xlsx'), join(folder, 'th-phanme.xlsx'));
    const { code, json } = runJson(['validate', folder, '--format', 'json', '--term', 'HK1', '--year', '2024-2025']);
    expect(json.files.map((f: { file: string; status: string }) => [f.file.split('/').pop(), f.status])).toEqual([
      ['th-phanme.xlsx', 'accepted'],
      ['th-yenlac.yaml', 'accepted'],
    ]);
    expect(code).toBe(0);
  });
});
