import { describe, expect, it } from 'vitest';
import type { PeriodRef } from '../../src/contract/period.js';
import rule, { DEFAULT_MAX, limitsFor } from '../../src/rules/outlier.js';
import { testRule } from './rule-tester.js';

const HK1: PeriodRef = { kind: 'term', school_year: '2024-2025', term: 'HK1' };

describe('outlier limits', () => {
  it('has a documented default for every counted field of the contract', () => {
    const keys = Object.keys(DEFAULT_MAX);
    for (const key of ['activities.portal_posts', 'activities.community_meetings', 'topics.policy', 'topics.other', 'channels[].posts', 'channels[].followers']) {
      expect(keys).toContain(key);
    }
    for (const key of ['governance.collaborators', 'feedback.received', 'feedback.resolved', 'feedback.results_published']) expect(keys).toContain(key);
    for (const key of ['social_media.violations_detected', 'social_media.violations_handled']) expect(keys).toContain(key);
    expect(Object.values(DEFAULT_MAX).every((n) => Number.isInteger(n) && n > 0)).toBe(true);
  });
  it('portal posts: 2000 a term, 4000 a school year, 1000 a month, 2000 a quarter', () => {
    expect(limitsFor(HK1, {}).get('activities.portal_posts')).toBe(2000);
    expect(limitsFor({ ...HK1, term: 'CN' }, {}).get('activities.portal_posts')).toBe(4000);
    expect(limitsFor({ kind: 'month', month: '2024-10' }, {}).get('activities.portal_posts')).toBe(1000);
    expect(limitsFor({ kind: 'quarter', quarter: '2024-Q4' }, {}).get('activities.portal_posts')).toBe(2000);
  });
  it('stocks are not scaled', () => {
    const month = limitsFor({ kind: 'month', month: '2024-10' }, {});
    expect(month.get('governance.collaborators')).toBe(DEFAULT_MAX['governance.collaborators']);
    expect(month.get('channels[].followers')).toBe(DEFAULT_MAX['channels[].followers']);
  });
  it('configured maxima merge over the defaults; null turns one off', () => {
    const limits = limitsFor(HK1, { max: { 'activities.events': 10, 'feedback.received': null } });
    expect(limits.get('activities.events')).toBe(10);
    expect(limits.has('feedback.received')).toBe(false);
    expect(limits.get('activities.portal_posts')).toBe(2000);
  });
  it('scale factors are configurable and rounded up', () => {
    expect(limitsFor({ kind: 'month', month: '2024-10' }, { scale: { month: 0.3 } }).get('activities.press_releases')).toBe(30);
    expect(limitsFor({ kind: 'month', month: '2024-10' }, { max: { 'activities.events': 5 } }).get('activities.events')).toBe(3);
  });
});

testRule(rule, {
  valid: [
    { name: 'clean submission' },
    { name: 'exactly at the term maximum', change: (s) => (s.activities.portal_posts = 2000) },
    { name: 'a school year may have twice as many', change: (s) => ((s.period = { school_year: '2024-2025', term: 'CN' }), (s.activities.portal_posts = 4000)) },
    { name: 'a month at half the term maximum', change: (s) => ((s.period = { month: '2024-10' }), (s.activities.portal_posts = 1000)) },
    { name: 'followers are not scaled down for a month', change: (s) => ((s.period = { month: '2024-10' }), (s.channels[1]!.followers = 900_000)) },
    { name: 'a higher configured maximum', change: (s) => (s.activities.portal_posts = 2500), options: { max: { 'activities.portal_posts': 3000 } } },
    { name: 'an indicator turned off', change: (s) => (s.feedback.received = 99_999), options: { max: { 'feedback.received': null } } },
    { name: 'a month scaled like a term by config', change: (s) => ((s.period = { month: '2024-10' }), (s.activities.portal_posts = 1500)), options: { scale: { month: 1 } } },
  ],
  invalid: [
    {
      name: 'portal posts one above the term maximum',
      change: (s) => (s.activities.portal_posts = 2001),
      errors: [
        {
          messageId: 'tooHigh',
          path: 'activities.portal_posts',
          hintId: 'hint',
          data: { value: 2001, max: 2000, key: 'activities.portal_posts', label: expect.objectContaining({ vi: 'Tin, bài đăng trên cổng/trang thông tin điện tử' }), period: expect.objectContaining({ vi: 'học kỳ I năm học 2024-2025' }) },
        },
      ],
    },
    {
      name: 'a month with a term’s worth of posts',
      change: (s) => ((s.period = { month: '2024-10' }), (s.activities.portal_posts = 1001)),
      errors: [{ messageId: 'tooHigh', path: 'activities.portal_posts', data: { max: 1000 } }],
    },
    {
      name: 'an extra zero on one channel’s posts',
      change: (s) => (s.channels[1]!.posts = 35_000),
      errors: [{ messageId: 'channelTooHigh', path: 'channels[1].posts', data: { channel: 'Trường THPT Định Hóa', max: 3000 } }],
    },
    {
      name: 'followers of a page above any page in the sector',
      change: (s) => (s.channels[1]!.followers = 1_000_001),
      errors: [{ messageId: 'channelTooHigh', path: 'channels[1].followers' }],
    },
    {
      name: 'collaborators are not scaled up for a school year',
      change: (s) => ((s.period = { school_year: '2024-2025', term: 'CN' }), (s.governance.collaborators = 501)),
      errors: [{ messageId: 'tooHigh', path: 'governance.collaborators', data: { max: 500 } }],
    },
    {
      name: 'a lower configured maximum; the defaults still apply elsewhere',
      change: (s) => (s.activities.press_releases = 101),
      options: { max: { 'feedback.received': 3 } },
      errors: [
        { messageId: 'tooHigh', path: 'feedback.received', data: { value: 4, max: 3 } },
        { messageId: 'tooHigh', path: 'activities.press_releases', data: { max: 100 } },
      ],
    },
    {
      name: 'topics, feedback and social media',
      change: (s) => {
        s.topics.exams = 3001;
        s.feedback = { received: 2001, resolved: 2001, results_published: 2001 };
        s.social_media = { staff_briefed: true, violations_detected: 201, violations_handled: 201 };
      },
      errors: [
        { messageId: 'tooHigh', path: 'topics.exams' },
        { messageId: 'tooHigh', path: 'feedback.received' },
        { messageId: 'tooHigh', path: 'feedback.resolved' },
        { messageId: 'tooHigh', path: 'feedback.results_published' },
        { messageId: 'tooHigh', path: 'social_media.violations_detected' },
        { messageId: 'tooHigh', path: 'social_media.violations_handled' },
      ],
    },
  ],
});
