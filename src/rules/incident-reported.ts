import { shortDate } from '../util/dates.js';
import { defineRule } from './types.js';

/** Every communication incident is reported fast to the parent (hcm-3474 §4; ad-hoc reports, dinh-hoa-2024 III.2). */
export default defineRule<'notReported' | 'hint'>({
  id: 'incident-reported',
  defaultSeverity: 'error',
  source: 'hcm-3474 §4; dinh-hoa-2024 III.2',
  description: {
    vi: 'Mỗi sự cố truyền thông phải được báo cáo nhanh lên cơ quan quản lý cấp trên (ghi ngày báo cáo).',
    en: 'Every communication incident must be reported to the parent (with the date it was reported).',
  },
  messages: {
    notReported: {
      vi: 'Sự cố «{summary}» (phát hiện ngày {date}) chưa ghi ngày báo cáo nhanh cấp trên.',
      en: 'Incident “{summary}” (detected {date}) has no date of its report to the parent.',
    },
    hint: {
      vi: 'Ghi ngày đã báo cáo nhanh cấp trên vào reported_to_parent_at; nếu chưa báo cáo, gửi báo cáo nhanh ngay.',
      en: 'Write the date it was reported in reported_to_parent_at; if it was not reported, report it now.',
    },
  },
  formMessages: {
    hint: {
      vi: 'Ghi ngày đã báo cáo nhanh cấp trên vào cột «{label}»; nếu chưa báo cáo, gửi báo cáo nhanh ngay.',
      en: 'Write the date it was reported in the “{label}” column; if it was not reported, report it now.',
    },
  },
  needs: ['incidents'],
  check({ submission: { incidents }, report }) {
    incidents.forEach((incident, i) => {
      if (incident.reported_to_parent_at !== undefined) return;
      report({
        messageId: 'notReported',
        hintId: 'hint',
        path: ['incidents', i, 'reported_to_parent_at'],
        data: { summary: incident.summary, date: shortDate(incident.date) },
      });
    });
  },
});
