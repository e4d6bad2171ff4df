import { intOption, labelOf } from './helpers.js';
import { daysBetween, shortDate } from '../util/dates.js';
import { z } from 'zod';
import { labelled as L } from '../contract/meta.js';
import { count } from '../contract/primitives.js';
import { defineRule } from './types.js';

/**
 * hcm-3474 §4 asks for fast reports ("báo cáo nhanh … kịp thời") on incidents. An incident reported more than
 * `max_days` days (default 1: the same day or the next) after the day it was detected is late; one reported before
 * the day it was detected is impossible (a typo in one of the two dates). Exactly `max_days` days later is in time.
 */
export default defineRule<'late' | 'lateHint' | 'before' | 'beforeHint', { max_days: number }>({
  id: 'incident-timely',
  defaultSeverity: 'warning',
  source: 'hcm-3474 §4',
  description: {
    vi: 'Sự cố phải được báo cáo cấp trên chậm nhất max_days ngày (mặc định 1) sau ngày phát hiện, và không thể báo cáo trước ngày phát hiện.',
    en: 'An incident must be reported at most max_days days (default 1) after it was detected, and not before.',
  },
  messages: {
    late: {
      vi: 'Sự cố «{summary}» phát hiện ngày {date} nhưng đến ngày {reported} mới báo cáo cấp trên, chậm {days} ngày (tối đa {max} ngày).',
      en: 'Incident “{summary}” was detected on {date} but reported on {reported}, {days} days later (at most {max}).',
    },
    lateHint: {
      vi: 'Khi có sự cố truyền thông, báo cáo nhanh cấp trên ngay trong ngày; nếu ngày ghi nhầm thì sửa lại.',
      en: 'Report an incident the same day; if a date is wrong, fix it.',
    },
    before: {
      vi: 'Sự cố «{summary}» ghi ngày báo cáo cấp trên {reported}, trước cả ngày phát hiện {date}.',
      en: 'Incident “{summary}” is reported on {reported}, before it was detected on {date}.',
    },
    beforeHint: {
      vi: 'Kiểm tra lại hai ngày: ngày phát hiện (date) và ngày báo cáo nhanh cấp trên (reported_to_parent_at).',
      en: 'Check both dates: detected (date) and reported (reported_to_parent_at).',
    },
  },
  formMessages: {
    beforeHint: {
      vi: 'Kiểm tra lại hai ngày: «{detectedLabel}» và «{reportedLabel}».',
      en: 'Check both dates: “{detectedLabel}” and “{reportedLabel}”.',
    },
  },
  needs: ['incidents'],
  defaultOptions: { max_days: 1 },
  optionsSchema: z.strictObject({
    max_days: L(count().optional(), 'Số ngày tối đa để báo cáo sự cố', 'Most days allowed to report an incident'),
  }),
  check({ submission: { incidents }, options, report }) {
    const max = intOption(options.max_days, 1);
    incidents.forEach((incident, i) => {
      const reported = incident.reported_to_parent_at;
      if (reported === undefined) return; // rule incident-reported
      const days = daysBetween(incident.date, reported);
      const data = {
        summary: incident.summary,
        date: shortDate(incident.date),
        reported: shortDate(reported),
        days,
        max,
        detectedLabel: labelOf(['incidents', i, 'date']).label,
        reportedLabel: labelOf(['incidents', i, 'reported_to_parent_at']).label,
      };
      const path = ['incidents', i, 'reported_to_parent_at'];
      if (days < 0) report({ messageId: 'before', hintId: 'beforeHint', path, data });
      else if (days > max) report({ messageId: 'late', hintId: 'lateHint', path, data });
    });
  },
});
