/** The validate command: its report, severities, findings CSV. */
import type { Bilingual } from '../bilingual.js';

export const validateMessages = {
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
  'validate.skipped': {
    vi: 'Bỏ qua {count} tệp của chính edu-comms (không phải báo cáo của trường, không kiểm tra):',
    en: 'Skipped {count} files of edu-comms itself (not schools\' reports, not checked):',
  },
  'validate.skipped.summary': { vi: 'tệp tổng hợp', en: 'a summary' },
  'validate.skipped.config': { vi: 'tệp cấu hình', en: 'a configuration file' },
  'validate.skipped.roster': { vi: 'danh sách đơn vị', en: 'a roster' },
  'validate.skipped.document': { vi: 'văn bản do edu-comms lập', en: 'a document made by edu-comms' },
  'validate.skipped.metadata': { vi: 'thông tin văn bản (metadata)', en: 'a document\'s metadata' },
  'validate.skipped.feedback': { vi: 'tệp phản hồi gửi trường', en: 'feedback for a school' },
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
  'validate.rate': { vi: '{rate} tệp/giây', en: '{rate} files/s' },
  'validate.timing.rule': { vi: 'Quy tắc', en: 'Rule' },
  'validate.timing.time': { vi: 'Thời gian (ms)', en: 'Time (ms)' },
  'validate.timing.relative': { vi: 'Tỉ lệ', en: 'Relative' },

  'findings_csv.file': { vi: 'Tệp', en: 'File' },
  'findings_csv.unit': { vi: 'Mã đơn vị', en: 'Unit' },
  'findings_csv.status': { vi: 'Kết quả', en: 'Status' },
  'findings_csv.severity': { vi: 'Mức độ', en: 'Severity' },
  'findings_csv.rule': { vi: 'Quy tắc', en: 'Rule' },
  'findings_csv.location': { vi: 'Vị trí', en: 'Location' },
  'findings_csv.path': { vi: 'Trường dữ liệu', en: 'Field' },
  'findings_csv.message': { vi: 'Nội dung', en: 'Message' },
  'findings_csv.hint': { vi: 'Cách sửa', en: 'How to fix' },
  'validate.written': { vi: 'Đã ghi kết quả kiểm tra: {file}', en: 'Wrote the validation results: {file}' },
} satisfies Record<string, Bilingual>;
