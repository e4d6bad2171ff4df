/**
 * The message catalogue: every text the tool prints that is not owned by a rule module. One entry, two languages.
 */
import type { Bilingual } from '../contract/meta.js';

export const catalogue = {
  // --- schema findings (zod issues translated) -------------------------------------------------------------------
  'schema.required': { vi: 'Thiếu mục «{label}» ({path}).', en: 'Missing field “{label}” ({path}).' },
  'schema.required.hint': {
    vi: 'Thêm mục «{key}» theo mẫu báo cáo (xem `edu-comms template`).',
    en: 'Add “{key}” as in the form (see `edu-comms template`).',
  },
  'schema.unknown_key': {
    vi: 'Mục «{key}» không có trong mẫu báo cáo.',
    en: '“{key}” is not a field of the form.',
  },
  'schema.unknown_key.hint': {
    vi: 'Kiểm tra lỗi chính tả; các mục hợp lệ ở đây: {allowed}.',
    en: 'Check the spelling; valid fields here: {allowed}.',
  },
  'schema.forbidden_key': {
    vi: 'Tên mục «{key}» không được phép dùng.',
    en: 'The key “{key}” is not allowed.',
  },
  'schema.expected_text': { vi: '«{label}» phải là chữ (văn bản), không được để trống.', en: '“{label}” must be text and not empty.' },
  'schema.empty_text': { vi: '«{label}» đang để trống.', en: '“{label}” is empty.' },
  'schema.expected_int': {
    vi: '«{label}» phải là số nguyên không âm (0, 1, 2, …); đang là {value}.',
    en: '“{label}” must be a whole number ≥ 0; it is {value}.',
  },
  'schema.expected_int.hint': { vi: 'Ghi số, không ghi chữ hay dấu thập phân; ghi 0 nếu không có.', en: 'Write a number without decimals; write 0 if none.' },
  'schema.negative': { vi: '«{label}» không được là số âm ({value}).', en: '“{label}” cannot be negative ({value}).' },
  'schema.too_large': { vi: '«{label}» quá lớn ({value}).', en: '“{label}” is too large ({value}).' },
  'schema.expected_bool': {
    vi: '«{label}» phải là true (có) hoặc false (không); đang là {value}.',
    en: '“{label}” must be true or false; it is {value}.',
  },
  'schema.expected_bool.hint': { vi: 'Ghi true nếu có, false nếu không.', en: 'Write true for yes, false for no.' },
  'schema.expected_date': {
    vi: '«{label}» phải là ngày hợp lệ dạng NĂM-THÁNG-NGÀY (ví dụ 2024-12-10); đang là {value}.',
    en: '“{label}” must be a valid date YYYY-MM-DD (e.g. 2024-12-10); it is {value}.',
  },
  'schema.bad_enum': {
    vi: '«{label}» không hợp lệ: {value}. Chọn một trong: {options}.',
    en: '“{label}” is not valid: {value}. Choose one of: {options}.',
  },
  'schema.bad_school_year': {
    vi: '«{label}» phải có dạng NĂM-NĂM liền nhau, ví dụ 2024-2025; đang là {value}.',
    en: '“{label}” must be two consecutive years, e.g. 2024-2025; it is {value}.',
  },
  'schema.bad_month': { vi: '«{label}» phải có dạng NĂM-THÁNG, ví dụ 2024-10; đang là {value}.', en: '“{label}” must be YYYY-MM, e.g. 2024-10; it is {value}.' },
  'schema.bad_quarter': { vi: '«{label}» phải có dạng NĂM-Q1…Q4, ví dụ 2024-Q4; đang là {value}.', en: '“{label}” must be YYYY-Q1…Q4, e.g. 2024-Q4; it is {value}.' },
  'schema.period_one_form': {
    vi: 'Kỳ báo cáo phải ghi đúng một dạng: năm học + học kỳ, hoặc tháng, hoặc quý.',
    en: 'The period must use exactly one form: school year + term, or month, or quarter.',
  },
  'schema.bad_schema_version': { vi: '«{label}» phải là 1; đang là {value}.', en: '“{label}” must be 1; it is {value}.' },
  'schema.expected_object': { vi: '«{label}» phải là một nhóm mục (không phải {value}).', en: '“{label}” must be a group of fields (not {value}).' },
  'schema.expected_list': { vi: '«{label}» phải là một danh sách (các dòng bắt đầu bằng “- ”).', en: '“{label}” must be a list (lines starting with “- ”).' },
  'schema.root_not_mapping': {
    vi: 'Tệp không phải một báo cáo: nội dung phải là các mục dạng “tên_mục: giá_trị”.',
    en: 'The file is not a submission: its content must be “key: value” fields.',
  },
  'schema.invalid': { vi: '«{label}» không hợp lệ: {value}.', en: '“{label}” is not valid: {value}.' },
  'value.missing': { vi: '(để trống)', en: '(empty)' },

  // --- syntax / reading -----------------------------------------------------------------------------------------
  'syntax.empty': { vi: 'Tệp trống, không có nội dung.', en: 'The file is empty.' },
  'syntax.empty.hint': { vi: 'Điền báo cáo theo mẫu (`edu-comms template`) rồi gửi lại.', en: 'Fill in the form (`edu-comms template`) and send it again.' },
  'syntax.binary': {
    vi: 'Tệp không phải văn bản YAML (có thể là tệp nhị phân, Word hoặc Excel bị đổi đuôi).',
    en: 'The file is not YAML text (maybe a binary, Word or Excel file renamed).',
  },
  'syntax.encoding': {
    vi: 'Tệp không dùng bảng mã UTF-8 (Unicode).',
    en: 'The file is not UTF-8 (Unicode) text.',
  },
  'syntax.encoding.hint': {
    vi: 'Mở tệp trong trình soạn thảo và lưu lại với bảng mã UTF-8.',
    en: 'Open the file in an editor and save it as UTF-8.',
  },
  'syntax.too_large': {
    vi: 'Tệp quá lớn ({size}); giới hạn cho một báo cáo là {limit}.',
    en: 'The file is too large ({size}); the limit for one submission is {limit}.',
  },
  'syntax.too_large.hint': { vi: 'Mỗi tệp chỉ chứa báo cáo của một đơn vị.', en: 'Each file holds one unit’s report only.' },
  'syntax.yaml': { vi: 'Lỗi cú pháp YAML: {detail}', en: 'YAML syntax error: {detail}' },
  'syntax.yaml.hint': {
    vi: 'Kiểm tra thụt lề (dùng dấu cách, không dùng Tab), dấu “:” sau tên mục và dấu nháy đóng mở.',
    en: 'Check the indentation (spaces, not tabs), the “:” after each key and matching quotes.',
  },
  'syntax.yaml.tab': {
    vi: 'Dòng này thụt lề bằng phím Tab; YAML chỉ cho phép dấu cách.',
    en: 'This line is indented with a Tab; YAML allows only spaces.',
  },
  'syntax.yaml.indent': {
    vi: 'Thụt lề không đúng: các mục cùng cấp phải thẳng hàng với nhau.',
    en: 'Wrong indentation: fields at the same level must line up.',
  },
  'syntax.yaml.missing_colon': {
    vi: 'Dòng này thiếu dấu “:” giữa tên mục và giá trị (ví dụ “portal_posts: 12”).',
    en: 'This line lacks the “:” between key and value (e.g. “portal_posts: 12”).',
  },
  'syntax.yaml.missing_char': {
    vi: 'Thiếu ký tự đóng (dấu nháy, ngoặc “]” hoặc “}”).',
    en: 'A closing character is missing (a quote, “]” or “}”).',
  },
  'syntax.yaml.quote': {
    vi: 'Văn bản trong dấu nháy kép có ký tự “\\” không hợp lệ; dùng dấu nháy đơn hoặc bỏ dấu “\\”.',
    en: 'The double-quoted text has an invalid “\\” escape; use single quotes or remove the “\\”.',
  },
  'syntax.yaml.scalar_start': {
    vi: 'Giá trị bắt đầu bằng ký tự đặc biệt (như @, `, %); hãy đặt giá trị trong dấu nháy.',
    en: 'The value starts with a reserved character (such as @, `, %); put it in quotes.',
  },
  'syntax.yaml.unexpected': {
    vi: 'Có ký tự không đúng chỗ ở đây ({detail}).',
    en: 'Something unexpected here ({detail}).',
  },
  'syntax.duplicate_key': { vi: 'Mục «{key}» bị ghi hai lần.', en: '“{key}” appears twice.' },
  'syntax.duplicate_key.hint': { vi: 'Xóa một trong hai dòng, giữ lại giá trị đúng.', en: 'Delete one of the two lines and keep the right value.' },
  'syntax.aliases': {
    vi: 'Tệp dùng quá nhiều tham chiếu YAML (alias), có thể là tệp độc hại.',
    en: 'The file uses too many YAML aliases; it may be malicious.',
  },
  'syntax.too_deep': { vi: 'Tệp lồng nhau quá sâu, không phải báo cáo hợp lệ.', en: 'The file is nested too deeply to be a submission.' },
  'syntax.multiple_documents': {
    vi: 'Tệp chứa nhiều văn bản YAML (dấu “---”); mỗi tệp chỉ chứa một báo cáo.',
    en: 'The file holds several YAML documents (“---”); one submission per file.',
  },
  'syntax.unreadable': { vi: 'Không đọc được tệp: {detail}', en: 'Cannot read the file: {detail}' },

  // --- YAML traps ---------------------------------------------------------------------------------------------------
  'yaml.leading_zero': {
    vi: 'Giá trị {source} không đặt trong dấu nháy nên YAML đọc thành số {value} và mất số 0 ở đầu. Đã dùng nguyên văn {source}.',
    en: 'The value {source} is unquoted, so YAML reads it as the number {value} and drops the leading zero. The text {source} was used.',
  },
  'yaml.leading_zero.hint': { vi: 'Viết trong dấu nháy: "{source}".', en: 'Quote it: "{source}".' },
  'yaml.bool_word.hint': {
    vi: 'Trong YAML, “{source}” là chữ, không phải có/không: ghi true hoặc false.',
    en: 'In YAML, “{source}” is a word, not yes/no: write true or false.',
  },
  'yaml.date_format.hint': {
    vi: 'Trong tệp YAML ghi ngày theo dạng 2024-12-10 (năm-tháng-ngày).',
    en: 'In YAML write dates as 2024-12-10 (year-month-day).',
  },

  // --- command line ---------------------------------------------------------------------------------------------
  'cli.error': { vi: 'Lỗi', en: 'Error' },
  'cli.try': { vi: 'Cách sửa', en: 'Try' },
  'cli.internal': {
    vi: 'Lỗi nội bộ của edu-comms: {message}. Đây là lỗi của chương trình, không phải của dữ liệu; xin báo cho nhóm phát triển.',
    en: 'Internal error in edu-comms: {message}. This is a bug, not a problem with your data; please report it.',
  },
  'cli.internal.debug': { vi: 'Chạy lại với --debug để xem chi tiết.', en: 'Run again with --debug for details.' },

  // --- help -------------------------------------------------------------------------------------------------------
  'help.program': {
    vi: 'Kiểm tra, tổng hợp báo cáo công tác truyền thông của các đơn vị và lập văn bản theo Nghị định 30/2020/NĐ-CP.',
    en: 'Validate and aggregate schools’ communication-work reports and render official documents (Decree 30/2020/NĐ-CP).',
  },
  'help.version': { vi: 'in số phiên bản', en: 'print the version' },
  'help.help': { vi: 'hiển thị trợ giúp', en: 'show help' },
  'help.lang': { vi: 'ngôn ngữ thông báo: vi (mặc định) hoặc en', en: 'message language: vi (default) or en' },
  'help.config': { vi: 'tệp cấu hình (mặc định: edu-comms.yaml trong thư mục hiện tại)', en: 'config file (default: edu-comms.yaml in the current folder)' },
  'help.date': { vi: 'ngày dùng làm “hôm nay”, dạng 2025-01-05 (để kết quả lặp lại được)', en: 'date used as “today”, e.g. 2025-01-05 (for reproducible output)' },
  'help.debug': { vi: 'in chi tiết kỹ thuật khi có lỗi nội bộ', en: 'print technical details on internal errors' },
  'help.show_help': { vi: '(Chạy với --help để xem cách dùng)', en: '(Run with --help for usage)' },
  'help.term': { vi: 'học kỳ: HK1, HK2 hoặc CN (cả năm)', en: 'term: HK1, HK2 or CN (whole year)' },
  'help.year': { vi: 'năm học, ví dụ 2024-2025 (mặc định: năm học hiện tại)', en: 'school year, e.g. 2024-2025 (default: the current one)' },
  'help.year.invalid': { vi: 'năm học phải có dạng 2024-2025', en: 'the school year must look like 2024-2025' },
  'help.month': { vi: 'tháng, ví dụ 2024-10', en: 'month, e.g. 2024-10' },
  'help.month.invalid': { vi: 'tháng phải có dạng 2024-10', en: 'the month must look like 2024-10' },
  'help.quarter': { vi: 'quý, ví dụ 2024-Q4', en: 'quarter, e.g. 2024-Q4' },
  'help.quarter.invalid': { vi: 'quý phải có dạng 2024-Q4', en: 'the quarter must look like 2024-Q4' },
  'help.whole_number': { vi: 'phải là số nguyên không âm', en: 'must be a whole number' },
  'help.format': { vi: 'dạng kết quả: pretty (dễ đọc) hoặc json', en: 'output format: pretty or json' },
  'help.validate': { vi: 'kiểm tra các tệp báo cáo (YAML, Excel) hoặc thư mục chứa chúng', en: 'check submission files (YAML, Excel) or folders of them' },
  'help.validate.paths': { vi: 'tệp hoặc thư mục', en: 'files or folders' },
  'help.max_warnings': { vi: 'báo lỗi (mã thoát 1) khi số cảnh báo vượt quá n', en: 'exit 1 when there are more than n warnings' },
  'help.aggregate': { vi: 'tổng hợp báo cáo của một kỳ cho một đơn vị quản lý', en: 'aggregate one period for one roster node' },
  'help.aggregate.unit': { vi: 'mã đơn vị tổng hợp (mặc định: cơ quan trong cấu hình)', en: 'node to aggregate (default: the config’s authority)' },
  'help.aggregate.in': { vi: 'tệp/thư mục báo cáo hoặc summary.json của cấp dưới', en: 'submission files/folders or child summary.json files' },
  'help.aggregate.out': { vi: 'thư mục ghi kết quả', en: 'output folder' },
  'help.render': { vi: 'lập văn bản DOCX (báo cáo, công văn, đôn đốc) từ tệp tổng hợp', en: 'render a DOCX (report, letter, reminder) from a summary' },
  'help.render.summary': { vi: 'tệp tổng hợp summary.json hoặc summary.yaml', en: 'summary.json or summary.yaml' },
  'help.render.kind': { vi: 'loại văn bản: report (báo cáo), letter (công văn), reminder (đôn đốc)', en: 'document kind: report, letter or reminder' },
  'help.render.out': { vi: 'tệp .docx ghi ra', en: 'output .docx file' },
  'help.template': { vi: 'tạo mẫu báo cáo trống cho đơn vị (Excel hoặc YAML)', en: 'write a blank submission form (Excel or YAML)' },
  'help.template.format': { vi: 'xlsx (Excel) hoặc yaml', en: 'xlsx or yaml' },
  'help.template.unit': { vi: 'điền sẵn mã đơn vị', en: 'pre-fill this unit' },
  'help.template.out': { vi: 'tệp ghi ra', en: 'output file' },
  'help.convert': { vi: 'chuyển báo cáo giữa YAML và Excel, không mất dữ liệu', en: 'convert submissions between YAML and Excel, losslessly' },
  'help.convert.files': { vi: 'các tệp cần chuyển', en: 'files to convert' },
  'help.convert.to': { vi: 'định dạng đích: xlsx hoặc yaml', en: 'target format: xlsx or yaml' },
  'help.convert.out': { vi: 'thư mục ghi kết quả', en: 'output folder' },
  'help.init': { vi: 'trình hướng dẫn tạo edu-comms.yaml hoặc một báo cáo mới', en: 'wizard that writes edu-comms.yaml or a new submission' },
  'help.init.what': { vi: 'config (cấu hình) hoặc submission (báo cáo mới)', en: 'config or submission' },
  'help.schema': { vi: 'in JSON Schema của mẫu báo cáo (cho trình soạn thảo)', en: 'print the JSON Schema of the submission (for editors)' },
  'help.schema.out': { vi: 'tệp ghi ra', en: 'output file' },

  // --- config and roster ------------------------------------------------------------------------------------------
  'config.not_found': { vi: 'Không tìm thấy tệp cấu hình {file}.', en: 'Config file {file} not found.' },
  'config.unreadable': { vi: 'Không đọc được tệp cấu hình {file}: {detail}', en: 'Cannot read config file {file}: {detail}' },
  'config.invalid': { vi: 'Tệp cấu hình {file} có lỗi:', en: 'The config file {file} has errors:' },
  'config.units_or_file': {
    vi: 'Cần đúng một trong hai mục: units (danh sách đơn vị) hoặc units_file (tệp danh sách).',
    en: 'Give exactly one of units (the roster) or units_file (a roster file).',
  },
  'config.roster_invalid': { vi: 'Danh sách đơn vị trong {file} có lỗi:', en: 'The roster in {file} has errors:' },
  'config.embedded': {
    vi: 'Không có edu-comms.yaml trong thư mục hiện tại: dùng cấu hình mẫu kèm theo ({file}).',
    en: 'No edu-comms.yaml in the current folder: using the bundled example config ({file}).',
  },
  'roster.duplicate': { vi: 'Mã đơn vị {code} xuất hiện hơn một lần.', en: 'Unit code {code} appears more than once.' },
  'roster.unknown_parent': {
    vi: 'Đơn vị {code} có đơn vị quản lý {parent} không có trong danh sách.',
    en: 'Unit {code} has parent {parent}, which is not in the roster.',
  },
  'roster.cycle': { vi: 'Đơn vị {code} nằm trong một vòng quản lý khép kín.', en: 'Unit {code} is part of a parent cycle.' },

  // --- validate -------------------------------------------------------------------------------------------------------
  'validate.no_such_path': { vi: 'Không tìm thấy tệp hoặc thư mục “{path}”.', en: 'No such file or folder: “{path}”.' },
  'validate.no_such_path.fix': {
    vi: 'edu-comms validate <thư mục hoặc tệp báo cáo>, ví dụ: edu-comms validate examples/submissions',
    en: 'edu-comms validate <folder or files>, e.g. edu-comms validate examples/submissions',
  },
  'validate.no_files': { vi: 'Không có tệp báo cáo (.yaml, .yml, .xlsx) nào trong: {paths}', en: 'No submission files (.yaml, .yml, .xlsx) in: {paths}' },
  'validate.no_files.fix': {
    vi: 'Chỉ đường dẫn tới thư mục chứa các tệp báo cáo .yaml hoặc .xlsx.',
    en: 'Point at a folder that holds .yaml or .xlsx submissions.',
  },
  'validate.unsupported': { vi: 'Định dạng tệp {ext} không được hỗ trợ.', en: 'The file type {ext} is not supported.' },
  'validate.unsupported.hint': {
    vi: 'Gửi báo cáo bằng mẫu Excel (.xlsx) của edu-comms hoặc tệp .yaml.',
    en: 'Send the report as the edu-comms Excel form (.xlsx) or a .yaml file.',
  },
  'validate.year_without_term': { vi: '--year cần đi cùng --term.', en: '--year needs --term.' },
  'validate.year_without_term.fix': { vi: 'edu-comms validate <thư mục> --term HK1 --year 2024-2025', en: 'edu-comms validate <folder> --term HK1 --year 2024-2025' },
  'validate.bad_date': { vi: '--date phải là một ngày có thật dạng 2025-01-05.', en: '--date must be a real date like 2025-01-05.' },
  'validate.status.accepted': { vi: 'đạt', en: 'accepted' },
  'validate.status.rejected': { vi: 'bị từ chối', en: 'rejected' },
  'validate.severity.error': { vi: 'lỗi', en: 'error' },
  'validate.severity.warning': { vi: 'cảnh báo', en: 'warning' },
  'validate.severity.info': { vi: 'thông tin', en: 'info' },
  'validate.total': {
    vi: '{files} tệp: {accepted} đạt, {rejected} bị từ chối — {errors} lỗi, {warnings} cảnh báo, {infos} thông tin.',
    en: '{files} files: {accepted} accepted, {rejected} rejected — {errors} errors, {warnings} warnings, {infos} infos.',
  },
  'validate.too_many_warnings': {
    vi: 'Số cảnh báo ({warnings}) vượt mức cho phép --max-warnings {max}.',
    en: 'Too many warnings ({warnings}); --max-warnings is {max}.',
  },
  'validate.period': { vi: 'Kỳ đang kiểm tra: {period}.', en: 'Period being checked: {period}.' },
  'validate.reading': { vi: 'Đang đọc', en: 'Reading' },
} satisfies Record<string, Bilingual>;

export type MessageKey = keyof typeof catalogue;
