/**
 * The generated documentation, so that it cannot drift from the code:
 *
 * - `docs/rules.md`: every rule of the registry (`src/rules/index.ts`) with its severity, the directive clause it
 *   comes from, what it checks, its messages and what to do about each;
 * - `docs/fields.md`: every field of the submission and of edu-comms.yaml, from the zod schemas;
 * - `docs/cli.md`: the command-line contract, from the commander definitions (`scripts/doc-cli.ts`);
 * - `docs/summary-format.md`: the summary file, from the zod summary schema (`scripts/doc-summary.ts`);
 * - the captured output in `docs/huong-dan.md`: its `sh` blocks run against the built binary in a copy of
 *   `examples/` (see `runGuide`), and the wizard transcript, by `test/docs/guide.test.ts` with UPDATE_DOCS=1.
 *
 * Usage: `npm run build && npx tsx scripts/gen-docs.ts`. `test/docs/` fails when a committed file differs.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { z } from 'zod';
import { ConfigSchema, PRESETS } from '../src/contract/config.js';
import { metaOf } from '../src/contract/meta.js';
import { SubmissionSchema } from '../src/contract/submission.js';
import { fieldAt, formatPath, isOptional, leafFields, objectShape, unwrap, type PathSegment } from '../src/contract/walk.js';
import { catalogue, t, type MessageKey } from '../src/i18n/index.js';
import { rules } from '../src/rules/index.js';
import type { Rule } from '../src/rules/types.js';
import { cliDoc } from './doc-cli.js';
import { summaryFormatDoc } from './doc-summary.js';

export { cliDoc, summaryFormatDoc };

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const DOCS = join(ROOT, 'docs');
export const GUIDE = join(DOCS, 'huong-dan.md');

const GENERATED = '<!-- Tệp này được tạo tự động bởi scripts/gen-docs.ts từ mã nguồn; đừng sửa tay. -->';

/** `{period_vi}` → `{period}`: a rule's message names a value by language; the doc shows the value's name. */
const template = (text: string) =>
  text
    .replace(/\{(\w+?)(?:_vi)?(?:_lower)?\}/g, '{$1}')
    .replace(/\|/g, '\\|')
    .replace(/\s*\n\s*/g, ' ');

const SEVERITY_VI = (severity: string) => t(`validate.severity.${severity}` as MessageKey, 'vi');

/** Messages of the rules raised by the readers, which live in the catalogue rather than in a rule module. */
const READER_MESSAGES: Record<string, (key: string) => boolean> = {
  schema: (k) => k.startsWith('schema.') || k === 'yaml.bool_word.hint' || k === 'yaml.date_format.hint',
  syntax: (k) => k.startsWith('syntax.'),
  'leading-zero': (k) => k.startsWith('yaml.leading_zero'),
};

interface Entry {
  message: string;
  hint: string | null;
}

/** A rule's findings and what to do about each: `xHint` belongs to `x`, `hint` to every message without its own. */
function entriesOf(rule: Rule): { entries: Entry[]; otherHints: string[] } {
  const reader = READER_MESSAGES[rule.id];
  const messages: Record<string, { vi: string }> = reader
    ? Object.fromEntries(Object.entries(catalogue).filter(([k]) => reader(k)))
    : rule.messages;
  const isHint = (id: string) => /(^|\.|_)hint$|Hint$/.test(id);
  const used = new Set<string>();
  const entries: Entry[] = [];
  for (const [id, text] of Object.entries(messages)) {
    if (isHint(id)) continue;
    const own = [`${id}Hint`, `${id}.hint`].find((h) => h in messages);
    const hintId = own ?? ('hint' in messages ? 'hint' : undefined);
    if (hintId) used.add(hintId);
    entries.push({ message: template(text.vi), hint: hintId ? template(messages[hintId]!.vi) : null });
  }
  const otherHints = Object.keys(messages)
    .filter((id) => isHint(id) && !used.has(id))
    .map((id) => template(messages[id]!.vi));
  return { entries, otherHints };
}

function optionsText(options: Record<string, unknown> | undefined): string | null {
  if (!options || Object.keys(options).length === 0) return null;
  return JSON.stringify(options).replace(/"(\w+)":/g, '$1: ').replace(/,/g, ', ').replace(/"/g, '');
}

/** docs/rules.md */
export function rulesDoc(): string {
  const lines: string[] = [
    GENERATED,
    '',
    '# Các quy tắc kiểm tra báo cáo',
    '',
    'Mỗi báo cáo được kiểm tra theo hai lớp: **mẫu dữ liệu** (quy tắc `schema`: thiếu mục, sai kiểu, sai giá trị) và các',
    '**quy tắc** dưới đây, mỗi quy tắc dựa trên một điều khoản của văn bản chỉ đạo (tên viết tắt của văn bản chỉ đạo,',
    'ví dụ `dinh-hoa-2024 III.2` là mục III.2 Kế hoạch truyền thông của Phòng GD&ĐT Định Hóa).',
    '',
    'Mức độ: **lỗi** — báo cáo bị trả lại, không được cộng vào tổng hợp; **cảnh báo** — báo cáo được nhận nhưng cần xem',
    'lại; **thông tin** — chỉ để biết. Đổi mức độ trong `edu-comms.yaml`:',
    '',
    '```yaml',
    'rules:',
    `  preset: recommended        # ${PRESETS.join(' hoặc ')}: strict coi mọi cảnh báo là lỗi`,
    '  severity:',
    '    fanpage-connected: error  # error, warning, info hoặc off (tắt)',
    '  options:',
    '    incident-timely: {max_days: 2}',
    '```',
    '',
    'Tên quy tắc hoặc tên tham số không có (thường do gõ sai) là lỗi của cấu hình, không bị bỏ qua: `edu-comms',
    'check-config` (và mọi lệnh đọc cấu hình) chỉ ra dòng, cột và tên gần đúng nhất (“Có phải ý bạn là outlier?”).',
    'Mỗi quy tắc có tham số ghi rõ các tham số của nó bên dưới; quy tắc không ghi tham số thì không nhận tham số nào.',
    '',
    'Trong thông báo, `{…}` là chỗ chương trình điền giá trị cụ thể (tên đơn vị, ngày, số liệu).',
    '',
    '| Quy tắc | Mức độ mặc định | Căn cứ |',
    '|---|---|---|',
    ...rules.map((r) => `| [\`${r.id}\`](#${r.id}) | ${SEVERITY_VI(r.defaultSeverity)} | ${r.source.replace(/\|/g, '\\|')} |`),
    '',
  ];
  for (const rule of rules) {
    const { entries, otherHints } = entriesOf(rule);
    lines.push(`## ${rule.id}`, '');
    lines.push(`- **Mức độ mặc định:** ${SEVERITY_VI(rule.defaultSeverity)}`);
    lines.push(`- **Căn cứ:** ${rule.source}`);
    lines.push(`- **Kiểm tra:** ${rule.description.vi}`);
    lines.push(`- **English:** ${rule.description.en}`);
    const options = optionsText(rule.defaultOptions);
    if (options) lines.push(`- **Tham số** (\`rules.options.${rule.id}\`): \`${options}\``);
    lines.push('', '| Thông báo | Cách xử lý |', '|---|---|');
    for (const e of entries) lines.push(`| ${e.message} | ${e.hint ?? '—'} |`);
    for (const h of otherHints) lines.push(`| — | ${h} |`);
    lines.push('');
  }
  return `${lines.join('\n').trimEnd()}\n`;
}

/** The value type as a clerk reads it. */
/** The options of a union (`z.union([...])`), through its optional/default wrappers. */
function unionOptions(schema: z.ZodType): z.ZodType[] {
  return (unwrap(schema) as unknown as { _zod: { def: { options?: z.ZodType[] } } })._zod.def.options ?? [];
}

function typeOf(schema: z.ZodType): string {
  const { kind } = fieldAt(schema, []);
  switch (kind?.kind) {
    case 'text':
      return 'chữ';
    case 'int':
      return 'số nguyên ≥ 0';
    case 'bool':
      return '`true` (có) / `false` (không)';
    case 'date':
      return 'ngày `NĂM-THÁNG-NGÀY`';
    case 'enum':
      return `một trong: ${(kind.options ?? []).map((o) => `\`${o}\``).join(', ')}`;
  }
  const def = (unwrap(schema) as unknown as { _zod: { def: { type: string; values?: unknown[] } } })._zod.def;
  if (def.type === 'literal') return `đúng giá trị \`${String(def.values?.[0])}\``;
  if (def.type === 'union') return unionOptions(schema).map((o) => (objectShape(o) ? 'bảng (các mục bên dưới)' : typeOf(o))).join(' hoặc ');
  if (def.type === 'record') return 'bảng (mỗi khóa một mục)';
  if (def.type === 'array') return 'danh sách';
  if (def.type === 'string') return 'chữ (theo dạng quy định)';
  if (def.type === 'number' || def.type === 'int') return 'số nguyên';
  return def.type;
}

/** `channels.0.url` → `channels[].url`: the path as written in the docs. */
const docPath = (path: readonly PathSegment[]) => formatPath(path).replace(/\[0\]/g, '[]');

type Def = { type: string; valueType?: z.ZodType; options?: z.ZodType[] };
const defOf = (schema: z.ZodType) => (unwrap(schema) as unknown as { _zod: { def: Def } })._zod.def;

interface Row {
  path: PathSegment[];
  schema: z.ZodType;
  meta: ReturnType<typeof metaOf>;
  required: boolean;
}

/** The leaves of a schema; a keyed table (`calendar`, `rules.severity`) shows its entries under the key `*`. */
function rows(root: z.ZodType): Row[] {
  return leafFields(root).flatMap((leaf): Row[] => {
    // a list of plain values takes the list's own label
    const labelled = typeof leaf.path.at(-1) === 'number' ? leaf.path.slice(0, -1) : leaf.path;
    const row = { path: leaf.path, schema: leaf.schema, meta: leaf.meta ?? fieldAt(root, labelled).meta, required: !leaf.optional };
    // a setting written as a plain value or as a table (`units_file: x.csv` or `{path, columns}`): the table's rows too
    const table = defOf(leaf.schema).type === 'union' ? unionOptions(leaf.schema).find((o) => objectShape(o)) : undefined;
    if (table) return [row, ...rows(table).map((r) => ({ ...r, path: [...leaf.path, ...r.path] }))];
    const value = defOf(leaf.schema).type === 'record' ? defOf(leaf.schema).valueType : undefined;
    if (!value) return [row];
    const inner = objectShape(value) ? rows(value) : [{ path: [], schema: value, meta: metaOf(value), required: !isOptional(value) }];
    return [row, ...inner.map((r) => ({ ...r, path: [...leaf.path, '*', ...r.path], meta: r.meta ?? row.meta }))];
  });
}

function fieldsTable(root: z.ZodType): string[] {
  const lines: string[] = [];
  let section = '';
  for (const leaf of rows(root)) {
    const top = String(leaf.path[0]);
    if (top !== section) {
      section = top;
      const meta = metaOf(objectShape(root)![top]!);
      lines.push('', `### \`${top}\` — ${meta?.label.vi ?? top}`, '', '| Mục | Tên mục | English | Kiểu | Bắt buộc |', '|---|---|---|---|---|');
    }
    const { meta } = leaf;
    lines.push(`| \`${docPath(leaf.path)}\` | ${meta?.label.vi ?? '—'} | ${meta?.label.en ?? '—'} | ${typeOf(leaf.schema)} | ${leaf.required ? 'có' : 'không'} |`);
  }
  return lines;
}

/** docs/fields.md */
export function fieldsDoc(): string {
  return `${[
    GENERATED,
    '',
    '# Các mục của báo cáo và của tệp cấu hình',
    '',
    'Tên mục (cột đầu) là khóa viết trong tệp YAML; trong mẫu Excel, mỗi mục là một dòng (hoặc một cột của bảng kê) có',
    'tên mục tiếng Việt. `[]` là một dòng của danh sách (ví dụ mỗi kênh truyền thông một dòng). “Bắt buộc: có” nghĩa là',
    'phải có mục đó (trong nhóm của nó); một số mục không bắt buộc theo mẫu nhưng các quy tắc vẫn nhắc (xem',
    '[rules.md](rules.md)), ví dụ họ tên lãnh đạo phụ trách và người ký. `*` là một khóa do người dùng đặt: với `calendar`',
    'là năm học (ví dụ `2024-2025`), với `rules.severity` và `rules.options` là mã quy tắc; mục bên trong nó bắt buộc khi',
    'khóa đó được ghi.',
    '',
    '## Báo cáo của đơn vị (submission)',
    ...fieldsTable(SubmissionSchema),
    '',
    '## Tệp cấu hình edu-comms.yaml',
    ...fieldsTable(ConfigSchema),
  ].join('\n')}\n`;
}

// --- the guide's commands ---------------------------------------------------------------------------------------

export interface GuideBlock {
  /** The commands of an `sh` block, as a clerk types them. */
  command: string;
  /** Expected exit code (` ```sh exit=1 `), 0 by default. */
  exit: number;
  /** The following `text` block, if any: the captured output, with its position in the file. */
  output: { text: string; start: number; end: number } | null;
  line: number;
}

const FENCE = /^```sh(?:[ \t]+exit=(\d))?[ \t]*\n([\s\S]*?)^```[ \t]*\n(?:[ \t]*\n)*(?:(^```text[ \t]*\n)([\s\S]*?)(^```[ \t]*$))?/gm;

export function guideBlocks(markdown: string): GuideBlock[] {
  const blocks: GuideBlock[] = [];
  for (const m of markdown.matchAll(FENCE)) {
    let output: GuideBlock['output'] = null;
    if (m[3] !== undefined) {
      const start = m.index + m[0].length - m[5]!.length - m[4]!.length;
      output = { text: m[4]!, start, end: start + m[4]!.length };
    }
    blocks.push({ command: m[2]!.trimEnd(), exit: Number(m[1] ?? 0), output, line: markdown.slice(0, m.index).split('\n').length });
  }
  return blocks;
}

export interface GuideRun {
  block: GuideBlock;
  code: number;
  output: string;
}

/**
 * The day the guide's commands are run on: on purpose not the day they are written for. Every command that depends on
 * the date passes `--date 2026-12-20`, so a reader following the guide on any day gets the outputs it shows; running
 * them as on 15 March 2028 (another school year and term, after every deadline of the examples) makes a command that
 * forgot `--date` print something else, and the guide test fail.
 */
export const GUIDE_EPOCH = String(Date.UTC(2028, 2, 15, 3, 0, 0) / 1000);
/** The date the guide's commands are written for (`--date`). */
export const GUIDE_DATE = '2026-12-20';

/**
 * Run the guide's commands in order in a fresh copy of `examples/2026-2027/`, the post-reform province (so one block can use what an earlier one wrote),
 * with `edu-comms` on the PATH running the built binary. Output is stdout and stderr as the terminal shows them.
 */
export function runGuide(markdown: string, options: { root?: string } = {}): GuideRun[] {
  const root = options.root ?? ROOT;
  const work = mkdtempSync(join(tmpdir(), 'edu-comms-guide-'));
  try {
    const office = join(work, 'examples');
    cpSync(join(root, 'examples', '2026-2027'), office, { recursive: true });
    const bin = join(work, 'bin');
    mkdirSync(bin);
    writeFileSync(join(bin, 'edu-comms'), `#!/bin/sh\nexec "${process.execPath}" "${join(root, 'bin', 'edu-comms.js')}" "$@"\n`);
    chmodSync(join(bin, 'edu-comms'), 0o755);
    const env: NodeJS.ProcessEnv = { ...process.env, PATH: `${bin}:${process.env['PATH'] ?? ''}`, NO_COLOR: '1', SOURCE_DATE_EPOCH: GUIDE_EPOCH, COLUMNS: '120' };
    for (const key of ['EDU_COMMS_LANG', 'FORCE_COLOR', 'CI']) delete env[key];
    return guideBlocks(markdown).map((block) => {
      const r = spawnSync('bash', ['-c', `exec 2>&1\n${block.command}`], { cwd: office, env, encoding: 'utf8', timeout: 120_000 });
      const printed = (r.stdout ?? '').split(office).join('.').split(work).join('<tmp>').split(root).join('<edu-comms>');
      // a code block ends with a line break
      return { block, code: r.status ?? -1, output: printed === '' || printed.endsWith('\n') ? printed : `${printed}\n` };
    });
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** The guide with each captured-output block replaced by what the command printed. */
export function withOutputs(markdown: string, runs: readonly GuideRun[]): string {
  let out = markdown;
  for (const run of [...runs].reverse()) {
    const o = run.block.output;
    if (o) out = out.slice(0, o.start) + run.output + out.slice(o.end);
  }
  return out;
}

async function main(): Promise<void> {
  mkdirSync(DOCS, { recursive: true });
  writeFileSync(join(DOCS, 'rules.md'), rulesDoc());
  writeFileSync(join(DOCS, 'fields.md'), fieldsDoc());
  writeFileSync(join(DOCS, 'cli.md'), await cliDoc());
  writeFileSync(join(DOCS, 'summary-format.md'), summaryFormatDoc());
  process.stdout.write('docs/rules.md, docs/fields.md, docs/cli.md, docs/summary-format.md\n');
  if (process.argv.includes('--no-guide')) return;
  // the guide's captured output comes from the built binary, and its wizard transcript from the prompts under test
  const r = spawnSync(process.execPath, [join(ROOT, 'node_modules', 'vitest', 'vitest.mjs'), 'run', 'test/docs/guide.test.ts'], {
    cwd: ROOT,
    env: { ...process.env, UPDATE_DOCS: '1' },
    stdio: 'inherit',
  });
  process.exitCode = r.status ?? 1;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) await main();
