import { defineRule } from './types.js';

export default defineRule({
  id: 'unit-known',
  defaultSeverity: 'error',
  source: 'roster (danh sách đơn vị trong edu-comms.yaml)',
  description: {
    vi: 'Mã đơn vị phải có trong danh sách đơn vị; đơn vị quản lý phải khớp với danh sách.',
    en: 'The unit code must be in the roster, and its parent must match the roster.',
  },
  messages: {
    unknown: {
      vi: 'Mã đơn vị {code} không có trong danh sách đơn vị.',
      en: 'Unit code {code} is not in the roster.',
    },
    unknownHint: {
      vi: 'Kiểm tra lại mã đơn vị (viết hoa, không dấu cách) theo danh sách đơn vị của cơ quan quản lý.',
      en: 'Check the unit code (upper case, no spaces) against the roster.',
    },
    closeHint: {
      vi: 'Có phải {close}? Mã đơn vị viết hoa, đúng các dấu gạch nối như trong danh sách đơn vị.',
      en: 'Did you mean {close}? Unit codes are upper case, with hyphens as in the roster.',
    },
    parent: {
      vi: 'Đơn vị quản lý ghi là {given}, nhưng theo danh sách đơn vị {code} thuộc {expected}.',
      en: 'The parent is given as {given}, but in the roster {code} belongs to {expected}.',
    },
    parentHint: { vi: 'Sửa thành {expected}.', en: 'Change it to {expected}.' },
  },
  needs: ['unit'],
  check({ submission, roster, report }) {
    const { code, parent } = submission.unit;
    const known = roster.byCode.get(code);
    if (!known) {
      // in the roster of another school year (a district office that ended in 2025): unit-in-force says so
      if (roster.schoolYear !== null && roster.versions.some((u) => u.code === code)) return;
      const close = roster.suggest(code);
      report({
        messageId: 'unknown',
        hintId: close.length > 0 ? 'closeHint' : 'unknownHint',
        path: ['unit', 'code'],
        data: { code, close: close.length > 0 ? close.join(', ') : undefined },
      });
      return;
    }
    const expected = known.parent ?? null;
    if (parent !== undefined && parent !== expected) {
      report({ messageId: 'parent', hintId: 'parentHint', path: ['unit', 'parent'], data: { given: parent, code, expected: expected ?? '—' } });
    }
  },
});
