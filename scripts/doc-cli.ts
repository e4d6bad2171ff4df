/**
 * docs/cli.md, the command-line contract: the commands, their arguments and options come from the commander
 * definitions themselves (`buildProgram`, in Vietnamese and in English), the exit codes from `EXIT`; what each command
 * reads and writes is written here, once per command, and the generator refuses a command that has no such note.
 */
import type { Argument, Command, Option } from 'commander';
import { toJson } from '../src/cli/actions/validate.js';
import { buildProgram } from '../src/cli/main.js';
import type { ValidationReport } from '../src/contract/findings.js';
import { findingsCsv } from '../src/validate/findings-csv.js';
import { EXIT } from '../src/util/errors.js';

const GENERATED = '<!-- Tệp này được tạo tự động bởi scripts/gen-docs.ts (scripts/doc-cli.ts) từ mã nguồn; đừng sửa tay. -->';

/** What a command reads, writes and exits with: the part commander does not know. */
interface CommandNote {
  input: string;
  output: string;
  exits: Partial<Record<number, string>>;
}

const NOTES: Record<string, CommandNote> = {
  validate: {
    input:
      'Tệp hoặc thư mục (tìm cả thư mục con): báo cáo `.yaml`/`.yml`, mẫu Excel `.xlsx` của công cụ, bảng câu trả lời `.csv`/`.xlsx` của biểu mẫu trực tuyến, tệp nén `.zip`. Tệp khóa tạm của Excel (`~$…`) và `edu-comms.yaml` được bỏ qua. Cấu hình: `--config`, `edu-comms.yaml` của thư mục hiện tại, hoặc cấu hình mẫu kèm theo (có thông báo). · Files or folders (recursive) of YAML, the Excel form, responses sheets, zips.',
    output:
      'Kết quả in ra stdout, nhóm theo tệp (`--format pretty`, mặc định), hoặc một tài liệu JSON (`--format json`), hoặc CSV (`--format csv`); `-o FILE` ghi ra tệp (dạng theo đuôi tệp). `--feedback DIR` ghi phản hồi cho từng trường. Không bao giờ sửa tệp đầu vào. · Findings on stdout (pretty, JSON or CSV), or in `-o FILE`; `--feedback DIR` writes per-school feedback.',
    exits: { 0: 'mọi tệp đạt (cảnh báo không quá `--max-warnings`)', 1: 'có tệp có lỗi, hoặc số cảnh báo vượt `--max-warnings`', 2: 'sai tham số, không có tệp nào để kiểm tra, cấu hình sai, không ghi được `-o`/`--feedback`' },
  },
  aggregate: {
    input:
      '`--in`: tệp, thư mục báo cáo và/hoặc `summary.json` của đơn vị cấp dưới (mặc định thư mục `submissions/`). Cần `edu-comms.yaml` của cơ quan (`--config` hoặc thư mục hiện tại); không bao giờ dùng cấu hình mẫu. · Submissions and/or child summaries; needs the office’s own edu-comms.yaml.',
    output:
      '`summary.json`, `summary.yaml`, `summary.xlsx` trong `--out` (mặc định `out/<mã đơn vị>-<kỳ>/`), ghi cả bộ một lần; định dạng: [summary-format.md](summary-format.md). Bảng tỷ lệ và danh sách đơn vị chưa nộp, nộp muộn in ra stdout (`--format json`: tài liệu JSON). · Writes summary.json/.yaml/.xlsx (see summary-format.md) and prints completeness.',
    exits: { 0: 'đã ghi tổng hợp, không tệp được tính nào có lỗi', 1: 'đã ghi tổng hợp, nhưng có tệp được tính hoặc tệp không rõ đơn vị, kỳ có lỗi', 2: 'không có `edu-comms.yaml`, sai tham số, tệp tổng hợp cấp dưới sai kỳ hoặc trùng đơn vị, không ghi được `--out` (không ghi tệp nào)' },
  },
  render: {
    input:
      '`--summary`: `summary.json` hoặc `summary.yaml` (hoặc thư mục chứa nó) do `aggregate` ghi. Không có `--summary`: bản tổng hợp trong thư mục hiện tại, nếu không có thì bản duy nhất trong `out/` (chương trình ghi rõ đã dùng tệp nào); `out/` có nhiều bản thì phải chọn bằng `--summary` (mã thoát 2, kèm danh sách), không bao giờ tự đoán kỳ báo cáo. Người ký, nơi nhận, cơ quan cấp trên: các tùy chọn, hoặc mục `documents:` của `edu-comms.yaml`; thiếu thì hỏi trên màn hình dòng lệnh, không hỏi được thì lập bản nháp có dấu «DỰ THẢO». Lời văn: `templates/` hoặc `--template`. · A summary; signer and recipients from flags or `documents:`.',
    output:
      'Tệp `.docx` (và/hoặc `.pdf` PDF/A-2b qua LibreOffice) theo thể thức Nghị định 30/2020/NĐ-CP, cùng `<tên>.metadata.json` (lược đồ: `edu-comms schema --of document-metadata`); `--appendix separate` thêm `<tên>-phu-luc.*`. · DOCX/PDF plus a metadata file.',
    exits: { 0: 'đã ghi văn bản', 2: 'không có `edu-comms.yaml`, tệp tổng hợp không dùng được, thiếu thông tin không có giá trị tạm hợp lý, không có LibreOffice cho `--format pdf`, không ghi được `--out`', 130: 'dừng bằng Ctrl+C khi đang hỏi (không ghi gì)' },
  },
  template: {
    input: 'Danh sách đơn vị và kỳ từ cấu hình (`--config`, `edu-comms.yaml`, hoặc cấu hình mẫu kèm theo, có thông báo). · The roster and calendar of the configuration.',
    output:
      'Mẫu Excel `.xlsx` (mặc định), mẫu YAML có chú thích (`--format yaml`, dòng đầu `# yaml-language-server: $schema=…`), hoặc tiêu đề bảng câu trả lời cho biểu mẫu trực tuyến (`--format responses`); `--all` một mẫu cho mỗi đơn vị, mỗi đơn vị quản lý một thư mục. · The Excel form, a commented YAML form, or a responses header sheet.',
    exits: { 0: 'đã ghi mẫu', 2: 'mã đơn vị không có trong danh sách, sai tham số, không ghi được `--out`' },
  },
  convert: {
    input: 'Tệp hoặc thư mục báo cáo YAML, mẫu Excel, hoặc một bảng câu trả lời. · Submissions in YAML, Excel or a responses sheet.',
    output: 'Mỗi báo cáo một tệp `.xlsx` hoặc `.yaml` (dòng đầu `# yaml-language-server: $schema=./submission.schema.json`) trong `--out`, hoặc một bảng câu trả lời (`--to responses`). Chuyển đi rồi chuyển lại cho đúng dữ liệu ban đầu. · One file per submission, or one responses sheet; lossless.',
    exits: { 0: 'đã chuyển mọi tệp', 1: 'có tệp không chuyển được (được nêu tên và lý do)', 2: 'sai tham số, không có tệp nào, không ghi được `--out`' },
  },
  init: {
    input: 'Câu trả lời trên màn hình dòng lệnh (không chạy qua ống hay trong CI); `--example` không hỏi. · Answers typed in a terminal; `--example` asks nothing.',
    output:
      '`init config` (mặc định): `edu-comms.yaml` (hoặc `--out`), có dòng `# yaml-language-server: $schema=./edu-comms.schema.json`; `init submission`: một báo cáo Excel hoặc YAML đã điền. Không bao giờ ghi đè tệp có sẵn mà không hỏi. · edu-comms.yaml, or a filled-in submission.',
    exits: { 0: 'đã ghi tệp', 2: 'không có màn hình để hỏi (in các lệnh làm cùng việc không cần hỏi), tệp đã có và không được ghi đè', 130: 'dừng bằng Ctrl+C (không ghi gì)' },
  },
  schema: {
    input: 'Không đọc tệp nào. · Reads nothing.',
    output:
      'JSON Schema (draft 2020-12) ra stdout hoặc `--out`: của báo cáo (`--of submission`, tệp `submission.schema.json`), của `edu-comms.yaml` (`--of config`, `edu-comms.schema.json`), của tệp thông tin văn bản (`--of document-metadata`, `document-metadata.schema.json`). · A JSON Schema on stdout or in --out.',
    exits: { 0: 'đã in hoặc ghi lược đồ', 2: 'sai tham số, không ghi được `--out`' },
  },
  'check-config': {
    input: '`edu-comms.yaml` (hoặc `--config`) và tệp danh sách đơn vị mà nó trỏ tới; không bao giờ kiểm tra cấu hình mẫu. · The office’s edu-comms.yaml and its roster file.',
    output: 'Mọi lỗi của các mục cơ quan, lịch, danh sách đơn vị, văn bản, một lượt, mỗi lỗi kèm `tệp:dòng:cột`. · Every problem at once, located.',
    exits: { 0: 'cấu hình hợp lệ', 1: 'cấu hình có lỗi', 2: 'không có `edu-comms.yaml`' },
  },
};

const EXIT_MEANING: Record<number, { vi: string; en: string }> = {
  [EXIT.ok]: { vi: 'thành công: không có lỗi trong dữ liệu', en: 'success: no error finding' },
  [EXIT.findings]: { vi: 'đã chạy xong, nhưng dữ liệu có lỗi (hoặc vượt `--max-warnings`)', en: 'ran, but an input has error findings (or too many warnings)' },
  [EXIT.usage]: {
    vi: 'sai cách gọi lệnh, cấu hình hoặc đầu vào không dùng được, không ghi được tệp ra; không ghi tệp nào',
    en: 'usage error, unusable configuration or input, an output that cannot be written; nothing written',
  },
  [EXIT.internal]: { vi: 'lỗi nội bộ của chương trình (xin báo cho nhóm phát triển, kèm `--debug`)', en: 'internal bug only (please report it, with `--debug`)' },
  130: { vi: 'người dùng dừng bằng Ctrl+C khi đang hỏi; không ghi gì', en: 'cancelled with Ctrl+C at a prompt; nothing written' },
};

const ENVIRONMENT: Array<[string, string]> = [
  ['EDU_COMMS_LANG', 'ngôn ngữ thông báo `vi` (mặc định) hoặc `en`, khi không có `--lang` · message language when `--lang` is not given'],
  ['SOURCE_DATE_EPOCH', 'số giây từ 1970-01-01 UTC dùng làm “bây giờ” khi không có `--date` (ngày tính theo giờ Việt Nam): kết quả lặp lại được từng byte · “now” when `--date` is not given, for reproducible output'],
  ['NO_COLOR', 'khác rỗng thì không tô màu · no colour when set and not empty'],
  ['FORCE_COLOR', 'tô màu cả khi không in ra màn hình · colour even when not printing to a terminal'],
  ['CI', 'có giá trị thì coi như không có màn hình để hỏi: `init` dừng (mã 2), `render` lập bản nháp thay vì hỏi; không tô màu · no prompts, no colour'],
  ['TERM', '`dumb` thì không tô màu · no colour'],
  ['EDU_COMMS_SOFFICE', 'đường dẫn tới `soffice` (LibreOffice) cho `render --format pdf` (thay cho khóa `documents.soffice`) · LibreOffice binary'],
  ['EDU_COMMS_PDF_TIMEOUT', 'số giây tối đa cho một lần chuyển sang PDF (mặc định 180) · PDF conversion timeout in seconds'],
  ['EDU_COMMS_LOCK_WAIT_MS', 'số mili giây đợi khi một lần chạy khác đang ghi vào cùng thư mục (mặc định 30000) · how long to wait for another run writing the same folder'],
  ['EDU_COMMS_THREADS', 'số luồng đọc và kiểm tra tệp của `validate`/`aggregate`: `1` chỉ dùng một luồng; mặc định mỗi nhân một luồng (tối đa 4) khi có từ 200 tệp; kết quả như nhau từng byte · threads that read and check files (`1`: one thread); default one per core, up to 4, from 200 files; same output to the byte'],
];

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ');

function argumentText(arg: Argument): string {
  const name = arg.variadic ? `${arg.name()}...` : arg.name();
  return arg.required ? `<${name}>` : `[${name}]`;
}

function valueText(option: Option): string {
  const parts: string[] = [];
  if (option.argChoices) parts.push(`một trong · one of: ${option.argChoices.map((c) => `\`${c}\``).join(', ')}`);
  if (option.defaultValue !== undefined) parts.push(`mặc định · default: \`${String(option.defaultValue)}\``);
  if (option.mandatory) parts.push('bắt buộc · required');
  const conflicts = (option as Option & { conflictsWith?: string[] }).conflictsWith ?? [];
  if (conflicts.length > 0) parts.push(`không dùng cùng · not with: ${conflicts.map((c) => `\`--${c}\``).join(', ')}`);
  return parts.join('; ') || '—';
}

function optionRows(vi: readonly Option[], en: readonly Option[]): string[] {
  return [
    '| Tùy chọn · option | Ý nghĩa | Meaning | Giá trị · values |',
    '|---|---|---|---|',
    ...vi.map((o, i) => `| \`${o.flags}\` | ${cell(o.description)} | ${cell(en[i]!.description)} | ${cell(valueText(o))} |`),
  ];
}

const anchorOf = (name: string) => `edu-comms-${name}`;

/** One rejected YAML file with one finding: the shape of `validate --format json|csv`, made by the code that prints it. */
const SAMPLE: ValidationReport = {
  files: [
    {
      file: 'submissions/th-binhyen.yaml',
      format: 'yaml',
      unit: 'TH-BINHYEN',
      period: { school_year: '2026-2027', term: 'HK1' },
      periodRef: null,
      status: 'rejected',
      findings: [
        {
          rule: 'feedback-consistency',
          severity: 'error',
          file: 'submissions/th-binhyen.yaml',
          path: 'feedback.resolved',
          line: 41,
          column: 13,
          cell: null,
          message: 'Số phản ánh đã xử lý (5) lớn hơn số tiếp nhận (3).',
          hint: 'Kiểm tra lại các số liệu ở mục Tiếp nhận, xử lý phản ánh.',
        },
      ],
      submission: null,
      sha256: '0'.repeat(64),
    },
  ] as ValidationReport['files'],
  summary: { files: 1, accepted: 0, rejected: 1, errors: 1, warnings: 0, infos: 0 },
};

function validateFormats(): string[] {
  return [
    '### Kết quả của `validate --format json` và `--format csv`',
    '',
    'Một tài liệu JSON (`schema_version: 1`): mỗi tệp một mục trong `files` (tệp, mã đơn vị, kỳ, `accepted`/`rejected`, các',
    'kết quả kiểm tra với quy tắc, mức độ `error`/`warning`/`info`, mục dữ liệu, `line`/`column` trong YAML hoặc `cell` trong',
    'Excel, thông báo và cách sửa theo ngôn ngữ của lần chạy), rồi `summary` đếm tệp và kết quả. Ví dụ một tệp có một lỗi:',
    '· *One JSON document: a `files` entry per file with its findings, then the counts in `summary`. For one file with one error:*',
    '',
    '```json',
    JSON.stringify(toJson(SAMPLE), null, 2),
    '```',
    '',
    'CSV (mở bằng Excel: UTF-8 có BOM, xuống dòng CRLF, tiêu đề theo ngôn ngữ; ô bắt đầu bằng `=`, `+`, `-`, `@` được thêm',
    'dấu `\'` để Excel không chạy thành công thức), một dòng mỗi kết quả kiểm tra: · *CSV for Excel, a line per finding:*',
    '',
    '```text',
    findingsCsv(SAMPLE, 'vi').replace(/^\uFEFF/, '').replace(/\r\n/g, '\n').trimEnd(),
    '```',
    '',
  ];
}

/** docs/cli.md */
export async function cliDoc(): Promise<string> {
  const vi = await buildProgram('vi');
  const en = await buildProgram('en');
  const enCommand = (name: string): Command => en.commands.find((c) => c.name() === name)!;
  const lines: string[] = [
    GENERATED,
    '',
    '# Dòng lệnh edu-comms · The command-line contract',
    '',
    'Mọi lệnh, đối số, tùy chọn của `edu-comms` (sinh từ chính khai báo của chương trình, nên luôn khớp với `edu-comms',
    '<lệnh> --help`), cái mỗi lệnh đọc và ghi, mã thoát và các biến môi trường. Hướng dẫn từng bước: [huong-dan.md](huong-dan.md);',
    'các quy tắc kiểm tra: [rules.md](rules.md); các mục của báo cáo và của `edu-comms.yaml`: [fields.md](fields.md); tệp',
    'tổng hợp: [summary-format.md](summary-format.md).',
    '',
    '*Every command, argument and option (generated from the program’s own definitions, so it always matches `--help`),',
    'what each command reads and writes, the exit codes and the environment variables.*',
    '',
    '```text',
    'edu-comms [tùy chọn chung] <lệnh> [đối số] [tùy chọn]',
    '```',
    '',
    '| Lệnh · command | Việc | What it does |',
    '|---|---|---|',
    ...vi.commands.map((c) => `| [\`${c.name()}\`](#${anchorOf(c.name())}) | ${cell(c.description())} | ${cell(enCommand(c.name()).description())} |`),
    '',
    '## Tùy chọn chung · Global options',
    '',
    'Ghi được trước hoặc sau tên lệnh. · Accepted before or after the command name.',
    '',
    ...optionRows(vi.options, en.options),
    '| `-h, --help` | hiển thị trợ giúp | show help | — |',
    '',
    'Ngày: `--date YYYY-MM-DD`, nếu không có thì `SOURCE_DATE_EPOCH`, nếu không có nữa thì ngày hôm nay theo giờ Việt Nam',
    '(UTC+7). Cùng đầu vào và cùng ngày thì mọi tệp ghi ra (trừ PDF) giống hệt từng byte. · The date is `--date`, else',
    '`SOURCE_DATE_EPOCH`, else today in Vietnam (UTC+7); the same inputs and date give byte-identical outputs (PDF aside).',
    '',
  ];
  for (const command of vi.commands) {
    const name = command.name();
    const note = NOTES[name];
    if (!note) throw new Error(`docs/cli.md: no note for the command ${name} in scripts/doc-cli.ts`);
    const english = enCommand(name);
    const args = command.registeredArguments;
    lines.push(`## edu-comms ${name}`, '');
    lines.push('```text', `edu-comms ${name} [tùy chọn]${args.map((a) => ` ${argumentText(a)}`).join('')}`, '```', '');
    lines.push(`${cell(command.description())}. *${cell(english.description())}.*`, '');
    if (args.length > 0) {
      lines.push('| Đối số · argument | Ý nghĩa | Meaning | Giá trị · values |', '|---|---|---|---|');
      args.forEach((a, i) => {
        const values = [
          a.argChoices ? `một trong · one of: ${a.argChoices.map((c) => `\`${c}\``).join(', ')}` : '',
          a.defaultValue !== undefined ? `mặc định · default: \`${String(a.defaultValue)}\`` : '',
          a.required ? 'bắt buộc · required' : '',
        ].filter(Boolean);
        lines.push(`| \`${argumentText(a)}\` | ${cell(a.description)} | ${cell(english.registeredArguments[i]!.description)} | ${values.join('; ') || '—'} |`);
      });
      lines.push('');
    }
    lines.push(...optionRows(command.options, english.options), '');
    lines.push(`**Đầu vào · input.** ${note.input}`, '');
    lines.push(`**Kết quả · output.** ${note.output}`, '');
    lines.push('| Mã thoát · exit | Khi nào · when |', '|---|---|');
    for (const [code, when] of Object.entries(note.exits)) lines.push(`| \`${code}\` | ${cell(when!)} |`);
    lines.push(`| \`3\` | ${EXIT_MEANING[EXIT.internal]!.vi} |`, '');
    if (name === 'validate') lines.push(...validateFormats());
  }
  lines.push(
    '## Mã thoát · Exit codes',
    '',
    'Mọi lệnh theo cùng một quy ước (`src/app/exit-codes.ts`, `src/util/errors.ts`). Đầu vào hỏng là đầu vào bình thường:',
    'một tệp báo cáo sai cho kết quả kiểm tra có vị trí (mã 1), không bao giờ mã 3. · Every command follows one policy; a broken',
    'input gives located findings (1) or a usage message (2), never 3.',
    '',
    '| Mã · code | Ý nghĩa | Meaning |',
    '|---|---|---|',
    ...Object.entries(EXIT_MEANING).map(([code, m]) => `| \`${code}\` | ${m.vi} | ${m.en} |`),
    '',
    'Lỗi mã 2 in ra stderr một dòng `Lỗi: …` nói điều gì sai, thường kèm `Cách sửa: …` (hoặc lệnh đúng). Thông báo của',
    'commander về tùy chọn sai cũng cho mã 2. · A code-2 failure prints `Lỗi: …` and usually `Cách sửa: …` on stderr.',
    '',
    '## Biến môi trường · Environment',
    '',
    '| Biến · variable | Tác dụng · effect |',
    '|---|---|',
    ...ENVIRONMENT.map(([name, effect]) => `| \`${name}\` | ${cell(effect)} |`),
    '',
    '## Phiên bản Node.js · Node.js versions',
    '',
    'Cần Node.js 20.19 trở lên: 20.19+, 22 hoặc 24 (các bản LTS). Trên Node cũ hơn, `edu-comms` in thông báo tiếng Việt',
    '(kèm bản tiếng Anh) và thoát với mã 2 trước khi nạp chương trình. · Needs Node.js 20.19+, 22 or 24; an older Node gets a',
    'message and exit 2.',
  );
  return `${lines.join('\n').trimEnd()}\n`;
}

/** The command names the contract documents, for tests. */
export const DOCUMENTED_COMMANDS = Object.keys(NOTES);
