/**
 * A week in a real office (issue "never a wrong official document"): the built binary run the way a clerk does, in
 * folders laid out as a clerk lays them out. Each `describe` is one case a clerk met; each fails on the behaviour it
 * replaces.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXAMPLES, runCli } from '../helpers/cli.js';

const POST = join(EXAMPLES, '2026-2027');
const HK1 = ['--term', 'HK1', '--year', '2026-2027'];
const DATE = ['--date', '2026-12-20'];

let root: string;
beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'edu-comms-office-'));
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** A fresh folder under the test's root. */
function folder(name: string): string {
  const dir = join(root, name);
  mkdirSync(dir, { recursive: true });
  return dir;
}

describe('1. no edu-comms.yaml: aggregate and render never work from the bundled sample', () => {
  it('aggregate in a new office folder stops (exit 2), writes nothing, and says how to create or point at a config', () => {
    const office = folder('no-config/office');
    cpSync(join(POST, 'submissions', 'hk1-2026-2027', 'xa-binhyen'), join(root, 'no-config', 'truong'), { recursive: true });
    const r = runCli(['aggregate', ...HK1, '--in', '../truong', ...DATE], { cwd: office });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Không có edu-comms.yaml');
    expect(r.stderr).toContain('edu-comms init');
    expect(r.stderr).toContain('--config');
    expect(r.stderr).not.toContain('Thái Nguyên');
    expect(r.stdout).toBe('');
    expect(readdirSync(office)).toEqual([]);
  });

  it('render beside a summary but without a config stops (exit 2) and writes no document', () => {
    const office = folder('no-config/render');
    // a summary made properly, with the office's config given by --config
    const made = runCli(['aggregate', '--config', join(POST, 'edu-comms.yaml'), ...HK1, '--unit', 'XA-BINHYEN', '--in', join(POST, 'submissions', 'hk1-2026-2027', 'xa-binhyen'), '--out', 'tong-hop', ...DATE], { cwd: office });
    expect(made.code).toBe(0);
    for (const kind of ['report', 'letter', 'reminder']) {
      const r = runCli(['render', '--summary', 'tong-hop', '--kind', kind, '--out', `${kind}.docx`, ...DATE, '--lang', 'en'], { cwd: office });
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('No edu-comms.yaml');
      expect(r.stderr).toContain('edu-comms init');
      expect(r.stderr).toContain('--config');
    }
    expect(readdirSync(office)).toEqual(['tong-hop']);
  });

  it('with --config, or an edu-comms.yaml in the folder, both work; validate may still use the sample', () => {
    const office = folder('no-config/own');
    cpSync(join(POST, 'edu-comms.yaml'), join(office, 'edu-comms.yaml'));
    const schools = join(POST, 'submissions', 'hk1-2026-2027', 'xa-binhyen');
    expect(runCli(['aggregate', ...HK1, '--unit', 'XA-BINHYEN', '--in', schools, '--out', 'tong-hop', ...DATE], { cwd: office }).code).toBe(0);
    expect(runCli(['render', '--summary', 'tong-hop', '--out', 'bao-cao.docx', ...DATE], { cwd: office }).code).toBe(0);
    expect(existsSync(join(office, 'bao-cao.docx'))).toBe(true);
    const empty = folder('no-config/validate');
    writeFileSync(join(empty, 'placeholder.txt'), '');
    const v = runCli(['validate', join(EXAMPLES, 'submissions', 'hk1-2024-2025', 'pgd-dinhhoa'), '--term', 'HK1', '--year', '2024-2025', '--date', '2025-01-05'], { cwd: empty });
    expect(v.code).toBe(0);
    expect(v.stderr).toContain('cấu hình mẫu');
  });
});

describe("5. validate . in the office folder: the tool's own files are skipped with a note, not rejected", () => {
  it('summaries, configuration, roster, documents and their metadata are named once as skipped; reports are checked', () => {
    const office = folder('own-files');
    cpSync(join(POST, 'edu-comms.yaml'), join(office, 'edu-comms.yaml'));
    cpSync(join(POST, 'edu-comms.yaml'), join(office, 'cau-hinh-nam-truoc.yaml'));
    writeFileSync(join(office, 'danh-sach-don-vi.csv'), 'Mã đơn vị,Tên đơn vị,Cấp học,Mã đơn vị quản lý\nSGD-X,Sở X,OFFICE,\n');
    cpSync(join(POST, 'submissions', 'hk1-2026-2027', 'xa-binhyen'), join(office, 'submissions'), { recursive: true });
    expect(runCli(['aggregate', ...HK1, '--unit', 'XA-BINHYEN', ...DATE], { cwd: office }).code).toBe(0);
    expect(runCli(['render', '--summary', 'out/XA-BINHYEN-2026-2027-HK1', '--out', 'van-ban/bao-cao.docx', ...DATE], { cwd: office }).code).toBe(0);

    const r = runCli(['validate', '.', ...HK1, ...DATE], { cwd: office });
    const [checked = '', notes = ''] = r.stdout.split('Bỏ qua');
    expect(checked).not.toContain('summary');
    expect(checked).not.toContain('edu-comms.yaml');
    for (const [file, kind] of <Array<[string, string]>>[
      ['cau-hinh-nam-truoc.yaml', 'tệp cấu hình'],
      ['danh-sach-don-vi.csv', 'danh sách đơn vị'],
      ['edu-comms.yaml', 'tệp cấu hình'],
      ['out/XA-BINHYEN-2026-2027-HK1/summary.json', 'tệp tổng hợp'],
      ['out/XA-BINHYEN-2026-2027-HK1/summary.xlsx', 'tệp tổng hợp'],
      ['out/XA-BINHYEN-2026-2027-HK1/summary.yaml', 'tệp tổng hợp'],
      ['van-ban/bao-cao.docx', 'văn bản do edu-comms lập'],
      ['van-ban/bao-cao.metadata.json', 'thông tin văn bản'],
    ]) expect(notes).toMatch(new RegExp(`- ${file.replace(/[.]/g, '\\.')} \\(${kind}`));
    expect(r.stdout).toContain('Bỏ qua 8 tệp của chính edu-comms');
    expect(r.stdout).toContain('4 tệp: 4 đạt, 0 bị từ chối');
    expect(r.code).toBe(0);

    const json = JSON.parse(runCli(['validate', '.', ...HK1, ...DATE, '--format', 'json'], { cwd: office }).stdout) as { files: Array<{ file: string }>; skipped: Array<{ file: string; kind: string }> };
    expect(json.files.map((f) => f.file)).toEqual(['submissions/mn-binhyen.yaml', 'submissions/th-binhyen.yaml', 'submissions/thcs-binhyen.yaml', 'submissions/ththcs-phudinh.yaml']);
    expect(json.skipped).toContainEqual({ file: 'out/XA-BINHYEN-2026-2027-HK1/summary.xlsx', kind: 'summary' });
  });

  it("a school's workbook of the tool's form (written by edu-comms too) is a report, checked as one", () => {
    const office = folder('own-files-form');
    cpSync(join(POST, 'excel', 'th-phanme.xlsx'), join(office, 'th-phanme.xlsx'));
    const r = runCli(['validate', '.', ...HK1, ...DATE, '--config', join(POST, 'edu-comms.yaml'), '--format', 'json'], { cwd: office });
    const json = JSON.parse(r.stdout) as { files: Array<{ file: string; status: string }>; skipped?: unknown };
    expect(json.files).toEqual([expect.objectContaining({ file: 'th-phanme.xlsx', status: 'accepted' })]);
    expect(json.skipped).toBeUndefined();
  });
});

describe('4. a mistyped period: no file of it, files of other periods found', () => {
  it('aggregate names the periods found and exits 1, instead of a confident 0% with exit 0', () => {
    const office = folder('wrong-period');
    cpSync(join(POST, 'edu-comms.yaml'), join(office, 'edu-comms.yaml'));
    cpSync(join(POST, 'submissions', 'hk1-2026-2027', 'xa-binhyen'), join(office, 'truong'), { recursive: true });
    const r = runCli(['aggregate', '--term', 'HK1', '--year', '2027-2028', '--unit', 'XA-BINHYEN', '--in', 'truong', '--out', 'tong-hop', ...DATE], { cwd: office });
    expect(r.stdout).toContain('Không có tệp nào của học kỳ I năm học 2027-2028');
    expect(r.stdout).toContain('học kỳ I năm học 2026-2027 (4 tệp)');
    expect(r.stdout).toContain('--term/--year');
    expect(r.code).toBe(1);
    const json = runCli(['aggregate', '--term', 'HK1', '--year', '2027-2028', '--unit', 'XA-BINHYEN', '--in', 'truong', '--out', 'tong-hop-json', '--format', 'json', ...DATE, '--lang', 'en'], { cwd: office });
    expect(json.stderr).toContain('term I of school year 2026-2027 (4 files)');
    expect(json.code).toBe(1);
    // the right period: no such message, exit 0
    const right = runCli(['aggregate', ...HK1, '--unit', 'XA-BINHYEN', '--in', 'truong', '--out', 'tong-hop-dung', ...DATE], { cwd: office });
    expect(right.stdout).not.toContain('Không có tệp nào');
    expect(right.code).toBe(0);
  });
});
