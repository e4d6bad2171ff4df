import { describe, expect, it } from 'vitest';
import rule, { isWebUrl } from '../../src/rules/channel-url.js';
import type { Channel } from '../../src/contract/submission.js';
import { testRule } from './rule-tester.js';

const channel = (type: Channel['type'], url?: string): Channel => ({
  type,
  ...(url === undefined ? {} : { url }),
  managed_by_leader: true,
  connected_to_parent: true,
  posts: 1,
});

describe('isWebUrl', () => {
  it.each([
    'https://thptdinhhoa.edu.vn',
    'http://thptdinhhoa.edu.vn/',
    'https://www.facebook.com/DongNaiEdu',
    'https://zalo.me/0912345678',
    'https://www.youtube.com/@thptdinhhoa',
    'https://www.tiktok.com/@thpt.dinhhoa?lang=vi',
    'https://trường.edu.vn',
  ])('accepts %s', (url) => expect(isWebUrl(url)).toBe(true));
  it.each([
    'facebook.com/thptdinhhoa',
    'www.thptdinhhoa.edu.vn',
    'htps://thptdinhhoa.edu.vn',
    'ftp://thptdinhhoa.edu.vn',
    'https://facebook',
    'https://thpt dinhhoa.edu.vn',
    'https://',
    'https://thptdinhhoa.edu.vn:99999',
    'Trang của trường',
    'mailto:a@b.vn',
  ])('rejects %j', (url) => expect(isWebUrl(url)).toBe(false));
});

testRule(rule, {
  valid: [
    { name: 'clean submission' },
    { name: 'a loudspeaker has no address', change: (s) => s.channels.push(channel('loudspeaker')) },
    { name: 'an "other" channel without an address', change: (s) => s.channels.push(channel('other')) },
    { name: 'an "other" channel with a good address', change: (s) => s.channels.push(channel('other', 'https://bantin.thptdinhhoa.edu.vn')) },
    { name: 'http, not https', change: (s) => (s.channels[0]!.url = 'http://thptdinhhoa.edu.vn') },
    {
      name: 'Zalo, YouTube and TikTok with addresses',
      change: (s) =>
        s.channels.push(channel('zalo', 'https://zalo.me/123456'), channel('youtube', 'https://youtube.com/@x'), channel('tiktok', 'https://tiktok.com/@x')),
    },
    { name: 'no channels', change: (s) => (s.channels = []) },
  ],
  invalid: [
    {
      name: 'website without an address',
      change: (s) => delete s.channels[0]!.url,
      errors: [{ messageId: 'missing', path: 'channels[0].url', hintId: 'missingHint', data: { type_vi: 'Trang thông tin điện tử', name: '#1' } }],
    },
    {
      name: 'fanpage without an address',
      change: (s) => delete s.channels[1]!.url,
      errors: [{ messageId: 'missing', path: 'channels[1].url', data: { name: 'Trường THPT Định Hóa' } }],
    },
    {
      name: 'Zalo, YouTube, TikTok without addresses',
      change: (s) => s.channels.push(channel('zalo'), channel('youtube'), channel('tiktok')),
      errors: [
        { messageId: 'missing', path: 'channels[2].url' },
        { messageId: 'missing', path: 'channels[3].url' },
        { messageId: 'missing', path: 'channels[4].url' },
      ],
    },
    {
      name: 'address without https:// gets the fixed address as hint',
      change: (s) => (s.channels[1]!.url = 'facebook.com/thptdinhhoa'),
      errors: [{ messageId: 'malformed', path: 'channels[1].url', hintId: 'schemeHint', data: { value: 'facebook.com/thptdinhhoa' } }],
    },
    {
      name: 'misspelt scheme',
      change: (s) => (s.channels[0]!.url = 'htps://thptdinhhoa.edu.vn'),
      errors: [{ messageId: 'malformed', path: 'channels[0].url', hintId: 'malformedHint' }],
    },
    { name: 'a space inside', change: (s) => (s.channels[0]!.url = 'https://thpt dinhhoa.edu.vn'), errors: [{ messageId: 'malformed', path: 'channels[0].url' }] },
    { name: 'not http(s)', change: (s) => (s.channels[0]!.url = 'ftp://thptdinhhoa.edu.vn'), errors: [{ messageId: 'malformed', path: 'channels[0].url' }] },
    {
      name: 'a loudspeaker with a text instead of an address',
      change: (s) => s.channels.push(channel('loudspeaker', 'Loa xã Bình Yên')),
      errors: [{ messageId: 'malformed', path: 'channels[2].url' }],
    },
  ],
});
