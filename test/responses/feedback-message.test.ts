/** The feedback message and digest (pure): verdicts, where to fix, the deadline said three ways, grouping. */
import { describe, expect, it } from 'vitest';
import { resolvePeriod } from '../../src/contract/period.js';
import { feedbackDigest, feedbackMessage, needsFeedback } from '../../src/feedback/message.js';
import type { FileResult, Finding } from '../../src/contract/findings.js';
import { testConfig, testRoster } from '../fixtures/submission.js';

const unit = testRoster.units.find((u) => u.level !== 'OFFICE' && u.parent)!;
const ref = { kind: 'term', school_year: '2024-2025', term: 'HK1' } as const;
const period = resolvePeriod(ref, testConfig.calendar);
const finding = (over: Partial<Finding>): Finding => ({ rule: 'schema', severity: 'error', file: 'a', path: 'contacts.leader.phone', line: 12, column: 3, cell: null, message: 'Sai số điện thoại.', hint: 'Ghi 10 số.', ...over });
const result = (findings: Finding[], over: Partial<FileResult> = {}): FileResult => ({
  file: 'nhan-ve/pgd/th-x.yaml',
  format: 'yaml',
  unit: unit.code,
  period: null,
  periodRef: ref,
  status: findings.some((f) => f.severity === 'error') ? 'rejected' : 'accepted',
  findings,
  submission: null,
  sha256: '',
  ...over,
});
const ctx = (today: string) => ({ roster: testRoster, lang: 'vi' as const, today, period });

describe('feedback message', () => {
  it('names the unit, the file by its own name, the verdict, each finding numbered with where to fix it', () => {
    const text = feedbackMessage(result([finding({}), finding({ severity: 'warning', line: 20, message: 'Xem lại.' })]), ctx('2024-12-01'));
    expect(text).toContain(`Kính gửi: ${unit.name} (${unit.code})`);
    expect(text).toContain('(tệp th-x.yaml): CHƯA ĐẠT — có 1 lỗi phải sửa và 1 điểm cần xem lại.');
    expect(text).toContain('1. [lỗi] dòng 12 (Số điện thoại): Sai số điện thoại.\n   Cách sửa: Ghi 10 số.');
    expect(text).toContain('2. [cảnh báo] dòng 20 (Số điện thoại): Xem lại.');
  });

  it('says the deadline, that it has passed, or none', () => {
    const file = result([finding({})]);
    expect(period.deadline).not.toBeNull();
    const [y, m, d] = period.deadline!.split('-');
    expect(feedbackMessage(file, ctx('2024-10-01'))).toContain(`trước ngày ${d}/${m}/${y}`);
    expect(feedbackMessage(file, ctx('2099-01-01'))).toContain(`Hạn nộp báo cáo là ngày ${d}/${m}/${y} (đã qua)`);
    expect(feedbackMessage(file, { ...ctx('2024-10-01'), period: null })).toContain('sớm nhất có thể');
  });

  it('an accepted file with warnings is told it passed; information alone needs no feedback', () => {
    expect(feedbackMessage(result([finding({ severity: 'warning' })]), ctx('2024-10-01'))).toContain('ĐẠT, có 1 điểm cần xem lại.');
    expect(needsFeedback(result([finding({ severity: 'info' })]))).toBe(false);
  });

  it('locates a workbook finding by sheet and cell, a responses row by the question', () => {
    const xlsx = feedbackMessage(result([finding({ line: null, column: null, cell: 'Báo cáo!C7' })], { format: 'xlsx' }), ctx('2024-10-01'));
    expect(xlsx).toContain('1. [lỗi] trang «Báo cáo», ô C7 (Số điện thoại)');
    const row = feedbackMessage(result([finding({ line: null, column: null, cell: 'Câu trả lời!L5' })], { format: 'responses', file: 'cau-tra-loi.xlsx#5' }), ctx('2024-10-01'));
    expect(row).toContain('(tệp cau-tra-loi.xlsx)');
    expect(row).toContain('1. [lỗi] câu «Lãnh đạo phụ trách truyền thông – Số điện thoại» (cột L, dòng 5 của bảng câu trả lời)');
  });

  it('the digest groups files by managing unit, unknown units last', () => {
    const files = [result([finding({})]), result([finding({})], { unit: 'KHONG-CO', file: 'z.yaml' })];
    const digest = feedbackDigest(files, { roster: testRoster, lang: 'vi', today: '2024-10-01', periodOf: () => period });
    const parent = testRoster.byCode.get(unit.parent!)!;
    const headings = [...digest.matchAll(/^=== (.+) — (\d+) đơn vị ===$/gm)].map((m) => m[1]);
    expect(headings).toEqual([`${parent.name} (${parent.code})`, 'Đơn vị không có trong danh sách']);
  });
});
