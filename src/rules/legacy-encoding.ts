import { defineRule } from './types.js';

/**
 * Raised by the readers (YAML and Excel): text typed with a legacy Vietnamese keyboard encoding (TCVN3 `.VnTime`, VNI)
 * is converted to Unicode and the clerk is told which field or cell it was in, so they can check the result.
 */
export default defineRule({
  id: 'legacy-encoding',
  defaultSeverity: 'warning',
  source: 'TCVN 6909:2001 (Unicode), Nghị định 30/2020/NĐ-CP Phụ lục I (phông chữ Unicode) — mở rộng của edu-comms',
  description: {
    vi: 'Chữ gõ bằng bảng mã cũ (TCVN3 – .VnTime, VNI) được tự chuyển sang Unicode; cần xem lại cho đúng.',
    en: 'Text typed in a legacy encoding (TCVN3 .VnTime, VNI) was converted to Unicode; check the result.',
  },
  messages: {},
  needs: [],
});
