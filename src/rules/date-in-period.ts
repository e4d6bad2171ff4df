import { intOption, laterOf, periodNames } from './helpers.js';
import { addDays, shortDate } from '../util/dates.js';
import { z } from 'zod';
import { labelled as L } from '../contract/meta.js';
import { count } from '../contract/primitives.js';
import { defineRule } from './types.js';

/**
 * Dates that must lie in the period the report covers (dates of the period from the config's calendar; months and
 * quarters are calendar months and quarters).
 *
 * - An incident's `date` (detected) and a commendation's `date`: from `period.start` to `period.end`, both included.
 *   An incident detected on the last day of the term belongs to that term; one of the term before does not.
 *   `reported_to_parent_at` is not checked here: it may fall after the period ends, and rule `incident-timely`
 *   compares it with the incident's own date.
 * - `reported_at`: from `period.start` to the later of `period.end` and the deadline. A report is written inside the
 *   period it covers (term deadlines, 15/12 and 15/5, fall before the term's last day) or, for a month or a quarter,
 *   after it closes: those may be dated up to `report_grace_days` (default 31) after the period's end, or up to the
 *   deadline when that is later. Being after the deadline is rule `late-submission`'s business, not this one's: a date
 *   this rule reports is almost always a typo (a wrong year or month) or a form copied from another period.
 */
export default defineRule<
  'incident' | 'commendation' | 'reportedBefore' | 'reportedAfter' | 'hint' | 'reportedHint',
  { report_grace_days: number }
>({
  id: 'date-in-period',
  defaultSeverity: 'warning',
  source: 'lịch báo cáo (calendar trong edu-comms.yaml)',
  description: {
    vi:
      'Ngày phát hiện sự cố và ngày khen thưởng phải nằm trong kỳ báo cáo (từ ngày đầu đến ngày cuối kỳ). Ngày lập báo cáo ' +
      'không được trước ngày đầu kỳ, không được sau ngày cuối kỳ hoặc hạn nộp (lấy ngày muộn hơn); báo cáo tháng, quý ' +
      'được lập trong vòng report_grace_days ngày (mặc định 31) sau khi hết kỳ. Lập sau hạn nộp là nộp muộn (quy tắc ' +
      'late-submission), không phải lỗi này.',
    en:
      'Incident and commendation dates must lie within the period (start to end). The report date may not be before the ' +
      'start nor after the later of the end and the deadline; month and quarter reports may be dated up to ' +
      'report_grace_days days (default 31) after the period ends. Being past the deadline is late-submission, not this rule.',
  },
  messages: {
    incident: {
      vi: 'Sự cố «{summary}» có ngày phát hiện {date}, nằm ngoài {period} ({start} – {end}).',
      en: 'Incident “{summary}” is dated {date}, outside {period} ({start} – {end}).',
    },
    commendation: {
      vi: 'Khen thưởng «{recipient}» ghi ngày {date}, nằm ngoài {period} ({start} – {end}).',
      en: 'The commendation of “{recipient}” is dated {date}, outside {period} ({start} – {end}).',
    },
    reportedBefore: {
      vi: 'Ngày lập báo cáo {date} trước ngày bắt đầu {period} ({start}): báo cáo không thể lập trước khi kỳ bắt đầu.',
      en: 'The report date {date} is before {period} starts ({start}).',
    },
    reportedAfter: {
      vi: 'Ngày lập báo cáo {date} quá xa sau khi hết {period} (kỳ kết thúc {end}, chậm nhất {latest}).',
      en: 'The report date {date} is too long after {period} ended ({end}; {latest} at the latest).',
    },
    hint: {
      vi: 'Kiểm tra lại ngày, tháng, năm; nếu việc này thuộc kỳ khác thì ghi vào báo cáo của kỳ đó.',
      en: 'Check the day, month and year; if it belongs to another period, report it there.',
    },
    reportedHint: {
      vi: 'Kiểm tra lại năm và tháng của ngày lập báo cáo, và kỳ báo cáo ở mục Kỳ báo cáo (có thể chép từ mẫu kỳ trước).',
      en: 'Check the year and month of the report date, and the period (the form may have been copied from another period).',
    },
  },
  needs: ['period', 'reported_at', 'incidents', 'commendations'],
  defaultOptions: { report_grace_days: 31 },
  optionsSchema: z.strictObject({
    report_grace_days: L(
      count().optional(),
      'Số ngày sau kỳ tháng, quý vẫn được ghi ngày báo cáo',
      'Days after a month or quarter the report may be dated',
    ),
  }),
  check({ submission, period, options, report }) {
    if (!period) return;
    const { start, end } = period;
    const range = { start: shortDate(start), end: shortDate(end), ...periodNames(period.ref) };
    const outside = (date: string) => date < start || date > end;

    submission.incidents.forEach((incident, i) => {
      if (!outside(incident.date)) return;
      report({
        messageId: 'incident',
        hintId: 'hint',
        path: ['incidents', i, 'date'],
        data: { ...range, date: shortDate(incident.date), summary: incident.summary },
      });
    });
    submission.commendations.forEach((commendation, i) => {
      if (commendation.date === undefined || !outside(commendation.date)) return;
      report({
        messageId: 'commendation',
        hintId: 'hint',
        path: ['commendations', i, 'date'],
        data: { ...range, date: shortDate(commendation.date), recipient: commendation.recipient },
      });
    });

    const reportedAt = submission.reported_at;
    const grace = period.ref.kind === 'term' ? 0 : intOption(options.report_grace_days, 31);
    const latest = laterOf(addDays(end, grace), period.deadline);
    if (reportedAt < start) {
      report({ messageId: 'reportedBefore', hintId: 'reportedHint', path: ['reported_at'], data: { ...range, date: shortDate(reportedAt) } });
    } else if (reportedAt > latest) {
      report({
        messageId: 'reportedAfter',
        hintId: 'reportedHint',
        path: ['reported_at'],
        data: { ...range, date: shortDate(reportedAt), latest: shortDate(latest) },
      });
    }
  },
});
