import { labelOf } from './helpers.js';
import { defineRule } from './types.js';

const PEOPLE = ['leader', 'officer', 'spokesperson'] as const;

/** Digits, with dots, spaces or hyphens between them; a leading `+84` stands for the `0`. */
const PHONE_SHAPE = /^(?:\+84|0)(?:[ .-]*\d)+$/;

/**
 * A Vietnamese phone number, as rules.md has it: 10 digits (mobile, `0912.345.678`) or 11 digits (landline with its
 * area code, `02143.845.428`, `0208 3878 123`), starting with 0, or with `+84` in place of that 0 (`+84 912 345 678`).
 * Dots, spaces and hyphens may separate the groups. The digit after the 0 (or after +84) is never 0: `+84 0912…`
 * (both prefixes) and `00…` are wrong. Prefixes of networks and area codes are not checked: they change.
 */
export function isVietnamesePhone(phone: string): boolean {
  const text = phone.trim();
  if (!PHONE_SHAPE.test(text)) return false;
  const digits = text.replace(/\D/g, '');
  const national = text.startsWith('+') ? `0${digits.slice(2)}` : digits;
  return /^0[1-9]\d{8,9}$/.test(national);
}

/**
 * An e-mail address, checked sanely, not cleverly: `local@domain.tld` with a plain-ASCII local part (letters, digits,
 * `. _ % + -`, no leading, trailing or double dot), domain labels of letters, digits and inner hyphens, and a top-level
 * domain of at least two letters. Rejects the usual slips: no `@`, two `@`, spaces, Vietnamese diacritics typed by the
 * keyboard tool (`thanhtâm@…`), a trailing dot, a missing top-level domain. Quoted local parts and IP-literal domains
 * are legal in RFC 5322 but never used by a school: they are reported.
 */
const EMAIL = /^(?!\.)(?!.*\.\.)[A-Za-z0-9._%+-]+(?<!\.)@(?:[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?\.)+[A-Za-z]{2,}$/;

export function isEmail(email: string): boolean {
  return EMAIL.test(email.trim());
}

export default defineRule<'phone' | 'phoneHint' | 'email' | 'emailHint'>({
  id: 'contact-format',
  defaultSeverity: 'error',
  source: 'dong-nai-1564, lao-cai-2024 (dòng liên hệ)',
  description: {
    vi:
      'Số điện thoại phải là số Việt Nam: 10 chữ số (di động) hoặc 11 chữ số (cố định, có mã vùng), bắt đầu bằng 0 hoặc ' +
      '+84 thay cho số 0; được ngăn cách bằng dấu chấm, dấu cách, gạch nối (như 0938.192.279, 02143.845.428). Thư điện ' +
      'tử phải đúng dạng ten@tenmien.vn.',
    en:
      'Phones must be Vietnamese numbers: 10 digits (mobile) or 11 (landline with area code), starting with 0 or +84 for ' +
      'the 0; dots, spaces and hyphens may separate groups. E-mails must look like name@domain.vn.',
  },
  messages: {
    phone: {
      vi: 'Số điện thoại «{value}» của {label} không đúng dạng số Việt Nam (10 số di động hoặc 11 số cố định, bắt đầu bằng 0 hoặc +84).',
      en: 'The phone “{value}” of the {label} is not a Vietnamese number (10-digit mobile or 11-digit landline, from 0 or +84).',
    },
    phoneHint: {
      vi: 'Số đang có {digits} chữ số. Ghi một số duy nhất, ví dụ 0912.345.678 (di động) hoặc 0208 3878 123 (cố định có mã vùng); chỉ dùng dấu chấm, dấu cách hoặc gạch nối để ngăn cách.',
      en: 'It has {digits} digit(s). Write one number, e.g. 0912.345.678 (mobile) or 0208 3878 123 (landline with area code); separate groups only with dots, spaces or hyphens.',
    },
    email: {
      vi: 'Thư điện tử «{value}» của {label} không đúng dạng địa chỉ thư.',
      en: 'The e-mail “{value}” of the {label} is not a well-formed address.',
    },
    emailHint: {
      vi: 'Ghi một địa chỉ dạng ten@tenmien.vn: không dấu tiếng Việt, không dấu cách, có đủ phần sau dấu @ (ví dụ vanphong@laocai.edu.vn).',
      en: 'Write one address like name@domain.vn: no diacritics, no spaces, with the full part after @ (e.g. vanphong@laocai.edu.vn).',
    },
  },
  needs: ['contacts'],
  check({ submission: { contacts }, report }) {
    for (const role of PEOPLE) {
      const person = contacts[role];
      if (!person) continue;
      const label = labelOf(['contacts', role]);
      if (person.phone !== undefined && !isVietnamesePhone(person.phone)) {
        report({
          messageId: 'phone',
          hintId: 'phoneHint',
          path: ['contacts', role, 'phone'],
          data: { ...label, value: person.phone, digits: person.phone.replace(/\D/g, '').length },
        });
      }
      if (person.email !== undefined && !isEmail(person.email)) {
        report({ messageId: 'email', hintId: 'emailHint', path: ['contacts', role, 'email'], data: { ...label, value: person.email } });
      }
    }
  },
});
