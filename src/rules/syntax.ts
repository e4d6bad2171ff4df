import { defineRule } from './types.js';

/** Raised by the readers (YAML, Excel) when a file cannot be parsed at all; listed here for docs and config. */
export default defineRule({
  id: 'syntax',
  defaultSeverity: 'error',
  source: '—',
  description: {
    vi: 'Tệp không đọc được: lỗi cú pháp YAML, không phải bảng tính, không đúng mẫu của edu-comms, tệp trống.',
    en: 'The file cannot be parsed: YAML syntax, not a workbook, not this tool’s form, empty file.',
  },
  messages: {},
  needs: [],
});
