/**
 * `render` on a terminal asks what edu-comms.yaml lacks, then offers to remember it there: said yes, the answer is
 * written into the office's configuration with its comments kept, and the next run (even without a terminal) no
 * longer needs it.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { EXAMPLES, runCli } from '../helpers/cli.js';
import { ptyRun } from '../init/pty.js';

const dir = mkdtempSync(join(tmpdir(), 'edu-comms-remember-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const config = join(dir, 'edu-comms.yaml');
const original = readFileSync(join(EXAMPLES, '2026-2027', 'edu-comms.yaml'), 'utf8');
const submissions = join(EXAMPLES, '2026-2027', 'submissions', 'hk1-2026-2027');

beforeAll(() => {
  // the office's configuration without the signer's name
  const withoutName = original.replace(/, name: Nguyễn Văn Hùng\}/, '}');
  expect(withoutName).not.toBe(original);
  writeFileSync(config, withoutName);
  const r = runCli(['aggregate', '--term', 'HK1', '--year', '2026-2027', '--in', submissions, '--out', 'tong-hop', '--date', '2026-12-20'], { cwd: dir });
  expect(r.code, r.stderr).toBe(0);
}, 120_000);

describe('render remembers what it asked', () => {
  it('asks the signer’s name, offers to keep it, writes it into edu-comms.yaml with the comments, and the next run does not need it', async () => {
    const comments = original.split('\n').filter((l) => l.trimStart().startsWith('#')).length;
    const session = ptyRun(['render', '--summary', 'tong-hop', '--kind', 'letter', '--out', 'cong-van.docx', '--date', '2026-12-20'], { cwd: dir });
    await session.answer(/Họ và tên người ký/, 'Trần Thị Lan\r');
    await session.answer(/Ghi các câu trả lời này vào edu-comms\.yaml/, 'y\r');
    expect(await session.exit, session.output()).toBe(0);
    expect(session.output().replace(/\s+/g, '')).toContain('Họvàtênngườiký:TrầnThịLan');
    expect(session.output()).toContain('Đã ghi vào edu-comms.yaml');
    const text = readFileSync(config, 'utf8');
    expect(parse(text).documents.signer).toEqual({ authority: 'KT.', on_behalf_of: 'GIÁM ĐỐC', title: 'PHÓ GIÁM ĐỐC', name: 'Trần Thị Lan' });
    expect(text).toContain('# Kính gửi của báo cáo và công văn gửi báo cáo');
    expect(text.split('\n').filter((l) => l.trimStart().startsWith('#')).length).toBeGreaterThanOrEqual(comments);

    // without a terminal now: no draft value for the signer, the name is the remembered one
    const again = runCli(['render', '--summary', 'tong-hop', '--kind', 'letter', '--out', 'cong-van-2.docx', '--date', '2026-12-20'], { cwd: dir });
    expect(again.code, again.stderr).toBe(0);
    expect(again.stderr).not.toContain('Họ và tên người ký');
    const check = runCli(['check-config'], { cwd: dir });
    expect(check.code, check.stdout + check.stderr).toBe(0);
  });

  it('leaves edu-comms.yaml as it was when the clerk says no', async () => {
    writeFileSync(config, original.replace(/, name: Nguyễn Văn Hùng\}/, '}'));
    const before = readFileSync(config, 'utf8');
    const session = ptyRun(['render', '--summary', 'tong-hop', '--kind', 'report', '--out', 'bao-cao.docx', '--date', '2026-12-20'], { cwd: dir });
    await session.answer(/Họ và tên người ký/, 'Trần Thị Lan\r');
    await session.answer(/Ghi các câu trả lời này/, 'n\r');
    expect(await session.exit, session.output()).toBe(0);
    expect(readFileSync(config, 'utf8')).toBe(before);
  });

  it('a reminder’s new deadline typed as clerks write it is checked when given and not remembered', async () => {
    writeFileSync(config, original.replace(/, name: Nguyễn Văn Hùng\}/, '}').replace(/^ {4}new_deadline: .*\n/m, ''));
    const session = ptyRun(['render', '--summary', 'tong-hop', '--kind', 'reminder', '--out', 'don-doc.docx', '--date', '2026-12-20'], { cwd: dir });
    await session.answer(/Hạn nộp mới/, '18/12/2026\r');
    await session.answer(/phải sau ngày của công văn 20\/12\/2026/, '\x15' + '28-12-2026\r');
    expect(await session.exit, session.output()).toBe(0);
    // a deadline is for this letter only: nothing to keep, so nothing offered
    expect(session.output()).not.toContain('Ghi các câu trả lời này');
    expect(parse(readFileSync(config, 'utf8')).documents.reminder?.new_deadline).toBeUndefined();
    const record = JSON.parse(readFileSync(join(dir, 'don-doc.metadata.json'), 'utf8'));
    expect(JSON.stringify(record)).toContain('2026-12-28');
  });
});
