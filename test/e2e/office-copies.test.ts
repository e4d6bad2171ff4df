/**
 * Issue "a week in a real office", case 3: a school that sends the same file twice. Byte-identical files of one unit
 * (`x.xlsx` and `x (1).xlsx` as e-mail clients save them, two identical YAMLs) are one submission: counted once, with a
 * note on the copy naming the kept file; the school is accepted in validate, the summary, the report's appendix and
 * the reminder. Two files with different content stay a `duplicate-submission` error naming both. The built binary,
 * run the way a clerk does.
 */
import { copyFileSync, cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXAMPLES, runCli, runJson } from '../helpers/cli.js';

const POST = join(EXAMPLES, '2026-2027');
const HK1 = ['--term', 'HK1', '--year', '2026-2027'];
const DATE = ['--date', '2026-12-20'];

let root: string;
let office: string;
beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'edu-comms-copies-'));
  office = join(root, 'office');
  mkdirSync(office);
  copyFileSync(join(POST, 'edu-comms.yaml'), join(office, 'edu-comms.yaml'));
  // xã Bình Yên: MN-BINHYEN in the Excel form, saved twice by the mail client; TH-BINHYEN's YAML copied twice;
  // THCS-BINHYEN as it is; THTHCS-PHUDINH has not reported (so that the reminder has someone to remind)
  const truong = join(office, 'truong');
  mkdirSync(truong);
  const from = join(POST, 'submissions', 'hk1-2026-2027', 'xa-binhyen');
  const made = runCli(['convert', join(from, 'mn-binhyen.yaml'), '--to', 'xlsx', '--out', truong, ...DATE], { cwd: office });
  expect(made.code, made.stderr).toBe(0);
  copyFileSync(join(truong, 'mn-binhyen.xlsx'), join(truong, 'mn-binhyen (1).xlsx'));
  copyFileSync(join(from, 'th-binhyen.yaml'), join(truong, 'th-binhyen.yaml'));
  copyFileSync(join(from, 'th-binhyen.yaml'), join(truong, 'th-binhyen - Copy.yaml'));
  copyFileSync(join(from, 'thcs-binhyen.yaml'), join(truong, 'thcs-binhyen.yaml'));
  // the same school's two different reports: a clash
  const clash = join(office, 'hai-ban');
  cpSync(truong, clash, { recursive: true });
  const text = readFileSync(join(from, 'thcs-binhyen.yaml'), 'utf8');
  writeFileSync(join(clash, 'thcs-binhyen-ban-2.yaml'), text.replace(/^reported_at: .*$/m, 'reported_at: 2026-12-09'));
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

const docXml = (file: string) => strFromU8(unzipSync(readFileSync(file))['word/document.xml']!);
const textOf = (xml: string) => [...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');

describe('3. the same file sent twice is one submission', () => {
  it('validate: the copies are accepted with a note naming the kept file, no duplicate error, exit 0', () => {
    const r = runJson(['validate', 'truong', ...HK1, '--format', 'json', ...DATE], { cwd: office });
    expect(r.code, r.stderr).toBe(0);
    const byFile = new Map(r.json.files.map((f: any) => [f.file, f]));
    for (const f of r.json.files as any[]) {
      expect(f.status, f.file).toBe('accepted');
      expect(f.findings.filter((x: any) => x.rule === 'duplicate-submission'), f.file).toEqual([]);
    }
    const copy = byFile.get('truong/mn-binhyen (1).xlsx') as any;
    const note = copy.findings.find((x: any) => x.rule === 'duplicate-copy');
    expect(note.severity).toBe('info');
    expect(note.message).toContain('truong/mn-binhyen.xlsx');
    expect(note.message).toContain('chỉ tính một lần');
    const yamlCopy = (byFile.get('truong/th-binhyen - Copy.yaml') as any).findings.find((x: any) => x.rule === 'duplicate-copy');
    expect(yamlCopy.message).toContain('truong/th-binhyen.yaml');
    // the kept files carry no note
    for (const kept of ['truong/mn-binhyen.xlsx', 'truong/th-binhyen.yaml']) {
      expect((byFile.get(kept) as any).findings.filter((x: any) => x.rule === 'duplicate-copy')).toEqual([]);
    }
    const notes = (r.json.files as any[]).flatMap((f) => f.findings.filter((x: any) => x.rule === 'duplicate-copy').map(() => f.file));
    expect(notes).toEqual(['truong/mn-binhyen (1).xlsx', 'truong/th-binhyen - Copy.yaml']);
    expect(r.json.summary).toMatchObject({ files: 5, accepted: 5, rejected: 0, errors: 0 });
  });

  it('validate (pretty, English): the note is shown on the copy', () => {
    const r = runCli(['validate', 'truong', ...HK1, '--lang', 'en', ...DATE], { cwd: office });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('truong/mn-binhyen (1).xlsx');
    expect(r.stdout).toContain('This file is identical to truong/mn-binhyen.xlsx');
  });

  it('aggregate: each school counted once and accepted; the copies are listed as not counted, naming the kept file', () => {
    const r = runCli(['aggregate', ...HK1, '--unit', 'XA-BINHYEN', '--in', 'truong', '--out', 'tong-hop', ...DATE], { cwd: office });
    expect(r.code, r.stderr).toBe(0);
    const s = JSON.parse(readFileSync(join(office, 'tong-hop', 'summary.json'), 'utf8'));
    expect(s.completeness).toMatchObject({ expected: 4, accepted: 3, rejected: 0, missing: 1 });
    const unit = (code: string) => s.units.find((u: any) => u.code === code);
    expect(unit('MN-BINHYEN')).toMatchObject({ status: 'accepted', files: ['truong/mn-binhyen.xlsx'], errors: 0 });
    expect(unit('TH-BINHYEN')).toMatchObject({ status: 'accepted', files: ['truong/th-binhyen.yaml'], errors: 0 });
    expect(s.lists.rejected).toEqual([]);
    expect(s.lists.missing.map((u: any) => u.code)).toEqual(['THTHCS-PHUDINH']);
    expect(r.stdout).toContain('truong/mn-binhyen (1).xlsx: giống hệt tệp truong/mn-binhyen.xlsx');
    expect(r.stdout).toContain('truong/th-binhyen - Copy.yaml: giống hệt tệp truong/th-binhyen.yaml');
  });

  it('the report appendix and the reminder: the school is not rejected, the reminder names only the missing one', () => {
    const report = runCli(['render', '--summary', 'tong-hop', '--out', 'bao-cao.docx', ...DATE], { cwd: office });
    expect(report.code, report.stderr).toBe(0);
    const body = textOf(docXml(join(office, 'bao-cao.docx')));
    expect(body).toContain('Trường Mầm non Bình Yên');
    expect(body).not.toMatch(/Bị từ chối|bị từ chối/);
    const reminder = runCli(['render', '--summary', 'tong-hop', '--kind', 'reminder', '--out', 'don-doc.docx', ...DATE], { cwd: office });
    expect(reminder.code, reminder.stderr).toBe(0);
    const letter = textOf(docXml(join(office, 'don-doc.docx')));
    expect(letter).toContain('Trường TH&amp;THCS Phú Đình');
    expect(letter).not.toContain('Trường Mầm non Bình Yên');
    expect(letter).not.toContain('Trường Tiểu học Bình Yên');
  });

  it('two different reports of one school stay a duplicate-submission error naming both files (the copies still fold)', () => {
    const v = runJson(['validate', 'hai-ban', ...HK1, '--format', 'json', ...DATE], { cwd: office });
    expect(v.code).toBe(1);
    const dup = (file: string) => v.json.files.find((f: any) => f.file === file).findings.find((x: any) => x.rule === 'duplicate-submission');
    expect(dup('hai-ban/thcs-binhyen.yaml').message).toContain('hai-ban/thcs-binhyen-ban-2.yaml');
    expect(dup('hai-ban/thcs-binhyen-ban-2.yaml').message).toContain('hai-ban/thcs-binhyen.yaml');
    expect(v.json.files.filter((f: any) => f.status === 'rejected').map((f: any) => f.file)).toEqual(['hai-ban/thcs-binhyen-ban-2.yaml', 'hai-ban/thcs-binhyen.yaml']);
    const a = runCli(['aggregate', ...HK1, '--unit', 'XA-BINHYEN', '--in', 'hai-ban', '--out', 'tong-hop-hai-ban', ...DATE], { cwd: office });
    expect(a.code).toBe(1);
    const s = JSON.parse(readFileSync(join(office, 'tong-hop-hai-ban', 'summary.json'), 'utf8'));
    expect(s.lists.rejected.map((u: any) => u.code)).toEqual(['THCS-BINHYEN']);
    expect(s.units.find((u: any) => u.code === 'MN-BINHYEN').status).toBe('accepted');
  });
});
