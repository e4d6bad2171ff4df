import { counterpartsIn, schoolYearStart, versionsOf } from '../contract/roster.js';
import { defineRule } from './types.js';

/**
 * A unit that is in the roster, but not in the roster in force for the period (`valid_from`, `valid_until`): a district
 * office that ended in 2025 still sending a report, a merged school's old code. The finding names the units that stand
 * for it in that year (its successors through `replaces:`, or itself in another form), so the clerk knows who reports.
 */
export default defineRule({
  id: 'unit-in-force',
  defaultSeverity: 'error',
  source: 'roster (valid_from, valid_until, replaces trong edu-comms.yaml); chính quyền địa phương hai cấp từ 01/7/2025',
  description: {
    vi: 'Đơn vị phải có trong danh sách đơn vị của năm học của kỳ báo cáo; đơn vị đã kết thúc (Phòng GD&ĐT huyện từ 01/7/2025, trường đã sáp nhập) không còn nộp báo cáo.',
    en: 'The unit must be in the roster of the school year of the period; a unit that has ended (district offices from 1 July 2025, merged schools) no longer reports.',
  },
  messages: {
    ended: {
      vi: 'Đơn vị {code} ({name}) chỉ có trong danh sách đến năm học {until}; năm học {year} đơn vị này không còn, đơn vị thay thế: {successors}.',
      en: 'Unit {code} ({name}) is in the roster only until school year {until}; in {year} it no longer exists, replaced by: {successors}.',
    },
    endedHint: {
      vi: 'Báo cáo năm học {year} do {successors} lập và nộp. Nếu đây là báo cáo của một trong các đơn vị đó, sửa mã đơn vị (unit.code) cho đúng.',
      en: 'Reports for {year} are made by {successors}. If this is the report of one of them, correct the unit code (unit.code).',
    },
    endedNoSuccessor: {
      vi: 'Đơn vị {code} ({name}) chỉ có trong danh sách đến năm học {until}; năm học {year} đơn vị này không còn và không có đơn vị thay thế trong danh sách.',
      en: 'Unit {code} ({name}) is in the roster only until school year {until}; in {year} it no longer exists and the roster names no successor.',
    },
    endedNoSuccessorHint: {
      vi: 'Kiểm tra lại mã đơn vị và năm học của báo cáo; nếu đơn vị vẫn hoạt động, sửa valid_until của đơn vị trong danh sách đơn vị (edu-comms.yaml).',
      en: 'Check the unit code and the school year of the report; if the unit still exists, correct its valid_until in the roster (edu-comms.yaml).',
    },
    notYet: {
      vi: 'Đơn vị {code} ({name}) chỉ có trong danh sách từ năm học {from}, nên chưa có trong danh sách năm học {year}.',
      en: 'Unit {code} ({name}) is in the roster only from school year {from}, so not in the roster of {year}.',
    },
    notYetHint: {
      vi: 'Kiểm tra lại năm học, học kỳ của báo cáo (period); năm học {year} báo cáo do {successors} nộp.',
      en: 'Check the school year and term of the report (period); for {year} the report comes from {successors}.',
    },
  },
  formMessages: {
    endedHint: {
      vi: 'Báo cáo năm học {year} do {successors} lập và nộp. Nếu đây là báo cáo của một trong các đơn vị đó, sửa ô «{label}» cho đúng.',
      en: 'Reports for {year} are made by {successors}. If this is the report of one of them, correct “{label}”.',
    },
  },
  needs: ['unit'],
  check({ submission, roster, report }) {
    const year = roster.schoolYear;
    const { code } = submission.unit;
    if (year === null || roster.byCode.has(code)) return;
    const versions = versionsOf(roster, code);
    if (versions.length === 0) return; // not in the roster at all: unit-known says so
    const latest = versions[versions.length - 1]!;
    const name = latest.name;
    const others = counterpartsIn(roster, code, year);
    const successors = others.map((c) => `${c} (${roster.byCode.get(c)?.name ?? c})`).join(', ');
    const y = schoolYearStart(year);
    const starts = versions.filter((u) => u.valid_from !== undefined).map((u) => u.valid_from!);
    if (versions.every((u) => u.valid_from !== undefined && schoolYearStart(u.valid_from) > y)) {
      const from = [...starts].sort()[0]!;
      report({ messageId: 'notYet', hintId: others.length > 0 ? 'notYetHint' : undefined, path: ['unit', 'code'], data: { code, name, from, year, successors } });
      return;
    }
    // the last year of its latest version before this one
    const until = versions
      .map((u) => u.valid_until)
      .filter((u): u is string => u !== undefined && schoolYearStart(u) < y)
      .sort()
      .at(-1) ?? year;
    report(
      others.length > 0
        ? { messageId: 'ended', hintId: 'endedHint', path: ['unit', 'code'], data: { code, name, until, year, successors } }
        : { messageId: 'endedNoSuccessor', hintId: 'endedNoSuccessorHint', path: ['unit', 'code'], data: { code, name, until, year } },
    );
  },
});
