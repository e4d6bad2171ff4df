import { INCIDENT_STATUS_NAMES } from '../contract/submission.js';
import { labelOf } from './helpers.js';
import { defineRule } from './types.js';

/**
 * dong-nai-1564 §1.2: "Giải quyết, xử lý và công khai kết quả xử lý". An incident marked `resolved` says how
 * (`resolution`) and has its result published (`result_published: true`). `result_published` left out on a resolved
 * incident is reported too (with its own message): the report must say whether the result was made public. Incidents
 * still being handled are not checked.
 */
export default defineRule<'noResolution' | 'noResolutionHint' | 'notPublished' | 'publishedUnknown' | 'publishHint'>({
  id: 'incident-resolution',
  defaultSeverity: 'warning',
  source: 'dong-nai-1564 §1.2',
  description: {
    vi: 'Sự cố đã xử lý xong phải ghi kết quả xử lý và đã công khai kết quả xử lý.',
    en: 'A resolved incident must state its resolution and have its result published.',
  },
  messages: {
    noResolution: {
      vi: 'Sự cố «{summary}» ghi đã xử lý xong nhưng chưa ghi kết quả xử lý.',
      en: 'Incident “{summary}” is marked resolved but has no resolution.',
    },
    noResolutionHint: {
      vi: 'Ghi ngắn gọn đã xử lý thế nào vào mục resolution, hoặc đổi tình trạng thành handling nếu còn đang xử lý.',
      en: 'Say briefly how it was resolved, or set the status to handling if it is not finished.',
    },
    notPublished: {
      vi: 'Kết quả xử lý sự cố «{summary}» chưa được công khai (result_published: false).',
      en: 'The result of incident “{summary}” was not published (result_published: false).',
    },
    publishedUnknown: {
      vi: 'Sự cố «{summary}» đã xử lý xong nhưng chưa ghi đã công khai kết quả xử lý hay chưa (result_published).',
      en: 'Incident “{summary}” is resolved but does not say whether the result was published (result_published).',
    },
    publishHint: {
      vi: 'Công khai kết quả xử lý (trên trang thông tin, fanpage của đơn vị hoặc tại cuộc họp) rồi ghi result_published: true.',
      en: 'Publish the result (on the unit’s website or fanpage, or at a meeting), then write result_published: true.',
    },
  },
  formMessages: {
    noResolutionHint: {
      vi: 'Ghi ngắn gọn đã xử lý thế nào vào cột «{label}», hoặc đổi «{statusLabel}» thành «{handling}» nếu còn đang xử lý.',
      en: 'Say briefly how it was resolved in the “{label}” column, or set “{statusLabel}” to “{handling}” if it is not finished.',
    },
    notPublished: {
      vi: 'Kết quả xử lý sự cố «{summary}» chưa được công khai (cột «{label}» ghi {no}).',
      en: 'The result of incident “{summary}” was not published (“{label}” says {no}).',
    },
    publishedUnknown: {
      vi: 'Sự cố «{summary}» đã xử lý xong nhưng chưa ghi đã công khai kết quả xử lý hay chưa (cột «{label}» để trống).',
      en: 'Incident “{summary}” is resolved but does not say whether the result was published (“{label}” is empty).',
    },
    publishHint: {
      vi: 'Công khai kết quả xử lý (trên trang thông tin, fanpage của đơn vị hoặc tại cuộc họp) rồi chọn {yes} ở cột «{label}».',
      en: 'Publish the result (on the unit’s website or fanpage, or at a meeting), then pick {yes} in “{label}”.',
    },
  },
  needs: ['incidents'],
  check({ submission: { incidents }, report }) {
    incidents.forEach((incident, i) => {
      if (incident.status !== 'resolved') return;
      const data = { summary: incident.summary, statusLabel: labelOf(['incidents', i, 'status']).label, handling: INCIDENT_STATUS_NAMES.handling };
      if (incident.resolution === undefined) {
        report({ messageId: 'noResolution', hintId: 'noResolutionHint', path: ['incidents', i, 'resolution'], data });
      }
      if (incident.result_published !== true) {
        report({
          messageId: incident.result_published === false ? 'notPublished' : 'publishedUnknown',
          hintId: 'publishHint',
          path: ['incidents', i, 'result_published'],
          data,
        });
      }
    });
  },
});
