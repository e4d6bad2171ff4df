/**
 * docs/rules.md and docs/fields.md are generated from the rule modules and the zod schemas: the committed files must
 * be what the generator gives now, so they cannot go stale (`npx tsx scripts/gen-docs.ts` refreshes them).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fieldsDoc, rulesDoc, DOCS } from '../../scripts/gen-docs.js';
import { leafFields, formatPath } from '../../src/contract/walk.js';
import { SubmissionSchema } from '../../src/contract/submission.js';
import { rules } from '../../src/rules/index.js';

const REFRESH = 'out of date: run `npx tsx scripts/gen-docs.ts` and commit docs/';

describe('docs/rules.md', () => {
  const doc = rulesDoc();
  it('is the generator’s output', () => {
    expect(readFileSync(join(DOCS, 'rules.md'), 'utf8'), REFRESH).toBe(doc);
  });
  it('has a section per rule with its severity, its directive clause and what it checks', () => {
    for (const rule of rules) {
      const section = doc.split(`\n## ${rule.id}\n`)[1]?.split('\n## ')[0];
      expect(section, rule.id).toBeDefined();
      expect(section).toContain(`**Căn cứ:** ${rule.source}`);
      expect(section).toContain(rule.description.vi);
    }
    // a message and its hint, as the clerk sees them, with the placeholders named
    expect(doc).toContain('| Số phản ánh đã xử lý ({resolved}) lớn hơn số tiếp nhận ({received}). | Kiểm tra lại các số liệu ở mục Tiếp nhận, xử lý phản ánh. |');
    expect(doc).toMatch(/\| Báo cáo \{period\} lập ngày \{date\}, chậm \{days\} ngày so với hạn nộp \{deadline\}\. \| Nếu ngày lập báo cáo ghi nhầm/);
  });
});

describe('docs/fields.md', () => {
  const doc = fieldsDoc();
  it('is the generator’s output', () => {
    expect(readFileSync(join(DOCS, 'fields.md'), 'utf8'), REFRESH).toBe(doc);
  });
  it('lists every field of the submission with its Vietnamese label', () => {
    for (const leaf of leafFields(SubmissionSchema)) {
      const path = formatPath(leaf.path).replace(/\[0\]/g, '[]');
      expect(doc).toContain(`| \`${path}\` | ${leaf.meta!.label.vi} |`);
    }
    expect(doc).toContain('| `contacts.leader.phone` | Số điện thoại | Phone | chữ | không |');
    expect(doc).toContain('| `activities.events` | Hội nghị, hội thảo, tọa đàm, tập huấn, cuộc thi về truyền thông | Communication events | số nguyên ≥ 0 | có |');
  });
});
