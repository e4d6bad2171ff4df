import { ACTIVITY_KEYS } from '../contract/submission.js';
import { defineRule } from './types.js';

/**
 * dong-nai-1564 §3: communication is done "kịp thời, đầy đủ trong năm học". A report where every activity count is 0
 * and no channel has a post in the period is almost always a blank form sent as is (or a period with no work done,
 * which is worth a question). One finding, on the `activities` section.
 */
export default defineRule<'empty' | 'hint'>({
  id: 'empty-report',
  defaultSeverity: 'warning',
  source: 'dong-nai-1564 §3',
  description: {
    vi: 'Báo cáo có mọi số liệu hoạt động bằng 0 và không kênh nào có tin, bài trong kỳ (thường là mẫu trống gửi nhầm).',
    en: 'Every activity count is 0 and no channel has posts in the period (usually a blank form sent by mistake).',
  },
  messages: {
    empty: {
      vi: 'Mọi số liệu hoạt động trong kỳ đều bằng 0 và không kênh nào có tin, bài: báo cáo như chưa điền.',
      en: 'Every activity count is 0 and no channel has posts: the report looks unfilled.',
    },
    hint: {
      vi: 'Điền số liệu thực tế của kỳ ở mục Hoạt động trong kỳ và số tin, bài của từng kênh; nếu kỳ này thật sự không có hoạt động, nêu rõ lý do trong mục Đánh giá chung.',
      en: 'Fill in the period’s real figures; if there really was no activity, explain why under Assessment.',
    },
  },
  needs: ['activities', 'channels'],
  check({ submission: { activities, channels }, report }) {
    if (ACTIVITY_KEYS.some((key) => activities[key] > 0)) return;
    if (channels.some((channel) => channel.posts > 0)) return;
    report({ messageId: 'empty', hintId: 'hint', path: ['activities'], target: 'key' });
  },
});
