/**
 * The `edu-comms init` wizard driven through its real prompts (@inquirer/testing): the files it writes load with the
 * config loader every other command uses, and an existing file is never replaced without asking.
 */
import { screen } from '@inquirer/testing/vitest';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/load.js';
import { configWizard, type WizardContext } from '../../src/init/wizard.js';
import { choose, drive } from './drive.js';

let dir: string;
let printed: string;
const context = (extra: Partial<WizardContext> = {}): WizardContext => ({
  lang: 'vi',
  today: '2024-10-01',
  cwd: dir,
  out: (text) => void (printed += text),
  created: new Date('2024-10-01T01:00:00Z'),
  generator: 'edu-comms test',
  ...extra,
});

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'edu-comms-init-'));
  printed = '';
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** The authority questions of a Sở in Thái Nguyên, taking every suggestion. */
const department = [
  { ask: /Cơ quan của bạn là/, answer: ['enter'] },
  { ask: /Địa danh/, answer: 'Thái Nguyên' },
  { ask: /Đơn vị soạn thảo/, answer: 'VP' },
];

describe('init config: a roster typed in', () => {
  it('writes edu-comms.yaml with the authority, edited term dates, the preset and a three-level roster', async () => {
    const run = configWizard(context());
    const { code } = await drive(
      run,
      [
        ...department,
        { ask: /Năm học/, answer: ['enter'] },
        { ask: /Dùng các ngày này/, answer: 'n' },
        { ask: /Học kỳ I › Ngày bắt đầu/, answer: '06/09/2024' },
        { ask: /Học kỳ II › Hạn nộp báo cáo/, answer: '2025-05-20' },
        { ask: /Mức kiểm tra/, answer: choose(1) },
        { ask: /Lập danh sách đơn vị/, answer: choose(1) },
        { ask: /Thêm một đơn vị/, answer: ['enter'] },
        { ask: /Đơn vị 1 › Mã đơn vị/, answer: 'pgd-dinhhoa' },
        { ask: /Đơn vị 1 › Tên đơn vị/, answer: 'Phòng Giáo dục và Đào tạo huyện Định Hóa' },
        { ask: /Đơn vị 1 › Cấp học/, answer: choose(9) },
        { ask: /cũng phải nộp báo cáo/, answer: 'y' },
        { ask: /Thêm đơn vị khác/, answer: ['enter'] },
        { ask: /Đơn vị 2 › Mã đơn vị/, answer: 'TH-BINHYEN' },
        { ask: /Đơn vị 2 › Tên đơn vị/, answer: 'Trường Tiểu học Bình Yên' },
        { ask: /Đơn vị 2 › Cấp học/, answer: choose(1) },
        { ask: /Đơn vị 2 › Đơn vị quản lý/, answer: choose(1) },
        { ask: /Thêm đơn vị khác/, answer: 'n' },
      ],
      { ordered: true },
    );
    expect(code).toBe(0);
    const loaded = await loadConfig({ cwd: dir, lang: 'vi' });
    expect(loaded.embedded).toBe(false);
    expect(loaded.config.authority).toEqual({
      code: 'SGD-THAINGUYEN',
      governing_body: 'UBND TỈNH THÁI NGUYÊN',
      name: 'SỞ GIÁO DỤC VÀ ĐÀO TẠO',
      symbol: 'SGDĐT',
      place: 'Thái Nguyên',
      drafting_unit: 'VP',
    });
    expect(loaded.config.calendar).toEqual({
      '2024-2025': {
        HK1: { start: '2024-09-06', end: '2025-01-18', deadline: '2024-12-15' },
        HK2: { start: '2025-01-20', end: '2025-05-31', deadline: '2025-05-20' },
      },
    });
    expect(loaded.config.rules.preset).toBe('strict');
    expect(loaded.config.units).toEqual([
      { code: 'SGD-THAINGUYEN', name: 'Sở Giáo dục và Đào tạo Thái Nguyên', level: 'OFFICE' },
      { code: 'PGD-DINHHOA', name: 'Phòng Giáo dục và Đào tạo huyện Định Hóa', level: 'OFFICE', parent: 'SGD-THAINGUYEN', reports: true },
      { code: 'TH-BINHYEN', name: 'Trường Tiểu học Bình Yên', level: 'TH', parent: 'PGD-DINHHOA' },
    ]);
    expect(loaded.roster.descendants('SGD-THAINGUYEN').map((u) => u.code)).toEqual(['PGD-DINHHOA', 'TH-BINHYEN']);
    expect(printed).toContain('Đã ghi edu-comms.yaml.');
    // the file speaks Vietnamese to the clerk who will edit it
    expect(readFileSync(join(dir, 'edu-comms.yaml'), 'utf8')).toContain('# Lịch báo cáo từng năm học');
  });

  it('refuses a duplicate unit code and term dates in the wrong order, and asks again', async () => {
    const run = configWizard(context({ lang: 'en' }));
    const { code, prompts } = await drive(
      run,
      [
        { ask: /Your office is/, answer: ['enter'] },
        { ask: /Place written on documents/, answer: 'Lào Cai' },
        { ask: /Use these dates/, answer: 'n' },
        { ask: /Term I › End date/, answer: '01/09/2024' },
        { ask: /Term I › Start date/, answer: ['enter'] },
        { ask: /Term I › End date/, answer: '2025-01-17' },
        { ask: /How do you want to make the roster/, answer: choose(1) },
        { ask: /Add a unit/, answer: 'y' },
        { ask: /Unit 1 › Unit code/, answer: 'SGD-LAOCAI' },
        { ask: /appears more than once/, answer: [...Array<string>(10).fill('backspace'), { type: 'TH-A' }, 'enter'] },
        { ask: /Unit 1 › Unit name/, answer: 'School A' },
        { ask: /Unit 1 › Level/, answer: ['enter'] },
        { ask: /Add another/, answer: 'n' },
      ],
      { ordered: true },
    );
    expect(code).toBe(0);
    expect(printed).toContain('A term must start before it ends.');
    expect(prompts.some((p) => p.includes('Unit code SGD-LAOCAI appears more than once.'))).toBe(true);
    const { config } = await loadConfig({ cwd: dir, lang: 'en' });
    expect(config.calendar['2024-2025']?.HK1).toEqual({ start: '2024-09-05', end: '2025-01-17', deadline: '2024-12-15' });
    expect(config.units?.map((u) => u.code)).toEqual(['SGD-LAOCAI', 'TH-A']);
    expect(readFileSync(join(dir, 'edu-comms.yaml'), 'utf8')).toContain('# Reporting calendar per school year');
  });
});

describe('init config: a roster imported from a file', () => {
  it('shows located errors, re-reads the fixed file, previews it and links it as units_file', async () => {
    const roster = join(dir, 'danh-sach.csv');
    writeFileSync(roster, 'code,name,level,parent\nSGD-THAINGUYEN,Sở GD&ĐT Thái Nguyên,OFFICE,\nTH-A,Trường A,TIEUHOC,SGD-THAINGUYEN\n');
    const run = configWizard(context());
    const { code } = await drive(
      run,
      [
        ...department,
        { ask: /Lập danh sách đơn vị/, answer: ['enter'] },
        { ask: /Đường dẫn tệp danh sách/, answer: 'danh-sach.csv' },
        {
          ask: /Làm gì tiếp/,
          answer: () => {
            writeFileSync(roster, 'code,name,level,parent\nSGD-THAINGUYEN,Sở GD&ĐT Thái Nguyên,OFFICE,\nTH-A,Trường A,TH,SGD-THAINGUYEN\n');
            screen.keypress('enter');
          },
        },
        { ask: /Đường dẫn tệp danh sách/, answer: 'danh-sach.csv' },
        { ask: /Dùng danh sách 2 đơn vị này/, answer: ['enter'] },
        { ask: /Giữ danh sách ở đâu/, answer: ['enter'] },
      ],
      { ordered: true },
    );
    expect(code).toBe(0);
    // the error names the file, the line and column, and the bad value
    expect(printed).toMatch(/danh-sach\.csv:3:\d+ .*TIEUHOC/);
    expect(printed).toContain('Danh sách có 2 đơn vị (OFFICE 1, TH 1)');
    const text = readFileSync(join(dir, 'edu-comms.yaml'), 'utf8');
    expect(text).toMatch(/^units_file: danh-sach\.csv$/m);
    const loaded = await loadConfig({ cwd: dir, lang: 'vi' });
    expect(loaded.roster.units.map((u) => u.code)).toEqual(['SGD-THAINGUYEN', 'TH-A']);
  });

  it('reads an Excel roster, pointing at the cell to fix, and can copy it into the config', async () => {
    const { default: ExcelJS } = await import('exceljs');
    const save = async (level: string) => {
      const wb = new ExcelJS.Workbook();
      const ws = wb.addWorksheet('DanhSach');
      for (const row of [['Mã đơn vị', 'Tên đơn vị', 'Cấp học', 'Mã đơn vị quản lý'], ['SGD-THAINGUYEN', 'Sở GD&ĐT Thái Nguyên', 'OFFICE', null], ['TH-A', 'Trường A', level, 'SGD-THAINGUYEN']]) ws.addRow(row);
      writeFileSync(join(dir, 'don-vi.xlsx'), new Uint8Array(await wb.xlsx.writeBuffer()));
    };
    await save('PRIMARY');
    const { code } = await drive(
      configWizard(context()),
      [
        ...department,
        { ask: /Lập danh sách đơn vị/, answer: ['enter'] },
        { ask: /Đường dẫn tệp danh sách/, answer: 'don-vi.xlsx' },
        {
          ask: /Làm gì tiếp/,
          answer: async () => {
            await save('TH');
            screen.keypress('enter');
          },
        },
        { ask: /Đường dẫn tệp danh sách/, answer: 'don-vi.xlsx' },
        { ask: /Dùng danh sách 2 đơn vị này/, answer: ['enter'] },
        { ask: /Giữ danh sách ở đâu/, answer: choose(1) },
      ],
      { ordered: true },
    );
    expect(code).toBe(0);
    expect(printed).toMatch(/don-vi\.xlsx:DanhSach!C3 .*PRIMARY/);
    const { config } = await loadConfig({ cwd: dir, lang: 'vi' });
    expect(config.units_file).toBeUndefined();
    expect(config.units?.map((u) => [u.code, u.level])).toEqual([['SGD-THAINGUYEN', 'OFFICE'], ['TH-A', 'TH']]);
  });

  it('puts the authority on top of a roster that lacks it, copying the roster into the config', async () => {
    writeFileSync(join(dir, 'truong.csv'), 'Mã đơn vị;Tên đơn vị;Cấp học\nTH-A;Trường A;TH\nTH-B;Trường B;TH\n');
    const run = configWizard(context());
    const { code } = await drive(
      run,
      [
        ...department,
        { ask: /Lập danh sách đơn vị/, answer: ['enter'] },
        { ask: /Đường dẫn tệp danh sách/, answer: 'truong.csv' },
        { ask: /Dùng danh sách 2 đơn vị này/, answer: ['enter'] },
        { ask: /không có trong danh sách. Cơ quan của bạn là đơn vị nào/, answer: ['enter'] },
      ],
      { ordered: true },
    );
    expect(code).toBe(0);
    const { config, roster } = await loadConfig({ cwd: dir, lang: 'vi' });
    expect(config.units?.[0]).toEqual({ code: 'SGD-THAINGUYEN', name: 'Sở Giáo dục và Đào tạo Thái Nguyên', level: 'OFFICE' });
    expect(roster.childrenOf('SGD-THAINGUYEN').map((u) => u.code)).toEqual(['TH-A', 'TH-B']);
  });
});

describe('init config: an existing edu-comms.yaml', () => {
  it('is left alone when the clerk stops', async () => {
    writeFileSync(join(dir, 'edu-comms.yaml'), 'old: true\n');
    const { code } = await drive(configWizard(context()), [{ ask: /edu-comms\.yaml đã có/, answer: choose(2) }], { ordered: true });
    expect(code).toBe(0);
    expect(readFileSync(join(dir, 'edu-comms.yaml'), 'utf8')).toBe('old: true\n');
    expect(printed).toContain('Chưa ghi tệp nào.');
  });

  it('gets a new name when the clerk keeps the old file', async () => {
    writeFileSync(join(dir, 'edu-comms.yaml'), 'old: true\n');
    const { code } = await drive(
      configWizard(context()),
      [
        { ask: /edu-comms\.yaml đã có/, answer: ['enter'] },
        { ask: /Tên tệp mới/, answer: ['enter'] },
        ...department,
        { ask: /Lập danh sách đơn vị/, answer: choose(1) },
        { ask: /Thêm một đơn vị/, answer: 'n' },
      ],
      { ordered: true },
    );
    expect(code).toBe(0);
    expect(readFileSync(join(dir, 'edu-comms.yaml'), 'utf8')).toBe('old: true\n');
    const loaded = await loadConfig({ config: 'edu-comms-2.yaml', cwd: dir, lang: 'vi' });
    expect(loaded.config.units).toHaveLength(1);
  });

  it('is replaced only after the clerk chooses to overwrite it', async () => {
    writeFileSync(join(dir, 'edu-comms.yaml'), 'old: true\n');
    const { code } = await drive(
      configWizard(context()),
      [
        { ask: /edu-comms\.yaml đã có/, answer: choose(1) },
        ...department,
        { ask: /Lập danh sách đơn vị/, answer: choose(1) },
        { ask: /Thêm một đơn vị/, answer: 'n' },
      ],
      { ordered: true },
    );
    expect(code).toBe(0);
    expect((await loadConfig({ cwd: dir, lang: 'vi' })).config.authority.code).toBe('SGD-THAINGUYEN');
    expect(existsSync(join(dir, 'edu-comms-2.yaml'))).toBe(false);
  });
});
