import { hasName, labelOf } from './helpers.js';
import { defineRule } from './types.js';

/**
 * The head of each unit applies the spokesperson regulation (hcm-3474 §1); units speak to the press under
 * NĐ 09/2017/NĐ-CP (lao-cai-2024 §4), which names a spokesperson. Two findings, each on its own field: no
 * spokesperson named, and no spokesperson regulation.
 */
export default defineRule<'noSpokesperson' | 'noSpokespersonName' | 'noSpokespersonNameHint' | 'noSpokespersonHint' | 'noRegulation' | 'noRegulationHint'>({
  id: 'spokesperson',
  defaultSeverity: 'warning',
  source: 'hcm-3474 §1; lao-cai-2024 §4 (NĐ 09/2017/NĐ-CP)',
  description: {
    vi: 'Đơn vị phải có người phát ngôn và quy chế phát ngôn, cung cấp thông tin cho báo chí.',
    en: 'The unit must have a spokesperson and a spokesperson regulation.',
  },
  messages: {
    noSpokesperson: {
      vi: 'Báo cáo chưa ghi Người phát ngôn của đơn vị.',
      en: 'The report names no spokesperson.',
    },
    noSpokespersonName: {
      vi: 'Mục Người phát ngôn chưa ghi họ và tên, nên không được tính là đã có người phát ngôn.',
      en: 'The spokesperson entry has no name, so it does not count as a spokesperson.',
    },
    noSpokespersonNameHint: {
      vi: 'Ghi họ và tên người phát ngôn (contacts.spokesperson.name), ví dụ «Nguyễn Văn An».',
      en: 'Write the spokesperson’s full name (contacts.spokesperson.name), e.g. “Nguyễn Văn An”.',
    },
    noSpokespersonHint: {
      vi: 'Thêm mục contacts.spokesperson với họ tên, chức vụ người phát ngôn (thường là thủ trưởng đơn vị, theo NĐ 09/2017/NĐ-CP).',
      en: 'Add contacts.spokesperson with the name and position (usually the head of the unit, per Decree 09/2017).',
    },
    noRegulation: {
      vi: 'Đơn vị chưa có quy chế phát ngôn, cung cấp thông tin cho báo chí (governance.spokesperson_regulation: false).',
      en: 'The unit has no spokesperson regulation (governance.spokesperson_regulation: false).',
    },
    noRegulationHint: {
      vi: 'Ban hành quy chế phát ngôn và cung cấp thông tin cho báo chí theo NĐ 09/2017/NĐ-CP; nếu đã có, sửa thành true.',
      en: 'Issue a spokesperson regulation under Decree 09/2017/NĐ-CP; if there is one, change this to true.',
    },
  },
  formMessages: {
    noSpokespersonNameHint: {
      vi: 'Ghi họ và tên người phát ngôn ở mục «{section}», ví dụ «Nguyễn Văn An».',
      en: 'Write the spokesperson’s full name under “{section}”, e.g. “Nguyễn Văn An”.',
    },
    noSpokespersonHint: {
      vi: 'Điền mục «{label}»: họ tên, chức vụ người phát ngôn (thường là thủ trưởng đơn vị, theo NĐ 09/2017/NĐ-CP).',
      en: 'Fill in “{label}”: the name and position (usually the head of the unit, per Decree 09/2017).',
    },
    noRegulation: {
      vi: 'Đơn vị chưa có quy chế phát ngôn, cung cấp thông tin cho báo chí (ô «{label}» ghi {no}).',
      en: 'The unit has no spokesperson regulation (“{label}” says {no}).',
    },
    noRegulationHint: {
      vi: 'Ban hành quy chế phát ngôn và cung cấp thông tin cho báo chí theo NĐ 09/2017/NĐ-CP; nếu đã có, chọn {yes} ở ô «{label}».',
      en: 'Issue a spokesperson regulation under Decree 09/2017/NĐ-CP; if there is one, pick {yes} in “{label}”.',
    },
  },
  needs: ['contacts', 'governance'],
  check({ submission: { contacts, governance }, report }) {
    const spokesperson = contacts.spokesperson;
    if (!spokesperson) {
      report({ messageId: 'noSpokesperson', hintId: 'noSpokespersonHint', path: ['contacts', 'spokesperson'], target: 'key' });
    } else if (!hasName(spokesperson.name)) {
      // the summary counts only a named spokesperson (tally.ts, the same hasName): a finding says why this one is not
      report({
        messageId: 'noSpokespersonName',
        hintId: 'noSpokespersonNameHint',
        path: spokesperson.name === undefined ? ['contacts', 'spokesperson'] : ['contacts', 'spokesperson', 'name'],
        ...(spokesperson.name === undefined ? { target: 'key' as const } : {}),
        data: { section: labelOf(['contacts', 'spokesperson']).label },
      });
    }
    if (!governance.spokesperson_regulation) {
      report({ messageId: 'noRegulation', hintId: 'noRegulationHint', path: ['governance', 'spokesperson_regulation'] });
    }
  },
});
