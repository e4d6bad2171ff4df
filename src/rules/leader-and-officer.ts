import { hasName, labelOf } from './helpers.js';
import { defineRule } from './types.js';

const ROLES = ['leader', 'officer'] as const;

/**
 * Every education unit names one leader in charge of communication and one communication officer (gia-lai-2017).
 * A person entered without a name — or with only punctuation or digits where the name goes ("…", "-", "0") — counts
 * as not named.
 */
export default defineRule<'missing' | 'noName' | 'notAName' | 'missingHint' | 'noNameHint'>({
  id: 'leader-and-officer',
  defaultSeverity: 'error',
  source: 'gia-lai-2017',
  description: {
    vi: 'Mỗi đơn vị cử 1 lãnh đạo phụ trách công tác truyền thông và 1 cán bộ làm công tác truyền thông, có ghi họ tên.',
    en: 'Each unit names one leader in charge of communication and one communication officer, by name.',
  },
  messages: {
    missing: {
      vi: 'Báo cáo chưa có mục «{label}».',
      en: 'The report has no “{label}”.',
    },
    missingHint: {
      vi: 'Thêm mục contacts.{role} với họ tên, chức vụ (và số điện thoại, thư điện tử nếu có) của người được phân công.',
      en: 'Add contacts.{role} with the name and position (and phone, e-mail) of the person assigned.',
    },
    noName: {
      vi: 'Mục «{label}» chưa ghi họ và tên.',
      en: '“{label}” has no name.',
    },
    notAName: {
      vi: 'Họ và tên của «{label}» đang ghi «{name}», không phải tên người.',
      en: 'The name of “{label}” is “{name}”, which is not a person’s name.',
    },
    noNameHint: {
      vi: 'Ghi đầy đủ họ và tên của người được phân công, ví dụ «Nguyễn Văn An».',
      en: 'Write the full name of the person assigned, e.g. “Nguyễn Văn An”.',
    },
  },
  needs: ['contacts'],
  check({ submission: { contacts }, report }) {
    for (const role of ROLES) {
      const person = contacts[role];
      const label = labelOf(['contacts', role]);
      if (!person) {
        report({ messageId: 'missing', hintId: 'missingHint', path: ['contacts', role], target: 'key', data: { ...label, role } });
      } else if (!hasName(person.name)) {
        report({
          messageId: person.name === undefined ? 'noName' : 'notAName',
          hintId: 'noNameHint',
          path: ['contacts', role, 'name'],
          data: { ...label, role, name: person.name },
        });
      }
    }
  },
});
