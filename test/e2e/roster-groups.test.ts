/**
 * End to end (the built bin): groupings besides the tree (`aggregate --by`, `aggregate: by:`) on the post-reform
 * example, and the same province's roster taken from a sector-style Excel list (title rows, shuffled and renamed
 * columns mapped by `columns:` under `units_file:`, attributes as extra columns), with its errors located in one pass.
 */
import ExcelJS from 'exceljs';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXAMPLES, runCli } from '../helpers/cli.js';

const DIR = join(EXAMPLES, '2026-2027');
const HK1 = ['--term', 'HK1', '--year', '2026-2027', '--date', '2026-12-20'];
const work = mkdtempSync(join(tmpdir(), 'edu-comms-groups-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

type Unit = { code: string; name: string; level: string; parent?: string; attributes?: Record<string, string> };
const example = parse(readFileSync(join(DIR, 'edu-comms.yaml'), 'utf8')) as { units: Unit[] } & Record<string, unknown>;
const summaryOf = (dir: string) => JSON.parse(readFileSync(join(dir, 'summary.json'), 'utf8'));

beforeAll(async () => {
  cpSync(join(DIR, 'submissions'), join(work, 'submissions'), { recursive: true });
  cpSync(join(DIR, 'excel'), join(work, 'excel'), { recursive: true });
  // the same roster as a list exported from the sector's database: a title, then its own headers in its own order
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('DS truong');
  ws.addRow(['DANH SÁCH ĐƠN VỊ — NĂM HỌC 2026-2027']);
  ws.addRow([]);
  ws.addRow(['STT', 'Tên trường', 'Xã/Phường', 'Mã trường', 'Cấp', 'Đơn vị chủ quản', 'Mã định danh', 'Loại hình']);
  example.units.forEach((u, i) =>
    ws.addRow([i + 1, u.name, u.attributes?.['địa bàn'] ?? null, u.code, u.level, u.parent ?? null, u.level === 'OFFICE' ? null : 19000100 + i, u.attributes?.['loại hình'] ?? null]),
  );
  writeFileSync(join(work, 'danh-sach.xlsx'), Buffer.from(await wb.xlsx.writeBuffer()));
  const { units: _units, ...rest } = example;
  writeFileSync(
    join(work, 'edu-comms.yaml'),
    stringify({
      ...rest,
      units_file: {
        path: 'danh-sach.xlsx',
        columns: { 'Mã trường': 'code', Cấp: 'level', 'Đơn vị chủ quản': 'parent', 'Mã định danh': 'moet_code', 'Xã/Phường': 'attributes.địa bàn', STT: 'attributes.stt' },
      },
      aggregate: { by: ['địa bàn'] },
    }),
  );
});

describe('aggregate --by on the post-reform example', () => {
  it('adds a table, a sheet and by_group per attribute (repeatable), groups adding up to the province', () => {
    const out = join(work, 'by');
    const r = runCli(['aggregate', '--config', join(DIR, 'edu-comms.yaml'), '--in', join(DIR, 'submissions'), join(DIR, 'excel'), '--by', 'địa bàn', '--by', 'loai hinh', '--out', out, ...HK1]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('Theo địa bàn:');
    expect(r.stdout).toContain('Theo loại hình:');
    expect(r.stdout).toMatch(/xã Định Hóa\s+\d+/);
    const s = summaryOf(out);
    expect(s.schema_version).toBe(2);
    expect(s.roster).toMatchObject({ school_year: '2026-2027' });
    expect(s.by_group.map((b: { attribute: string }) => b.attribute)).toEqual(['địa bàn', 'loại hình']);
    for (const b of s.by_group) {
      const sum = (k: string) => b.groups.reduce((n: number, g: { completeness: Record<string, number> }) => n + g.completeness[k]!, 0);
      for (const k of ['expected', 'accepted', 'on_time', 'late', 'rejected', 'missing']) expect(sum(k), `${b.attribute} ${k}`).toBe(s.completeness[k]);
      const posts = b.groups.reduce((n: number, g: { totals: { activities: { portal_posts: number } } }) => n + g.totals.activities.portal_posts, 0);
      expect(posts).toBe(s.totals.activities.portal_posts);
    }
    // the communes' schools and the Sở's own upper-secondary school of one commune are one group
    const dinhHoa = s.by_group[0].groups.find((g: { value: string }) => g.value === 'xã Định Hóa');
    expect(dinhHoa.units).toEqual(expect.arrayContaining(['MN-CHOCHU', 'THPT-DINHHOA', 'GDNN-GDTX-DINHHOA']));
  });

  it('writes a sheet per attribute into summary.xlsx', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(work, 'by', 'summary.xlsx'));
    expect(wb.worksheets.map((w) => w.name)).toEqual(expect.arrayContaining(['Theo địa bàn', 'Theo loại hình']));
  });

  it('an attribute the roster does not have is a usage error naming the ones it has (exit 2, nothing written)', () => {
    const out = join(work, 'nope');
    const r = runCli(['aggregate', '--config', join(DIR, 'edu-comms.yaml'), '--in', join(DIR, 'submissions'), '--by', 'vùng khó khăn', '--out', out, ...HK1]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('vùng khó khăn');
    expect(r.stderr).toContain('địa bàn, huyện cũ, loại hình');
  });
});

describe('the roster from a sector-style Excel list, mapped by columns:', () => {
  it('validates and aggregates the province as the inline roster does, by the configured attribute', () => {
    const r = runCli(['aggregate', '--in', 'submissions', 'excel', '--out', 'tong-hop', ...HK1], { cwd: work });
    expect(r.code, r.stderr).toBe(0);
    const fromFile = summaryOf(join(work, 'tong-hop'));
    const inline = runCli(['aggregate', '--config', join(DIR, 'edu-comms.yaml'), '--in', join(DIR, 'submissions'), join(DIR, 'excel'), '--by', 'địa bàn', '--out', join(work, 'inline'), ...HK1]);
    expect(inline.code, inline.stderr).toBe(0);
    const fromConfig = summaryOf(join(work, 'inline'));
    expect(fromFile.completeness).toEqual(fromConfig.completeness);
    expect(fromFile.totals).toEqual(fromConfig.totals);
    expect(fromFile.by_group).toEqual(fromConfig.by_group);
    expect(r.stdout).toContain('Theo địa bàn:');
  });

  it('a broken list: every bad cell named at once (sheet and cell), by check-config and by aggregate, which writes nothing', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(work, 'danh-sach.xlsx'));
    const ws = wb.getWorksheet('DS truong')!;
    ws.getCell('E6').value = 'TRUNG CAP'; // a level that is none of the sector's (Tiểu học, TH, Cấp 1 are all read as TH)
    ws.getCell('F9').value = 'XA-KHONGCO'; // a parent
    ws.getCell('B12').value = null; // a name
    await wb.xlsx.writeFile(join(work, 'danh-sach.xlsx'));
    const check = runCli(['check-config'], { cwd: work });
    expect(check.code).toBe(1);
    for (const cell of ['DS truong!E6', 'DS truong!F9', 'DS truong!B12']) expect(check.stderr + check.stdout).toContain(cell);
    const r = runCli(['aggregate', '--in', 'submissions', '--out', 'hong', ...HK1], { cwd: work });
    expect(r.code).toBe(2);
    for (const cell of ['DS truong!E6', 'DS truong!F9', 'DS truong!B12']) expect(r.stderr).toContain(cell);
    expect(existsSync(join(work, 'hong'))).toBe(false);
  });
});
