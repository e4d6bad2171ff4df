/**
 * `validate --feedback DIR` on the built binary: what the clerk sends back to each school — its own workbook with the
 * finding cells marked and commented and a first sheet listing them, a ready-to-paste message, one file for all —
 * deterministic, never inside the reports, originals untouched.
 */
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { EXAMPLES, runCli, runJson } from '../helpers/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'edu-comms-feedback-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const inbox = join(dir, 'nhan-ve');
cpSync(join(EXAMPLES, 'broken'), join(inbox, 'broken'), { recursive: true });
cpSync(join(EXAMPLES, 'excel'), join(inbox, 'excel'), { recursive: true });
const CONFIG = ['--config', join(EXAMPLES, 'edu-comms.yaml')];
const ARGS = ['validate', 'nhan-ve', ...CONFIG, '--term', 'HK1', '--year', '2024-2025', '--date', '2024-12-10'];
const WORKBOOK = join(inbox, 'broken', 'mn-chochu-loi-nhap-lieu.xlsx');
const hash = (p: string) => createHash('sha256').update(readFileSync(p)).digest('hex');

type Report = { files: { file: string; unit: string | null; status: string; findings: { severity: string; message: string; cell: string | null }[] }[] };

describe('validate --feedback', () => {
  const before = hash(WORKBOOK);
  const run = runCli([...ARGS, '--feedback', 'phan-hoi'], { cwd: dir });
  const report = runJson<Report>([...ARGS, '--format', 'json'], { cwd: dir }).json;
  const needing = report.files.filter((f) => f.findings.some((x) => x.severity !== 'info'));

  it('writes a message for every file with errors or warnings, and one file for all', () => {
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('phan-hoi');
    const names = readdirSync(join(dir, 'phan-hoi')).filter((n) => !n.startsWith('.'));
    expect(names.filter((n) => n.endsWith('.txt') && n !== 'tat-ca-phan-hoi.txt')).toHaveLength(needing.length);
    expect(names).toContain('tat-ca-phan-hoi.txt');
  });

  it('the message names the unit, the period, the verdict, every finding numbered with where to fix it, and the deadline', () => {
    const file = needing.find((f) => f.file.endsWith('mn-chochu-loi-nhap-lieu.xlsx'))!;
    const text = readFileSync(join(dir, 'phan-hoi', 'mn-chochu.txt'), 'utf8');
    expect(text).toContain('Kính gửi: Trường Mầm non Thị trấn Chợ Chu (MN-CHOCHU)');
    expect(text).toContain('học kỳ I năm học 2024-2025 (tệp mn-chochu-loi-nhap-lieu.xlsx): CHƯA ĐẠT');
    const shown = file.findings.filter((x) => x.severity !== 'info');
    shown.forEach((f, i) => {
      const cell = /!([A-Z]+\d+)$/.exec(f.cell!)![1]!;
      expect(text).toMatch(new RegExp(`^${i + 1}\\. \\[(lỗi|cảnh báo)\\] trang «[^»]+», ô ${cell}`, 'm'));
      expect(text).toContain(f.message);
    });
    expect(text).toContain('trước ngày 15/12/2024');
    expect(text).not.toContain(dir);
  });

  it('annotates a copy of the school workbook: first sheet lists the findings, cells coloured and commented; original unchanged', async () => {
    expect(hash(WORKBOOK)).toBe(before);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(join(dir, 'phan-hoi', 'mn-chochu.xlsx')) as never);
    expect(wb.worksheets[0]!.name).toBe('Cần sửa');
    const file = needing.find((f) => f.file.endsWith('mn-chochu-loi-nhap-lieu.xlsx'))!;
    const shown = file.findings.filter((x) => x.severity !== 'info');
    const list = wb.worksheets[0]!;
    shown.forEach((f, i) => {
      expect(list.getCell(5 + i, 1).value).toBe(i + 1);
      expect(list.getCell(5 + i, 4).value).toBe(f.message);
    });
    for (const f of shown) {
      const [, sheet, ref] = /^(.*)!([A-Z]+\d+)$/.exec(f.cell!)!;
      const cell = wb.getWorksheet(sheet!)!.getCell(ref!);
      expect(JSON.stringify(cell.note)).toContain(f.message.slice(0, 20));
      expect((cell.fill as { fgColor?: { argb?: string } }).fgColor?.argb).toMatch(/^FFFF(C7CE|EB9C)$/);
    }
    // the copy is still the school's report: validating it gives the same findings
    const copy = runJson<Report>(['validate', join(dir, 'phan-hoi', 'mn-chochu.xlsx'), ...CONFIG, '--term', 'HK1', '--year', '2024-2025', '--date', '2024-12-10', '--format', 'json']);
    expect(copy.json.files[0]!.findings.map((f) => [f.cell, f.message])).toEqual(file.findings.map((f) => [f.cell, f.message]));
  });

  it('groups the messages by managing unit in one file', () => {
    const digest = readFileSync(join(dir, 'phan-hoi', 'tat-ca-phan-hoi.txt'), 'utf8');
    const headings = [...digest.matchAll(/^=== (.+) — \d+ đơn vị ===$/gm)].map((m) => m[1]);
    expect(headings.length).toBeGreaterThan(1);
    expect(new Set(headings).size).toBe(headings.length);
    expect(headings).toContain('Phòng Giáo dục và Đào tạo huyện Định Hóa (PGD-DINHHOA)');
    expect(digest.match(/^Kính gửi: /gm)).toHaveLength(needing.length);
  });

  it('is deterministic: a second run writes the same bytes', () => {
    expect(runCli([...ARGS, '--feedback', 'phan-hoi-2'], { cwd: dir }).code).toBe(1);
    for (const name of readdirSync(join(dir, 'phan-hoi')).filter((n) => !n.startsWith('.'))) {
      expect(hash(join(dir, 'phan-hoi-2', name)), name).toBe(hash(join(dir, 'phan-hoi', name)));
    }
  });

  it('refuses a folder inside the reports being validated, and writes nothing', () => {
    const r = runCli([...ARGS, '--feedback', 'nhan-ve/phan-hoi'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('nằm trong thư mục báo cáo');
    expect(existsSync(join(inbox, 'phan-hoi'))).toBe(false);
  });

  it('for a row of a responses sheet, names the question of the online form', () => {
    expect(runCli(['convert', join(EXAMPLES, 'broken'), '--to', 'responses', '--out', join(dir, 'loi.csv')]).code).toBeLessThan(3);
    const r = runCli(['validate', 'loi.csv', ...CONFIG, '--term', 'HK1', '--year', '2024-2025', '--date', '2024-12-10', '--feedback', 'phan-hoi-form'], { cwd: dir });
    expect(r.code).toBe(1);
    const digest = readFileSync(join(dir, 'phan-hoi-form', 'tat-ca-phan-hoi.txt'), 'utf8');
    expect(digest).toMatch(/câu «[^»]+» \(cột [A-Z]+, dòng \d+ của bảng câu trả lời\)/);
  });
});
