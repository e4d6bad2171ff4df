import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { readXlsxRoster } from '../../src/read/xlsx-roster.js';
import { honestBomb } from './helpers.js';

const read = (bytes: Uint8Array) => readXlsxRoster(bytes, { file: 'roster.xlsx', lang: 'vi' });

describe('a roster kept in Excel', () => {
  it('reads Vietnamese headers, codes typed as numbers, and names typed in TCVN3', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Đơn vị');
    ws.addRow(['Mã đơn vị', 'Tên đơn vị', 'Cấp học', 'Mã đơn vị quản lý']);
    ws.addRow(['PGD-DINHHOA', 'Phòng GD&ĐT Định Hóa', 'OFFICE', null]);
    ws.addRow([1234, 'Tr\u00adêng MÇm non Chî Chu', 'MN', 'PGD-DINHHOA']);
    const { units, findings } = await read(new Uint8Array(await wb.xlsx.writeBuffer()));
    expect(findings).toEqual([]);
    expect(units).toEqual([
      { code: 'PGD-DINHHOA', name: 'Phòng GD&ĐT Định Hóa', level: 'OFFICE' },
      { code: '1234', name: 'Trường Mầm non Chợ Chu', level: 'MN', parent: 'PGD-DINHHOA' },
    ]);
  });

  it('refuses a zip bomb with the same checks as a submission', async () => {
    const { units, findings } = await read(honestBomb(64 * 1024 * 1024));
    expect(units).toEqual([]);
    expect(findings).toEqual([expect.objectContaining({ rule: 'roster', severity: 'error', cell: 'A1' })]);
    expect(findings[0]!.message).toContain('zip bomb');
  });
});
