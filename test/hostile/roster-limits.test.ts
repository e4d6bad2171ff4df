/**
 * National rosters: a configuration or roster file has limits of its own, not a school submission's 2 MB, and a
 * message that says which limit. (Time and memory at 50,000–100,000 units are measured in bench/roster.mjs.)
 */
import ExcelJS from 'exceljs';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ConfigError } from '../../src/util/errors.js';
import { loadConfig } from '../../src/config/load.js';
import { ROSTER_LIMITS } from '../../src/contract/constants.js';
import { parseRosterCsv } from '../../src/read/roster.js';
import { readXlsxRoster } from '../../src/read/xlsx-roster.js';
import { SHEET_ROW_LIMIT } from '../../src/form/read-xlsx.js';
import { EXAMPLES } from '../helpers/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'edu-comms-roster-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const header = readFileSync(join(EXAMPLES, 'edu-comms.yaml'), 'utf8').replace(/^units:[\s\S]*$/m, '');

/** `n` schools under one Sở, 25 to a commune office. */
function rosterRows(n: number): string[][] {
  const rows = [['SGD-THAINGUYEN', 'Sở Giáo dục và Đào tạo', 'OFFICE', '']];
  for (let i = 0; rows.length < n; i++) {
    const office = `UBND-X${Math.floor(i / 25)}`;
    if (i % 25 === 0) rows.push([office, `UBND xã ${Math.floor(i / 25)}`, 'OFFICE', 'SGD-THAINGUYEN']);
    rows.push([`TH-${i}`, `Trường Tiểu học số ${i}`, 'TH', office]);
  }
  return rows.slice(0, n);
}

async function configError(folder: string): Promise<string> {
  try {
    await loadConfig({ cwd: folder, lang: 'vi' });
  } catch (error) {
    if (error instanceof ConfigError) return [error.message, ...error.details].join('\n');
    throw error;
  }
  return 'loaded';
}

describe('a roster larger than a school’s report', () => {
  it('loads 30,000 units inline (3 MB: over a submission’s limit)', async () => {
    const folder = mkdtempSync(join(dir, 'inline-'));
    const lines = rosterRows(30_000).map(([code, name, level, parent]) => `  - {code: ${code}, name: ${name}, level: ${level}${parent ? `, parent: ${parent}` : ''}}`);
    writeFileSync(join(folder, 'edu-comms.yaml'), `${header}units:\n${lines.join('\n')}\n`);
    const loaded = await loadConfig({ cwd: folder, lang: 'vi' });
    expect(loaded.roster.units).toHaveLength(30_000);
  });

  it('loads 100,000 units from a units_file CSV', async () => {
    const folder = mkdtempSync(join(dir, 'csv-'));
    writeFileSync(join(folder, 'don-vi.csv'), `code,name,level,parent\n${rosterRows(100_000).map((r) => r.join(',')).join('\n')}\n`);
    writeFileSync(join(folder, 'edu-comms.yaml'), `${header}units_file: don-vi.csv\n`);
    const loaded = await loadConfig({ cwd: folder, lang: 'vi' });
    expect(loaded.roster.units).toHaveLength(100_000);
  });

  it('a configuration past its own limit says which limit, and where the units can go instead', async () => {
    const folder = mkdtempSync(join(dir, 'huge-'));
    const padding = `# ${'x'.repeat(1000)}\n`.repeat(Math.ceil(ROSTER_LIMITS.configBytes / 1000) + 10);
    writeFileSync(join(folder, 'edu-comms.yaml'), `${header}${padding}units:\n  - {code: SGD-THAINGUYEN, name: Sở, level: OFFICE}\n`);
    const text = await configError(folder);
    expect(text).toContain('giới hạn cho tệp cấu hình');
    expect(text).toContain('32.0 MB');
    expect(text).not.toContain('một báo cáo');
  });

  it('a roster CSV past its limit, and more units than a roster may hold, are said so', async () => {
    const big = new Uint8Array(ROSTER_LIMITS.csvBytes + 1).fill(0x41);
    const { findings } = parseRosterCsv(big, { file: 'don-vi.csv', lang: 'vi' });
    expect(findings).toEqual([expect.objectContaining({ line: 1, message: expect.stringContaining('giới hạn cho tệp danh sách đơn vị (CSV) là 64.0 MB') })]);

    const folder = mkdtempSync(join(dir, 'many-'));
    writeFileSync(join(folder, 'don-vi.csv'), `code,name,level,parent\n${rosterRows(ROSTER_LIMITS.units + 1).map((r) => r.join(',')).join('\n')}\n`);
    writeFileSync(join(folder, 'edu-comms.yaml'), `${header}units_file: don-vi.csv\n`);
    expect(await configError(folder)).toContain(`giới hạn cho một danh sách đơn vị là ${ROSTER_LIMITS.units}`);
  });

  it('an Excel roster past its row limit is refused with the limit, never cut short silently', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Đơn vị');
    ws.addRow(['code', 'name', 'level', 'parent']);
    for (const row of rosterRows(SHEET_ROW_LIMIT + 10)) ws.addRow(row);
    const { units, findings } = await readXlsxRoster(new Uint8Array(await wb.xlsx.writeBuffer()), { file: 'don-vi.xlsx', lang: 'vi' });
    expect(units).toEqual([]);
    expect(findings).toEqual([expect.objectContaining({ cell: expect.stringMatching(/^Đơn vị!A\d+$/), message: expect.stringContaining(`giới hạn cho danh sách đơn vị trong tệp Excel là ${SHEET_ROW_LIMIT} dòng`) })]);
  });
});
