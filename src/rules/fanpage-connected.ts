import { defineRule } from './types.js';

/**
 * dong-nai-1564 §4: fanpages are kept "kết nối thường xuyên với trang Fanpage Thông tin Giáo dục" of the parent. Every
 * fanpage a unit lists must be connected to its parent's page, whatever the unit's level (a school not required to
 * run a page by rule `fanpage` is still asked to connect the one it runs). The unit at the top of the roster (no
 * parent in the submission or the roster, e.g. the Sở itself) has nothing to connect to and is not checked.
 */
export default defineRule<'notConnected' | 'hint'>({
  id: 'fanpage-connected',
  defaultSeverity: 'warning',
  source: 'dong-nai-1564 §4',
  description: {
    vi: 'Mỗi trang fanpage của đơn vị phải kết nối, chia sẻ thường xuyên với trang của cơ quan quản lý cấp trên (trừ đơn vị cao nhất, không có cấp trên).',
    en: 'Every fanpage must be connected to the parent’s page (except for the top unit, which has no parent).',
  },
  messages: {
    notConnected: {
      vi: 'Trang fanpage «{name}» chưa kết nối với trang của đơn vị quản lý cấp trên ({parent}).',
      en: 'The fanpage “{name}” is not connected to the parent’s page ({parent}).',
    },
    hint: {
      vi: 'Theo dõi (like, follow) và chia sẻ thường xuyên tin, bài từ trang của cấp trên; nếu đã kết nối, sửa connected_to_parent thành true.',
      en: 'Follow the parent’s page and share its posts regularly; if that is already so, change connected_to_parent to true.',
    },
  },
  formMessages: {
    hint: {
      vi: 'Theo dõi (like, follow) và chia sẻ thường xuyên tin, bài từ trang của cấp trên; nếu đã kết nối, chọn {yes} ở cột «{label}».',
      en: 'Follow the parent’s page and share its posts regularly; if that is already so, pick {yes} in “{label}”.',
    },
  },
  needs: ['unit', 'channels'],
  check({ submission: { unit, channels }, roster, report }) {
    const parentCode = unit.parent ?? roster.byCode.get(unit.code)?.parent;
    if (parentCode === undefined) return;
    const parent = roster.byCode.get(parentCode)?.name ?? parentCode;
    channels.forEach((channel, i) => {
      if (channel.type !== 'fanpage' || channel.connected_to_parent) return;
      report({
        messageId: 'notConnected',
        hintId: 'hint',
        path: ['channels', i, 'connected_to_parent'],
        data: { name: channel.name ?? channel.url ?? `#${i + 1}`, parent },
      });
    });
  },
});
