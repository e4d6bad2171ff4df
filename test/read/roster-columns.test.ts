/**
 * Rosters from the sector's own lists (issue 11 item 5): a roster file is read by its header text whatever the column
 * order, with Vietnamese or English headers (with or without diacritics), title rows above the header, a `columns:`
 * mapping under `units_file:` for other names, `moet_code`, and every other column an attribute. Errors point at the
 * cell (CSV line:column, Excel Sheet!C7) and come all in one pass. Real CSV and XLSX files, read through loadConfig.
 */
import ExcelJS from 'exceljs';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/load.js';
import { headerKey, mappingTarget, parseRosterCsv, rosterColumn } from '../../src/read/roster.js';
import { ConfigError } from '../../src/util/errors.js';

const dir = mkdtempSync(join(tmpdir(), 'edu-roster-columns-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const AUTHORITY = 'authority: {code: SGD, governing_body: UBND TỈNH X, name: SỞ GIÁO DỤC VÀ ĐÀO TẠO, symbol: SGDĐT, place: X}\n';

async function xlsx(rows: (string | number | null)[][], sheet = 'DanhSach'): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(sheet);
  rows.forEach((r) => ws.addRow(r));
  return Buffer.from(await wb.xlsx.writeBuffer());
}

async function load(name: string, configTail: string) {
  writeFileSync(join(dir, `${name}.yaml`), AUTHORITY + configTail);
  return loadConfig({ config: join(dir, `${name}.yaml`), lang: 'vi', cwd: dir });
}

async function refused(name: string, configTail: string): Promise<string[]> {
  const error = await load(name, configTail).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(ConfigError);
  return (error as ConfigError).details;
}

/** The three units every good file below describes, whatever its columns are called. */
const EXPECTED = [
  { code: 'SGD', name: 'Sở GD&ĐT', level: 'OFFICE' },
  { code: 'XA-A', name: 'UBND xã A', level: 'OFFICE', parent: 'SGD' },
  { code: 'TH-A', name: 'Trường Tiểu học A', level: 'TH', parent: 'XA-A', moet_code: '01234567', attributes: { 'địa bàn': 'xã A', 'loại hình': 'công lập' } },
];

describe('headers by their text', () => {
  it('knows each field by its key, its Vietnamese and English labels and common names, loosely', () => {
    expect(['code', 'Mã đơn vị', 'MA_DON_VI', 'ma don vi', 'Unit code', ' mã  đơn vị '].map(rosterColumn)).toEqual(Array(6).fill('code'));
    expect(['name', 'Tên đơn vị', 'Tên trường', 'Unit name'].map(rosterColumn)).toEqual(Array(4).fill('name'));
    expect(['Cấp học', 'cap hoc', 'LEVEL'].map(rosterColumn)).toEqual(Array(3).fill('level'));
    expect(['Mã đơn vị quản lý', 'Parent unit code', 'parent code'].map(rosterColumn)).toEqual(Array(3).fill('parent'));
    expect(['moet_code', 'MOET code', 'Mã CSDL', 'Mã đơn vị trên CSDL ngành', 'Code in the sector database'].map(rosterColumn)).toEqual(Array(5).fill('moet_code'));
    expect(['Có từ năm học', 'valid_until', 'Thay cho đơn vị'].map(rosterColumn)).toEqual(['valid_from', 'valid_until', 'replaces']);
    expect(rosterColumn('Xã, phường')).toBeUndefined();
    expect(headerKey('Đơn vị: Xã/Phường')).toBe('don vi xa phuong');
  });

  it('a columns: target is a field (key or label) or attributes.NAME', () => {
    expect(mappingTarget('code')).toEqual({ field: 'code' });
    expect(mappingTarget('Mã đơn vị quản lý')).toEqual({ field: 'parent' });
    expect(mappingTarget('attributes.địa bàn')).toEqual({ attribute: 'địa bàn' });
    expect(mappingTarget('thuộc tính: loại hình')).toEqual({ attribute: 'loại hình' });
    expect(mappingTarget('cdoe')).toBeUndefined();
  });
});

describe('a roster CSV', () => {
  it('with Vietnamese headers in any order: fields by header, moet_code kept as text, other columns attributes', async () => {
    writeFileSync(
      join(dir, 'vi.csv'),
      '\uFEFFLoại hình;Tên đơn vị;Mã đơn vị quản lý;Địa bàn;Cấp học;Mã CSDL;Mã đơn vị\r\n' +
        ';Sở GD&ĐT;;;OFFICE;;SGD\r\n' +
        ';UBND xã A;SGD;;OFFICE;;XA-A\r\n' +
        'công lập;Trường Tiểu học A;xa-a;xã A;TH;01234567;th-a\r\n',
    );
    const loaded = await load('vi-csv', 'units_file: vi.csv\n');
    // attribute names are the file's headers; a value is kept as written (codes are normalised)
    expect(loaded.roster.units).toEqual(EXPECTED.map((u) => (u.attributes ? { ...u, attributes: { 'Địa bàn': 'xã A', 'Loại hình': 'công lập' } } : u)));
  });

  it('with English headers, another order', async () => {
    writeFileSync(
      join(dir, 'en.csv'),
      'Level,Unit code,MOET code,Parent code,Unit name,attributes.địa bàn,attributes.loại hình\n' +
        'OFFICE,SGD,,,Sở GD&ĐT,,\nOFFICE,XA-A,,SGD,UBND xã A,,\nTH,TH-A,01234567,XA-A,Trường Tiểu học A,xã A,công lập\n',
    );
    expect((await load('en-csv', 'units_file: en.csv\n')).roster.units).toEqual(EXPECTED);
  });

  it('with the sector export’s own headers mapped in columns: under units_file:', async () => {
    writeFileSync(
      join(dir, 'export.csv'),
      'STT,Mã trường,Tên trường,Cấp,Đơn vị chủ quản,Mã định danh,Xã/Phường,Loại hình\n' +
        '1,SGD,Sở GD&ĐT,OFFICE,,,,\n2,XA-A,UBND xã A,OFFICE,SGD,,,\n3,TH-A,Trường Tiểu học A,TH,XA-A,01234567,xã A,công lập\n',
    );
    const loaded = await load(
      'export-csv',
      'units_file:\n  path: export.csv\n  columns:\n    Mã trường: code\n    Cấp: level\n    Đơn vị chủ quản: parent\n    Mã định danh: moet_code\n' +
        '    Xã/Phường: attributes.địa bàn\n    Loại hình: attributes.loại hình\n    STT: attributes.stt\n',
    );
    expect(loaded.roster.units.map(({ attributes, ...u }) => ({ ...u, ...(attributes ? { attributes } : {}) }))).toEqual([
      { ...EXPECTED[0], attributes: { stt: '1' } },
      { ...EXPECTED[1], attributes: { stt: '2' } },
      { ...EXPECTED[2], attributes: { ...EXPECTED[2]!.attributes, stt: '3' } },
    ]);
  });

  it('levels as the sector’s lists write them: the name (any case, with or without diacritics), the code in any case, a known alias', async () => {
    writeFileSync(
      join(dir, 'level-names.csv'),
      'Mã đơn vị,Tên đơn vị,Cấp học,Mã đơn vị quản lý\n' +
        'SGD,Sở GD&ĐT,Cơ quan quản lý giáo dục,\n' +
        'MN-A,Trường Mầm non A,Mầm non,SGD\n' +
        'TH-A,Trường Tiểu học A,tieu hoc,SGD\n' +
        'THCS-A,Trường THCS A,Trung học cơ sở,SGD\n' +
        'THPT-A,Trường THPT A,thpt,SGD\n' +
        'MG-B,Trường Mẫu giáo B,Mẫu giáo,SGD\n' +
        'GDTX-A,Trung tâm GDNN-GDTX A,Trung tâm giáo dục nghề nghiệp - giáo dục thường xuyên,SGD\n' +
        'TH-THCS-A,Trường TH và THCS A,Tiểu học và THCS,SGD\n' +
        'THPT-B,Trường THPT B,Cấp 3,SGD\n' +
        'TH-C,Trường Tiểu học C,Primary,SGD\n',
    );
    const loaded = await load('level-names', 'units_file: level-names.csv\n');
    expect(loaded.roster.units.map((u) => u.level)).toEqual(['OFFICE', 'MN', 'TH', 'THCS', 'THPT', 'MN', 'GDNN-GDTX', 'TH-THCS', 'THPT', 'TH']);
  });

  it('several bad cells in one pass, each at its line and column', async () => {
    writeFileSync(
      join(dir, 'bad.csv'),
      'name,code,level,parent,reports,moet_code\n' +
        'Sở,SGD,OFFICE,,,\n' + // 2
        'Trường A,TH-A,TIEUHOC,SGD,,1\n' + // 3: bad level at column 15
        'Xã B,XA-B,OFFICE,SGD,maybe,\n' + // 4: bad reports at column 23
        'Trường A bis,TH-A,TH,SGD,,\n' + // 5: TH-A again — but line 3 did not parse, so not a duplicate
        'Trường C,TH-C,TH,XA-Z,,\n' + // 6: unknown parent at column 20
        ',TH-D,TH,SGD,,\n', // 7: no name, at column 1
    );
    const details = await refused('bad-csv', 'units_file: bad.csv\n');
    const where = details.map((d) => /^bad\.csv:(\d+):(\d+) /.exec(d)?.slice(1).join(':'));
    expect(where).toEqual(['3:15', '4:22', '6:18', '7:1']);
    expect(details[0]).toContain('TIEUHOC');
    expect(details[2]).toContain('XA-Z');
  });

  it('says which required columns are missing, which headers it found, and how to map them', async () => {
    writeFileSync(join(dir, 'nohead.csv'), 'Mã trường,Tên trường,Cấp\nSGD,Sở,OFFICE\n');
    const details = await refused('nohead', 'units_file: nohead.csv\n');
    expect(details).toHaveLength(1);
    expect(details[0]).toMatch(/^nohead\.csv:1:1 /);
    expect(details[0]).toContain('code, level');
    expect(details[0]).toContain('Mã trường, Tên trường, Cấp');
    expect(details[0]).toContain('columns:');
  });

  it('refuses two columns feeding one field, and data under no header, at their cells', () => {
    const { findings } = parseRosterCsv(Buffer.from('code,Mã đơn vị,name,level,\nA,A2,Trường,TH,\nB,B2,Trường B,TH,x\n'), { file: 'r.csv', lang: 'vi' });
    expect(findings.map((f) => [f.line, f.column, f.message.slice(0, 20)])).toEqual([
      [1, 6, 'Cột «Mã đơn vị» trùn'],
      [3, 18, 'Ô có dữ liệu (x) nằm'],
    ]);
  });
});

describe('a roster workbook', () => {
  it('with title rows above a shuffled header without diacritics, codes typed as numbers', async () => {
    writeFileSync(
      join(dir, 'export.xlsx'),
      await xlsx([
        ['DANH SÁCH CÁC ĐƠN VỊ NĂM HỌC 2026-2027'],
        [],
        ['TEN DON VI', 'MA DON VI', 'CAP HOC', 'MA DON VI QUAN LY', 'MA CSDL', 'Địa bàn', 'Loại hình'],
        ['Sở GD&ĐT', 'SGD', 'OFFICE', null, null, null, null],
        ['UBND xã A', 'XA-A', 'OFFICE', 'SGD', null, null, null],
        ['Trường Tiểu học A', 'TH-A', 'TH', 'XA-A', '01234567', 'xã A', 'công lập'],
      ]),
    );
    const loaded = await load('xlsx-title', 'units_file: export.xlsx\n');
    expect(loaded.roster.units).toEqual(EXPECTED.map((u) => (u.attributes ? { ...u, attributes: { 'Địa bàn': 'xã A', 'Loại hình': 'công lập' } } : u)));
  });

  it('with mapped headers, and a number cell as moet_code keeps its digits', async () => {
    writeFileSync(
      join(dir, 'mapped.xlsx'),
      await xlsx([
        ['Xã/Phường', 'Đơn vị', 'Loại', 'Mã', 'Trực thuộc', 'Mã định danh'],
        [null, 'Sở GD&ĐT', 'OFFICE', 'SGD', null, null],
        ['xã A', 'Trường Tiểu học A', 'TH', 'TH-A', 'SGD', 79012345],
      ]),
    );
    const loaded = await load(
      'xlsx-mapped',
      'units_file: {path: mapped.xlsx, columns: {Đơn vị: name, Loại: level, Mã: code, Trực thuộc: parent, Mã định danh: moet_code, Xã/Phường: attributes.xa}}\n',
    );
    expect(loaded.roster.units).toEqual([
      { code: 'SGD', name: 'Sở GD&ĐT', level: 'OFFICE' },
      { code: 'TH-A', name: 'Trường Tiểu học A', level: 'TH', parent: 'SGD', moet_code: '79012345', attributes: { xa: 'xã A' } },
    ]);
  });

  it('several bad cells in one pass, each at its Sheet!cell', async () => {
    writeFileSync(
      join(dir, 'bad.xlsx'),
      await xlsx(
        [
          ['Cấp học', 'Mã đơn vị', 'Tên đơn vị', 'Mã đơn vị quản lý', 'Nộp báo cáo'],
          ['OFFICE', 'SGD', 'Sở', null, null],
          ['MAMNON', 'MN-A', 'Trường MN A', 'SGD', null], // A3
          ['OFFICE', 'XA-B', 'Xã B', 'SGD', 'hmm'], // E4
          ['TH', 'TH-C', 'Trường C', 'XA-Z', null], // D5
          ['TH', 'TH-C', 'Trùng mã', 'SGD', null], // B6: TH-C twice
        ],
        'Truong',
      ),
    );
    const details = await refused('bad-xlsx', 'units_file: bad.xlsx\n');
    expect(details.map((d) => /^bad\.xlsx:(Truong![A-Z]+\d+) /.exec(d)?.[1])).toEqual(['Truong!A3', 'Truong!E4', 'Truong!D5', 'Truong!B6']);
    expect(details[0]).toContain('MAMNON');
    expect(details[3]).toContain('TH-C');
  });
});

describe('the columns: mapping itself', () => {
  it('a target that is no roster field is an error at its line in edu-comms.yaml, with the closest field', async () => {
    writeFileSync(join(dir, 'any.csv'), 'code,name,level\nSGD,Sở,OFFICE\n');
    const details = await refused('bad-mapping', 'units_file:\n  path: any.csv\n  columns:\n    Mã trường: cdoe\n    Tên: name\n');
    expect(details).toHaveLength(1);
    expect(details[0]).toMatch(/^bad-mapping\.yaml:5:\d+ /);
    expect(details[0]).toContain('cdoe');
    expect(details[0]).toContain('code');
  });

  it('a misspelt key under units_file: is located, not a union error', async () => {
    const details = await refused('bad-key', 'units_file:\n  path: any.csv\n  colums: {Mã: code}\n');
    expect(details.join('\n')).toMatch(/^bad-key\.yaml:4:\d+ .*colums/m);
  });
});
