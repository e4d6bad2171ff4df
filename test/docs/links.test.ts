/**
 * The documentation stands alone: every relative link in README.md, docs/*.md and templates/README.md resolves to a
 * file of the repository (and its `#anchor` to a heading of that file, as GitHub names headings), and nothing points
 * into a `shared/` folder outside the project.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../scripts/gen-docs.js';
import { slug } from '../../scripts/slug.js';

const DOC_FILES = [
  'README.md',
  'templates/README.md',
  ...readdirSync(join(ROOT, 'docs'))
    .filter((f) => f.endsWith('.md'))
    .map((f) => `docs/${f}`),
];

/** The text outside fenced code blocks and inline code, where Markdown makes links. */
function prose(markdown: string): string {
  return markdown.replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[ \t]*$/gm, '').replace(/`[^`\n]*`/g, '');
}

/** `[text](target)`, `[text](<target>)`, `[text](target "title")` and `[ref]: target`, outside code. */
export function linksOf(markdown: string): string[] {
  const text = prose(markdown);
  const inline = [...text.matchAll(/\]\(\s*(<[^>]*>|[^()\s]+(?:\([^()\s]*\)[^()\s]*)*)(?:\s+"[^"]*")?\s*\)/g)].map((m) => m[1]!.replace(/^<|>$/g, ''));
  const refs = [...text.matchAll(/^\s*\[[^\]]+\]:\s*(\S+)/gm)].map((m) => m[1]!);
  return [...inline, ...refs];
}

/** The anchors GitHub gives the headings of a Markdown file (a repeated heading gets `-1`, `-2`, …). */
export function anchorsOf(markdown: string): Set<string> {
  const out = new Set<string>();
  const count = new Map<string, number>();
  const withoutCode = markdown.replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[ \t]*$/gm, '');
  for (const m of withoutCode.matchAll(/^#{1,6}[ \t]+(.+?)[ \t#]*$/gm)) {
    // a heading's text as GitHub reads it: inline code and links keep their text
    const text = m[1]!.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1');
    const base = slug(text);
    const n = count.get(base) ?? 0;
    count.set(base, n + 1);
    out.add(n === 0 ? base : `${base}-${n}`);
  }
  for (const m of markdown.matchAll(/<a\s+(?:name|id)="([^"]+)"/g)) out.add(m[1]!);
  return out;
}

const external = (target: string) => /^[a-z][a-z0-9+.-]*:/i.test(target);

describe('links in the documentation', () => {
  it('finds the documentation files and their links', () => {
    expect(DOC_FILES).toEqual(expect.arrayContaining(['README.md', 'docs/huong-dan.md', 'docs/cli.md', 'docs/summary-format.md', 'docs/rules.md', 'templates/README.md']));
    const readme = linksOf(readFileSync(join(ROOT, 'README.md'), 'utf8'));
    expect(readme).toEqual(expect.arrayContaining(['docs/huong-dan.md', 'docs/cli.md', 'docs/rules.md', 'docs/summary-format.md', 'docs/fields.md']));
  });

  for (const file of DOC_FILES) {
    it(`${file}: every relative link resolves to a file of the repository, and its #anchor to a heading`, () => {
      const markdown = readFileSync(join(ROOT, file), 'utf8');
      const problems: string[] = [];
      for (const target of linksOf(markdown)) {
        if (external(target)) continue;
        const [pathPart = '', anchor] = target.split('#', 2) as [string, string | undefined];
        const path = decodeURI(pathPart);
        const resolved = path === '' ? join(ROOT, file) : resolve(dirname(join(ROOT, file)), path);
        const inRepo = relative(ROOT, resolved);
        if (/(^|[/\\])shared([/\\]|$)/.test(path)) problems.push(`${target}: points into shared/, outside the project`);
        else if (inRepo.startsWith('..') || inRepo.split(sep)[0] === 'node_modules') problems.push(`${target}: outside the repository`);
        else if (!existsSync(resolved)) problems.push(`${target}: no such file`);
        else if (anchor !== undefined && statSync(resolved).isFile() && resolved.endsWith('.md')) {
          const wanted = decodeURIComponent(anchor).normalize('NFC');
          const anchors = new Set([...anchorsOf(readFileSync(resolved, 'utf8'))].map((a) => a.normalize('NFC')));
          if (!anchors.has(wanted)) problems.push(`${target}: no heading #${wanted} in ${relative(ROOT, resolved)}`);
        }
      }
      expect(problems, file).toEqual([]);
    });
  }

  it('never names a shared/ folder, as a link or as a path in the text', () => {
    for (const file of DOC_FILES) {
      const markdown = readFileSync(join(ROOT, file), 'utf8');
      expect(markdown, file).not.toMatch(/(^|[\s(`'"/.])shared\/(spec|seeds)?/m);
    }
  });

  // the checker itself: a broken link, a wrong anchor and a shared/ link are caught
  it('catches a missing file, a missing anchor and a link into shared/', () => {
    expect(linksOf('See [a](docs/none.md), [b](#x "t"), `[c](skip.md)`, <https://x.vn>.\n```\n[d](in-code.md)\n```\n[r]: ../shared/spec/cli.md\n')).toEqual([
      'docs/none.md',
      '#x',
      '../shared/spec/cli.md',
    ]);
    expect([...anchorsOf('# Tệp cấu hình edu-comms.yaml\n## `documents` — Thông tin văn bản\n## A\n## A\n')]).toEqual([
      'tệp-cấu-hình-edu-commsyaml',
      'documents--thông-tin-văn-bản',
      'a',
      'a-1',
    ]);
  });
});
