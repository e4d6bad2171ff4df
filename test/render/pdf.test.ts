/**
 * `render --format pdf` end to end with a real LibreOffice (installed by .ci/run): the PDF read back with poppler-utils
 * (pdfinfo, pdffonts, pdftotext) — A4, PDF/A-2b identification, fonts embedded, header, number line and signature —
 * and the same page count as the DOCX. Without LibreOffice or poppler-utils these tests fail: they are never skipped.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { DocumentMetadataSchema } from '../../src/contract/document-metadata.js';
import { EXAMPLES, runCli } from '../helpers/cli.js';
import { FIXTURE } from './helpers.js';

const CONFIG = join(EXAMPLES, 'edu-comms.yaml');
const have = (program: string, flag = '--version') => spawnSync(program, [flag], { encoding: 'utf8' }).status === 0;
const poppler = (program: string, ...args: string[]) => execFileSync(program, args, { encoding: 'utf8' });

function project(): string {
  const dir = mkdtempSync(join(tmpdir(), 'edu-comms-pdf-test-'));
  writeFileSync(join(dir, 'summary.json'), readFileSync(FIXTURE));
  return dir;
}

const pages = (pdf: string) => Number(/^Pages:\s+(\d+)/m.exec(poppler('pdfinfo', pdf))![1]);

/**
 * The pages of the DOCX as an editor lays it out: LibreOffice opens the DOCX and prints it as a plain PDF (no PDF/A,
 * its default filter). (Its document statistics are no help: ODT's page-count is taken before the layout is finished.)
 */
function docxPages(file: string): number {
  const work = mkdtempSync(join(tmpdir(), 'edu-comms-pages-'));
  const profile = pathToFileURL(join(work, 'profile')).href;
  execFileSync('soffice', ['--headless', '--norestore', `-env:UserInstallation=${profile}`, '--convert-to', 'pdf', '--outdir', work, file], { stdio: 'ignore' });
  return pages(join(work, basename(file).replace(/\.docx$/, '.pdf')));
}


let dir: string;
let electronic: { code: number; stdout: string; stderr: string };
let paper: { code: number; stdout: string; stderr: string };

beforeAll(() => {
  expect(have('soffice'), 'LibreOffice (soffice) is needed: apt-get install libreoffice-writer-nogui (.ci/run does it)').toBe(true);
  expect(have('pdfinfo', '-v'), 'poppler-utils is needed: apt-get install poppler-utils (.ci/run does it)').toBe(true);
  dir = project();
  electronic = runCli(
    ['render', '--config', CONFIG, '--format', 'docx,pdf', '--eoffice', '--appendix', 'separate', '--out', 'dien-tu/bao-cao.pdf', '--date', '2025-01-05'],
    { cwd: dir },
  );
  paper = runCli(['render', '--config', CONFIG, '--kind', 'reminder', '--number', '15', '--deadline', '2025-01-12', '--out', 'giay/don-doc.pdf', '--date', '2025-01-05'], { cwd: dir });
}, 240_000);

describe('render --format pdf (electronic report, appendix apart)', () => {
  it('writes the DOCX, the PDF/A, the appendix in both, and the metadata file', () => {
    expect(electronic.stderr).toBe('');
    expect(electronic.code).toBe(0);
    expect(readdirSync(join(dir, 'dien-tu')).filter((f) => !f.startsWith('.')).sort()).toEqual([
      'bao-cao-phu-luc.docx',
      'bao-cao-phu-luc.pdf',
      'bao-cao.docx',
      'bao-cao.metadata.json',
      'bao-cao.pdf',
    ]);
  });

  it('is A4 (portrait report, landscape appendix), PDF/A-2b, every font embedded', () => {
    for (const file of ['bao-cao.pdf', 'bao-cao-phu-luc.pdf']) {
      const pdf = join(dir, 'dien-tu', file);
      expect(poppler('pdfinfo', pdf)).toMatch(/^Page size:\s+.*\(A4\)/m);
      const xmp = poppler('pdfinfo', '-meta', pdf);
      expect(xmp).toMatch(/<pdfaid:part>2<\/pdfaid:part>/);
      expect(xmp).toMatch(/<pdfaid:conformance>B<\/pdfaid:conformance>/);
      const fonts = poppler('pdffonts', pdf).split('\n').slice(2).filter((l) => l.trim() !== '');
      expect(fonts.length).toBeGreaterThan(0);
      // columns: name type encoding emb sub uni object ID — `emb` is the fourth field from the end
      for (const row of fonts) expect(row.trim().split(/\s+/).at(-5), row).toBe('yes');
    }
    expect(poppler('pdfinfo', join(dir, 'dien-tu', 'bao-cao.pdf'))).toMatch(/^Page size:\s+595\.\d+ x 841\.\d+ pts/m);
    expect(poppler('pdfinfo', join(dir, 'dien-tu', 'bao-cao-phu-luc.pdf'))).toMatch(/^Page size:\s+841\.\d+ x 595\.\d+ pts/m);
  });

  it('shows the header, a number line and a date left for the system, and the signature block', () => {
    const text = poppler('pdftotext', '-layout', join(dir, 'dien-tu', 'bao-cao.pdf'), '-');
    expect(text).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(text).toContain('Độc lập - Tự do - Hạnh phúc');
    expect(text).toContain('SỞ GIÁO DỤC VÀ ĐÀO TẠO');
    expect(text).toMatch(/Số:\s+\/BC-SGDĐT/);
    expect(text).toMatch(/Thái Nguyên, ngày\s+tháng\s+năm\s*\n/);
    expect(text).toContain('KT. GIÁM ĐỐC');
    expect(text).toContain('PHÓ GIÁM ĐỐC');
    expect(text).toContain('Nguyễn Văn Hùng');
    const appendix = poppler('pdftotext', '-layout', join(dir, 'dien-tu', 'bao-cao-phu-luc.pdf'), '-');
    expect(appendix).toMatch(/\(Kèm theo Báo cáo số\s+\/BC-SGDĐT ngày\s+tháng\s+năm\s+của/);
  });

  it('has as many pages as the DOCX, and the metadata file says so', () => {
    const pdf = pages(join(dir, 'dien-tu', 'bao-cao.pdf'));
    expect(docxPages(join(dir, 'dien-tu', 'bao-cao.docx'))).toBe(pdf);
    expect(docxPages(join(dir, 'dien-tu', 'bao-cao-phu-luc.docx'))).toBe(pages(join(dir, 'dien-tu', 'bao-cao-phu-luc.pdf')));
    const record = DocumentMetadataSchema.parse(JSON.parse(readFileSync(join(dir, 'dien-tu', 'bao-cao.metadata.json'), 'utf8')));
    expect(record.page_count).toBe(pdf);
    expect(record).toMatchObject({ number: null, issue_date: null, electronic: true, files: { document: ['bao-cao.pdf', 'bao-cao.docx'], attachments: ['bao-cao-phu-luc.pdf', 'bao-cao-phu-luc.docx'] } });
  });
});

describe('render --out x.pdf (paper reminder)', () => {
  it('writes only the PDF and its metadata, with the number, the date and the new deadline', () => {
    expect(paper.stderr).toBe('');
    expect(paper.code).toBe(0);
    expect(readdirSync(join(dir, 'giay')).filter((f) => !f.startsWith('.')).sort()).toEqual(['don-doc.metadata.json', 'don-doc.pdf']);
    const text = poppler('pdftotext', '-layout', join(dir, 'giay', 'don-doc.pdf'), '-');
    expect(text).toContain('Số: 15/SGDĐT-VP');
    expect(text).toContain('Thái Nguyên, ngày 05 tháng 01 năm 2025');
    expect(text).toContain('12/01/2025');
    const record = DocumentMetadataSchema.parse(JSON.parse(readFileSync(join(dir, 'giay', 'don-doc.metadata.json'), 'utf8')));
    expect(record).toMatchObject({ number: 15, number_and_notation: '15/SGDĐT-VP', issue_date: '2025-01-05', reply_due: '2025-01-12', page_count: pages(join(dir, 'giay', 'don-doc.pdf')) });
  });
});

describe('render --format pdf when LibreOffice fails', () => {
  const outputs = (folder: string) => (existsSync(folder) ? readdirSync(folder).filter((f) => !f.startsWith('.')) : []);

  it('without LibreOffice, says how to install it on Windows and Debian/Ubuntu, and writes nothing', () => {
    const work = project();
    const r = runCli(['render', '--config', CONFIG, '--format', 'docx,pdf', '--out', 'out/bc.docx'], { cwd: work, env: { EDU_COMMS_SOFFICE: join(work, 'khong-co-soffice') } });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Không tìm thấy LibreOffice');
    expect(r.stderr).toContain('Windows: tải LibreOffice');
    expect(r.stderr).toContain('sudo apt-get install libreoffice-writer-nogui');
    expect(r.stderr).toContain('EDU_COMMS_SOFFICE');
    expect(r.stderr).not.toMatch(/\bat .*\.js:\d+/);
    expect(outputs(join(work, 'out'))).toEqual([]);
  });

  it('stops a conversion past its time limit and writes nothing', () => {
    const work = project();
    const slow = join(work, 'slow-soffice');
    writeFileSync(slow, '#!/bin/sh\nsleep 30\n');
    chmodSync(slow, 0o755);
    const started = Date.now();
    const r = runCli(['render', '--config', CONFIG, '--format', 'pdf', '--out', 'out/bc.pdf'], { cwd: work, env: { EDU_COMMS_SOFFICE: slow, EDU_COMMS_PDF_TIMEOUT: '1' } });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('sau 1 giây');
    expect(r.stderr).toContain('EDU_COMMS_PDF_TIMEOUT');
    expect(Date.now() - started).toBeLessThan(20_000);
    expect(outputs(join(work, 'out'))).toEqual([]);
  });

  it('reports a failed conversion with what LibreOffice said, and writes nothing (not even a half PDF)', () => {
    const work = project();
    const broken = join(work, 'broken-soffice');
    // writes a truncated PDF where the real one would go, then fails
    writeFileSync(broken, '#!/bin/sh\nfor a; do out="$a"; done\nprintf "%%PDF-1.6 half" > "${out%.docx}.pdf"\necho "Error: source file could not be loaded" >&2\nexit 0\n');
    chmodSync(broken, 0o755);
    const r = runCli(['render', '--config', CONFIG, '--format', 'docx,pdf', '--out', 'out/bc.docx'], { cwd: work, env: { EDU_COMMS_SOFFICE: broken } });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('LibreOffice không chuyển được');
    expect(r.stderr).toContain('source file could not be loaded');
    expect(outputs(join(work, 'out'))).toEqual([]);
  });
});
