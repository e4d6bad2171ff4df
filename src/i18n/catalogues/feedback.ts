/** Feedback to schools. */
import type { Bilingual } from '../bilingual.js';

export const feedbackMessages = {
  // feedback to the schools (validate --feedback)
  'feedback.to': { vi: 'Kính gửi: {unit}', en: 'To: {unit}' },
  'feedback.about': {
    vi: 'Báo cáo công tác truyền thông {period} (tệp {file}): {verdict}',
    en: 'Communication report for {period} (file {file}): {verdict}',
  },
  'feedback.no_period': { vi: '(chưa rõ kỳ báo cáo)', en: '(period not given)' },
  'feedback.verdict.rejected': {
    vi: 'CHƯA ĐẠT — có {errors} lỗi phải sửa và {warnings} điểm cần xem lại.',
    en: 'NOT ACCEPTED — {errors} errors to fix and {warnings} points to check.',
  },
  'feedback.verdict.rejected_errors_only': { vi: 'CHƯA ĐẠT — có {errors} lỗi phải sửa.', en: 'NOT ACCEPTED — {errors} errors to fix.' },
  'feedback.verdict.accepted': { vi: 'ĐẠT, có {warnings} điểm cần xem lại.', en: 'ACCEPTED, with {warnings} points to check.' },
  'feedback.fix': { vi: 'Cách sửa', en: 'How to fix' },
  'feedback.where.cell': { vi: 'trang «{sheet}», ô {cell}', en: 'sheet «{sheet}», cell {cell}' },
  'feedback.where.cell_of_sheet': { vi: 'cột {column}, dòng {row} của bảng câu trả lời', en: 'column {column}, row {row} of the responses sheet' },
  'feedback.where.question': { vi: 'câu «{question}»', en: 'question «{question}»' },
  'feedback.where.line': { vi: 'dòng {line}', en: 'line {line}' },
  'feedback.ask.rejected.by': {
    vi: 'Đề nghị đơn vị sửa các lỗi trên và gửi lại báo cáo trước ngày {deadline}.',
    en: 'Please fix the errors above and send the report again by {deadline}.',
  },
  'feedback.ask.rejected.late': {
    vi: 'Hạn nộp báo cáo là ngày {deadline} (đã qua); đề nghị đơn vị sửa các lỗi trên và gửi lại ngay.',
    en: 'The deadline was {deadline} (passed); please fix the errors above and send the report again at once.',
  },
  'feedback.ask.rejected.soon': {
    vi: 'Đề nghị đơn vị sửa các lỗi trên và gửi lại báo cáo sớm nhất có thể.',
    en: 'Please fix the errors above and send the report again as soon as possible.',
  },
  'feedback.ask.accepted.by': {
    vi: 'Đề nghị đơn vị xem lại các điểm trên; nếu cần sửa, gửi lại báo cáo trước ngày {deadline}.',
    en: 'Please check the points above; if anything needs fixing, send the report again by {deadline}.',
  },
  'feedback.ask.accepted.late': {
    vi: 'Đề nghị đơn vị xem lại các điểm trên (hạn nộp {deadline} đã qua); nếu cần sửa, gửi lại ngay.',
    en: 'Please check the points above (the deadline {deadline} has passed); if anything needs fixing, send it again at once.',
  },
  'feedback.ask.accepted.soon': {
    vi: 'Đề nghị đơn vị xem lại các điểm trên; nếu cần sửa, gửi lại báo cáo.',
    en: 'Please check the points above; if anything needs fixing, send the report again.',
  },
  'feedback.digest.title': { vi: 'PHẢN HỒI KẾT QUẢ KIỂM TRA BÁO CÁO — {count} đơn vị', en: 'FEEDBACK ON THE REPORTS — {count} units' },
  'feedback.digest.no_parent': { vi: 'Đơn vị không có trong danh sách', en: 'Units not in the roster' },
  'feedback.digest.count': { vi: '{count} đơn vị', en: '{count} units' },
  'feedback.sheet': { vi: 'Cần sửa', en: 'To fix' },
  'feedback.sheet.title': { vi: 'Các điểm cần sửa, xem lại trong báo cáo', en: 'What to fix or check in this report' },
  'feedback.sheet.number': { vi: 'STT', en: 'No.' },
  'feedback.sheet.where': { vi: 'Vị trí', en: 'Where' },
  'feedback.sheet.severity': { vi: 'Mức độ', en: 'Severity' },
  'feedback.sheet.message': { vi: 'Nội dung', en: 'Finding' },
  'feedback.sheet.fix': { vi: 'Cách sửa', en: 'How to fix' },
  'feedback.sheet.note': {
    vi: 'Các ô có điểm cần sửa được tô màu (đỏ: lỗi, vàng: cảnh báo) và có ghi chú; sửa xong gửi lại chính tệp này.',
    en: 'Cells with findings are coloured (red: error, yellow: warning) and carry a note; fix them and send this file back.',
  },
  'feedback.in_input': {
    vi: 'Thư mục phản hồi {dir} nằm trong thư mục báo cáo đang kiểm tra ({input}); tệp phản hồi sẽ lẫn vào báo cáo.',
    en: 'The feedback folder {dir} is inside the reports being validated ({input}); feedback would mix with the reports.',
  },
  'feedback.in_input.fix': { vi: 'Chọn thư mục khác, ví dụ --feedback phan-hoi (bên ngoài thư mục báo cáo).', en: 'Choose another folder, e.g. --feedback feedback (outside the reports).' },
  'feedback.written': {
    vi: 'Đã ghi phản hồi cho {count} đơn vị ({workbooks} tệp Excel có đánh dấu) vào {dir}; tất cả trong một tệp: {digest}',
    en: 'Wrote feedback for {count} units ({workbooks} annotated workbooks) into {dir}; all in one file: {digest}',
  },
  'feedback.none': { vi: 'Không có báo cáo nào cần phản hồi (không có lỗi, cảnh báo).', en: 'No report needs feedback (no errors or warnings).' },
} satisfies Record<string, Bilingual>;
