import { defineRule } from './types.js';

/** lao-cai-2024 §2: units detect and handle violations on social networks; handled ones are among those detected. */
export default defineRule<'tooMany' | 'hint'>({
  id: 'social-media-consistency',
  defaultSeverity: 'error',
  source: 'lao-cai-2024 §2',
  description: {
    vi: 'Số vi phạm trên mạng xã hội đã xử lý không vượt số vi phạm phát hiện.',
    en: 'Social-media violations handled cannot exceed those detected.',
  },
  messages: {
    tooMany: {
      vi: 'Số vi phạm trên mạng xã hội đã xử lý ({handled}) lớn hơn số vi phạm phát hiện ({detected}).',
      en: 'Social-media violations handled ({handled}) are more than those detected ({detected}).',
    },
    hint: {
      vi: 'Vi phạm đã xử lý phải nằm trong số vi phạm phát hiện trong kỳ; kiểm tra lại hai số này.',
      en: 'Handled violations are among those detected in the period; check both figures.',
    },
  },
  needs: ['social_media'],
  check({ submission: { social_media: sm }, report }) {
    if (sm.violations_handled <= sm.violations_detected) return;
    report({
      messageId: 'tooMany',
      hintId: 'hint',
      path: ['social_media', 'violations_handled'],
      data: { handled: sm.violations_handled, detected: sm.violations_detected },
    });
  },
});
