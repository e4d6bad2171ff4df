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
      en: 'Publish the result (website, fanpage or a meeting), then write result_published: true.',
    },
  },
  needs: ['incidents'],
  check({ submission: { incidents }, report }) {
    incidents.forEach((incident, i) => {
      if (incident.status !== 'resolved') return;
      const data = { summary: incident.summary };
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
