import { defineRule } from './types.js';

/** Raised by the schema layer (zod) with the field's label; listed here for docs and config. */
export default defineRule({
  id: 'schema',
  defaultSeverity: 'error',
  source: 'submission.md (hợp đồng dữ liệu)',
  description: {
    vi: 'Thiếu mục bắt buộc, sai kiểu dữ liệu, mục lạ (thường do gõ sai), giá trị ngoài danh mục, ngày sai, số âm hoặc số lẻ.',
    en: 'Missing field, wrong type, unknown key, bad enum value, bad date, negative or fractional count.',
  },
  messages: {},
  needs: [],
});
