import { z } from 'zod';
import { labelled as L } from '../contract/meta.js';
import { oneOf } from '../contract/primitives.js';
import { CHANNEL_TYPE_NAMES, LEVEL_NAMES, LEVELS, type Level } from '../contract/submission.js';
import { labelOf } from './helpers.js';
import { defineRule } from './types.js';

/**
 * dong-nai-1564 §4: "Các Phòng GD&ĐT huyện, thành phố; các trường THPT, đơn vị trực thuộc lập trang fanpage và hoạt
 * động dưới sự quản lý của lãnh đạo đơn vị".
 *
 * Reading of the clause (written before the 2025 reform): it binds the managing units (level OFFICE — then the district
 * offices, now any managing unit reporting on its own work, the Sở included), the upper-secondary schools (every level that contains THPT: THPT, THCS-THPT, TH-THCS-THPT) and
 * the "đơn vị trực thuộc" — units directly under the Sở: the GDNN-GDTX centres and the ethnic boarding schools
 * (PTDTNT, run by the province). Schools under a managing unit (MN, TH, THCS, TH-THCS) are only *guided* by it to
 * open a page ("các Phòng GD&ĐT hướng dẫn các trường … lập trang"), so they are not required to have one;
 * rule `fanpage-connected` still checks the pages they have. The list is the option `levels`, so a province can
 * narrow or widen it in `rules.options.fanpage.levels`.
 *
 * For those units: no channel of type `fanpage` is one finding (at `channels`); each fanpage not managed by the head
 * of the unit is one finding (at its `managed_by_leader`).
 */
export const FANPAGE_LEVELS: readonly Level[] = ['OFFICE', 'THPT', 'THCS-THPT', 'TH-THCS-THPT', 'GDNN-GDTX', 'PTDTNT'];

export default defineRule<'noFanpage' | 'noFanpageHint' | 'notManaged' | 'notManagedHint', { levels: readonly string[] }>({
  id: 'fanpage',
  defaultSeverity: 'warning',
  source: 'dong-nai-1564 §4',
  description: {
    vi:
      'Đơn vị quản lý tự báo cáo (cấp OFFICE: Sở; trước 01/7/2025 cả Phòng GD&ĐT), trường có cấp THPT (THPT, THCS-THPT, ' +
      'TH-THCS-THPT), trung tâm GDNN-GDTX và trường PTDTNT (đơn vị trực thuộc Sở) phải có trang fanpage do lãnh đạo đơn vị ' +
      'quản lý. Các trường MN, TH, THCS chỉ được đơn vị quản lý hướng dẫn lập trang nên không bắt buộc. Danh sách cấp học ' +
      'chỉnh được ở rules.options.fanpage.levels.',
    en:
      'Managing units reporting on their own work (OFFICE), schools with upper-secondary classes, GDNN-GDTX centres and ethnic boarding schools must run a ' +
      'fanpage managed by the head of the unit. Other schools are only guided to open one. Levels: rules.options.fanpage.levels.',
  },
  messages: {
    noFanpage: {
      vi: '{unit} ({level_vi}) chưa có trang fanpage trong danh sách kênh truyền thông.',
      en: '{unit} ({level_en}) lists no fanpage among its channels.',
    },
    noFanpageHint: {
      vi: 'Lập trang fanpage của đơn vị do lãnh đạo đơn vị quản lý, rồi thêm vào mục Kênh truyền thông (type: fanpage, kèm địa chỉ).',
      en: 'Open a fanpage managed by the head of the unit and add it under channels (type: fanpage, with its URL).',
    },
    notManaged: {
      vi: 'Trang fanpage «{name}» không do lãnh đạo đơn vị quản lý (managed_by_leader: false).',
      en: 'The fanpage “{name}” is not managed by the head of the unit (managed_by_leader: false).',
    },
    notManagedHint: {
      vi: 'Giao lãnh đạo đơn vị trực tiếp quản lý trang (quyền quản trị); nếu đã giao, sửa thành true.',
      en: 'Put the head of the unit in charge of the page (admin rights); if that is already so, change this to true.',
    },
  },
  formMessages: {
    noFanpageHint: {
      vi: 'Lập trang fanpage của đơn vị do lãnh đạo đơn vị quản lý, rồi thêm một dòng ở trang «{label}» («{typeLabel}»: «{fanpage}», kèm địa chỉ).',
      en: 'Open a fanpage managed by the head of the unit and add a row on the “{label}” sheet (“{typeLabel}”: “{fanpage}”, with its address).',
    },
    notManaged: {
      vi: 'Trang fanpage «{name}» không do lãnh đạo đơn vị quản lý (cột «{label}» ghi {no}).',
      en: 'The fanpage “{name}” is not managed by the head of the unit (“{label}” says {no}).',
    },
    notManagedHint: {
      vi: 'Giao lãnh đạo đơn vị trực tiếp quản lý trang (quyền quản trị); nếu đã giao, chọn {yes} ở cột «{label}».',
      en: 'Put the head of the unit in charge of the page (admin rights); if that is already so, pick {yes} in “{label}”.',
    },
  },
  needs: ['unit', 'channels'],
  defaultOptions: { levels: FANPAGE_LEVELS },
  optionsSchema: z.strictObject({
    levels: L(z.array(oneOf(LEVELS)).optional(), 'Các cấp học phải có fanpage', 'Levels that must run a fanpage'),
  }),
  check({ submission: { unit, channels }, options, report }) {
    const levels = Array.isArray(options.levels) ? options.levels : FANPAGE_LEVELS;
    if (!levels.includes(unit.level)) return;
    const level = LEVEL_NAMES[unit.level];
    const fanpages = channels.flatMap((channel, i) => (channel.type === 'fanpage' ? [{ channel, i }] : []));
    if (fanpages.length === 0) {
      report({ messageId: 'noFanpage', hintId: 'noFanpageHint', path: ['channels'], target: 'key', data: { unit: unit.name, level_vi: level.vi, level_en: level.en, fanpage: CHANNEL_TYPE_NAMES.fanpage, typeLabel: labelOf(['channels', 0, 'type']).label } });
      return;
    }
    for (const { channel, i } of fanpages) {
      if (channel.managed_by_leader) continue;
      report({
        messageId: 'notManaged',
        hintId: 'notManagedHint',
        path: ['channels', i, 'managed_by_leader'],
        data: { name: channel.name ?? channel.url ?? `#${i + 1}` },
      });
    }
  },
});
