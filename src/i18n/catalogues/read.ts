/** Reading files: syntax, YAML, CSV, zip, legacy encodings, rosters, and the schema findings of a document. */
import type { Bilingual } from '../bilingual.js';

export const readMessages = {
  // --- schema findings (zod issues translated) -------------------------------------------------------------------
  'schema.required': { vi: 'Thiếu mục «{label}» ({path}).', en: 'Missing field “{label}” ({path}).' },
  'schema.required.xlsx': { vi: 'Chưa điền «{label}».', en: '“{label}” is not filled in.' },
  'schema.required.hint': {
    vi: 'Thêm mục «{key}» theo mẫu báo cáo (xem `edu-comms template`).',
    en: 'Add “{key}” as in the form (see `edu-comms template`).',
  },
  'schema.required.hint.xlsx': {
    vi: 'Điền ô «{label}» trong mẫu báo cáo Excel.',
    en: 'Fill in the “{label}” cell of the Excel form.',
  },
  'schema.expected_bool.xlsx': {
    vi: '«{label}» phải là Có hoặc Không; đang là {value}.',
    en: '“{label}” must be Yes (Có) or No (Không); it is {value}.',
  },
  'schema.expected_bool.hint.xlsx': { vi: 'Chọn Có hoặc Không trong danh sách của ô.', en: 'Pick Có or Không from the cell’s list.' },
  'schema.expected_date.xlsx': {
    vi: '«{label}» phải là một ngày có thật, ghi theo dạng ngày/tháng/năm (ví dụ 10/12/2024); đang là {value}.',
    en: '“{label}” must be a real date written day/month/year (e.g. 10/12/2024); it is {value}.',
  },
  'schema.expected_int.hint.xlsx': {
    vi: 'Ghi số nguyên vào ô, không ghi chữ hay dấu thập phân; ghi 0 nếu không có.',
    en: 'Type a whole number in the cell, no words or decimals; 0 if none.',
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
  'schema.expected_number': {
    vi: '«{label}» phải là một số không âm (hoặc null để bỏ giới hạn); đang là {value}.',
    en: '“{label}” must be a number ≥ 0 (or null for no limit); it is {value}.',
  },
  'schema.expected_factor': { vi: '«{label}» phải là một số lớn hơn 0; đang là {value}.', en: '“{label}” must be a number above 0; it is {value}.' },
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
  'syntax.duplicate_key.line': { vi: 'Một mục ở dòng {line} bị ghi hai lần.', en: 'A field on line {line} is written twice.' },
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
  'roster.did_you_mean': { vi: 'Có phải {codes}?', en: 'Did you mean {codes}?' },
  'roster.duplicate': { vi: 'Mã đơn vị {code} xuất hiện hơn một lần.', en: 'Unit code {code} appears more than once.' },
  'roster.unknown_parent': {
    vi: 'Đơn vị {code} có đơn vị quản lý {parent} không có trong danh sách.',
    en: 'Unit {code} has parent {parent}, which is not in the roster.',
  },
  'roster.cycle': { vi: 'Đơn vị {code} nằm trong một vòng quản lý khép kín.', en: 'Unit {code} is part of a parent cycle.' },
  'roster.duplicate_in_year': {
    vi: 'Mã đơn vị {code} có hơn một dòng cùng có hiệu lực trong năm học {year}; các dòng của cùng một mã phải nối tiếp nhau (valid_until của dòng trước nhỏ hơn valid_from của dòng sau).',
    en: 'Unit code {code} has more than one entry in force in school year {year}; the entries of one code must follow each other (valid_until of one before valid_from of the next).',
  },
  'roster.unknown_parent_in_year': {
    vi: 'Đơn vị {code} có đơn vị quản lý {parent}, nhưng năm học {year} danh sách không có {parent}.',
    en: 'Unit {code} has parent {parent}, but {parent} is not in the roster in school year {year}.',
  },
  'roster.cycle_in_year': {
    vi: 'Năm học {year}, đơn vị {code} nằm trong một vòng quản lý khép kín.',
    en: 'In school year {year}, unit {code} is part of a parent cycle.',
  },
  'roster.until_before_from': {
    vi: 'Đơn vị {code} có đến năm học {until} nhưng lại có từ năm học {from}: valid_until phải bằng hoặc sau valid_from.',
    en: 'Unit {code} is valid until {until} but from {from}: valid_until must be the same as or after valid_from.',
  },
  'roster.replaces_unknown': {
    vi: 'Đơn vị {code} thay cho {replaced}, nhưng mã {replaced} không có trong danh sách đơn vị (ở năm học nào).',
    en: 'Unit {code} replaces {replaced}, but {replaced} is not in the roster (in any school year).',
  },
  'roster.replaces_self': {
    vi: 'Đơn vị {code} không thể thay cho chính nó; với trường đổi tên mà giữ mã, ghi hai dòng cùng mã với valid_until và valid_from.',
    en: 'Unit {code} cannot replace itself; for a school renamed under the same code, write two entries of that code with valid_until and valid_from.',
  },
  'roster.replaces_cycle': {
    vi: 'Đơn vị {code} nằm trong một vòng thay thế khép kín ({chain}): một đơn vị không thể vừa thay, vừa bị thay bởi cùng một đơn vị.',
    en: 'Unit {code} is part of a replacement cycle ({chain}): a unit cannot both replace and be replaced by the same unit.',
  },
  'roster.csv.header': {
    vi: 'Dòng tiêu đề thiếu cột {missing} (cần có cột mã đơn vị — code, tên đơn vị — name, cấp học — level; có thể có parent, reports, moet_code, và các cột khác là thuộc tính của đơn vị). Các cột đang có: {found}.',
    en: 'The header row lacks the column(s) {missing} (code, name and level are needed; parent, reports, moet_code may be given, and every other column is a unit attribute). The columns found: {found}.',
  },
  'roster.csv.header.hint': {
    vi: 'Đặt lại tên cột, hoặc ghi tên cột của tệp vào columns: dưới units_file: trong edu-comms.yaml, ví dụ {example} (units_file: {path: tệp, columns: {"Tên cột": code}}).',
    en: 'Rename the column, or map the file’s header in columns: under units_file: in edu-comms.yaml, e.g. {example} (units_file: {path: file, columns: {"Header": code}}).',
  },
  'roster.header_twice': {
    vi: 'Cột «{column}» trùng với cột «{first}»: cả hai đều là {target}; bỏ bớt một cột hoặc đổi tên cột.',
    en: 'Column “{column}” repeats column “{first}”: both are {target}; remove one or rename it.',
  },
  'roster.no_header': {
    vi: 'Ô có dữ liệu ({value}) nằm trong cột không có tên ở dòng tiêu đề; ghi tên cột (cột đó sẽ là một thuộc tính của đơn vị) hoặc xóa dữ liệu.',
    en: 'A cell with data ({value}) in a column with no header; name the column (it becomes a unit attribute) or clear it.',
  },
  'roster.mapping_target': {
    vi: 'columns: của units_file: ghi cột «{header}» là «{value}», không phải một mục của danh sách đơn vị.',
    en: 'columns: of units_file: maps “{header}” to “{value}”, which is not a roster field.',
  },
  'roster.mapping_target.hint': {
    vi: 'Ghi một trong: {targets} (attributes.<tên> để cột thành thuộc tính có tên đó).',
    en: 'Write one of: {targets} (attributes.<name> makes the column an attribute of that name).',
  },
  'roster.csv.quote': {
    vi: 'Dấu nháy kép " không được đóng; kiểm tra ô bắt đầu ở đây.',
    en: 'A double quote " is never closed; check the cell that starts here.',
  },
  'roster.csv.stray_quote': {
    vi: 'Dấu nháy kép " nằm giữa ô; viết "" nếu muốn ghi dấu nháy.',
    en: 'A double quote " in the middle of a cell; write "" for a literal quote.',
  },
  'roster.csv.columns': {
    vi: 'Dòng có {count} ô, nhưng dòng tiêu đề có {expected} cột.',
    en: 'The row has {count} cells but the header has {expected} columns.',
  },
  'roster.too_large': {
    vi: 'Tệp danh sách đơn vị quá lớn ({size}); giới hạn cho tệp danh sách đơn vị (CSV) là {limit}.',
    en: 'The roster file is too large ({size}); the limit for a roster file (CSV) is {limit}.',
  },
  'roster.too_many': {
    vi: 'Danh sách có {count} đơn vị; giới hạn cho một danh sách đơn vị là {limit}. Tách theo tỉnh/thành phố (mỗi Sở một cấu hình).',
    en: 'The roster has {count} units; the limit for one roster is {limit}. Split it by province (one configuration per Sở).',
  },
  'roster.xlsx.too_many_rows': {
    vi: 'Bảng tính danh sách đơn vị có {rows} dòng; giới hạn cho danh sách đơn vị trong tệp Excel là {limit} dòng (dòng sau đó không được đọc).',
    en: 'The roster workbook has {rows} rows; the limit for a roster in an Excel file is {limit} rows (later rows are not read).',
  },
  'roster.csv.empty': { vi: 'Tệp danh sách đơn vị trống.', en: 'The roster file is empty.' },
  'roster.csv.bool': {
    vi: 'Cột reports phải là true/false (hoặc có/không); đang là {value}.',
    en: 'The reports column must be true/false (or yes/no); it is {value}.',
  },
  'roster.unsupported': {
    vi: 'Tệp danh sách đơn vị phải là .csv hoặc .xlsx (đang là {ext}).',
    en: 'A roster file must be .csv or .xlsx (it is {ext}).',
  },
  'legacy.converted': {
    vi: 'Chữ được gõ bằng bảng mã cũ {encoding}; đã chuyển sang Unicode: “{text}”.',
    en: 'Text typed in the legacy {encoding} encoding; converted to Unicode: “{text}”.',
  },
  'legacy.converted.hint': {
    vi: 'Kiểm tra lại chữ đã chuyển; lần sau gõ bằng bảng mã Unicode (Unikey/EVKey: bảng mã Unicode, phông Times New Roman).',
    en: 'Check the converted text; next time type in Unicode (Unikey/EVKey: Unicode charset, Times New Roman font).',
  },
  'legacy.tcvn3': { vi: 'TCVN3 (ABC, phông .VnTime)', en: 'TCVN3 (ABC, .VnTime fonts)' },
  'legacy.vni': { vi: 'VNI-Windows (phông VNI-Times)', en: 'VNI-Windows (VNI-Times fonts)' },
  // responses sheets (online forms)
  'csv.not_utf8': { vi: 'Tệp CSV không ở bảng mã UTF-8, chữ tiếng Việt sẽ bị sai.', en: 'The CSV file is not UTF-8; Vietnamese letters would be wrong.' },
  'csv.not_utf8.hint': {
    vi: 'Mở tệp bằng Excel, chọn Lưu thành → «CSV UTF-8 (Comma delimited)», hoặc tải lại từ Google Sheets (Tệp → Tải xuống → .csv).',
    en: 'Open it in Excel and Save As «CSV UTF-8 (Comma delimited)», or download it again from Google Sheets (File → Download → .csv).',
  },
  'csv.too_large': { vi: 'Tệp CSV quá lớn (giới hạn {limit}).', en: 'The CSV file is too large (limit {limit}).' },
  'csv.broken': { vi: 'Tệp CSV bị hỏng: {detail}', en: 'The CSV file is broken: {detail}' },
  'csv.broken.hint': {
    vi: 'Thường do một dấu ngoặc kép (") không đóng. Tải lại tệp từ biểu mẫu, hoặc mở bằng Excel và lưu lại dạng CSV UTF-8.',
    en: 'Usually an unclosed double quote ("). Download the file again, or open it in Excel and save it as CSV UTF-8.',
  },
  'zip.too_large': { vi: 'Tệp nén quá lớn ({size}; giới hạn {limit}).', en: 'The zip file is too large ({size}; limit {limit}).' },
  'zip.not_zip': { vi: 'Tệp có đuôi .zip nhưng không phải tệp nén zip.', en: 'The file ends in .zip but is not a zip archive.' },
  'zip.encrypted': { vi: 'Tệp nén có mật khẩu (tệp {entry}), không mở được.', en: 'The zip is password-protected ({entry}) and cannot be opened.' },
  'zip.bomb': {
    vi: 'Tệp nén khai báo {entry} giải nén ra {declared}, vượt giới hạn {limit}: không giải nén.',
    en: 'The zip declares {entry} unpacks to {declared}, above the limit of {limit}: not unpacked.',
  },
  'zip.bomb_lying': {
    vi: 'Tệp {entry} trong tệp nén giải nén ra nhiều hơn kích thước khai báo ({declared}): dừng lại, không đọc.',
    en: '{entry} in the zip unpacks to more than it declares ({declared}): stopped, not read.',
  },
  'zip.corrupt': { vi: 'Tệp nén bị hỏng: {detail}', en: 'The zip file is damaged: {detail}' },
  'zip.hint': {
    vi: 'Giải nén bằng Windows (chuột phải → Extract All) rồi kiểm tra thư mục đã giải nén, hoặc xin đơn vị gửi lại tệp.',
    en: 'Unpack it with Windows (right-click → Extract All) and check the folder, or ask the unit to send the file again.',
  },
  'zip.unsafe_name': {
    vi: 'Tệp «{entry}» trong tệp nén có đường dẫn ra ngoài thư mục (../ hoặc đường dẫn tuyệt đối): không đọc.',
    en: '«{entry}» in the zip has a path leaving the folder (../ or an absolute path): not read.',
  },
  'zip.unsafe_name.hint': { vi: 'Tệp nén này có thể độc hại. Xin đơn vị gửi lại từng tệp báo cáo.', en: 'The zip may be hostile. Ask for the report files one by one.' },
  'zip.nested': { vi: 'Tệp nén «{entry}» nằm trong tệp nén: không mở lồng nhau.', en: 'The zip «{entry}» is inside the zip: nested archives are not opened.' },
  'zip.nested.hint': { vi: 'Giải nén tệp ngoài, rồi kiểm tra riêng tệp «{entry}».', en: 'Unpack the outer zip and check «{entry}» on its own.' },
  'zip.no_submissions': { vi: 'Tệp nén không có tệp báo cáo nào (.yaml, .xlsx, .csv).', en: 'The zip holds no report file (.yaml, .xlsx, .csv).' },
  'zip.no_submissions.hint': { vi: 'Kiểm tra lại tệp đính kèm đã lưu, hoặc giải nén và xem nội dung.', en: 'Check the saved attachments, or unpack it and look inside.' },
} satisfies Record<string, Bilingual>;
