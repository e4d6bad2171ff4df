import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../src/util/errors.js';
import type { TemplateContext } from '../../src/render/context.js';
import { DOCUMENT_KINDS } from '../../src/contract/documents.js';
import { BUNDLED_TEMPLATES, loadTemplate, templateFileName } from '../../src/render/template-files.js';
import { fillBody, fillString, parseTemplate, plainText, TemplateError, type Block } from '../../src/render/template.js';
import { ROOT } from '../helpers/cli.js';

const ctx: TemplateContext = {
  scalars: {
    'node.name': 'Sở Giáo dục và Đào tạo Thái Nguyên',
    'period.name': 'học kỳ I năm học 2024-2025',
    'completeness.accepted': 21,
    'completeness.expected': 24,
    'completeness.missing': 0,
    'incidents.total': 2,
    'period.deadline_set': false,
  },
  lists: {
    missing_units: [],
    late_units: [
      { code: 'A', name: 'Trường A', parent_name: '', reported_at: '18/12/2024', index: 1, letter: 'a', sep: ';' },
      { code: 'B', name: 'Trường *B*', parent_name: 'Phòng X', reported_at: '20/12/2024', index: 2, letter: 'b', sep: '.' },
    ],
  },
};

const render = (source: string): Block[] => fillBody(parseTemplate(source, 't.md'), ctx);
const texts = (blocks: Block[]) => blocks.map((b) => `${b.kind}: ${plainText(b.runs)}`);

function problemsOf(source: string) {
  try {
    parseTemplate(source, 't.md');
  } catch (error) {
    if (error instanceof TemplateError) return error.problems;
    throw error;
  }
  throw new Error('expected a TemplateError');
}

describe('template structure', () => {
  it('maps prefixes to headings and items, and joins continuation lines into one paragraph', () => {
    const blocks = render(['# I. CÔNG TÁC', '## 1. Nội dung', '### a) Kênh', 'Dòng một', 'dòng hai.', '', '- mục {completeness.accepted}', 'tiếp theo'].join('\n'));
    expect(texts(blocks)).toEqual(['heading1: I. CÔNG TÁC', 'heading2: 1. Nội dung', 'heading3: a) Kênh', 'paragraph: Dòng một dòng hai.', 'item: mục 21 tiếp theo']);
  });

  it('repeats @each per item with the item’s fields and `sep`, and uses @empty for an empty list', () => {
    const source = ['@each late_units', '- {name}, gửi ngày {reported_at}{sep}', '@end', '@each missing_units', '- {name}', '@empty', 'Không có.', '@end'].join('\n');
    expect(texts(render(source))).toEqual(['item: Trường A, gửi ngày 18/12/2024;', 'item: Trường *B*, gửi ngày 20/12/2024.', 'paragraph: Không có.']);
  });

  it('takes @if or @else by truthiness (non-zero, non-empty, true), with `@if not`', () => {
    const source = ['@if incidents.total', 'Có {incidents.total} sự cố.', '@else', 'Không có sự cố.', '@end', '@if completeness.missing', 'Thiếu.', '@else', 'Đủ.', '@end', '@if not period.deadline_set', 'Không quy định hạn.', '@end', '@if missing_units', 'Có đơn vị chưa nộp.', '@end'].join('\n');
    expect(texts(render(source))).toEqual(['paragraph: Có 2 sự cố. Đủ. Không quy định hạn.']);
  });

  it('checks item fields inside @each and parent_name-style conditions', () => {
    const source = ['@each late_units', '@if parent_name', '- {name} ({parent_name})', '@else', '- {name}', '@end', '@end'].join('\n');
    expect(texts(render(source))).toEqual(['item: Trường A', 'item: Trường *B* (Phòng X)']);
  });

  it('applies ** and * to the template’s text only: a value is never read as marks', () => {
    const [block] = render('Hạn **trước ngày {completeness.accepted}** và *nghiêng* {period.name}');
    expect(block!.runs).toEqual([
      { text: 'Hạn ', bold: false, italics: false },
      { text: 'trước ngày 21', bold: true, italics: false },
      { text: ' và ', bold: false, italics: false },
      { text: 'nghiêng', bold: false, italics: true },
      { text: ' học kỳ I năm học 2024-2025', bold: false, italics: false },
    ]);
    const [item] = fillBody(parseTemplate('@each late_units\n{name}\n@end', 't.md'), ctx).slice(1);
    expect(item!.runs).toEqual([{ text: 'Trường *B*', bold: false, italics: false }]);
  });

  it('closes a unit’s sentence with a full stop only when it is open', () => {
    const withText = (text: string): TemplateContext => ({ ...ctx, scalars: { ...ctx.scalars, 'node.name': text } });
    const fill = (text: string) => plainText(fillString('{node.name|sentence}', withText(text)));
    expect(fill('Đã xử lý xong')).toBe('Đã xử lý xong.');
    expect(fill('Đã xử lý xong. ')).toBe('Đã xử lý xong.');
    expect(fill('Đã xử lý?')).toBe('Đã xử lý?');
    expect(fill('')).toBe('');
  });

  it('has filters and escapes', () => {
    expect(plainText(fillString('{period.name|upper} — {period.name|capitalize}', ctx))).toBe('HỌC KỲ I NĂM HỌC 2024-2025 — Học kỳ I năm học 2024-2025');
    expect(texts(render('\\- không phải mục, \\{giữ nguyên\\} và \\*sao\\*'))).toEqual(['paragraph: - không phải mục, {giữ nguyên} và *sao*']);
  });

  it('ignores whole-line comments and reads front matter apart', () => {
    const parsed = parseTemplate('---\nsubject: x\n---\n<!-- ghi chú -->\nThân.', 't.md');
    expect(parsed.frontMatter).toEqual({ text: 'subject: x', line: 2 });
    expect(texts(fillBody(parsed, ctx))).toEqual(['paragraph: Thân.']);
  });
});

describe('template problems are located', () => {
  it('names an unknown field with its line, column and the nearest real names', () => {
    const problems = problemsOf('Dòng một\nCó {completeness.acepted} đơn vị.');
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ line: 2, column: 4, key: 'render.template.unknown_field_near' });
    expect(String(problems[0]!.data['near'])).toContain('{completeness.accepted}');
  });

  it('does not let a list item’s field leak outside its @each', () => {
    expect(problemsOf('{reported_at}')[0]).toMatchObject({ line: 1, column: 1 });
  });

  it('reports unknown lists and directives, stray and unclosed blocks', () => {
    const problems = problemsOf(['@each late_unit', '@end', '@foreach x', '@end', '@if incidents.total', 'x'].join('\n'));
    expect(problems.map((p) => [p.line, p.key])).toEqual([
      [1, 'render.template.unknown_list'],
      [3, 'render.template.unknown_directive'],
      [4, 'render.template.stray_directive'],
      [5, 'render.template.unclosed_directive'],
    ]);
  });

  it('reports bad field syntax, unknown filters and unclosed marks', () => {
    const problems = problemsOf(['{1 + 1}', '{period.name|shout}', '**đậm', 'mở {node.name'].join('\n'));
    expect(problems.map((p) => [p.line, p.key])).toEqual([
      [1, 'render.template.bad_field'],
      [2, 'render.template.unknown_filter'],
      [3, 'render.template.unclosed_mark'],
      [4, 'render.template.unclosed_field'],
    ]);
  });
});

describe('template files', () => {
  it('the bundled templates of every kind load cleanly', () => {
    for (const kind of DOCUMENT_KINDS) {
      const loaded = loadTemplate(kind, { configPath: join(ROOT, 'edu-comms.yaml'), cwd: ROOT, lang: 'vi' });
      expect(loaded.kind).toBe(kind);
      expect(loaded.file).toBe(`templates/${templateFileName(kind)}`);
    }
  });

  it('a reworded copy with an unknown field in its front matter fails at that line', () => {
    const dir = mkdtempSync(join(tmpdir(), 'edu-comms-tpl-'));
    const original = readFileSync(join(BUNDLED_TEMPLATES, 'letter.vi.md'), 'utf8');
    const broken = original.replace('subject: báo cáo kết quả công tác truyền thông {period.name}', 'subject: báo cáo {period.nam}');
    expect(broken).not.toBe(original);
    const file = join(dir, 'letter.vi.md');
    writeFileSync(file, broken);
    const line = broken.split('\n').findIndex((l) => l.startsWith('subject:')) + 1;
    let error: unknown;
    try {
      loadTemplate('letter', { override: file, configPath: join(ROOT, 'edu-comms.yaml'), cwd: dir, lang: 'vi' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const details = (error as ConfigError).details;
    expect(details).toHaveLength(1);
    expect(details[0]).toMatch(new RegExp(`^letter\\.vi\\.md:${line}:\\d+ .*period\\.nam.*\\{period\\.name\\}`));
  });

  it('a front matter with a misspelt key fails with the key and its line', () => {
    const dir = mkdtempSync(join(tmpdir(), 'edu-comms-tpl-'));
    const file = join(dir, 'letter.vi.md');
    writeFileSync(file, '---\nsubjet: x\n---\nThân.\n');
    expect(() => loadTemplate('letter', { override: file, configPath: join(ROOT, 'edu-comms.yaml'), cwd: dir, lang: 'en' })).toThrow(ConfigError);
    try {
      loadTemplate('letter', { override: file, configPath: join(ROOT, 'edu-comms.yaml'), cwd: dir, lang: 'en' });
    } catch (e) {
      const details = (e as ConfigError).details.join('\n');
      expect(details).toMatch(/letter\.vi\.md:2:1 .*subjet/);
      expect(details).toMatch(/subject/);
    }
  });
});
