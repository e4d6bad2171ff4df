import { defineRule } from './types.js';

export default defineRule({
  id: 'feedback-consistency',
  defaultSeverity: 'error',
  source: 'dong-nai-1564 §1.2',
  description: {
    vi: 'Số phản ánh đã xử lý không vượt số tiếp nhận; số kết quả công khai không vượt số đã xử lý.',
    en: 'Resolved feedback cannot exceed received; published results cannot exceed resolved.',
  },
  messages: {
    resolved: {
      vi: 'Số phản ánh đã xử lý ({resolved}) lớn hơn số tiếp nhận ({received}).',
      en: 'Resolved feedback ({resolved}) is more than received ({received}).',
    },
    published: {
      vi: 'Số kết quả xử lý đã công khai ({published}) lớn hơn số đã xử lý ({resolved}).',
      en: 'Published results ({published}) are more than resolved feedback ({resolved}).',
    },
    hint: { vi: 'Kiểm tra lại các số liệu ở mục Tiếp nhận, xử lý phản ánh.', en: 'Check the feedback figures.' },
  },
  needs: ['feedback'],
  check({ submission: { feedback }, report }) {
    if (feedback.resolved > feedback.received) {
      report({ messageId: 'resolved', hintId: 'hint', path: ['feedback', 'resolved'], data: { ...feedback } });
    }
    if (feedback.results_published > feedback.resolved) {
      report({
        messageId: 'published',
        hintId: 'hint',
        path: ['feedback', 'results_published'],
        data: { published: feedback.results_published, resolved: feedback.resolved },
      });
    }
  },
});
