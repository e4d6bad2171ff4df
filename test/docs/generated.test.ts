/**
 * docs/rules.md and docs/fields.md are generated from the rule modules and the zod schemas: the committed files must
 * be what the generator gives now, so they cannot go stale (`npx tsx scripts/gen-docs.ts` refreshes them).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cliDoc, fieldsDoc, rulesDoc, summaryFormatDoc, DOCS, ROOT } from '../../scripts/gen-docs.js';
import { DOCUMENTED_COMMANDS } from '../../scripts/doc-cli.js';
import { buildProgram } from '../../src/cli/main.js';
import { SummarySchema } from '../../src/contract/summary.js';
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
  it('is the full catalogue: every rule module of src/rules/ is in the registry, so has its section', () => {
    const modules = readdirSync(join(ROOT, 'src', 'rules'))
      .filter((f) => f.endsWith('.ts') && !['index.ts', 'types.ts', 'helpers.ts'].includes(f))
      .map((f) => f.replace(/\.ts$/, ''));
    expect(modules.length).toBeGreaterThan(20);
    expect(new Set(rules.map((r) => r.id))).toEqual(new Set(modules));
    for (const id of modules) expect(doc).toContain(`\n## ${id}\n`);
  });
});

const cliMd = await cliDoc();

describe('docs/cli.md', () => {
  const doc = cliMd;
  it('is the generator’s output', () => {
    expect(readFileSync(join(DOCS, 'cli.md'), 'utf8'), REFRESH).toBe(doc);
  });
  it('documents every command, argument and option commander knows, in both languages, and every exit code', async () => {
    const vi = await buildProgram('vi');
    const en = await buildProgram('en');
    expect(vi.commands.map((c) => c.name()).sort()).toEqual([...DOCUMENTED_COMMANDS].sort());
    for (const option of vi.options) expect(doc).toContain(`| \`${option.flags}\` | ${option.description} |`);
    for (const command of vi.commands) {
      const section = doc.split(`\n## edu-comms ${command.name()}\n`)[1]?.split('\n## ')[0];
      expect(section, command.name()).toBeDefined();
      const english = en.commands.find((c) => c.name() === command.name())!;
      command.options.forEach((o, i) => {
        expect(section, `${command.name()} ${o.flags}`).toContain(`| \`${o.flags}\` | ${o.description.replace(/\|/g, '\\|')} | ${english.options[i]!.description.replace(/\|/g, '\\|')} |`);
      });
      for (const a of command.registeredArguments) expect(section).toContain(a.name());
      expect(section).toMatch(/\*\*Đầu vào · input\.\*\* \S/);
      expect(section).toMatch(/\| `0` \| \S/);
      expect(section).toContain('| `3` |');
    }
    for (const code of ['0', '1', '2', '3', '130']) expect(doc).toContain(`| \`${code}\` |`);
    for (const env of ['SOURCE_DATE_EPOCH', 'NO_COLOR', 'EDU_COMMS_LANG', 'CI', 'EDU_COMMS_SOFFICE', 'EDU_COMMS_PDF_TIMEOUT']) expect(doc).toContain(`| \`${env}\` |`);
    expect(doc).toContain('20.19+, 22 hoặc 24');
  });
});

describe('docs/summary-format.md', () => {
  const doc = summaryFormatDoc();
  it('is the generator’s output', () => {
    expect(readFileSync(join(DOCS, 'summary-format.md'), 'utf8'), REFRESH).toBe(doc);
  });
  it('has a row for every key of the summary schema, in a section per object, with the version', () => {
    expect(doc).toContain('`schema_version: 2`');
    expect(doc).toContain('| `schema_version` | một trong: `1`, `2` | có |');
    expect(doc).toContain('### `comparison[].totals.*`');
    // every leaf path of the schema: its last key has a row in the section of its parent object
    for (const leaf of leafFields(SummarySchema)) {
      const key = String(leaf.path.filter((s) => typeof s === 'string').at(-1));
      expect(doc, formatPath(leaf.path)).toMatch(new RegExp(`\\| \`${key}\` \\| [^|]+ \\| (có|không) \\| \\S`));
    }
    expect(doc).toContain('### `units[].counts`');
    expect(doc).toContain('### `rates.<khóa>`');
    expect(doc).toContain('| `late` | số nguyên ≥ 0 | có | Nộp muộn: đã nộp hợp lệ nhưng ngày lập báo cáo sau hạn nộp. |');
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
