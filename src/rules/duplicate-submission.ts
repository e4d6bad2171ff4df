import { periodKey, periodLabel, periodRef } from '../contract/period.js';
import { defineRule } from './types.js';

/**
 * Two or more reports of one unit for one period whose content differs: which one is right is the office's question,
 * so every file of the set is an error naming the others. Byte-identical copies were already folded into one by
 * `duplicate-copy` (they come here with `copyOf` and are left alone).
 */
export default defineRule({
  id: 'duplicate-submission',
  defaultSeverity: 'error',
  source: '—',
  description: {
    vi: 'Mỗi đơn vị chỉ nộp một báo cáo cho mỗi kỳ; hai tệp trở lên có nội dung khác nhau cho cùng đơn vị và kỳ đều bị báo (tệp giống hệt nhau là một báo cáo: duplicate-copy).',
    en: 'One report per unit and period; every file of a set with different contents is flagged (identical files are one report: duplicate-copy).',
  },
  messages: {
    duplicate: {
      vi: 'Đơn vị {code} đã có báo cáo {period} ở tệp khác: {others}.',
      en: 'Unit {code} has another report for {period}: {others}.',
    },
    hint: { vi: 'Giữ lại một tệp đúng nhất, xóa hoặc chuyển các tệp còn lại ra khỏi thư mục.', en: 'Keep the right file and move the others out of the folder.' },
  },
  needs: ['unit', 'period'],
  checkSet(entries) {
    const groups = new Map<string, typeof entries[number][]>();
    for (const entry of entries) {
      const ref = periodRef(entry.submission.period);
      if (!ref || entry.copyOf !== null) continue;
      const key = `${entry.submission.unit.code}\u0000${periodKey(ref)}`;
      groups.set(key, [...(groups.get(key) ?? []), entry]);
    }
    for (const group of groups.values()) {
      if (group.length < 2) continue;
      for (const entry of group) {
        const others = group.filter((e) => e !== entry).map((e) => e.file).sort().join(', ');
        entry.report({
          messageId: 'duplicate',
          hintId: 'hint',
          path: ['unit', 'code'],
          data: { code: entry.submission.unit.code, period: periodLabel(periodRef(entry.submission.period)!), others },
        });
      }
    }
  },
});
