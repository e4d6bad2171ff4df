import rule from '../../src/rules/topics-sum.js';
import { testRule } from './rule-tester.js';

testRule(rule, {
  valid: [
    { name: 'clean submission (40 by topic, 58 posts)' },
    {
      name: 'topics add up exactly to portal + social + press sent',
      change: (s) => (s.topics = { policy: 20, direction: 10, exams: 10, textbooks: 5, exemplary: 5, counter_misinformation: 5, other: 3 }),
    },
    { name: 'no topic given at all', change: (s) => (s.topics = { policy: 0, direction: 0, exams: 0, textbooks: 0, exemplary: 0, counter_misinformation: 0, other: 0 }) },
    {
      name: 'shares and broadcasts do not count, but they do not have to',
      change: (s) => (s.activities = { ...s.activities, official_shares: 0, broadcasts: 0, events: 0 }),
    },
  ],
  invalid: [
    {
      name: 'one more by topic than posts',
      change: (s) => (s.topics.other = 23),
      errors: [{ messageId: 'tooMany', path: 'topics', hintId: 'hint', target: 'key', data: { sum: 59, total: 58, portal: 20, social: 35, press: 3 } }],
    },
    {
      name: 'topics given, no posts',
      change: (s) => (s.activities = { ...s.activities, portal_posts: 0, social_posts: 0, press_articles_sent: 0 }),
      errors: [{ messageId: 'tooMany', path: 'topics', data: { sum: 40, total: 0 } }],
    },
    {
      name: 'articles published by the press are not posts of the unit',
      change: (s) => (s.activities = { ...s.activities, portal_posts: 10, social_posts: 10, press_articles_sent: 0, press_articles_published: 30 }),
      errors: [{ messageId: 'tooMany', path: 'topics', data: { total: 20 } }],
    },
  ],
});
