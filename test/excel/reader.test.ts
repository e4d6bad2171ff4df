/**
 * Reading what clerks really send: formulas, rich text, merged cells, trailing spaces, empty rows, extra sheets,
 * legacy encodings — and files that are not our form at all. Every problem is a finding at a cell, never a throw.
 */
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { readXlsxDocument } from '../../src/form/read-xlsx.js';
import { formLayout } from '../../src/form/layout.js';
import { compoundFile, edit, exampleSubmission, form, honestBomb, lyingBomb, rowOf, zip } from './helpers.js';

const read = (bytes: Uint8Array) => readXlsxDocument(bytes, { file: 'f.xlsx', lang: 'vi' });
const rowFor = (path: string) => formLayout().fields.find((f) => f.path.join('.') === path)!.row;

describe('reading a filled form', () => {
  it('uses the saved result of formulas, and flags a formula with no result at its cell', async () => {
    const bytes = await edit(await form(exampleSubmission()), (wb) => {
      const ws = wb.getWorksheet('Báo cáo')!;
      ws.getCell(rowFor('feedback.received'), 3).value = { formula: 'C1+1', result: 7 } as ExcelJS.CellFormulaValue;
      ws.getCell(rowFor('feedback.resolved'), 3).value = { formula: `C${rowFor('feedback.received')}-1` } as ExcelJS.CellFormulaValue;
    });
    const doc = await read(bytes);
    expect((doc.data as any).feedback.received).toBe(7);
    expect((doc.data as any).feedback.resolved).toBeUndefined();
    expect(doc.findings).toEqual([
      expect.objectContaining({ rule: 'syntax', severity: 'error', path: 'feedback.resolved', cell: `Báo cáo!C${rowFor('feedback.resolved')}`, line: null, column: null }),
    ]);
  });

  it('reads rich text, trailing spaces and a merged value cell', async () => {
    const bytes = await edit(await form(exampleSubmission()), (wb) => {
      const ws = wb.getWorksheet('Báo cáo')!;
      ws.getCell(rowFor('unit.name'), 3).value = { richText: [{ text: 'Trường THPT ', font: { bold: true } }, { text: 'Định Hóa   ' }] };
      ws.getCell(rowFor('signed_by.title'), 3).value = '  HIỆU TRƯỞNG \u00a0';
      // merged with the note column: the value stays in its top-left cell
      ws.unprotect();
      ws.mergeCells(rowFor('unit.parent'), 3, rowFor('unit.parent'), 4);
    });
    const doc = await read(bytes);
    expect(doc.findings).toEqual([]);
    expect((doc.data as any).unit).toEqual({ code: 'THPT-DINHHOA', name: 'Trường THPT Định Hóa', level: 'THPT', parent: 'SGD-THAINGUYEN' });
    expect((doc.data as any).signed_by.title).toBe('HIỆU TRƯỞNG');
  });

  it('reads a merged block as one value in its first cell and empty in the others', async () => {
    const bytes = await edit(await form(exampleSubmission()), (wb) => {
      const ws = wb.getWorksheet('Báo cáo')!;
      ws.unprotect();
      ws.mergeCells(rowFor('topics.policy'), 3, rowFor('topics.direction'), 3);
    });
    const doc = await read(bytes);
    expect((doc.data as any).topics.policy).toBe(exampleSubmission().topics.policy);
    expect((doc.data as any).topics.direction).toBeUndefined();
  });

  it('skips empty rows in the tables and locates items on their real rows', async () => {
    const bytes = await edit(await form(exampleSubmission()), (wb) => {
      const ws = wb.getWorksheet('Sự cố truyền thông trong kỳ')!;
      // move the incident down to row 9, leaving rows 5–8 empty
      for (let c = 2; c <= 9; c++) {
        ws.getCell(9, c).value = ws.getCell(5, c).value;
        ws.getCell(5, c).value = null;
      }
      ws.getCell(9, 4).value = '   ';
    });
    const doc = await read(bytes);
    expect((doc.data as any).incidents).toHaveLength(1);
    expect((doc.data as any).incidents[0].channel).toBeUndefined();
    expect(doc.locate(['incidents', 0, 'summary']).cell).toBe('Sự cố truyền thông trong kỳ!C9');
    expect(doc.locate(['incidents', 1]).cell).toBe('Sự cố truyền thông trong kỳ!B10');
  });

  it('ignores extra sheets a clerk adds', async () => {
    const bytes = await edit(await form(exampleSubmission()), (wb) => {
      const extra = wb.addWorksheet('Ghi chú của tôi');
      extra.getCell('A1').value = 'nháp';
    });
    const doc = await read(bytes);
    expect(doc.findings).toEqual([]);
    expect(doc.data).toEqual(exampleSubmission());
  });

  it('converts TCVN3 and VNI text with a warning that names the cell', async () => {
    const bytes = await edit(await form(exampleSubmission()), (wb) => {
      const ws = wb.getWorksheet('Báo cáo')!;
      const name = ws.getCell(rowFor('unit.name'), 3);
      name.value = 'Tr\u00adêng THPT §Þnh Hãa';
      name.font = { name: '.VnTime' };
      ws.getCell(rowFor('contacts.leader.name'), 3).value = 'Nguyeãn Vaên An';
    });
    const doc = await read(bytes);
    expect((doc.data as any).unit.name).toBe('Trường THPT Định Hóa');
    expect((doc.data as any).contacts.leader.name).toBe('Nguyễn Văn An');
    expect(doc.findings.map((f) => [f.rule, f.severity, f.path, f.cell])).toEqual([
      ['legacy-encoding', 'warning', 'unit.name', `Báo cáo!C${rowFor('unit.name')}`],
      ['legacy-encoding', 'warning', 'contacts.leader.name', `Báo cáo!C${rowFor('contacts.leader.name')}`],
    ]);
    expect(doc.findings[0]!.message).toContain('TCVN3');
  });

  it('locates fields, groups and missing items at the cells where they are typed', async () => {
    const doc = await read(await form({ schema_version: 1 }));
    const layout = formLayout();
    const leaderName = layout.fields.find((f) => f.path.join('.') === 'contacts.leader.name')!.row;
    expect(doc.locate(['contacts', 'leader'])).toEqual({ line: null, column: null, cell: `Báo cáo!C${leaderName}` });
    expect(doc.locate(['contacts'])).toEqual({ line: null, column: null, cell: `Báo cáo!C${leaderName}` });
    expect(doc.locate(['channels', 0, 'url']).cell).toBe('Kênh truyền thông của đơn vị!D5');
    expect(doc.locate([]).cell).toBe(`Báo cáo!C${layout.fields[0]!.row}`);
    expect((doc.data as any).channels).toEqual([]);
  });
});

describe('files that are not a filled form', () => {
  const only = async (bytes: Uint8Array) => {
    const doc = await read(bytes);
    expect(doc.data).toBeUndefined();
    expect(doc.findings).toHaveLength(1);
    return doc.findings[0]!;
  };

  it('a workbook not made from our form', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Sheet1').getCell('A1').value = 'Báo cáo truyền thông';
    const f = await only(new Uint8Array(await wb.xlsx.writeBuffer()));
    expect(f).toMatchObject({ rule: 'syntax', severity: 'error', cell: 'Sheet1!A1' });
    expect(f.message).toContain('không làm từ mẫu');
  });

  it('a form from another version of the layout', async () => {
    const bytes = await edit(await form(), (wb) => {
      wb.getWorksheet('edu-comms')!.getCell('B3').value = '000000000000';
    });
    expect((await only(bytes)).message).toContain('phiên bản khác');
  });

  it('a form whose sheet was renamed', async () => {
    const bytes = await edit(await form(), (wb) => {
      wb.getWorksheet('Khen thưởng')!.name = 'Khen thuong';
    });
    expect((await only(bytes)).message).toContain('«Khen thưởng»');
  });

  it.each([
    ['empty', new Uint8Array(0), 'trống'],
    ['CSV text', new TextEncoder().encode('code,name\nTH-BINHYEN,Trường\n'), 'CSV'],
    ['Word document', zip({ '[Content_Types].xml': '<Types/>', 'word/document.xml': '<w:document/>' }), 'Word'],
    ['OpenDocument', zip({ mimetype: 'application/vnd.oasis.opendocument.spreadsheet', 'content.xml': '<office/>' }), '.ods'],
    ['zip without a workbook', zip({ 'readme.txt': 'hello' }), 'không chứa bảng tính'],
    ['Excel 97–2003', compoundFile(['Root Entry', 'Workbook', '\u0005SummaryInformation']), '.xls'],
    ['password-protected', compoundFile(['Root Entry', 'EncryptionInfo', 'EncryptedPackage']), 'mật khẩu'],
  ])('%s', async (_name, bytes, words) => {
    const f = await only(bytes);
    expect(f).toMatchObject({ rule: 'syntax', severity: 'error', cell: 'A1', line: null, column: null });
    expect(f.message).toContain(words);
    expect(f.hint).not.toBeNull();
  });

  it('a corrupted (truncated) workbook', async () => {
    const bytes = await form();
    const f = await only(bytes.subarray(0, Math.floor(bytes.length / 2)));
    expect(f.message).toContain('bị hỏng');
  });

  it('a zip bomb, refused from its declared sizes before anything is inflated', async () => {
    const f = await only(honestBomb(64 * 1024 * 1024));
    expect(f.message).toContain('zip bomb');
  });

  it('a zip bomb that lies about its size, stopped as it passes what it declared', async () => {
    const f = await only(lyingBomb(64 * 1024 * 1024));
    expect(f.message).toContain('nhiều hơn kích thước đã khai');
  });

  it('a sheet with too many rows, refused before exceljs parses it', async () => {
    const rows = Array.from({ length: 6000 }, (_, i) => `<row r="${i + 1}"/>`).join('');
    const bytes = zip({ '[Content_Types].xml': '<Types/>', 'xl/workbook.xml': '<workbook/>', 'xl/worksheets/sheet1.xml': `<worksheet><sheetData>${rows}</sheetData></worksheet>` });
    expect((await only(bytes)).message).toContain('quá nhiều dòng');
  });

  it('says it in English with --lang en', async () => {
    const doc = await readXlsxDocument(new Uint8Array(0), { file: 'f.xlsx', lang: 'en' });
    expect(doc.findings[0]!.message).toBe('The Excel file is empty (0 bytes).');
  });

  it('finds the labelled rows the helpers rely on', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(await form()) as never);
    expect(rowOf(wb.getWorksheet('Báo cáo')!, 'Mã đơn vị')).toBe(rowFor('unit.code'));
  });
});
