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
  { ask: /Đơn vị soạn thảo/, answer: ['enter'] }, // VP is written in the line already
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
        // refused as soon as it is typed, with the reason: not six dates later
        { ask: /A term must start before it ends/, answer: [...Array<string>(10).fill('backspace'), { type: '2025-01-17' }, 'enter'] },
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
    expect(prompts.some((p) => /Term I › End date 01\/09\/2024\s+> A term must start before it ends\./.test(p))).toBe(true);
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
    await save('TIEUHOC');
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
    expect(printed).toMatch(/don-vi\.xlsx:DanhSach!C3 .*TIEUHOC/);
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

describe('init config: the documents section and the review', () => {
  /** Up to the documents section with a typed roster of one school. */
  const upToDocuments = [
    ...department,
    { ask: /Lập danh sách đơn vị/, answer: choose(1) },
    { ask: /Thêm một đơn vị/, answer: ['enter'] },
    { ask: /Đơn vị 1 › Mã đơn vị/, answer: 'THPT-DINHHOA' },
    { ask: /Đơn vị 1 › Tên đơn vị/, answer: 'Trường THPT Định Hóa' },
    { ask: /Đơn vị 1 › Cấp học/, answer: choose(3) },
    { ask: /Thêm đơn vị khác/, answer: 'n' },
  ];
  const clear = (n = 40) => Array<string>(n).fill('backspace');

  it('asks the signer and the recipients, checks each answer as it is given, and writes documents:', async () => {
    const run = configWizard(context());
    const { code, prompts } = await drive(
      run,
      [
        ...upToDocuments,
        { ask: /Người ký ký thế nào/, answer: ['enter'] }, // KT., the usual block of a Sở
        { ask: /Ký thay cho/, answer: ['enter'] },
        { ask: /Chức vụ người ký/, answer: 'KT. PHÓ GIÁM ĐỐC' },
        { ask: /chỉ ghi chức vụ/i, answer: [...clear(), { type: 'PHÓ GIÁM ĐỐC' }, 'enter'] },
        { ask: /Họ và tên người ký/, answer: '0912 345 678' },
        { ask: /Ghi họ và tên người/, answer: [...clear(), { type: 'Nguyễn Văn Hùng' }, 'enter'] },
        { ask: /Nơi nhận 1/, answer: 'UBND tỉnh (để báo cáo);' },
        { ask: /Nơi nhận 2/, answer: 'UBND tỉnh (để báo cáo)' },
        { ask: /Nơi nhận này đã ghi rồi/, answer: [...clear(), { type: 'Giám đốc, các Phó Giám đốc Sở' }, 'enter'] },
        { ask: /Nơi nhận 3/, answer: ['enter'] }, // empty: the list is finished
        { ask: /Ghi tệp hay sửa/, answer: ['enter'] },
      ],
      { ordered: true },
    );
    expect(code).toBe(0);
    expect(prompts.some((p) => p.includes('Chỉ ghi chức vụ (ví dụ PHÓ GIÁM ĐỐC); “KT.” đã chọn ở câu trước.'))).toBe(true);
    const { config } = await loadConfig({ cwd: dir, lang: 'vi' });
    expect(config.documents).toEqual({
      signer: { authority: 'KT.', on_behalf_of: 'GIÁM ĐỐC', title: 'PHÓ GIÁM ĐỐC', name: 'Nguyễn Văn Hùng' },
      recipients: ['UBND tỉnh (để báo cáo)', 'Giám đốc, các Phó Giám đốc Sở'],
    });
    // the review showed every answer before the file was written
    expect(printed).toContain('Xem lại trước khi ghi edu-comms.yaml:');
    expect(printed).toContain('5. Người ký: KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC / Nguyễn Văn Hùng');
    expect(printed).toContain('Nơi nhận: UBND tỉnh (để báo cáo); Giám đốc, các Phó Giám đốc Sở');
    expect(readFileSync(join(dir, 'edu-comms.yaml'), 'utf8')).toContain('# Văn bản: người ký và nơi nhận');
  });

  it('an optional answer may be left empty, even where a value is suggested', async () => {
    const run = configWizard(context());
    const { code } = await drive(
      run,
      [
        { ask: /Cơ quan của bạn là/, answer: ['enter'] },
        { ask: /Địa danh/, answer: 'Thái Nguyên' },
        { ask: /Đơn vị soạn thảo/, answer: [...clear(), 'enter'] }, // VP was suggested: deleted, left empty
        ...upToDocuments.slice(department.length),
        { ask: /Họ và tên người ký/, answer: ['enter'] },
        { ask: /Nơi nhận 1/, answer: ['enter'] },
        { ask: /Ghi tệp hay sửa/, answer: ['enter'] },
      ],
      { ordered: true },
    );
    expect(code).toBe(0);
    const { config } = await loadConfig({ cwd: dir, lang: 'vi' });
    expect(config.authority.drafting_unit).toBeUndefined();
    expect(config.documents).toEqual({ signer: { authority: 'KT.', on_behalf_of: 'GIÁM ĐỐC', title: 'PHÓ GIÁM ĐỐC' } });
    expect(printed).toContain('(chưa ghi: khi lập văn bản sẽ hỏi)');
  });

  it('the review lets the clerk correct a part before anything is written', async () => {
    const run = configWizard(context());
    const { code } = await drive(
      run,
      [
        ...upToDocuments,
        { ask: /Họ và tên người ký/, answer: 'Nguyễn Văn Hùng' },
        { ask: /Nơi nhận 1/, answer: ['enter'] },
        // the signer was wrong, and so was the school year
        { ask: /Ghi tệp hay sửa/, answer: choose(5) },
        { ask: /Người ký ký thế nào/, answer: ['up', 'enter'] }, // the director signs himself (KT. was suggested)
        { ask: /Chức vụ người ký/, answer: [...clear(), { type: 'GIÁM ĐỐC' }, 'enter'] },
        { ask: /Họ và tên người ký/, answer: [...clear(), { type: 'Trần Văn Nam' }, 'enter'] },
        { ask: /Nơi nhận 1/, answer: 'Bộ Giáo dục và Đào tạo (để báo cáo)' },
        { ask: /Nơi nhận 2/, answer: ['enter'] },
        { ask: /Ghi tệp hay sửa/, answer: choose(2) },
        { ask: /Năm học/, answer: [...clear(), { type: '2025-2026' }, 'enter'] },
        { ask: /Ghi tệp hay sửa/, answer: ['enter'] },
      ],
      { ordered: true },
    );
    expect(code).toBe(0);
    const { config } = await loadConfig({ cwd: dir, lang: 'vi' });
    expect(config.documents).toEqual({ signer: { title: 'GIÁM ĐỐC', name: 'Trần Văn Nam' }, recipients: ['Bộ Giáo dục và Đào tạo (để báo cáo)'] });
    expect(Object.keys(config.calendar)).toEqual(['2025-2026']);
    expect(config.units?.map((u) => u.code)).toEqual(['SGD-THAINGUYEN', 'THPT-DINHHOA']);
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
