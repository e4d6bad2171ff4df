/**
 * Issue "a week in a real office", case 2: drafts that look final. The built binary, run without a terminal (stdin is
 * not a TTY, as from a script), the way the clerk ran it. A value `render` fills in by itself puts a DỰ THẢO mark and
 * the list of those values in the document (DOCX, and so the PDF) and in its metadata file; with every value given
 * there is no mark. A default new deadline is after both the document date and the official deadline (15/12/2026), and
 * a reminder written before that deadline is an advance reminder, without reproach.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXAMPLES, ROOT, runCli } from '../helpers/cli.js';

const POST = join(EXAMPLES, '2026-2027');
const HK1 = ['--term', 'HK1', '--year', '2026-2027'];

let root: string;
/** The example office (documents: signer, parent, recipients, new deadline all given). */
let full: string;
/** The same office before it wrote a `documents:` section: every render value is missing. */
let bare: string;
beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'edu-comms-drafts-'));
  full = join(root, 'full');
  bare = join(root, 'bare');
  for (const dir of [full, bare]) mkdirSync(dir);
  copyFileSync(join(POST, 'edu-comms.yaml'), join(full, 'edu-comms.yaml'));
  const config = readFileSync(join(POST, 'edu-comms.yaml'), 'utf8');
  const cut = config.search(/^documents:/m);
  expect(cut).toBeGreaterThan(0);
  writeFileSync(join(bare, 'edu-comms.yaml'), config.slice(0, cut));
  // a Sở's summary in the middle of the term, 2/12, with some schools still to report (the bản 1/bản 2 clash too)
  for (const dir of [full, bare]) {
    const r = runCli(['aggregate', ...HK1, '--in', join(POST, 'submissions', 'hk1-2026-2027'), join(POST, 'broken', 'th-yenlac-ban-1.yaml'), join(POST, 'broken', 'th-yenlac-ban-2.yaml'), '--out', 'tong-hop', '--date', '2026-12-02'], { cwd: dir });
    expect(r.code, r.stderr).toBeLessThanOrEqual(1);
  }
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

const parts = (file: string) => unzipSync(readFileSync(file));
const documentXml = (file: string) => strFromU8(parts(file)['word/document.xml']!);
const decode = (text: string) => text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
/** The visible text of each paragraph, in order. */
const paragraphs = (xml: string) =>
  [...xml.matchAll(/<w:p\b[^>]*?(?:\/>|>([\s\S]*?)<\/w:p>)/g)].map((m) => ({
    xml: m[0],
    text: decode([...(m[1] ?? '').matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join('')),
  }));
const textOf = (xml: string) => paragraphs(xml).map((p) => p.text).join('\n');
const metadata = (dir: string, base: string) => JSON.parse(readFileSync(join(dir, `${base}.metadata.json`), 'utf8'));

/** The mark: the first paragraph of the document is “DỰ THẢO”, bold, in a frame; the next one, in italics, lists the values. */
function expectMark(xml: string): string {
  const [mark, line] = paragraphs(xml);
  expect(mark!.text).toBe('DỰ THẢO');
  expect(mark!.xml).toMatch(/<w:b\/>|<w:b w:val="true"\/>/);
  for (const side of ['top', 'bottom', 'left', 'right']) expect(mark!.xml).toMatch(new RegExp(`<w:${side} w:val="single"`));
  expect(line!.xml).toMatch(/<w:i\/>|<w:i w:val="true"\/>/);
  return line!.text;
}

describe('2. a value render filled in by itself is never hidden in the document', () => {
  it('reminder dated 02/12, before the official deadline 15/12: advance wording, new deadline after both dates, marked DỰ THẢO', () => {
    const r = runCli(['render', '--summary', 'tong-hop', '--kind', 'reminder', '--out', 'nhac-truoc-han.docx', '--date', '2026-12-02'], { cwd: bare });
    expect(r.code, r.stderr).toBe(0);
    const xml = documentXml(join(bare, 'nhac-truoc-han.docx'));
    const line = expectMark(xml);
    expect(line).toContain('hạn nộp mới: 22/12/2026 (--deadline hoặc documents.reminder.new_deadline)');
    expect(line).toContain('họ tên người ký: để trống (--signer-name hoặc documents.signer.name)');
    expect(line).toContain('chức vụ người ký: “GIÁM ĐỐC” (--signer-title hoặc documents.signer.title)');
    const text = textOf(xml);
    expect(text).toContain('trước ngày 15/12/2026');
    expect(text).toContain('đề nghị các đơn vị chưa gửi báo cáo hoàn thành trước ngày 22/12/2026');
    // no reproach for a lateness that has not happened
    for (const scold of ['chưa thực hiện nghiêm', 'chịu trách nhiệm', 'rút kinh nghiệm', 'nghiêm túc thực hiện', 'chậm trễ']) expect(text).not.toContain(scold);
    const meta = metadata(bare, 'nhac-truoc-han');
    expect(meta.reply_due).toBe('2026-12-22');
    expect(meta.reply_due > '2026-12-15' && meta.reply_due > meta.issue_date).toBe(true);
    expect(meta.draft).toBe(true);
    expect(meta.defaults.map((d: any) => [d.field, d.value])).toEqual([
      ['signer.title', 'GIÁM ĐỐC'],
      ['signer.name', ''],
      ['new_deadline', '2026-12-22'],
    ]);
  });

  it('reminder dated 20/12, after the deadline: the usual wording, a default deadline a week after the letter, still marked', () => {
    const r = runCli(['render', '--summary', 'tong-hop', '--kind', 'reminder', '--out', 'don-doc.docx', '--date', '2026-12-20'], { cwd: bare });
    expect(r.code, r.stderr).toBe(0);
    const xml = documentXml(join(bare, 'don-doc.docx'));
    expect(expectMark(xml)).toContain('hạn nộp mới: 27/12/2026');
    const text = textOf(xml);
    expect(text).toContain('chưa thực hiện nghiêm chế độ báo cáo');
    expect(text).toContain('Thủ trưởng đơn vị chịu trách nhiệm về việc chậm trễ báo cáo');
    expect(text).toContain('trước ngày 27/12/2026');
    expect(text).not.toContain('đề nghị các đơn vị chưa gửi báo cáo hoàn thành');
    expect(metadata(bare, 'don-doc').reply_due).toBe('2026-12-27');
  });

  it('the example office (every value in documents:) writes the reminder and the report with no mark', () => {
    for (const [kind, date] of [['reminder', '2026-12-20'], ['report', '2026-12-20'], ['letter', '2026-12-20']] as const) {
      const r = runCli(['render', '--summary', 'tong-hop', '--kind', kind, '--out', `${kind}.docx`, '--date', date], { cwd: full });
      expect(r.code, r.stderr).toBe(0);
      expect(r.stderr).not.toContain('Bản nháp');
      const xml = documentXml(join(full, `${kind}.docx`));
      expect(xml).not.toContain('DỰ THẢO');
      expect(textOf(xml)).not.toContain('tự điền');
      expect(metadata(full, kind)).toMatchObject({ draft: false, defaults: [] });
    }
  });

  it('a report with every value given by flags has no mark', () => {
    const r = runCli(['render', '--summary', 'tong-hop', '--signer-name', 'Nguyễn Văn An', '--signer-title', 'PHÓ GIÁM ĐỐC', '--out', 'bao-cao-du.docx', '--date', '2026-12-20'], { cwd: bare });
    expect(r.code, r.stderr).toBe(0);
    expect(documentXml(join(bare, 'bao-cao-du.docx'))).not.toContain('DỰ THẢO');
    expect(metadata(bare, 'bao-cao-du')).toMatchObject({ draft: false, defaults: [] });
  });

  it('a report whose signer name was defaulted is marked, listing exactly that value', () => {
    const r = runCli(['render', '--summary', 'tong-hop', '--signer-title', 'PHÓ GIÁM ĐỐC', '--out', 'bao-cao.docx', '--date', '2026-12-20'], { cwd: bare });
    expect(r.code, r.stderr).toBe(0);
    const line = expectMark(documentXml(join(bare, 'bao-cao.docx')));
    expect(line).toContain('họ tên người ký: để trống (--signer-name hoặc documents.signer.name)');
    expect(line).not.toContain('chức vụ người ký');
    expect(metadata(bare, 'bao-cao')).toMatchObject({ draft: true, defaults: [{ field: 'signer.name', value: '', flag: '--signer-name', config_key: 'documents.signer.name' }] });
  });

  it('the mark is in the PDF too (where LibreOffice is installed)', () => {
    const ci = readFileSync(join(ROOT, '.ci', 'run'), 'utf8');
    const required = process.env.CI === 'true' && /libreoffice/i.test(ci);
    const soffice = ['soffice', 'libreoffice'].find((bin) => spawnSync(bin, ['--version'], { encoding: 'utf8' }).status === 0);
    if (required) expect(soffice, 'LibreOffice is installed by .ci/run').toBeDefined();
    const pdftotext = spawnSync('pdftotext', ['-v'], { encoding: 'utf8' }).status === 0;
    if (!soffice || !pdftotext) {
      // without LibreOffice a PDF cannot be made, and render says so instead of writing a document without it
      const r = runCli(['render', '--summary', 'tong-hop', '--kind', 'reminder', '--format', 'pdf', '--out', 'khong-pdf.pdf', '--date', '2026-12-02'], { cwd: bare, env: { EDU_COMMS_SOFFICE: join(root, 'khong-co') } });
      expect(r.code).toBe(2);
      return;
    }
    const r = runCli(['render', '--summary', 'tong-hop', '--kind', 'reminder', '--format', 'docx,pdf', '--out', 'nhac.pdf', '--date', '2026-12-02'], { cwd: bare });
    expect(r.code, r.stderr).toBe(0);
    const text = execFileSync('pdftotext', ['-layout', join(bare, 'nhac.pdf'), '-'], { encoding: 'utf8' });
    const first = text.split('\f')[0]!;
    expect(first).toContain('DỰ THẢO');
    // pdftotext may break a line or a word anywhere: compare without spaces
    const squeeze = (t: string) => t.replace(/\s+/g, '');
    expect(squeeze(first)).toContain(squeeze('edu-comms tự điền: chức vụ người ký'));
    expect(squeeze(text)).toContain(squeeze('đề nghị các đơn vị chưa gửi báo cáo hoàn thành trước ngày 22/12/2026'));
    expect(metadata(bare, 'nhac')).toMatchObject({ draft: true });
  }, 300_000);
});
