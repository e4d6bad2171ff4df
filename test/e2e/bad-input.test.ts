/**
 * Bad input is normal input: every broken file gets a located finding and exit 1 — never a stack trace, a hang or a
 * crash. The files are made here, in a temporary folder, from a clean example.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXAMPLES, runCli, runJson } from '../helpers/cli.js';

const clean = readFileSync(join(EXAMPLES, 'submissions/hk1-2024-2025/pgd-dinhhoa/th-binhyen.yaml'), 'utf8');
let dir: string;

const cases: Record<string, string | Buffer> = {
  'tab-indent.yaml': clean.replace('  portal_posts:', '\tportal_posts:'),
  'empty.yaml': '',
  'only-comments.yaml': '# chưa điền\n\n# ...\n',
  'binary.yaml': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]),
  'latin1.yaml': Buffer.from('unit:\n  name: Tr\xf0\xf4\xf2ng\n', 'latin1'),
  'alias-bomb.yaml': [
    'a: &a ["x","x","x","x","x","x","x","x","x"]',
    'b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]',
    'c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]',
    'd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]',
    'e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]',
    'f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]',
    'g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]',
    'h: [*g,*g,*g,*g,*g,*g,*g,*g,*g]',
  ].join('\n'),
  'deep-flow.yaml': `a: ${'['.repeat(5000)}${']'.repeat(5000)}\n`,
  'deep-block.yaml': Array.from({ length: 200 }, (_, i) => `${'  '.repeat(i)}k${i}:`).join('\n') + ' 1\n',
  'duplicate-key.yaml': clean.replace('reported_at:', 'reported_at: 2024-12-01\nreported_at:'),
  'proto-key.yaml': `${clean}__proto__:\n  polluted: true\nconstructor: 1\n`,
  'two-documents.yaml': `${clean}---\n${clean}`,
  'a-list.yaml': '- 1\n- 2\n',
  'huge.yaml': `${clean}assessment_extra: "${'x'.repeat(30 * 1024 * 1024)}"\n`,
};

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'edu-comms-bad-'));
  for (const [name, content] of Object.entries(cases)) writeFileSync(join(dir, name), content);
  writeFileSync(join(dir, 'bom-crlf.yaml'), `\uFEFF${clean.replace(/\n/g, '\r\n')}`);
  writeFileSync(join(dir, 'nfd.yaml'), clean.normalize('NFD'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

type Report = { files: Array<{ file: string; status: string; findings: Array<{ rule: string; line: number | null; column: number | null; message: string }> }> };

describe('broken files', () => {
  let report: Report;
  let code: number;
  let stderr: string;
  beforeAll(() => {
    const r = runJson<Report>(['validate', dir, '--format', 'json']);
    report = r.json;
    code = r.code;
    stderr = r.stderr;
  });
  const findingsOf = (name: string) => report.files.find((f) => f.file.endsWith(`/${name}`))!.findings;

  it('exits 1 without a stack trace', () => {
    expect(code).toBe(1);
    expect(stderr).not.toMatch(/\n\s+at /);
  });

  it.each(Object.keys(cases))('%s is rejected with a located finding', (name) => {
    const file = report.files.find((f) => f.file.endsWith(`/${name}`));
    expect(file?.status).toBe('rejected');
    const first = file!.findings.find((f) => f.rule === 'syntax' || f.rule === 'schema');
    expect(first).toBeDefined();
    expect(first!.line).toBeGreaterThan(0);
    expect(first!.column).toBeGreaterThan(0);
    expect(first!.message.length).toBeGreaterThan(10);
  });

  it('names the line of a syntax error and of a duplicate key', () => {
    const tabLine = clean.split('\n').findIndex((l) => l.startsWith('  portal_posts:')) + 1;
    expect(findingsOf('tab-indent.yaml')[0]).toMatchObject({ rule: 'syntax', line: tabLine });
    const dupLine = clean.split('\n').findIndex((l) => l.startsWith('reported_at:')) + 2;
    expect(findingsOf('duplicate-key.yaml').find((f) => f.rule === 'syntax')).toMatchObject({ line: dupLine });
  });

  it('reports __proto__ and constructor as keys that are not allowed', () => {
    const rules = findingsOf('proto-key.yaml').map((f) => `${f.rule}:${f.message}`);
    expect(rules.some((r) => r.startsWith('schema:') && r.includes('__proto__'))).toBe(true);
    expect(rules.some((r) => r.startsWith('schema:') && r.includes('constructor'))).toBe(true);
  });

  it('explains the size limit, the binary file and the encoding', () => {
    expect(findingsOf('huge.yaml')[0]!.message).toMatch(/quá lớn/);
    expect(findingsOf('binary.yaml')[0]!.message).toMatch(/không phải văn bản YAML/);
    expect(findingsOf('latin1.yaml')[0]!.message).toMatch(/UTF-8/);
  });

  it('reads a file with a BOM and CRLF line endings, and NFD text, like any other', () => {
    for (const name of ['bom-crlf.yaml', 'nfd.yaml']) {
      const file = report.files.find((f) => f.file.endsWith(`/${name}`))!;
      expect(file.findings.filter((f) => f.rule === 'syntax' || f.rule === 'schema')).toEqual([]);
    }
  });
});

describe('internal failures', () => {
  it('a config that is not YAML is a config error (exit 2) with its location', () => {
    writeFileSync(join(dir, 'bad-config.yml'), 'authority: [\n');
    const r = runCli(['validate', join(dir, 'tab-indent.yaml'), '--config', join(dir, 'bad-config.yml')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/bad-config\.yml:\d+:\d+/);
  });
});
