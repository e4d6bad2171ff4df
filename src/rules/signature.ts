import { hasName } from './helpers.js';
import { defineRule } from './types.js';

/**
 * NĐ 30/2020/NĐ-CP: an administrative document carries the signer's title and full name. A report without
 * `signed_by`, or whose signer has no name (or only punctuation or digits where the name goes), is not a document.
 */
export default defineRule<'missing' | 'missingHint' | 'noName' | 'notAName' | 'noNameHint'>({
  id: 'signature',
  defaultSeverity: 'error',
  source: 'NĐ 30/2020/NĐ-CP',
  description: {
    vi: 'Báo cáo phải có thủ trưởng đơn vị ký, ghi rõ chức vụ và họ tên người ký (NĐ 30/2020/NĐ-CP).',
    en: 'The report must be signed by the head of the unit, with the signer’s title and full name.',
  },
  messages: {
    missing: {
      vi: 'Báo cáo chưa có phần ký (Thủ trưởng đơn vị ký báo cáo).',
      en: 'The report has no signature block (signed_by).',
    },
    missingHint: {
      vi: 'Thêm mục signed_by với họ tên và chức vụ người ký, ví dụ name: Nguyễn Văn An, title: HIỆU TRƯỞNG.',
      en: 'Add signed_by with the signer’s name and title, e.g. name: Nguyễn Văn An, title: HIỆU TRƯỞNG.',
    },
    noName: {
      vi: 'Phần ký ({title}) chưa ghi họ và tên người ký.',
      en: 'The signature block ({title}) has no signer’s name.',
    },
    notAName: {
      vi: 'Họ và tên người ký ({title}) đang ghi «{name}», không phải tên người.',
      en: 'The signer’s name ({title}) is “{name}”, which is not a person’s name.',
    },
    noNameHint: {
      vi: 'Ghi đầy đủ họ và tên người ký dưới chức vụ, như trên văn bản giấy.',
      en: 'Write the signer’s full name, as under the title on the paper document.',
    },
  },
  formMessages: {
    missing: {
      vi: 'Báo cáo chưa có phần ký («{label}»).',
      en: 'The report has no signature block (“{label}”).',
    },
    missingHint: {
      vi: 'Điền mục «{label}»: họ tên và chức vụ người ký, ví dụ Nguyễn Văn An, HIỆU TRƯỞNG.',
      en: 'Fill in “{label}”: the signer’s name and title, e.g. Nguyễn Văn An, HIỆU TRƯỞNG.',
    },
  },
  needs: ['signed_by'],
  check({ submission: { signed_by: signedBy }, report }) {
    if (!signedBy) {
      report({ messageId: 'missing', hintId: 'missingHint', path: ['signed_by'], target: 'key' });
    } else if (!hasName(signedBy.name)) {
      report({
        messageId: signedBy.name === undefined ? 'noName' : 'notAName',
        hintId: 'noNameHint',
        path: ['signed_by', 'name'],
        data: { title: signedBy.title, name: signedBy.name },
      });
    }
  },
});
