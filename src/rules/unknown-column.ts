import { defineRule } from './types.js';

/**
 * Raised by the responses-sheet reader: a column whose header is not a question of the report (a question the office
 * added to its online form, or one renamed). Its answers are not read, so the clerk is told which column it was; it is
 * not an error, because the rest of the row is read as usual.
 */
export default defineRule({
  id: 'unknown-column',
  defaultSeverity: 'info',
  source: 'Hợp đồng báo cáo (submission) — mở rộng của edu-comms cho bảng câu trả lời của biểu mẫu trực tuyến',
  description: {
    vi: 'Cột của bảng câu trả lời không phải câu hỏi của mẫu báo cáo; nội dung cột không được đọc.',
    en: 'A column of the responses sheet that is not a question of the report; its answers are not read.',
  },
  messages: {},
  needs: [],
});
