import { periodLabel, periodRef, samePeriod } from '../contract/period.js';
import { defineRule } from './types.js';

export default defineRule({
  id: 'period-mismatch',
  defaultSeverity: 'error',
  source: '—',
  description: {
    vi: 'Kỳ báo cáo trong tệp phải đúng kỳ đang kiểm tra hoặc tổng hợp (--term/--year, --month, --quarter).',
    en: 'The period in the file must be the period being validated or aggregated.',
  },
  messages: {
    mismatch: {
      vi: 'Báo cáo này là của {given}, không phải của kỳ đang kiểm tra ({target}).',
      en: 'This report is for {given}, not for the period being checked, {target}.',
    },
    hint: {
      vi: 'Sửa mục Kỳ báo cáo nếu ghi nhầm, hoặc bỏ tệp này khỏi thư mục của {target}.',
      en: 'Fix the period if it is wrong, or move the file out of the {target} folder.',
    },
  },
  needs: ['period'],
  check({ submission, target, acceptedPeriods, report }) {
    if (!target) return;
    const ref = periodRef(submission.period);
    if (!ref || samePeriod(ref, target) || acceptedPeriods.some((p) => samePeriod(p, ref))) return;
    report({ messageId: 'mismatch', hintId: 'hint', path: ['period'], target: 'key', data: { given: periodLabel(ref), target: periodLabel(target) } });
  },
});
