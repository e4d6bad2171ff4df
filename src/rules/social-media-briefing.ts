import { defineRule } from './types.js';

/** lao-cai-2024 §1–2: brief all staff on QĐ 874/QĐ-BTTTT (code of conduct on social networks) and HD 99-HD/BTGTW. */
export default defineRule<'notBriefed' | 'hint'>({
  id: 'social-media-briefing',
  defaultSeverity: 'warning',
  source: 'lao-cai-2024 §1–2',
  description: {
    vi: 'Đơn vị phải quán triệt Bộ quy tắc ứng xử trên mạng xã hội (QĐ 874/QĐ-BTTTT) tới toàn thể cán bộ, giáo viên, nhân viên.',
    en: 'The unit must brief all staff on the social-media code of conduct (QĐ 874/QĐ-BTTTT).',
  },
  messages: {
    notBriefed: {
      vi: 'Đơn vị chưa quán triệt Bộ quy tắc ứng xử trên mạng xã hội tới cán bộ, giáo viên, nhân viên (social_media.staff_briefed: false).',
      en: 'Staff have not been briefed on the social-media code of conduct (social_media.staff_briefed: false).',
    },
    hint: {
      vi: 'Tổ chức quán triệt QĐ 874/QĐ-BTTTT và HD 99-HD/BTGTW (ví dụ trong họp hội đồng); nếu đã làm, sửa thành true.',
      en: 'Brief staff on QĐ 874/QĐ-BTTTT and HD 99-HD/BTGTW (e.g. at a staff meeting); if done, change this to true.',
    },
  },
  formMessages: {
    notBriefed: {
      vi: 'Đơn vị chưa quán triệt Bộ quy tắc ứng xử trên mạng xã hội tới cán bộ, giáo viên, nhân viên (ô «{label}» ghi {no}).',
      en: 'Staff have not been briefed on the social-media code of conduct (“{label}” says {no}).',
    },
    hint: {
      vi: 'Tổ chức quán triệt QĐ 874/QĐ-BTTTT và HD 99-HD/BTGTW (ví dụ trong họp hội đồng); nếu đã làm, chọn {yes} ở ô «{label}».',
      en: 'Brief staff on QĐ 874/QĐ-BTTTT and HD 99-HD/BTGTW (e.g. at a staff meeting); if done, pick {yes} in “{label}”.',
    },
  },
  needs: ['social_media'],
  check({ submission: { social_media: sm }, report }) {
    if (!sm.staff_briefed) report({ messageId: 'notBriefed', hintId: 'hint', path: ['social_media', 'staff_briefed'] });
  },
});
