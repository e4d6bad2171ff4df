import { defineRule } from './types.js';

/** Every school makes its own communication plan (dinh-hoa-2024 III.2; the district office its own, III.1). */
export default defineRule<'noPlan' | 'hint'>({
  id: 'comms-plan',
  defaultSeverity: 'warning',
  source: 'dinh-hoa-2024 III.2',
  description: {
    vi: 'Đơn vị phải xây dựng kế hoạch truyền thông của mình.',
    en: 'The unit must have its own communication plan.',
  },
  messages: {
    noPlan: {
      vi: 'Đơn vị chưa có kế hoạch truyền thông (governance.comms_plan: false).',
      en: 'The unit has no communication plan (governance.comms_plan: false).',
    },
    hint: {
      vi: 'Xây dựng kế hoạch truyền thông của đơn vị theo kế hoạch của cấp trên; nếu đã có, sửa thành true.',
      en: 'Draw up the unit’s communication plan following the parent’s plan; if there is one, change this to true.',
    },
  },
  formMessages: {
    noPlan: {
      vi: 'Đơn vị chưa có kế hoạch truyền thông (ô «{label}» ghi {no}).',
      en: 'The unit has no communication plan (“{label}” says {no}).',
    },
    hint: {
      vi: 'Xây dựng kế hoạch truyền thông của đơn vị theo kế hoạch của cấp trên; nếu đã có, chọn {yes} ở ô «{label}».',
      en: 'Draw up the unit’s communication plan following the parent’s plan; if there is one, pick {yes} in “{label}”.',
    },
  },
  needs: ['governance'],
  check({ submission: { governance }, report }) {
    if (!governance.comms_plan) report({ messageId: 'noPlan', hintId: 'hint', path: ['governance', 'comms_plan'] });
  },
});
