import { CHANNELS_WITH_URL, type Channel } from '../contract/submission.js';
import { defineRule } from './types.js';

/**
 * A well-formed web address: `http://` or `https://`, a host name with at least one dot (so not `localhost` or
 * `https://facebook`: a unit's channel lives on the public web), no spaces. Parsed with the WHATWG URL parser, which
 * also rejects bad ports and stray characters.
 */
export function isWebUrl(value: string): boolean {
  if (/\s/.test(value)) return false;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return false;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return false;
  const host = url.hostname;
  return /^[^.]+(\.[^.]+)+$/.test(host);
}

/** A URL written without its scheme (`facebook.com/thptdinhhoa`, `www.…`): the hint offers the fixed address. */
function withoutScheme(value: string): boolean {
  return !/^[a-z][a-z0-9+.-]*:/i.test(value) && isWebUrl(`https://${value}`);
}

const TYPE_NAMES: Record<Channel['type'], { vi: string; en: string }> = {
  website: { vi: 'Trang thông tin điện tử', en: 'Website' },
  fanpage: { vi: 'Trang fanpage', en: 'Fanpage' },
  zalo: { vi: 'Kênh Zalo', en: 'Zalo channel' },
  youtube: { vi: 'Kênh YouTube', en: 'YouTube channel' },
  tiktok: { vi: 'Kênh TikTok', en: 'TikTok channel' },
  loudspeaker: { vi: 'Loa truyền thanh', en: 'Loudspeaker' },
  other: { vi: 'Kênh', en: 'Channel' },
};

export default defineRule<'missing' | 'missingHint' | 'malformed' | 'malformedHint' | 'schemeHint'>({
  id: 'channel-url',
  defaultSeverity: 'error',
  source: 'submission.md (kênh truyền thông)',
  description: {
    vi:
      'Kênh website, fanpage, Zalo, YouTube, TikTok phải có địa chỉ; mọi địa chỉ kênh đã ghi (kể cả kênh loại khác) phải ' +
      'là địa chỉ web đầy đủ bắt đầu bằng http:// hoặc https://.',
    en: 'Website, fanpage, Zalo, YouTube and TikTok channels need a URL; every channel URL given must be a full http(s) address.',
  },
  messages: {
    missing: {
      vi: '{type_vi} «{name}» chưa ghi địa chỉ (URL).',
      en: '{type_en} “{name}” has no URL.',
    },
    missingHint: {
      vi: 'Mở trang của kênh, sao chép địa chỉ trên thanh địa chỉ của trình duyệt và dán vào mục url.',
      en: 'Open the channel, copy the address from the browser’s address bar and paste it into url.',
    },
    malformed: {
      vi: 'Địa chỉ «{value}» của {type_vi_lower} «{name}» không phải địa chỉ web hợp lệ (phải bắt đầu bằng http:// hoặc https://).',
      en: 'The URL “{value}” of {type_en_lower} “{name}” is not a valid web address (it must start with http:// or https://).',
    },
    malformedHint: {
      vi: 'Sao chép nguyên địa chỉ từ thanh địa chỉ của trình duyệt, ví dụ https://www.facebook.com/tentrang; không có dấu cách.',
      en: 'Copy the whole address from the browser, e.g. https://www.facebook.com/pagename; no spaces.',
    },
    schemeHint: {
      vi: 'Thiếu phần đầu địa chỉ: ghi là https://{value}',
      en: 'The scheme is missing: write https://{value}',
    },
  },
  formMessages: {
    missingHint: {
      vi: 'Mở trang của kênh, sao chép địa chỉ trên thanh địa chỉ của trình duyệt và dán vào cột «{label}».',
      en: 'Open the channel, copy the address from the browser’s address bar and paste it into the “{label}” column.',
    },
  },
  needs: ['channels'],
  check({ submission: { channels }, report }) {
    channels.forEach((channel, i) => {
      const type = TYPE_NAMES[channel.type];
      const data = {
        type_vi: type.vi,
        type_en: type.en,
        type_vi_lower: type.vi.toLowerCase(),
        type_en_lower: type.en.toLowerCase(),
        name: channel.name ?? `#${i + 1}`,
      };
      if (channel.url === undefined) {
        if (CHANNELS_WITH_URL.includes(channel.type)) {
          report({ messageId: 'missing', hintId: 'missingHint', path: ['channels', i, 'url'], data });
        }
        return;
      }
      if (isWebUrl(channel.url)) return;
      report({
        messageId: 'malformed',
        hintId: withoutScheme(channel.url) ? 'schemeHint' : 'malformedHint',
        path: ['channels', i, 'url'],
        data: { ...data, value: channel.url },
      });
    });
  },
});
