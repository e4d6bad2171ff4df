import { periodNames } from './helpers.js';
import { defineRule } from './types.js';

/**
 * gia-lai-2017 (honour exemplary people and models) and lao-cai-2024 §5 (spread good models): a term or school-year
 * report lists at least one exemplary model it communicated. Monthly and quarterly reports are not asked for one —
 * a month without a new model is normal. Information only.
 */
export default defineRule<'none' | 'hint'>({
  id: 'exemplary-model',
  defaultSeverity: 'info',
  source: 'gia-lai-2017; lao-cai-2024 §5',
  description: {
    vi: 'Báo cáo học kỳ, năm học nên nêu ít nhất một gương điển hình, mô hình hay đã tuyên truyền (báo cáo tháng, quý không kiểm tra).',
    en: 'A term or school-year report should list at least one exemplary model (month and quarter reports are not checked).',
  },
  messages: {
    none: {
      vi: 'Báo cáo {period} chưa nêu gương điển hình, mô hình hay nào đã được tuyên truyền.',
      en: 'The report for {period} lists no exemplary model.',
    },
    hint: {
      vi: 'Nếu trong kỳ có tập thể, cá nhân điển hình hoặc cách làm sáng tạo đã được giới thiệu, ghi vào mục exemplary_models (tên, đường dẫn bài viết).',
      en: 'If exemplary people or good practices were featured, list them under exemplary_models (title, link).',
    },
  },
  formMessages: {
    hint: {
      vi: 'Nếu trong kỳ có tập thể, cá nhân điển hình hoặc cách làm sáng tạo đã được giới thiệu, ghi vào trang «{label}» (tên, đường dẫn bài viết).',
      en: 'If exemplary people or good practices were featured, list them on the “{label}” sheet (title, link).',
    },
  },
  needs: ['period', 'exemplary_models'],
  check({ submission, period, report }) {
    if (period?.ref.kind !== 'term' || submission.exemplary_models.length > 0) return;
    report({ messageId: 'none', hintId: 'hint', path: ['exemplary_models'], target: 'key', data: periodNames(period.ref) });
  },
});
