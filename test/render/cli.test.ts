/**
 * `edu-comms render` end to end, through the built binary: files in, a .docx or a located message out, exit codes of
 * cli.md (0 written, 2 usage or config problem).
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { EXAMPLES, ROOT, runCli } from '../helpers/cli.js';
import { FIXTURE, paragraphs, unzip } from './helpers.js';

const CONFIG = join(EXAMPLES, 'edu-comms.yaml');
const fixture = () => JSON.parse(readFileSync(FIXTURE, 'utf8')) as Record<string, any>;

/** A fresh folder with the example config (optionally changed) and the fixture summary (optionally changed). */
function project(options: { config?: (text: string) => string; summary?: (s: Record<string, any>) => unknown } = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'edu-comms-render-'));
  const config = readFileSync(CONFIG, 'utf8');
  writeFileSync(join(dir, 'edu-comms.yaml'), options.config ? options.config(config) : config);
  writeFileSync(join(dir, 'summary.json'), JSON.stringify(options.summary ? options.summary(fixture()) : fixture(), null, 2));
  return dir;
}

const withoutDocuments = (config: string) => config.slice(0, config.indexOf('\ndocuments:'));

beforeAll(() => {
  expect(existsSync(join(ROOT, 'dist', 'render', 'render.js')), 'run `npm run build` first').toBe(true);
});

describe('edu-comms render', () => {
  it.each(['report', 'letter', 'reminder'] as const)('writes the %s next to the summary found in the current folder', (kind) => {
    const dir = project();
    const { code, stdout, stderr } = runCli(['render', '--kind', kind, '--date', '2025-01-05'], { cwd: dir });
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const out = `${kind}-SGD-THAINGUYEN-2024-2025-HK1.docx`;
    expect(stdout).toContain(out);
    const parts = unzip(readFileSync(join(dir, out)));
    expect(parts['[Content_Types].xml']).toBeDefined();
    expect(paragraphs(parts['word/document.xml']!).some((p) => p.text === 'Thái Nguyên, ngày 05 tháng 01 năm 2025')).toBe(true);
  });

  it('gives byte-identical files for the same inputs and SOURCE_DATE_EPOCH', () => {
    const dir = project();
    const env = { SOURCE_DATE_EPOCH: '1736038800' };
    expect(runCli(['render', '--out', 'a.docx'], { cwd: dir, env }).code).toBe(0);
    expect(runCli(['render', '--out', 'b.docx'], { cwd: dir, env }).code).toBe(0);
    const a = readFileSync(join(dir, 'a.docx'));
    expect(a.equals(readFileSync(join(dir, 'b.docx')))).toBe(true);
    expect(unzip(a)['docProps/core.xml']).toContain('2025-01-05T01:00:00Z');
  });

  it('without a terminal, writes a draft for missing metadata and names the flag and the config key of each (exit 0)', () => {
    const dir = project({ config: withoutDocuments });
    const { code, stderr } = runCli(['render', '--kind', 'reminder', '--date', '2025-01-05', '--out', 'dd.docx'], { cwd: dir });
    expect(code).toBe(0);
    for (const text of ['--signer-name', 'documents.signer.name', '--signer-title', 'documents.signer.title', '--deadline', 'documents.reminder.new_deadline']) {
      expect(stderr).toContain(text);
    }
    const texts = paragraphs(unzip(readFileSync(join(dir, 'dd.docx')))['word/document.xml']!).map((p) => p.text);
    expect(texts).toContain('GIÁM ĐỐC'); // the usual title of a Sở's head, for the clerk to correct if a deputy signs
    expect(texts.some((t) => t.includes('12/01/2025') || t.includes('ngày 12 tháng 01 năm 2025'))).toBe(true); // a week after the letter
  });

  it('without a terminal, stops when a detail has no honest draft value (exit 2) and writes nothing', () => {
    const dir = project({ config: (c) => `${withoutDocuments(c)}\ndocuments:\n  signer: {authority: KT., title: PHÓ GIÁM ĐỐC, name: Lê Văn Bình}\n` });
    const { code, stderr } = runCli(['render', '--kind', 'report', '--date', '2025-01-05'], { cwd: dir });
    expect(code).toBe(2);
    expect(stderr).toContain('documents.signer.on_behalf_of');
    expect(readdirSync(dir).filter((f) => f.endsWith('.docx'))).toEqual([]);
  });

  it('takes the metadata from flags instead', () => {
    const dir = project({ config: withoutDocuments });
    const { code, stderr } = runCli(
      ['render', '--kind', 'letter', '--date', '2025-01-05', '--signer-name', 'Nguyễn Văn Hùng', '--signer-title', 'GIÁM ĐỐC', '--to', 'Bộ Giáo dục và Đào tạo', '--number', '12', '--out', 'cv.docx'],
      { cwd: dir },
    );
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const texts = paragraphs(unzip(readFileSync(join(dir, 'cv.docx')))['word/document.xml']!).map((p) => p.text);
    expect(texts).toContain('Số: 12/SGDĐT-VP');
    expect(texts).toContain('Kính gửi: Bộ Giáo dục và Đào tạo');
    expect(texts).toContain('Nguyễn Văn Hùng');
  });

  it('refuses a summary that does not follow the contract, with the file and line (exit 2)', () => {
    const dir = project({ summary: (s) => ({ ...s, units: s['units'].map((u: any, i: number) => (i === 1 ? { ...u, status: 'done' } : u)) }) });
    const { code, stderr } = runCli(['render', '--summary', 'summary.json'], { cwd: dir });
    expect(code).toBe(2);
    expect(stderr).toMatch(/summary\.json:\d+/);
    expect(stderr).toContain('units[1].status');
    expect(stderr).not.toMatch(/at .*\.js:\d+/);
  });

  it('says so when given a unit’s submission instead of a summary', () => {
    const dir = project();
    const submission = join(EXAMPLES, 'submissions', 'hk1-2024-2025', 'pgd-dinhhoa', 'mn-binhyen.yaml');
    const { code, stderr } = runCli(['render', '--summary', submission], { cwd: dir });
    expect(code).toBe(2);
    expect(stderr).toContain('edu-comms aggregate');
  });

  it('finds the summary in the folder given to --summary, and refuses an output that is neither .docx nor .pdf', () => {
    const dir = project();
    mkdirSync(join(dir, 'out'));
    writeFileSync(join(dir, 'out', 'summary.json'), readFileSync(join(dir, 'summary.json')));
    expect(runCli(['render', '--summary', 'out', '--out', 'bc.docx'], { cwd: dir }).code).toBe(0);
    expect(existsSync(join(dir, 'bc.docx'))).toBe(true);
    const odt = runCli(['render', '--out', 'bc.odt'], { cwd: dir });
    expect(odt.code).toBe(2);
    expect(odt.stderr).toContain('.docx');
    expect(odt.stderr).toContain('.pdf');
    expect(existsSync(join(dir, 'bc.odt'))).toBe(false);
  });

  it('without --summary and none in the folder, says which flag to use (exit 2)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'edu-comms-render-'));
    const { code, stderr } = runCli(['render', '--config', CONFIG], { cwd: dir });
    expect(code).toBe(2);
    expect(stderr).toContain('--summary');
  });

  it('reports an edited template’s unknown field at its line and column (exit 2)', () => {
    const dir = project();
    const template = readFileSync(join(ROOT, 'templates', 'letter.vi.md'), 'utf8').replace('{feedback.resolved}', '{feedback.solved}');
    writeFileSync(join(dir, 'cv.md'), template);
    const line = template.split('\n').findIndex((l) => l.includes('{feedback.solved}')) + 1;
    const column = template.split('\n')[line - 1]!.indexOf('{feedback.solved}') + 1;
    const { code, stderr } = runCli(['render', '--kind', 'letter', '--template', 'cv.md'], { cwd: dir });
    expect(code).toBe(2);
    expect(stderr).toContain(`cv.md:${line}:${column}`);
    expect(stderr).toContain('{feedback.resolved}');
  });

  it('uses the templates folder of the config for the kinds it has', () => {
    const dir = project({ config: (c) => c.replace('\ndocuments:\n', '\ndocuments:\n  templates: mau\n') });
    const reworded = readFileSync(join(ROOT, 'templates', 'letter.vi.md'), 'utf8').replace('(Chi tiết tại Báo cáo kèm theo.)', '(Xem Báo cáo gửi kèm.)');
    mkdirSync(join(dir, 'mau'));
    writeFileSync(join(dir, 'mau', 'letter.vi.md'), reworded);
    expect(runCli(['render', '--kind', 'letter', '--out', 'cv.docx'], { cwd: dir }).code).toBe(0);
    expect(runCli(['render', '--kind', 'report', '--out', 'bc.docx'], { cwd: dir }).code).toBe(0);
    const texts = paragraphs(unzip(readFileSync(join(dir, 'cv.docx')))['word/document.xml']!).map((p) => p.text);
    expect(texts).toContain('(Xem Báo cáo gửi kèm.)');
  });

  it('rejects a bad --number and a --deadline that is not a date or not after the letter (exit 2)', () => {
    const dir = project();
    expect(runCli(['render', '--number', 'mười'], { cwd: dir }).code).toBe(2);
    expect(runCli(['render', '--kind', 'reminder', '--deadline', '2025-02-30'], { cwd: dir }).code).toBe(2);
    const late = runCli(['render', '--kind', 'reminder', '--date', '2025-01-05', '--deadline', '2025-01-03'], { cwd: dir });
    expect(late.code).toBe(2);
    expect(late.stderr).toContain('03/01/2025');
  });

  it('writes no reminder when every unit reported on time and was accepted (exit 0)', () => {
    const dir = project({ summary: (s) => ({ ...s, lists: { ...s['lists'], missing: [], rejected: [], late: [] } }) });
    const { code, stdout } = runCli(['render', '--kind', 'reminder', '--date', '2025-01-05'], { cwd: dir });
    expect(code).toBe(0);
    expect(stdout).toContain('không cần công văn đôn đốc');
    expect(readdirSync(dir).filter((f) => f.endsWith('.docx'))).toEqual([]);
  });

  it('speaks English with --lang en', () => {
    const dir = project({ config: withoutDocuments });
    const { code, stderr } = runCli(['render', '--lang', 'en', '--date', '2025-01-05'], { cwd: dir });
    expect(code).toBe(0);
    expect(stderr).toContain("Draft: Signer's name is a blank");
    expect(stderr).toContain("Signer's name: add --signer-name");
  });
});
