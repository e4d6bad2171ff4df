import { defineRule } from './types.js';

/**
 * Raised by the YAML reader: an unquoted `0912345678` is a number in YAML 1.2 and would lose its leading zero. The
 * text as written is kept, and the clerk is told to quote it.
 */
export default defineRule({
  id: 'leading-zero',
  defaultSeverity: 'warning',
  source: 'YAML 1.2 (mở rộng của edu-comms)',
  description: {
    vi: 'Số điện thoại, mã số viết không có dấu nháy nên mất số 0 ở đầu.',
    en: 'A phone number or code written without quotes loses its leading zero.',
  },
  messages: {},
  needs: [],
});
