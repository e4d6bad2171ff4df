/** Rendering documents (DOCX, PDF). */
import type { Bilingual } from '../bilingual.js';

export const renderMessages = {
  'render.out.ext': { vi: 'Tệp ghi ra phải có đuôi .docx hoặc .pdf (đang là “{file}”).', en: 'The output file must end in .docx or .pdf (it is “{file}”).' },
  'render.written.also': { vi: 'Đã ghi {file}.', en: 'Wrote {file}.' },
  'render.appendix.report_only': {
    vi: 'Chỉ báo cáo có phụ lục; --appendix separate không dùng cho {kind}.',
    en: 'Only the report has an appendix; --appendix separate does not apply to the {kind}.',
  },
  'render.by.report_only': {
    vi: 'Chỉ báo cáo trình bày kết quả theo nhóm; --by không dùng cho {kind}.',
    en: 'Only the report breaks its results down by group; --by does not apply to the {kind}.',
  },
  'render.by.not_aggregated': {
    vi: '{file} chưa có phần tổng hợp theo thuộc tính «{name}» ({source}), nên báo cáo chưa trình bày được theo thuộc tính đó.',
    en: '{file} has no breakdown by the attribute “{name}” ({source}), so the report cannot be broken down by it.',
  },
  'render.by.not_aggregated.fix': {
    vi: 'Tổng hợp lại kỳ này với aggregate --by "{name}" (hoặc ghi aggregate: by: ["{name}"] trong edu-comms.yaml), rồi lập lại báo cáo.',
    en: 'Aggregate this period again with aggregate --by "{name}" (or aggregate: by: ["{name}"] in edu-comms.yaml), then render the report again.',
  },
  'render.by.unknown': {
    vi: 'Không có thuộc tính «{name}» ({source}) trong tệp tổng hợp {file} hay trong danh sách đơn vị.',
    en: 'No attribute “{name}” ({source}) in the summary {file} or in the roster.',
  },
  'render.by.unknown.fix': {
    vi: '{suggestion}Tệp tổng hợp có phần tổng hợp theo: {names}.',
    en: '{suggestion}The summary is broken down by: {names}.',
  },
  'render.by.unknown.suggest': { vi: 'Có phải là: {names}? ', en: 'Did you mean: {names}? ' },
  'render.by.unknown.none': {
    vi: 'Tệp tổng hợp chưa có phần tổng hợp theo thuộc tính nào; các thuộc tính của danh sách đơn vị: {names}. Tổng hợp với aggregate --by TÊN, rồi lập lại báo cáo.',
    en: 'The summary has no breakdown by any attribute; the roster’s attributes: {names}. Aggregate with aggregate --by NAME, then render the report again.',
  },
  'render.by.template_unaware': {
    vi: 'Lưu ý: mẫu báo cáo {file} không dùng các trường breakdown… (mẫu cũ hơn render --by): phần thân vẫn nói theo đơn vị quản lý, chỉ Phụ lục I và biểu đồ theo «{name}». Chép mục III.1 của mẫu kèm theo (templates/report.vi.md) vào mẫu của đơn vị; xem templates/README.md.',
    en: 'Note: the report template {file} uses none of the breakdown… fields (it predates render --by): its body still speaks by managing unit; only Appendix I and the chart are by “{name}”. Copy section III.1 of the bundled template (templates/report.vi.md) into yours; see templates/README.md.',
  },
  'render.by.source.flag': { vi: '--by', en: '--by' },
  'render.by.source.config': { vi: 'documents: breakdown: trong {config}', en: 'documents: breakdown: in {config}' },
  'pdf.missing': {
    vi: 'Không tìm thấy LibreOffice (“{program}”), chương trình edu-comms dùng để xuất PDF/A. Chưa ghi tệp nào.',
    en: 'LibreOffice (“{program}”), which edu-comms uses to write PDF/A, was not found. Nothing was written.',
  },
  'pdf.failed': {
    vi: 'LibreOffice không chuyển được văn bản sang PDF/A ({detail}). Chưa ghi tệp nào.',
    en: 'LibreOffice could not convert the document to PDF/A ({detail}). Nothing was written.',
  },
  'pdf.timeout': {
    vi: 'LibreOffice chưa chuyển xong văn bản sang PDF sau {detail} giây nên đã bị dừng. Chưa ghi tệp nào.',
    en: 'LibreOffice had not finished the PDF after {detail} seconds and was stopped. Nothing was written.',
  },
  'pdf.install.windows': {
    vi: 'Windows: tải LibreOffice tại https://www.libreoffice.org/download/ rồi cài đặt như bình thường; edu-comms tự tìm trong C:\\Program Files\\LibreOffice.',
    en: 'Windows: download LibreOffice from https://www.libreoffice.org/download/ and install it; edu-comms finds it in C:\\Program Files\\LibreOffice.',
  },
  'pdf.install.debian': {
    vi: 'Debian/Ubuntu: sudo apt-get install libreoffice-writer-nogui fonts-liberation fonts-crosextra-caladea fonts-crosextra-carlito',
    en: 'Debian/Ubuntu: sudo apt-get install libreoffice-writer-nogui fonts-liberation fonts-crosextra-caladea fonts-crosextra-carlito',
  },
  'pdf.install.setting': {
    vi: 'Nếu LibreOffice cài ở nơi khác: đặt biến môi trường EDU_COMMS_SOFFICE, hoặc khóa documents.soffice trong edu-comms.yaml, là đường dẫn tới soffice (soffice.exe).',
    en: 'If LibreOffice is installed elsewhere: set EDU_COMMS_SOFFICE, or documents.soffice in edu-comms.yaml, to the path of soffice (soffice.exe).',
  },
  'pdf.retry': {
    vi: 'Đóng các cửa sổ LibreOffice đang mở rồi chạy lại; cho thêm thời gian bằng biến EDU_COMMS_PDF_TIMEOUT (số giây, mặc định 180); hoặc ghi DOCX (--format docx) rồi tự xuất PDF/A.',
    en: 'Close any open LibreOffice windows and run again; allow more time with EDU_COMMS_PDF_TIMEOUT (seconds, default 180); or write DOCX (--format docx) and export PDF/A yourself.',
  },
  'render.summary.none': {
    vi: 'Không tìm thấy summary.json hay summary.yaml trong thư mục “{folder}”.',
    en: 'No summary.json or summary.yaml in the folder “{folder}”.',
  },
  'render.summary.several': {
    vi: 'Thư mục out có {count} bản tổng hợp ({list}); chọn bản cần lập văn bản bằng --summary.',
    en: 'The out folder holds {count} summaries ({list}); choose the one to render with --summary.',
  },
  'render.summary.several.fix': { vi: 'edu-comms render --summary {folder}', en: 'edu-comms render --summary {folder}' },
  'render.summary.found': { vi: 'Lập văn bản từ bản tổng hợp {file}.', en: 'Rendering from the summary {file}.' },
  'render.summary.none.fix': {
    vi: 'edu-comms render --summary out/<đơn vị>-<kỳ>/summary.json (thư mục edu-comms aggregate đã ghi)',
    en: 'edu-comms render --summary out/<unit>-<period>/summary.json (the folder edu-comms aggregate wrote)',
  },
  'render.summary.not_found': { vi: 'Không tìm thấy tệp tổng hợp {file}.', en: 'Summary file {file} not found.' },
  'render.summary.unreadable': { vi: 'Không đọc được tệp tổng hợp {file}: {detail}', en: 'Cannot read summary file {file}: {detail}' },
  'render.summary.is_submission': {
    vi: '{file} là báo cáo của một đơn vị, không phải tệp tổng hợp. Chạy edu-comms aggregate trước, rồi dùng summary.json nó tạo ra.',
    en: '{file} is a unit’s submission, not a summary. Run edu-comms aggregate first and render its summary.json.',
  },
  'render.summary.no_period': {
    vi: 'Tệp tổng hợp {file} không ghi kỳ báo cáo (school_year và term, month hoặc quarter): hãy tạo lại bằng edu-comms aggregate.',
    en: 'The summary {file} names no period (school_year and term, month or quarter): make it again with edu-comms aggregate.',
  },
  'render.summary.other_node': {
    vi: 'Lưu ý: tệp tổng hợp là của {node}, còn cơ quan ban hành trong cấu hình là {authority}.',
    en: 'Note: the summary is for {node}, but the issuing authority in the config is {authority}.',
  },
  'render.template.not_found': { vi: 'Không tìm thấy tệp mẫu văn bản {file}.', en: 'Template file {file} not found.' },
  'render.template.unreadable': { vi: 'Không đọc được tệp mẫu văn bản {file}: {detail}', en: 'Cannot read template file {file}: {detail}' },
  'render.template.invalid': { vi: 'Mẫu văn bản {file} có lỗi:', en: 'The template {file} has errors:' },
  'render.template.no_front_matter': {
    vi: 'Thiếu phần đầu mẫu (giữa hai dòng ---) với tên loại và trích yếu; xem templates/README.md.',
    en: 'The template lacks its front matter (between two --- lines) with the type name and subject; see templates/README.md.',
  },
  'render.template.unclosed_front_matter': {
    vi: 'Phần đầu mẫu mở bằng --- nhưng không có dòng --- đóng lại.',
    en: 'The front matter opens with --- but no --- line closes it.',
  },
  'render.template.unclosed_field': { vi: 'Thiếu dấu } đóng trường dữ liệu.', en: 'A field is missing its closing }.' },
  'render.template.bad_field': {
    vi: '“{{field}}” không phải tên trường: tên trường chỉ gồm chữ thường không dấu, số, _ và dấu chấm, ví dụ {completeness.accepted}. Muốn viết dấu ngoặc thì gõ \\{.',
    en: '“{{field}}” is not a field name: names are lower-case letters, digits, _ and dots, e.g. {completeness.accepted}. Write \\{ for a literal brace.',
  },
  'render.template.unknown_filter': { vi: 'Không có bộ lọc “{filter}”; dùng được: {filters}.', en: 'There is no filter “{filter}”; available: {filters}.' },
  'render.template.unclosed_mark': { vi: 'Dấu {mark} (in đậm/nghiêng) chưa được đóng trên dòng này.', en: 'The {mark} (bold/italic) mark is not closed on this line.' },
  'render.template.directive_needs_name': { vi: '{directive} cần tên một trường hoặc danh sách.', en: '{directive} needs the name of a field or list.' },
  'render.template.stray_directive': { vi: '{directive} không nằm trong khối @each/@if tương ứng.', en: '{directive} is not inside a matching @each/@if block.' },
  'render.template.unknown_directive': { vi: 'Không có lệnh {directive}; dùng được: @each, @empty, @if, @else, @end, @chart.', en: 'There is no directive {directive}; available: @each, @empty, @if, @else, @end, @chart.' },
  'render.template.unknown_chart': { vi: 'Không có biểu đồ “{chart}”; dùng được: {charts}.', en: 'There is no chart “{chart}”; available: {charts}.' },
  'render.template.unclosed_directive': { vi: '{directive} mở ở đây nhưng thiếu @end.', en: '{directive} opens here but has no @end.' },
  'render.template.unknown_field': { vi: 'Không có trường dữ liệu “{field}” (xem danh sách trường trong templates/README.md).', en: 'There is no field “{field}” (see the list of fields in templates/README.md).' },
  'render.template.unknown_field_near': { vi: 'Không có trường dữ liệu “{field}”; có phải {near}?', en: 'There is no field “{field}”; did you mean {near}?' },
  'render.template.unknown_list': { vi: 'Không có danh sách “{list}”; dùng được: {lists}.', en: 'There is no list “{list}”; available: {lists}.' },
  'render.template.nested_each': { vi: 'Không lồng @each trong @each.', en: '@each cannot be nested in @each.' },
  'render.meta.drafting_unit': { vi: 'Đơn vị soạn thảo (ký hiệu công văn, ví dụ VP)', en: 'Drafting unit (letter symbol, e.g. VP)' },
  'render.meta.signer_title': { vi: 'Chức vụ người ký (ví dụ PHÓ GIÁM ĐỐC)', en: "Signer's title (e.g. PHÓ GIÁM ĐỐC)" },
  'render.meta.signer_name': { vi: 'Họ và tên người ký', en: "Signer's name" },
  'render.meta.on_behalf_of': { vi: 'Chức vụ ký thay sau KT./TM./TL./TUQ. (ví dụ GIÁM ĐỐC)', en: 'Head signed for after KT./TM./TL./TUQ. (e.g. GIÁM ĐỐC)' },
  'render.meta.parent': { vi: 'Cơ quan nhận công văn (Kính gửi)', en: 'Addressee of the letter (Kính gửi)' },
  'render.meta.new_deadline': { vi: 'Hạn nộp mới (ví dụ 25/12/2024)', en: 'New deadline (e.g. 25/12/2024 or 2024-12-25)' },
  'render.remember': {
    vi: 'Ghi các câu trả lời này vào {config} để lần sau không phải hỏi lại? ({list})',
    en: 'Keep these answers in {config} so you are not asked again? ({list})',
  },
  'render.remembered': { vi: 'Đã ghi vào {config} (các chú thích trong tệp được giữ nguyên).', en: 'Saved in {config} (its comments are kept).' },
  'render.missing': { vi: 'Chưa đủ thông tin để lập văn bản:', en: 'Some details the document needs are missing:' },
  'render.missing.flag': { vi: '{label}: thêm {flag} "…" hoặc khai báo {key} trong {config}', en: '{label}: add {flag} "…" or set {key} in {config}' },
  'render.missing.key': { vi: '{label}: khai báo {key} trong {config}', en: '{label}: set {key} in {config}' },
  'render.draft': { vi: 'Bản nháp: {label} để {value}.', en: 'Draft: {label} is {value}.' },
  'render.draft.blank': { vi: 'chỗ trống (ghi tay khi ký)', en: 'a blank (written by hand when signed)' },
  'render.missing.date': { vi: 'Phải là một ngày có thật, viết như 25/12/2024 hoặc 2024-12-25.', en: 'Must be a real date, written 25/12/2024 or 2024-12-25.' },
  'render.missing.empty': { vi: 'Không được để trống.', en: 'Cannot be empty.' },
  'render.deadline.past': {
    vi: 'Hạn nộp mới {deadline} phải sau ngày của công văn {date}.',
    en: 'The new deadline {deadline} must be after the letter’s date {date}.',
  },
  'render.nothing_to_remind': {
    vi: 'Mọi đơn vị đã nộp báo cáo đúng hạn và đạt yêu cầu: không cần công văn đôn đốc.',
    en: 'Every unit has reported on time and been accepted: no reminder is needed.',
  },
  'render.written': { vi: 'Đã ghi {file} ({kind}, {period}).', en: 'Wrote {file} ({kind}, {period}).' },
  'render.kind.report': { vi: 'báo cáo', en: 'report' },
  'render.kind.letter': { vi: 'công văn gửi báo cáo', en: 'covering letter' },
  'render.kind.reminder': { vi: 'công văn đôn đốc', en: 'reminder' },
  'render.cancelled': { vi: 'Đã dừng. Chưa ghi văn bản nào.', en: 'Stopped. No document was written.' },
} satisfies Record<string, Bilingual>;
