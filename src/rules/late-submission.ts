import { periodNames } from './helpers.js';
import { daysBetween, shortDate } from '../util/dates.js';
import { defineRule } from './types.js';

/**
 * `reported_at` after the period's deadline (from the calendar: `deadline` of a term, `monthly_deadline_day` for months
 * and quarters). Submitting on the deadline itself is on time ("trước ngày 15/12" is read as "by 15/12": the deadline
 * day is the last day a report is accepted without a flag). No deadline in the calendar → nothing to check.
 */
export default defineRule<'late' | 'hint'>({
  id: 'late-submission',
  defaultSeverity: 'warning',
  source: 'dinh-hoa-2024 III.2 (15/12, 15/5)',
  description: {
    vi: 'Ngày lập báo cáo sau hạn nộp của kỳ (theo lịch báo cáo; nộp đúng ngày hạn vẫn là đúng hạn). Kỳ không có hạn nộp thì không kiểm tra.',
    en: 'The report date is after the period’s deadline (from the calendar; the deadline day itself is on time). No deadline, no check.',
  },
  messages: {
    late: {
      vi: 'Báo cáo {period} lập ngày {date}, chậm {days} ngày so với hạn nộp {deadline}.',
      en: 'The report for {period} is dated {date}, {days} day(s) after the deadline {deadline}.',
    },
    hint: {
      vi: 'Nếu ngày lập báo cáo ghi nhầm thì sửa lại; nếu nộp muộn thật, ghi rõ lý do trong mục Đánh giá chung (Hạn chế, nguyên nhân).',
      en: 'If the date is a typo, fix it; if the report really is late, give the reason under Assessment (limitations).',
    },
  },
  needs: ['period', 'reported_at'],
  check({ submission, period, report }) {
    if (!period?.deadline || submission.reported_at <= period.deadline) return;
    report({
      messageId: 'late',
      hintId: 'hint',
      path: ['reported_at'],
      data: {
        ...periodNames(period.ref),
        date: shortDate(submission.reported_at),
        deadline: shortDate(period.deadline),
        days: daysBetween(period.deadline, submission.reported_at),
      },
    });
  },
});
