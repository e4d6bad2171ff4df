/**
 * `edu-comms init` as a clerk (and a CI job) meets it: the built binary in a pseudo-terminal answers the wizard, and
 * without a terminal it exits 2 at once, saying what to run instead.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/load.js';
import { EXAMPLES, runCli } from '../helpers/cli.js';
import { canPrompt } from '../../src/cli/actions/init.js';
import { ptyRun } from './pty.js';
import { paragraphs, unzip } from '../render/helpers.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'edu-comms-init-cli-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const ENTER = '\r';
const DOWN = '\x1b[B';

describe('init without a terminal', () => {
  it('exits 2 with the non-interactive way to write edu-comms.yaml, and writes nothing', () => {
    const r = runCli(['init'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('không phải cửa sổ dòng lệnh');
    expect(r.stderr).toContain('edu-comms init config --example --out edu-comms.yaml');
    expect(r.stderr).toContain('edu-comms validate <thư mục báo cáo> --config edu-comms.yaml');
    expect(r.stdout).toBe('');
    expect(existsSync(join(dir, 'edu-comms.yaml'))).toBe(false);
  });

  it('points a submission to `edu-comms template`, in English with EDU_COMMS_LANG=en', () => {
    const r = runCli(['init', 'submission'], { cwd: dir, env: { EDU_COMMS_LANG: 'en' } });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('is not a terminal');
    expect(r.stderr).toContain('edu-comms template --format xlsx --unit <UNIT CODE> --term HK1 --year 2024-2025 --out report.xlsx');
  });

  it('refuses to prompt in CI even on a terminal', async () => {
    const session = ptyRun(['init'], { cwd: dir, env: { CI: 'true' } });
    expect(await session.exit).toBe(2);
    expect(session.output()).toContain('edu-comms init config --example');
  });

  it('rejects an unknown mode and a submission file that is neither Excel nor YAML (exit 2)', () => {
    expect(runCli(['init', 'roster'], { cwd: dir }).code).toBe(2);
    const r = runCli(['init', 'submission', '--out', 'bao-cao.docx'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('bao-cao.docx');
  });
});

describe('init config --example', () => {
  it('copies the post-reform example config, which the other commands then use; a second run does not overwrite it', () => {
    const first = runCli(['init', 'config', '--example'], { cwd: dir });
    expect(first.code).toBe(0);
    expect(readFileSync(join(dir, 'edu-comms.yaml'), 'utf8')).toBe(readFileSync(join(EXAMPLES, '2026-2027', 'edu-comms.yaml'), 'utf8'));
    const check = runCli(['validate', join(EXAMPLES, '2026-2027', 'submissions'), '--term', 'HK1', '--year', '2026-2027', '--date', '2026-12-20'], { cwd: dir });
    expect(check.code).toBe(0);
    expect(check.stderr).not.toContain('cấu hình mẫu kèm theo');

    writeFileSync(join(dir, 'edu-comms.yaml'), 'authority: {}\n');
    const second = runCli(['init', 'config', '--example'], { cwd: dir });
    expect(second.code).toBe(2);
    expect(readFileSync(join(dir, 'edu-comms.yaml'), 'utf8')).toBe('authority: {}\n');
  });
});

describe('init in a terminal', () => {
  it('answers the wizard and writes a config the validator loads', async () => {
    const s = ptyRun(['init', '--date', '2024-10-01'], { cwd: dir });
    await s.answer(/Cơ quan của bạn là/, DOWN + ENTER);
    await s.answer(/Địa danh/, 'Định Hóa' + ENTER);
    await s.answer(/Cơ quan chủ quản/, ENTER);
    await s.answer(/Tên cơ quan ban hành/, ENTER);
    await s.answer(/Ký hiệu cơ quan/, ENTER);
    await s.answer(/Tên đầy đủ của cơ quan/, ENTER);
    await s.answer(/Mã của cơ quan/, ENTER);
    await s.answer(/Đơn vị soạn thảo/, ENTER);
    await s.answer(/Năm học/, ENTER);
    await s.answer(/Dùng các ngày này/, ENTER);
    await s.answer(/Mức kiểm tra/, ENTER);
    await s.answer(/Lập danh sách đơn vị/, DOWN + ENTER);
    await s.answer(/Thêm một đơn vị/, ENTER);
    await s.answer(/Mã đơn vị/, 'th-binhyen' + ENTER);
    await s.answer(/Tên đơn vị/, 'Trường Tiểu học Bình Yên' + ENTER);
    await s.answer(/Cấp học/, DOWN + ENTER);
    await s.answer(/Thêm đơn vị khác/, 'n' + ENTER);
    // 5/5: the committee's usual signature block is offered; the name and the recipients are the clerk's
    await s.answer(/Người ký ký thế nào/, ENTER);
    await s.answer(/Tập thể lãnh đạo ở dòng TM\./, ENTER);
    await s.answer(/Ký thay cho/, ENTER);
    await s.answer(/Chức vụ người ký/, ENTER);
    await s.answer(/Họ và tên người ký/, 'Lò Văn Minh' + ENTER);
    // a commune's example recipients are a commune's, not a Sở's
    await s.answer(/Nơi nhận 1 \(ví dụ Sở Giáo dục và Đào tạo; Chủ tịch, các Phó Chủ tịch UBND xã\)/, 'Chủ tịch, các Phó Chủ tịch UBND xã' + ENTER);
    await s.answer(/Nơi nhận 2/, ENTER);
    await s.answer(/Ghi tệp hay sửa phần nào/, ENTER);
    expect(await s.exit).toBe(0);
    expect(s.output()).toContain('Đã ghi edu-comms.yaml.');
    expect(s.output()).toContain('5. Người ký: TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH / Lò Văn Minh');
    // the second kind offered is a commune: no governing-body line, the committee's symbol, VHXH drafts, KT. signature
    const { config, roster } = await loadConfig({ cwd: dir, lang: 'vi' });
    expect(config.authority).toEqual({ code: 'XA-DINHHOA', name: 'ỦY BAN NHÂN DÂN XÃ ĐỊNH HÓA', symbol: 'UBND', place: 'Định Hóa', drafting_unit: 'VHXH' });
    expect(config.documents).toEqual({
      signer: { collective: 'ỦY BAN NHÂN DÂN', authority: 'KT.', on_behalf_of: 'CHỦ TỊCH', title: 'PHÓ CHỦ TỊCH', name: 'Lò Văn Minh' },
      recipients: ['Chủ tịch, các Phó Chủ tịch UBND xã'],
    });
    expect(config.calendar['2024-2025']?.HK1?.deadline).toBe('2024-12-15');
    expect(roster.byCode.get('XA-DINHHOA')?.name).toBe('Ủy ban nhân dân xã Định Hóa');
    expect(roster.childrenOf('XA-DINHHOA').map((u) => u.code)).toEqual(['TH-BINHYEN']);
    // the editor finds the configuration's schema: the first line names the file `schema --of config --out .` writes
    expect(readFileSync(join(dir, 'edu-comms.yaml'), 'utf8').split('\n')[0]).toBe('# yaml-language-server: $schema=./edu-comms.schema.json');
    expect(runCli(['schema', '--of', 'config', '--out', '.'], { cwd: dir }).code).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, 'edu-comms.schema.json'), 'utf8')).properties.documents).toBeDefined();

    // the first document after init: nothing left to ask, so no draft value and no DỰ THẢO; the signer and Nơi nhận are init's
    mkdirSync(join(dir, 'truong'));
    const school = readFileSync(join(EXAMPLES, 'submissions', 'hk1-2024-2025', 'pgd-dinhhoa', 'th-binhyen.yaml'), 'utf8');
    writeFileSync(join(dir, 'truong', 'th-binhyen.yaml'), school.replace('parent: PGD-DINHHOA', 'parent: XA-DINHHOA'));
    const summary = runCli(['aggregate', '--term', 'HK1', '--year', '2024-2025', '--in', 'truong', '--out', 'tong-hop', '--date', '2024-12-20'], { cwd: dir });
    expect(summary.code, summary.stderr).toBe(0);
    const report = runCli(['render', '--summary', 'tong-hop', '--kind', 'report', '--out', 'bao-cao.docx', '--date', '2024-12-20'], { cwd: dir });
    expect(report.code, report.stderr).toBe(0);
    expect(report.stderr).not.toMatch(/Bản nháp|DỰ THẢO/);
    const xml = unzip(new Uint8Array(readFileSync(join(dir, 'bao-cao.docx'))))['word/document.xml']!;
    const text = paragraphs(xml).map((p) => p.text);
    expect(text).not.toContain('DỰ THẢO');
    expect(text).toContain('Lò Văn Minh');
    expect(text).toContain('- Chủ tịch, các Phó Chủ tịch UBND xã;');
    expect(text).toContain('- Lưu: VT, VHXH.');
  });

  it('stops on Ctrl+C with exit 130 and writes nothing', async () => {
    const s = ptyRun(['init'], { cwd: dir });
    await s.answer(/Cơ quan của bạn là/, DOWN + ENTER);
    await s.answer(/Địa danh/, '\x03');
    expect(await s.exit).toBe(130);
    expect(s.output()).toContain('Chưa ghi tệp nào');
    expect(existsSync(join(dir, 'edu-comms.yaml'))).toBe(false);
  });
});

describe('canPrompt', () => {
  it('needs a terminal on both sides and no CI', () => {
    const tty = { isTTY: true };
    expect(canPrompt(tty, tty, {})).toBe(true);
    expect(canPrompt(tty, tty, { CI: 'false' })).toBe(true);
    expect(canPrompt({}, tty, {})).toBe(false);
    expect(canPrompt(tty, {}, {})).toBe(false);
    expect(canPrompt(tty, tty, { CI: 'true' })).toBe(false);
    expect(canPrompt(tty, tty, { CI: '1' })).toBe(false);
  });
});
