/** The tool's form: the Excel/YAML/responses writers and readers, `template` and `convert`. */
import type { Bilingual } from '../bilingual.js';

export const formMessages = {
  // --- Excel forms, legacy encodings, template, convert (owner: Excel) ----------------------------------------------
  'xlsx.empty': { vi: 'Tệp Excel trống (0 byte).', en: 'The Excel file is empty (0 bytes).' },
  'xlsx.too_large': {
    vi: 'Tệp Excel quá lớn ({size}); giới hạn cho một báo cáo là {limit}.',
    en: 'The Excel file is too large ({size}); the limit for one submission is {limit}.',
  },
  'xlsx.encrypted': {
    vi: 'Tệp Excel có đặt mật khẩu mở tệp nên không đọc được.',
    en: 'The workbook is protected with an opening password and cannot be read.',
  },
  'xlsx.encrypted.hint': {
    vi: 'Mở tệp bằng Excel, gỡ mật khẩu (Tệp → Thông tin → Bảo vệ sổ làm việc → Mã hóa bằng mật khẩu → xóa mật khẩu), lưu lại rồi gửi lại.',
    en: 'Open it in Excel, remove the password (File → Info → Protect Workbook → Encrypt with Password → clear it), save and send it again.',
  },
  'xlsx.xls': {
    vi: 'Tệp là bảng tính Excel 97–2003 (.xls) bị đổi đuôi thành .xlsx.',
    en: 'The file is an Excel 97–2003 workbook (.xls) renamed to .xlsx.',
  },
  'xlsx.xls.hint': {
    vi: 'Chép số liệu sang mẫu mới tạo bằng `edu-comms template`, hoặc mở bằng Excel và chọn Lưu thành → Sổ làm việc Excel (*.xlsx).',
    en: 'Copy the figures into a form made with `edu-comms template`, or open it in Excel and Save As → Excel Workbook (*.xlsx).',
  },
  'xlsx.ods': {
    vi: 'Tệp là bảng tính OpenDocument (.ods, LibreOffice) bị đổi đuôi thành .xlsx.',
    en: 'The file is an OpenDocument spreadsheet (.ods, LibreOffice) renamed to .xlsx.',
  },
  'xlsx.ods.hint': {
    vi: 'Trong LibreOffice chọn Tệp → Lưu thành → kiểu «Excel 2007-365 (.xlsx)», hoặc chép số liệu sang mẫu của edu-comms.',
    en: 'In LibreOffice use File → Save As → type “Excel 2007-365 (.xlsx)”, or copy the figures into the edu-comms form.',
  },
  'xlsx.other_office': {
    vi: 'Tệp là tài liệu {what}, không phải bảng tính Excel.',
    en: 'The file is a {what} document, not an Excel workbook.',
  },
  'xlsx.not_zip': {
    vi: 'Tệp không phải bảng tính Excel (.xlsx): có thể là tệp CSV, HTML hoặc PDF bị đổi đuôi.',
    en: 'The file is not an Excel workbook (.xlsx): maybe a CSV, HTML or PDF file renamed.',
  },
  'xlsx.not_zip.hint': {
    vi: 'Dùng mẫu báo cáo tạo bằng `edu-comms template` và lưu ở dạng Sổ làm việc Excel (*.xlsx).',
    en: 'Use the form made with `edu-comms template` and save it as an Excel Workbook (*.xlsx).',
  },
  'xlsx.not_workbook': { vi: 'Tệp nén này không chứa bảng tính Excel.', en: 'This zip file holds no Excel workbook.' },
  'xlsx.bomb': {
    vi: 'Tệp Excel có phần «{entry}» khi giải nén lớn tới {declared} (giới hạn {limit}): có thể là tệp độc hại (“zip bomb”), không mở.',
    en: 'Part “{entry}” of the workbook would unpack to {declared} (limit {limit}): possibly a malicious “zip bomb”; not opened.',
  },
  'xlsx.bomb_lying': {
    vi: 'Phần «{entry}» của tệp Excel giải nén ra nhiều hơn kích thước đã khai ({declared}): tệp hỏng hoặc độc hại, đã dừng đọc.',
    en: 'Part “{entry}” of the workbook unpacks to more than it declares ({declared}): broken or malicious; reading stopped.',
  },
  'xlsx.bomb.hint': {
    vi: 'Không mở tệp này; đề nghị đơn vị gửi lại báo cáo làm trên mẫu của edu-comms.',
    en: 'Do not open this file; ask the unit to send its report again on the edu-comms form.',
  },
  'xlsx.corrupt': { vi: 'Tệp Excel bị hỏng, không đọc được ({detail}).', en: 'The Excel file is corrupted and cannot be read ({detail}).' },
  'xlsx.corrupt.hint': {
    vi: 'Mở lại bằng Excel và lưu lại; nếu không mở được, đề nghị đơn vị gửi lại tệp.',
    en: 'Open it in Excel and save it again; if it does not open, ask the unit to send it again.',
  },
  'xlsx.too_many_rows': {
    vi: 'Bảng tính có quá nhiều dòng ({rows}; giới hạn {limit}), không phải một báo cáo.',
    en: 'The workbook has too many rows ({rows}; limit {limit}) to be a submission.',
  },
  'xlsx.not_template': {
    vi: 'Tệp Excel này không làm từ mẫu báo cáo của edu-comms (không có trang tính ẩn «{sheet}»).',
    en: 'This workbook was not made from the edu-comms form (it has no hidden “{sheet}” sheet).',
  },
  'xlsx.not_template.hint': {
    vi: 'Tạo mẫu bằng `edu-comms template --unit <mã đơn vị>` và chép số liệu sang mẫu đó.',
    en: 'Make the form with `edu-comms template --unit <unit code>` and copy the figures into it.',
  },
  'xlsx.other_version': {
    vi: 'Tệp làm từ một phiên bản khác của mẫu báo cáo ({found}; phiên bản hiện tại: {expected}), các ô không khớp.',
    en: 'The workbook was made from another version of the form ({found}; current: {expected}); the cells do not match.',
  },
  'xlsx.other_version.hint': {
    vi: 'Tạo mẫu mới bằng `edu-comms template` và chép số liệu sang.',
    en: 'Make a new form with `edu-comms template` and copy the figures into it.',
  },
  'xlsx.missing_sheet': {
    vi: 'Thiếu trang tính «{sheet}» của mẫu báo cáo (có thể đã bị xóa hoặc đổi tên).',
    en: 'The form’s “{sheet}” sheet is missing (deleted or renamed?).',
  },
  'xlsx.formula': {
    vi: 'Ô có công thức ={formula} nhưng chưa có kết quả được lưu, nên không đọc được giá trị.',
    en: 'The cell holds the formula ={formula} but no saved result, so its value cannot be read.',
  },
  'xlsx.formula.hint': {
    vi: 'Mở tệp bằng Excel và lưu lại (để tính công thức), hoặc ghi thẳng con số vào ô.',
    en: 'Open the file in Excel and save it (to calculate), or type the number into the cell.',
  },
  'xlsx.layout_changed': {
    vi: 'Bố cục mẫu đã bị thay đổi: trang tính «{sheet}», từ dòng {row}, không tìm thấy dòng/cột của {labels}, nên không đọc được báo cáo.',
    en: 'The form’s layout was changed: sheet “{sheet}”, from row {row}, the rows/columns of {labels} are not found, so the report cannot be read.',
  },
  'xlsx.layout_duplicate': {
    vi: 'Bố cục mẫu đã bị thay đổi: trang tính «{sheet}», dòng {row}, mục {labels} có hai dòng với giá trị khác nhau, không biết đọc dòng nào.',
    en: 'The form’s layout was changed: sheet “{sheet}”, row {row}, {labels} appears on two rows with different values; which one counts is unknown.',
  },
  'xlsx.layout_changed.hint': {
    vi: 'Có thể thêm, xóa dòng trống hay chuyển chỗ dòng, nhưng giữ nguyên các dòng của mẫu cùng cột «Tên mục (YAML)». Khôi phục dòng đã xóa (Ctrl+Z) hoặc chép số liệu sang mẫu mới tạo bằng `edu-comms template`.',
    en: 'Rows may be inserted, blank rows deleted or rows moved, but keep every row of the form with its “Key (YAML)” column. Restore the deleted row (Ctrl+Z) or copy the figures into a new form made with `edu-comms template`.',
  },
  'xlsx.stray_value': {
    vi: 'Trang tính «{sheet}», dòng {row} không phải một dòng của mẫu (không có tên mục) nên giá trị «{value}» ở đây không được đọc.',
    en: 'Sheet “{sheet}”, row {row} is not a row of the form (it has no key), so the value “{value}” there is not read.',
  },
  'xlsx.stray_value.hint': {
    vi: 'Ghi giá trị vào ô «Giá trị» của đúng mục; dòng tự thêm chỉ dùng để ghi chú.',
    en: 'Type the value into the “Value” cell of the right field; rows you add are only for notes.',
  },
  'xlsx.table_too_long': {
    vi: 'Trang tính «{sheet}» có dữ liệu quá {limit} dòng; chỉ đọc {limit} dòng đầu.',
    en: 'Sheet “{sheet}” has data beyond {limit} rows; only the first {limit} were read.',
  },

  'form.title': { vi: 'BÁO CÁO CÔNG TÁC TRUYỀN THÔNG', en: 'REPORT ON COMMUNICATION WORK' },
  'form.subtitle': {
    vi: 'Điền vào các ô màu vàng ở cột «Giá trị»; các mục nhiều dòng (kênh, sự cố, gương điển hình, khen thưởng) điền ở các trang tính riêng. Xem trang «Hướng dẫn».',
    en: 'Fill in the yellow cells of the “Value” column; the repeatable sections (channels, incidents, models, commendations) have their own sheets. See the “Hướng dẫn” sheet.',
  },
  'form.col.number': { vi: 'STT', en: 'No.' },
  'form.col.label': { vi: 'Nội dung', en: 'Item' },
  'form.col.value': { vi: 'Giá trị', en: 'Value' },
  'form.col.note': { vi: 'Cách ghi', en: 'How to fill' },
  'form.col.key': { vi: 'Tên mục (YAML)', en: 'Key (YAML)' },
  'form.required': { vi: 'bắt buộc', en: 'required' },
  'form.optional': { vi: 'không bắt buộc', en: 'optional' },
  'form.kind.text': { vi: 'chữ', en: 'text' },
  'form.kind.int': { vi: 'số nguyên ≥ 0, ghi 0 nếu không có', en: 'whole number ≥ 0; 0 if none' },
  'form.kind.bool': { vi: 'chọn Có hoặc Không', en: 'choose Có (yes) or Không (no)' },
  'form.kind.date': { vi: 'ngày/tháng/năm, ví dụ 10/12/2024', en: 'day/month/year, e.g. 10/12/2024' },
  'form.kind.enum': { vi: 'chọn một trong: {options}', en: 'choose one of: {options}' },
  'form.section.table': { vi: 'Ghi ở trang tính «{sheet}», mỗi dòng một mục.', en: 'Fill in on the “{sheet}” sheet, one row per item.' },
  'form.section.optional': {
    vi: 'Bỏ trống cả nhóm nếu không có.',
    en: 'Leave the whole group empty if there is none.',
  },
  'form.section.period': {
    vi: 'Ghi năm học + học kỳ (ví dụ 2024-2025 và HK1), hoặc chỉ tháng (2024-10), hoặc chỉ quý (2024-Q4).',
    en: 'Give the school year + term (e.g. 2024-2025 and HK1), or only a month (2024-10), or only a quarter (2024-Q4).',
  },
  'form.table.instructions': {
    vi: 'Mỗi dòng một mục, bắt đầu từ dòng {row}; để trống các dòng không dùng. Cột có dấu * là bắt buộc.',
    en: 'One item per row from row {row}; leave unused rows empty. Columns marked * are required.',
  },
  'form.validation.title': { vi: 'Giá trị không hợp lệ', en: 'Invalid value' },
  'form.validation.int': { vi: 'Ghi một số nguyên không âm (0, 1, 2, …).', en: 'Type a whole number ≥ 0.' },
  'form.validation.date': { vi: 'Ghi ngày dạng ngày/tháng/năm, ví dụ 10/12/2024.', en: 'Type a date as day/month/year, e.g. 10/12/2024.' },
  'form.validation.list': { vi: 'Chọn một giá trị trong danh sách.', en: 'Choose a value from the list.' },
  'form.help.title': { vi: 'HƯỚNG DẪN ĐIỀN MẪU BÁO CÁO', en: 'HOW TO FILL IN THE FORM' },
  'form.help.1': {
    vi: 'Trang «Báo cáo»: điền các ô màu vàng ở cột «Giá trị». Các ô khác đã khóa để giữ nguyên cấu trúc mẫu.',
    en: '“Báo cáo” sheet: fill in the yellow cells of the “Value” column. The other cells are locked to keep the layout.',
  },
  'form.help.2': {
    vi: 'Số liệu ghi số nguyên (0, 1, 2, …); ghi 0 nếu không có, không để trống. Có thể ghi 1.200 (dấu chấm ngăn cách hàng nghìn).',
    en: 'Counts are whole numbers (0, 1, 2, …); write 0 if none, do not leave them empty. 1.200 (dot as thousands separator) is accepted.',
  },
  'form.help.3': {
    vi: 'Ngày ghi theo thứ tự ngày/tháng/năm, ví dụ 10/12/2024.',
    en: 'Dates are day/month/year, e.g. 10/12/2024.',
  },
  'form.help.4': {
    vi: 'Các ô có mũi tên: chọn trong danh sách (Có/Không, loại kênh, mức độ, …).',
    en: 'Cells with an arrow: choose from the list (Có/Không, channel type, severity, …).',
  },
  'form.help.5': {
    vi: 'Kênh truyền thông, sự cố, gương điển hình, khen thưởng: mỗi mục một dòng ở trang tính riêng; để trống các dòng không dùng.',
    en: 'Channels, incidents, exemplary models, commendations: one item per row on their own sheets; leave unused rows empty.',
  },
  'form.help.6': {
    vi: 'Gõ tiếng Việt bằng bảng mã Unicode. Chữ gõ bằng bảng mã cũ (TCVN3/.VnTime, VNI) sẽ được tự chuyển và có cảnh báo.',
    en: 'Type Vietnamese in Unicode. Text in legacy encodings (TCVN3/.VnTime, VNI) is converted, with a warning.',
  },
  'form.help.7': {
    vi: 'Không đổi tên hay xóa trang tính, dòng hay cột của mẫu (cột «Tên mục (YAML)» cho biết mỗi dòng là mục nào); thêm dòng ghi chú thì được. Kiểm tra trước khi gửi: edu-comms validate <tệp>.xlsx',
    en: 'Do not rename or delete the form’s sheets, rows or columns (the “Key (YAML)” column tells which field each row is); inserting note rows is fine. Check before sending: edu-comms validate <file>.xlsx',
  },
  'form.help.8': {
    vi: 'Mẫu này tương đương tệp YAML cùng tên mục (cột «Tên mục»); chuyển qua lại bằng: edu-comms convert <tệp> --to yaml|xlsx',
    en: 'This form is equivalent to a YAML file with the same keys (“Key” column); convert with: edu-comms convert <file> --to yaml|xlsx',
  },

  'template.written': { vi: 'Đã ghi mẫu báo cáo: {file}', en: 'Wrote the form: {file}' },
  'template.unknown_unit': {
    vi: 'Không có đơn vị mã {code} trong danh sách đơn vị ({config}).',
    en: 'There is no unit {code} in the roster ({config}).',
  },
  'template.unknown_unit.fix': {
    vi: 'Kiểm tra mã đơn vị trong danh sách đơn vị, ví dụ: edu-comms template --unit {example}',
    en: 'Check the code in the roster, e.g. edu-comms template --unit {example}',
  },
  'template.unknown_unit.suggest': {
    vi: 'Có phải {codes}? Ví dụ: edu-comms template --unit {example}',
    en: 'Did you mean {codes}? E.g. edu-comms template --unit {example}',
  },
  'template.yaml.title': {
    vi: 'Báo cáo công tác truyền thông — mẫu YAML. Kiểm tra: edu-comms validate <tệp>',
    en: 'Report on communication work — YAML form. Check it: edu-comms validate <file>',
  },
  'template.yaml.schema_hint': {
    vi: 'Gợi ý khi soạn: chạy edu-comms schema --out {file} trong thư mục của tệp này, rồi mở tệp bằng VS Code có tiện ích YAML.',
    en: 'Editor hints: run edu-comms schema --out {file} in this file’s folder, then open the file in VS Code with the YAML extension.',
  },
  'template.yaml.optional': { vi: 'không bắt buộc', en: 'optional' },
  'template.yaml.list_help': {
    vi: 'Thêm mỗi mục bằng một dòng “- ” như mẫu dưới đây (bỏ dấu # ở đầu dòng); để [] nếu không có.',
    en: 'Add each item as a “- ” entry like the sample below (remove the leading #); keep [] if there are none.',
  },

  'convert.written': { vi: 'Đã chuyển {from} → {to}', en: 'Converted {from} → {to}' },
  'convert.failed': {
    vi: 'Không chuyển được {file}: tệp có lỗi phải sửa trước.',
    en: 'Cannot convert {file}: it has errors to fix first.',
  },
  'convert.not_representable': {
    vi: 'Không chuyển được {file}: mục «{path}» {reason}, mẫu Excel không có chỗ ghi nên sẽ mất dữ liệu.',
    en: 'Cannot convert {file}: “{path}” {reason}; the Excel form has no place for it, so data would be lost.',
  },
  'convert.reason.unknown_key': { vi: 'không có trong mẫu báo cáo', en: 'is not a field of the form' },
  'convert.reason.not_list': { vi: 'phải là một danh sách', en: 'must be a list' },
  'convert.reason.not_group': { vi: 'phải là một nhóm mục', en: 'must be a group of fields' },
  'convert.reason.not_value': { vi: 'phải là một giá trị đơn (chữ, số, ngày)', en: 'must be a single value (text, number, date)' },
  'convert.same_file': {
    vi: 'Tệp kết quả {file} trùng với tệp đầu vào.',
    en: 'The output {file} is the same as an input file.',
  },
  'convert.same_file.fix': { vi: 'Chọn thư mục khác: --out <thư mục>', en: 'Choose another folder: --out <folder>' },
  'convert.collision': {
    vi: 'Hai tệp đầu vào cùng cho ra {file}.',
    en: 'Two input files would both be written to {file}.',
  },
  'convert.collision.fix': { vi: 'Chuyển từng tệp một, hoặc đổi tên một trong hai tệp.', en: 'Convert them one at a time, or rename one of them.' },
  'convert.summary': { vi: 'Đã chuyển {done}/{total} tệp.', en: 'Converted {done} of {total} files.' },
  'template.unknown_parent': {
    vi: 'Không có đơn vị quản lý mã «{code}» trong danh sách đơn vị ({config}).',
    en: 'No managing unit with code «{code}» in the roster ({config}).',
  },
  'template.unknown_parent.fix': { vi: 'Ghi mã như trong danh sách đơn vị, ví dụ --parent {example}.', en: 'Use a code of the roster, e.g. --parent {example}.' },
  'template.unknown_parent.suggest': { vi: 'Có phải {codes}? Ví dụ --parent {example}.', en: 'Did you mean {codes}? E.g. --parent {example}.' },
  'template.no_units': { vi: 'Không có đơn vị nào phải báo cáo trong danh sách ({config}).', en: 'No unit of the roster has to report ({config}).' },
  'template.no_units.fix': { vi: 'Kiểm tra danh sách đơn vị (units: hoặc units_file:) trong edu-comms.yaml.', en: 'Check the roster (units: or units_file:) in edu-comms.yaml.' },
  'template.all_folder': { vi: 'Đã ghi {count} mẫu báo cáo vào {folder}', en: 'Wrote {count} forms into {folder}' },
  'template.all_written': {
    vi: 'Xong: {count} mẫu báo cáo cho {count} đơn vị, trong {folders} thư mục theo đơn vị quản lý ({out}).',
    en: 'Done: {count} forms for {count} units, in {folders} folders by managing unit ({out}).',
  },
  'responses.too_many_rows': {
    vi: 'Bảng câu trả lời có quá nhiều dòng ({rows}; giới hạn {limit}).',
    en: 'The responses sheet has too many rows ({rows}; limit {limit}).',
  },
  'responses.no_columns': {
    vi: 'Dòng đầu của bảng không có cột nào trùng với câu hỏi của mẫu báo cáo, nên không đọc được như bảng câu trả lời.',
    en: 'No header of the first row matches a question of the report, so it cannot be read as a responses sheet.',
  },
  'responses.no_columns.hint': {
    vi: 'Dòng 1 phải là tiêu đề câu hỏi như trong «edu-comms template --format responses» (ví dụ «Mã đơn vị», «Tên đơn vị»), hoặc khai báo tên cột ở mục columns: của edu-comms.yaml.',
    en: 'Row 1 must hold the question titles of «edu-comms template --format responses» (e.g. «Unit code»), or map the headers under columns: in edu-comms.yaml.',
  },
  'responses.no_rows': { vi: 'Bảng câu trả lời chưa có dòng nào.', en: 'The responses sheet has no rows.' },
  'responses.no_rows.hint': {
    vi: 'Tải lại bảng câu trả lời sau khi các đơn vị đã gửi biểu mẫu.',
    en: 'Download the responses again once units have sent the form.',
  },
  'responses.duplicate_column': {
    vi: 'Cột «{header}» trùng câu hỏi với cột {other}; cột này bị bỏ qua.',
    en: 'Column «{header}» asks the same question as column {other}; it is ignored.',
  },
  'responses.duplicate_column.hint': {
    vi: 'Xóa một trong hai cột, hoặc sửa tiêu đề cho đúng câu hỏi còn thiếu.',
    en: 'Delete one of the two columns, or rename it to the question it should be.',
  },
  'responses.unknown_column': {
    vi: 'Cột «{header}» không phải câu hỏi của mẫu báo cáo; nội dung cột này không được đọc.',
    en: 'Column «{header}» is not a question of the report; its answers are not read.',
  },
  'responses.unknown_column.hint': {
    vi: 'Nếu đây là câu hỏi của mẫu (đặt tên khác), ghi vào edu-comms.yaml, mục columns: «{header}»: <mã trường, ví dụ unit.code>.',
    en: 'If it is a question of the report under another title, map it in edu-comms.yaml: columns: «{header}»: <field key, e.g. unit.code>.',
  },
  'responses.bad_mapping': {
    vi: 'Mục columns: của edu-comms.yaml gán cột «{header}» cho «{target}», nhưng mẫu báo cáo không có trường đó.',
    en: 'columns: in edu-comms.yaml maps «{header}» to «{target}», which is not a field of the report.',
  },
  'responses.bad_mapping.hint': {
    vi: 'Dùng mã trường như trong «edu-comms schema» hoặc tiêu đề cột của «edu-comms template --format responses» (ví dụ unit.code, incidents[0].date).',
    en: 'Use a field key as in «edu-comms schema» or a header of «edu-comms template --format responses» (e.g. unit.code, incidents[0].date).',
  },
  'responses.guide.title': { vi: 'Hướng dẫn lập biểu mẫu trực tuyến', en: 'Building the online form' },
  'responses.guide.1': {
    vi: 'Tạo biểu mẫu mới trên Google Forms hoặc Microsoft Forms. Mỗi ô ở dòng 1 của trang «Câu trả lời» là một câu hỏi: chép nguyên văn tiêu đề làm tên câu hỏi (không thêm, bớt chữ).',
    en: 'Create a new form in Google Forms or Microsoft Forms. Each cell of row 1 of the «Câu trả lời» sheet is one question: copy the header exactly as the question title.',
  },
  'responses.guide.2': {
    vi: 'Loại câu hỏi: xem cột «Kiểu trả lời» bên dưới. Số: câu trả lời ngắn, xác thực là số nguyên ≥ 0. Ngày: câu hỏi ngày. Có/Không: trắc nghiệm hai lựa chọn «Có», «Không». Danh sách: trắc nghiệm với đúng các lựa chọn ghi ở đó.',
    en: 'Question types: see «Answer type» below. Number: short answer validated as a whole number ≥ 0. Date: a date question. Yes/no: multiple choice «Có», «Không». List: multiple choice with exactly the options shown.',
  },
  'responses.guide.3': {
    vi: 'Câu hỏi có dấu * là bắt buộc. Các mục lặp lại (kênh, sự cố, gương điển hình, khen thưởng) có đánh số 1, 2, 3…; đơn vị bỏ trống các mục không dùng. Có thể chia các mục thành nhiều phần (section) của biểu mẫu.',
    en: 'Questions marked * are required. Repeated sections (channels, incidents, models, commendations) are numbered 1, 2, 3…; units leave unused ones blank. Sections of the form may group them.',
  },
  'responses.guide.4': {
    vi: 'Không cần câu hỏi «Ngày lập báo cáo»: cột «Dấu thời gian» của biểu mẫu được dùng thay. Đổi tên câu hỏi thì khai báo ở mục columns: của edu-comms.yaml.',
    en: 'The «Report date» question may be left out: the form\'s «Timestamp» column is used instead. A renamed question is mapped under columns: in edu-comms.yaml.',
  },
  'responses.guide.5': {
    vi: 'Khi hết hạn, tải câu trả lời về (Google Sheets: Tệp → Tải xuống → .xlsx hoặc .csv; Microsoft Forms: Mở trong Excel) rồi chạy «edu-comms validate <tệp>» và «edu-comms aggregate --in <tệp>».',
    en: 'At the deadline, download the responses (Google Sheets: File → Download → .xlsx or .csv; Microsoft Forms: Open in Excel) and run «edu-comms validate <file>» and «edu-comms aggregate --in <file>».',
  },
  'responses.guide.col.question': { vi: 'Câu hỏi (tiêu đề cột)', en: 'Question (column header)' },
  'responses.guide.col.type': { vi: 'Kiểu trả lời', en: 'Answer type' },
  'responses.guide.col.key': { vi: 'Mã trường', en: 'Field key' },
  'responses.type.text': { vi: 'Chữ (trả lời ngắn hoặc đoạn)', en: 'Text (short answer or paragraph)' },
  'responses.type.int': { vi: 'Số nguyên ≥ 0', en: 'Whole number ≥ 0' },
  'responses.type.bool': { vi: 'Có/Không', en: 'Yes/no (Có/Không)' },
  'responses.type.date': { vi: 'Ngày (ngày/tháng/năm)', en: 'Date (day/month/year)' },
  'responses.type.enum': { vi: 'Danh sách: {options}', en: 'List: {options}' },
  'responses.written': { vi: 'Đã ghi tiêu đề bảng câu trả lời và hướng dẫn lập biểu mẫu: {file}', en: 'Wrote the responses header row and the form guide: {file}' },
  'convert.reason.too_many_items': { vi: 'nhiều mục hơn số mục của biểu mẫu trực tuyến ({limit})', en: 'more items than the online form has ({limit})' },
  'convert.reason.not_exact': { vi: 'giá trị không giữ nguyên được khi ghi vào một ô của bảng câu trả lời', en: 'the value would not read back the same from a cell of the responses sheet' },
  'convert.not_representable_responses': {
    vi: 'Không chuyển được {file}: «{path}» {reason}; bảng câu trả lời không chứa được, dữ liệu sẽ bị mất.',
    en: 'Cannot convert {file}: “{path}” {reason}; a responses sheet cannot hold it, so data would be lost.',
  },
  'convert.responses_written': { vi: 'Đã ghi {rows} báo cáo vào bảng câu trả lời {file}', en: 'Wrote {rows} reports into the responses sheet {file}' },
} satisfies Record<string, Bilingual>;
