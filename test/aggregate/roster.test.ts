/**
 * Rosters kept in a file (`units_file:`): CSV (our RFC 4180 reader) and Excel, with findings located at the cell.
 */
import ExcelJS from 'exceljs';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/load.js';
import { parseCsv, parseRosterCsv } from '../../src/read/roster.js';
import { readXlsxRoster } from '../../src/read/xlsx-roster.js';
import { ConfigError } from '../../src/util/errors.js';

const csv = (text: string) => parseRosterCsv(Buffer.from(text), { file: 'roster.csv', lang: 'vi' });

describe('CSV reader (RFC 4180)', () => {
  it('reads quoted cells, doubled quotes, separators and line breaks inside quotes, CRLF, with positions', () => {
    const { records, problems } = parseCsv('a,"b, ""c""",d\r\n"x\ny",z,\n', ',');
    expect(problems).toEqual([]);
    expect(records.map((r) => [r.line, r.cells.map((c) => c.value)])).toEqual([
      [1, ['a', 'b, "c"', 'd']],
      [2, ['x\ny', 'z', '']],
    ]);
    expect(records[0]!.cells.map((c) => c.column)).toEqual([1, 3, 14]);
    expect(records[1]!.cells.map((c) => [c.line, c.column])).toEqual([[2, 1], [3, 4], [3, 6]]);
  });

  it('reports an unclosed quote and a stray quote where they are', () => {
    expect(parseCsv('a,"b\nc', ',').problems).toEqual([{ line: 1, column: 3, kind: 'quote' }]);
    expect(parseCsv('a,b"c\n', ',').problems).toEqual([{ line: 1, column: 4, kind: 'stray_quote' }]);
  });
});

describe('roster.csv', () => {
  it('reads units with English or Vietnamese headers, a BOM, semicolons (Vietnamese Excel) and NFD text', () => {
    const text = '\uFEFFMã đơn vị;Tên đơn vị;Cấp học;Mã đơn vị quản lý;reports\r\n' +
      'SGD;Sở GD&ĐT;OFFICE;;\r\n' +
      'PGD;"Phòng GD&ĐT; huyện";OFFICE;SGD;có\r\n' +
      `TH-A;${'Trường Tiểu học A'.normalize('NFD')};TH;PGD;\r\n`;
    const { units, findings } = csv(text);
    expect(findings).toEqual([]);
    expect(units).toEqual([
      { code: 'SGD', name: 'Sở GD&ĐT', level: 'OFFICE' },
      { code: 'PGD', name: 'Phòng GD&ĐT; huyện', level: 'OFFICE', parent: 'SGD', reports: true },
      { code: 'TH-A', name: 'Trường Tiểu học A', level: 'TH', parent: 'PGD' },
    ]);
  });

  it('locates a bad level, a duplicate code and an unknown parent at file:line:column', () => {
    const { findings } = csv('code,name,level,parent\nSGD,Sở,OFFICE,\nTH-A,Trường A,TIEUHOC,SGD\nSGD,Sở 2,OFFICE,\nTH-B,Trường B,TH,PGD-X\n');
    expect(findings.map((f) => [f.file, f.line, f.column, f.path])).toEqual([
      ['roster.csv', 3, 15, 'level'],
      ['roster.csv', 4, 1, 'code'],
      ['roster.csv', 5, 18, 'parent'],
    ]);
    expect(findings[0]!.message).toContain('TIEUHOC');
    expect(findings[2]!.message).toContain('PGD-X');
  });

  it('reads versions of a unit over time (valid_from, valid_until) and the units it replaces, and locates overlapping versions', () => {
    const { units, findings } = csv(
      'code,name,level,parent,có từ năm học,có đến năm học,thay cho đơn vị\n' +
        'SGD,Sở,OFFICE,,,,\n' +
        'PGD,Phòng,OFFICE,SGD,,2024-2025,\n' +
        'XA,Xã,OFFICE,SGD,2025-2026,,PGD\n' +
        'TH-A,A,TH,PGD,,2024-2025,\n' +
        'TH-A,A,TH,XA,2025-2026,,"TH-B; TH-C"\n' +
        'TH-B,B,TH,PGD,,2024-2025,\n' +
        'TH-C,C,TH,PGD,,2024-2025,\n',
    );
    expect(findings).toEqual([]);
    expect(units[2]).toEqual({ code: 'XA', name: 'Xã', level: 'OFFICE', parent: 'SGD', valid_from: '2025-2026', replaces: ['PGD'] });
    expect(units[4]).toEqual({ code: 'TH-A', name: 'A', level: 'TH', parent: 'XA', valid_from: '2025-2026', replaces: ['TH-B', 'TH-C'] });
    const overlapping = csv('code,name,level,valid_from,valid_until\nTH-A,A,TH,,2025-2026\nTH-A,A,TH,2025-2026,\nTH-B,B,TH,2024-2025,2024-2025\nTH-B,B,TH,2026-2027,\n');
    expect(overlapping.findings.map((f) => [f.line, f.column, f.path])).toEqual([[3, 1, 'code']]);
  });

  it('says which columns are missing, which are unknown, and which rows have the wrong number of cells', () => {
    expect(csv('code,ten\nA,B\n').findings.map((f) => f.message).join(' ')).toMatch(/name, level/);
    // a column that is not a roster field is an attribute of the unit
    expect(csv('code,name,level,cap\nA,B,TH,x\n')).toEqual({ units: [{ code: 'A', name: 'B', level: 'TH', attributes: { cap: 'x' } }], findings: [] });
    expect(csv('code,name,level\nA,B\n').findings[0]).toMatchObject({ line: 2, column: 1 });
    expect(csv('').findings).toHaveLength(1);
    expect(csv('code,name,level,reports\nA,B,OFFICE,maybe\n').findings[0]).toMatchObject({ line: 2, column: 12, path: 'reports' });
  });

  it('refuses a file that is not UTF-8', () => {
    const { findings } = parseRosterCsv(Buffer.from([0x63, 0x6f, 0x64, 0x65, 0x0a, 0xff, 0xfe, 0x41]), { file: 'r.csv', lang: 'en' });
    expect(findings[0]!.message).toMatch(/UTF-8/);
  });
});

describe('roster.xlsx', () => {
  async function workbook(rows: (string | number | null)[][]): Promise<Uint8Array> {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('DanhSach');
    rows.forEach((r) => ws.addRow(r));
    return new Uint8Array(await wb.xlsx.writeBuffer());
  }

  it('reads the first sheet, numbers typed as codes included', async () => {
    const bytes = await workbook([['code', 'name', 'level', 'parent'], ['SGD', 'Sở', 'OFFICE', null], [12345, 'Trường số', 'THCS', 'SGD']]);
    const { units, findings } = await readXlsxRoster(bytes, { file: 'roster.xlsx', lang: 'vi' });
    expect(findings).toEqual([]);
    expect(units.map((u) => [u.code, u.parent])).toEqual([['SGD', undefined], ['12345', 'SGD']]);
  });

  it('points at the cell of a bad value', async () => {
    const bytes = await workbook([['code', 'name', 'level', 'parent'], ['SGD', 'Sở', 'OFFICE', null], ['TH-A', 'A', 'TRUNG CAP', 'SGD']]);
    const { findings } = await readXlsxRoster(bytes, { file: 'roster.xlsx', lang: 'vi' });
    expect(findings.map((f) => f.cell)).toEqual(['DanhSach!C3']);
  });

  it('refuses a file that is not a workbook', async () => {
    const { findings } = await readXlsxRoster(Buffer.from('not a zip'), { file: 'roster.xlsx', lang: 'vi' });
    expect(findings).toHaveLength(1);
  });
});

describe('edu-comms.yaml with units_file', () => {
  const dir = mkdtempSync(join(tmpdir(), 'edu-roster-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const config = (file: string) =>
    'authority: {code: SGD, governing_body: UBND TỈNH X, name: SỞ GIÁO DỤC VÀ ĐÀO TẠO, symbol: SGDĐT, place: X}\n' + `units_file: ${file}\n`;

  it('builds the roster tree from the file', async () => {
    writeFileSync(join(dir, 'good.csv'), 'code,name,level,parent\nSGD,Sở,OFFICE,\nXA-1,Xã 1,OFFICE,SGD\nMN-1,Trường MN 1,MN,XA-1\n');
    writeFileSync(join(dir, 'good.yaml'), config('good.csv'));
    const loaded = await loadConfig({ config: join(dir, 'good.yaml'), lang: 'vi' });
    expect(loaded.roster.descendants('SGD').map((u) => u.code)).toEqual(['XA-1', 'MN-1']);
  });

  it('refuses a broken roster file with located details', async () => {
    writeFileSync(join(dir, 'bad.csv'), 'code,name,level,parent\nSGD,Sở,OFFICE,\nMN-1,Trường MN 1,MAMNON,SGD\n');
    writeFileSync(join(dir, 'bad.yaml'), config('bad.csv'));
    const error = await loadConfig({ config: join(dir, 'bad.yaml'), lang: 'vi', cwd: dir }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).details.join('\n')).toMatch(/^bad\.csv:3:\d+ /m);
  });
});
