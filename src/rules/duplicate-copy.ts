import { periodKey, periodLabel, periodRef } from '../contract/period.js';
import { keptCopy } from './helpers.js';
import { defineRule } from './types.js';

/**
 * A school that sends the same file twice (`x.xlsx` and `x (1).xlsx`, as e-mail clients save a second download; two
 * identical YAML files) has sent one report. Byte-identical files of one unit and period are one submission: the kept
 * copy is counted, every other copy gets this note and is counted as that one (`copyOf`), never twice and never as a
 * clash. Files with different content are left to `duplicate-submission`. Turned off, identical copies are duplicates
 * like any other.
 */
export default defineRule<'copy' | 'hint'>({
  id: 'duplicate-copy',
  defaultSeverity: 'info',
  source: '—',
  description: {
    vi: 'Hai tệp giống hệt nhau (từng byte) của cùng đơn vị và kỳ là một báo cáo gửi hai lần: chỉ tính một lần. Giữ tệp có đường dẫn ngắn nhất (dài bằng nhau thì tệp đứng trước theo thứ tự tên), ghi chú trên các bản sao.',
    en: 'Two byte-identical files of one unit and period are one report sent twice: counted once. The file with the shortest path is kept (same length: the first by name); the copies get a note.',
  },
  messages: {
    copy: {
      vi: 'Tệp này giống hệt tệp {kept} (đơn vị {code}, {period}): là một báo cáo gửi hai lần, chỉ tính một lần theo tệp {kept}.',
      en: 'This file is identical to {kept} (unit {code}, {period}): one report sent twice, counted once, as {kept}.',
    },
    hint: {
      vi: 'Không cần sửa gì; có thể xóa bản sao này khỏi thư mục.',
      en: 'Nothing to fix; this copy may be removed from the folder.',
    },
  },
  needs: ['unit', 'period'],
  checkSet(entries) {
    const groups = new Map<string, (typeof entries)[number][]>();
    for (const entry of entries) {
      const ref = periodRef(entry.submission.period);
      if (!ref || entry.content === '' || entry.copyOf !== null) continue;
      const key = `${entry.submission.unit.code}\u0000${periodKey(ref)}\u0000${entry.content}`;
      groups.set(key, [...(groups.get(key) ?? []), entry]);
    }
    for (const group of groups.values()) {
      if (group.length < 2) continue;
      const kept = keptCopy(group);
      for (const entry of group) {
        if (entry === kept) continue;
        entry.markCopyOf(kept.file);
        entry.report({
          messageId: 'copy',
          hintId: 'hint',
          path: ['unit', 'code'],
          data: { kept: kept.file, code: entry.submission.unit.code, period: periodLabel(periodRef(entry.submission.period)!) },
        });
      }
    }
  },
});
