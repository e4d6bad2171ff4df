import { TOPIC_KEYS } from '../contract/submission.js';
import { defineRule } from './types.js';

/**
 * Topics classify the unit's own posts and articles: those on the portal, on social networks and those sent to the
 * press. A post may be counted under one topic only, so the topic counts cannot add up to more than those three.
 * (Shares of official news, broadcasts and meetings are not classified by topic.) The sum may be less: not every post
 * needs a topic.
 */
export default defineRule<'tooMany' | 'hint'>({
  id: 'topics-sum',
  defaultSeverity: 'warning',
  source: 'submission.md (số tin, bài theo chủ đề)',
  description: {
    vi: 'Tổng số tin, bài theo chủ đề không được lớn hơn số tin, bài đăng trên cổng thông tin, trên mạng xã hội và gửi báo chí cộng lại.',
    en: 'Topic counts may not add up to more than portal posts + social posts + press articles sent.',
  },
  messages: {
    tooMany: {
      vi: 'Tổng số tin, bài theo chủ đề là {sum}, nhiều hơn tổng số tin, bài của đơn vị là {total} ({portal} trên cổng thông tin + {social} trên mạng xã hội + {press} gửi báo chí).',
      en: 'Posts by topic add up to {sum}, more than the unit’s {total} posts ({portal} portal + {social} social + {press} sent to the press).',
    },
    hint: {
      vi: 'Mỗi tin, bài chỉ tính vào một chủ đề; kiểm tra lại các số ở mục Số tin, bài theo chủ đề và mục Hoạt động trong kỳ.',
      en: 'Count each post under one topic only; check the topic counts and the activity counts.',
    },
  },
  needs: ['topics', 'activities'],
  check({ submission: { topics, activities }, report }) {
    const sum = TOPIC_KEYS.reduce((n, key) => n + topics[key], 0);
    const total = activities.portal_posts + activities.social_posts + activities.press_articles_sent;
    if (sum <= total) return;
    report({
      messageId: 'tooMany',
      hintId: 'hint',
      path: ['topics'],
      target: 'key',
      data: { sum, total, portal: activities.portal_posts, social: activities.social_posts, press: activities.press_articles_sent },
    });
  },
});
