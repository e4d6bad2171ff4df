/**
 * The generated form, filled the way a person fills it: find each row by its Vietnamese label, type into the value
 * cell (numbers as text, dates as dd/mm/yyyy or real dates, Có/Không from the dropdown), add items on the table
 * sheets by their column headers, save, validate.
 */
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/load.js';
import { readXlsxDocument } from '../../src/form/read-xlsx.js';
import { validateDocuments } from '../../src/validate/engine.js';
import { columnOf, edit, form, rowOf } from './helpers.js';

type Typed = string | number | Date;

async function fillForm(): Promise<Uint8Array> {
  const blank = await form({ schema_version: 1, unit: { code: 'TH-BINHYEN', name: 'Trường Tiểu học Bình Yên', level: 'TH', parent: 'PGD-DINHHOA' }, period: { school_year: '2024-2025', term: 'HK1' } });
  return edit(blank, (wb) => {
    const ws = wb.getWorksheet('Báo cáo')!;
    const type = (label: string, value: Typed, section?: string) => {
      const cell = ws.getCell(rowOf(ws, label, section), 3);
      expect(cell.protection?.locked, `${label} is an input cell`).toBe(false);
      cell.value = value;
    };
    type('Ngày lập báo cáo', '10/12/2024');
    type('Họ và tên', 'Hoàng Văn Dũng', 'Lãnh đạo phụ trách truyền thông');
    type('Chức vụ', 'Hiệu trưởng', 'Lãnh đạo phụ trách truyền thông');
    type('Số điện thoại', '0912.345.678', 'Lãnh đạo phụ trách truyền thông');
    type('Họ và tên', 'Lương Thị Mai', 'Cán bộ làm công tác truyền thông');
    type('Chức vụ', 'Giáo viên', 'Cán bộ làm công tác truyền thông');
    type('Thư điện tử', 'mai.lt@thbinhyen.edu.vn', 'Cán bộ làm công tác truyền thông');
    type('Họ và tên', 'Hoàng Văn Dũng', 'Người phát ngôn');
    type('Chức vụ', 'Hiệu trưởng', 'Người phát ngôn');
    type('Có kế hoạch truyền thông của đơn vị', 'Có');
    type('Có quy chế phát ngôn, cung cấp thông tin cho báo chí', 'Có');
    type('Số cộng tác viên truyền thông', '2');
    const counts: Record<string, Typed> = {
      'Tin, bài đăng trên cổng/trang thông tin điện tử': 14,
      'Tin, bài đăng trên fanpage/Zalo/mạng xã hội': '1.200',
      'Chia sẻ thông tin từ nguồn báo chí chính thống': 9,
      'Tin, bài gửi cơ quan báo chí': 1,
      'Tin, bài được báo chí đăng tải': 1,
      'Thông cáo báo chí': 0,
      'Trả lời, cung cấp thông tin cho báo chí': 0,
      'Phát thanh, truyền hình, loa truyền thanh cơ sở': 1,
      'Hội nghị, hội thảo, tọa đàm, tập huấn, cuộc thi về truyền thông': 1,
      'Tuyên truyền trực tiếp tại họp thôn, bản, tổ dân phố, họp phụ huynh': 3,
      'Chủ trương, chính sách, pháp luật về giáo dục': 5,
      'Hoạt động chỉ đạo, điều hành của ngành': 4,
      'Tuyển sinh, thi cử, thi tốt nghiệp THPT': 2,
      'Chương trình, sách giáo khoa': 2,
      'Gương điển hình, mô hình hay, cách làm sáng tạo': 3,
      'Định hướng dư luận, đấu tranh với thông tin sai trái': 1,
      'Chủ đề khác': 2,
      'Số phản ánh, kiến nghị tiếp nhận': 2,
      'Số phản ánh, kiến nghị đã xử lý': 2,
      'Số kết quả xử lý đã công khai': 2,
      'Số vi phạm phát hiện': 0,
      'Số vi phạm đã xử lý': 0,
    };
    for (const [label, value] of Object.entries(counts)) type(label, value);
    type('Đã quán triệt Bộ quy tắc ứng xử trên mạng xã hội', 'Có');
    type('Ưu điểm', 'Đăng tin đều đặn.\nPhụ huynh theo dõi trang của trường.');
    type('Họ và tên người ký', 'Hoàng Văn Dũng');
    type('Chức vụ người ký', 'HIỆU TRƯỞNG');

    const channels = wb.getWorksheet('Kênh truyền thông của đơn vị')!;
    const row = (sheet: ExcelJS.Worksheet, r: number, values: Record<string, Typed>) => {
      for (const [label, value] of Object.entries(values)) sheet.getCell(r, columnOf(sheet, label)).value = value;
    };
    row(channels, 5, { 'Loại kênh': 'website', 'Địa chỉ (URL)': 'https://thbinhyen.edu.vn', 'Do lãnh đạo đơn vị quản lý': 'Có', 'Kết nối với trang của cấp trên': 'Có', 'Số tin, bài đăng trong kỳ': 14 });
    // a row left empty between two channels, as happens
    row(channels, 7, { 'Loại kênh': 'fanpage', 'Tên kênh': 'Trường TH Bình Yên', 'Địa chỉ (URL)': 'https://facebook.com/thbinhyen', 'Do lãnh đạo đơn vị quản lý': 'Có', 'Kết nối với trang của cấp trên': 'Không', 'Số người theo dõi': '1.500', 'Số tin, bài đăng trong kỳ': 30 });
    const models = wb.getWorksheet('Gương điển hình')!;
    row(models, 5, { 'Tên gương điển hình, mô hình': 'Thư viện xanh của lớp 5A' });
    const awards = wb.getWorksheet('Khen thưởng')!;
    row(awards, 5, { 'Tập thể, cá nhân được khen': 'Tổ khối 5', 'Hình thức khen thưởng': 'Giấy khen của Phòng GD&ĐT', 'Ngày khen thưởng': new Date(Date.UTC(2024, 10, 20)) });
  });
}

describe('a form filled by hand', () => {
  it('reads back as the submission that was typed, and is accepted', async () => {
    const doc = await readXlsxDocument(await fillForm(), { file: 'th-binhyen.xlsx', lang: 'vi' });
    expect(doc.findings).toEqual([]);
    const data = doc.data as Record<string, any>;
    expect(data['reported_at']).toBe('2024-12-10');
    expect(data['activities'].social_posts).toBe(1200);
    expect(data['governance']).toEqual({ comms_plan: true, spokesperson_regulation: true, collaborators: 2 });
    expect(data['channels']).toEqual([
      { type: 'website', url: 'https://thbinhyen.edu.vn', managed_by_leader: true, connected_to_parent: true, posts: 14 },
      { type: 'fanpage', name: 'Trường TH Bình Yên', url: 'https://facebook.com/thbinhyen', managed_by_leader: true, connected_to_parent: false, followers: 1500, posts: 30 },
    ]);
    expect(data['commendations']).toEqual([{ recipient: 'Tổ khối 5', form: 'Giấy khen của Phòng GD&ĐT', date: '2024-11-20' }]);
    expect(data['assessment']).toEqual({ strengths: 'Đăng tin đều đặn.\nPhụ huynh theo dõi trang của trường.' });

    const loaded = await loadConfig({ lang: 'vi' });
    const report = validateDocuments([doc], { config: loaded.config, roster: loaded.roster, target: { kind: 'term', school_year: '2024-2025', term: 'HK1' }, lang: 'vi' });
    const [result] = report.files;
    expect(result!.status).toBe('accepted');
    expect(result!.findings.filter((f) => f.severity === 'error')).toEqual([]);
    // the second channel sits on row 7 (row 6 was left empty): findings about it point there
    expect(doc.locate(['channels', 1, 'connected_to_parent']).cell).toBe('Kênh truyền thông của đơn vị!F7');
  });

  it('protects the layout: only the value cells are open, and every sheet is protected', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(await form()) as never);
    const ws = wb.getWorksheet('Báo cáo')!;
    expect(ws.getCell(rowOf(ws, 'Mã đơn vị'), 2).protection?.locked ?? true).toBe(true);
    expect(ws.getCell(rowOf(ws, 'Mã đơn vị'), 3).protection?.locked).toBe(false);
    for (const sheet of wb.worksheets.filter((s) => s.state === 'visible')) expect((sheet as unknown as { sheetProtection: unknown }).sheetProtection, sheet.name).toMatchObject({ sheet: true });
    expect(wb.worksheets.find((s) => s.name === 'edu-comms')?.state).toBe('veryHidden');
  });
});
