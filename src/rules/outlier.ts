import { z } from 'zod';
import { labelled as L } from '../contract/meta.js';
import type { PeriodRef } from '../contract/period.js';
import { ACTIVITY_KEYS, FEEDBACK_KEYS, SOCIAL_MEDIA_COUNT_KEYS, TOPIC_KEYS, type Submission } from '../contract/submission.js';
import type { FieldPath } from '../contract/walk.js';
import { labelOf, periodNames } from './helpers.js';
import { defineRule } from './types.js';

/**
 * Default maxima, per indicator, for ONE unit in ONE term (HK1 or HK2: about 18–20 school weeks). They are set for the
 * busiest unit that reports on its own work — a provincial department's office or a very large school — so that a
 * value above them is implausible rather than merely high: most often an extra 0, a cumulative count (since the
 * start of the school year, or since the page was opened), or a figure that belongs in another field. Every value
 * can be changed in `rules.options.outlier.max` (keys as below; `null` turns the check off for that indicator).
 *
 * Counts of what happens in the period ("flows") are scaled by the period's length (`scale`, below); counts of what
 * the unit has ("stocks": collaborators, followers) are not.
 */
export const DEFAULT_MAX: Readonly<Record<string, number>> = {
  // ~20 a school day: a department's portal publishes several a day, a school a few a week.
  'activities.portal_posts': 2000,
  // all social networks together (fanpage, Zalo, TikTok, …): ~30 a school day.
  'activities.social_posts': 3000,
  'activities.official_shares': 3000,
  // articles written for and published by the press: a few a week even for a department.
  'activities.press_articles_sent': 500,
  'activities.press_articles_published': 500,
  // press releases are issued for big events only: a couple a week at most.
  'activities.press_releases': 100,
  'activities.press_answers': 300,
  // a school's loudspeaker twice a day is ~200 a term; radio and TV slots on top.
  'activities.broadcasts': 1000,
  // conferences, trainings, contests: more than a few a school day is not plausible.
  'activities.events': 300,
  // parent meetings per class (60 classes × 3) plus village and ward meetings.
  'activities.community_meetings': 1000,
  // topics classify posts (see topics-sum): each at most what all posts could be.
  ...Object.fromEntries(TOPIC_KEYS.map((key) => [`topics.${key}`, 3000])),
  // one channel's posts in the period.
  'channels[].posts': 3000,
  // stock: the Ministry's own page has about a million followers; no unit's page has more.
  'channels[].followers': 1_000_000,
  // stock: a school has a handful of collaborators, a department's network a few hundred.
  'governance.collaborators': 500,
  // public feedback received by one unit; a department's hotline included.
  'feedback.received': 2000,
  'feedback.resolved': 2000,
  'feedback.results_published': 2000,
  // violations by the unit's own staff on social networks: a dozen would already be alarming.
  'social_media.violations_detected': 200,
  'social_media.violations_handled': 200,
};

/** Indicators that are stocks, not flows: not scaled by the period's length. */
const STOCKS = new Set(['channels[].followers', 'governance.collaborators']);

/**
 * Factors applied to the term maxima for other period forms: a whole school year (CN) doubles them; a quarter (about
 * three months, like a term's teaching time) keeps them; a month halves them (still generous — a month is a quarter
 * of a term or less — so that monthly reports are not flagged for a busy month). Limits are rounded up.
 */
export const DEFAULT_SCALE: Readonly<Record<'term' | 'CN' | 'quarter' | 'month', number>> = { term: 1, CN: 2, quarter: 1, month: 0.5 };

/** A maximum: a number ≥ 0, or null for no limit on that indicator. */
const maximum = () => z.number({ error: 'expected_number' }).min(0, { error: 'expected_number' }).nullable().optional();
const factor = () => z.number({ error: 'expected_factor' }).positive({ error: 'expected_factor' }).optional();

/** What `rules.options.outlier` may hold: maxima of the indicators above, scale factors of the period forms. */
const OptionsSchema = z.strictObject({
  max: L(
    z.strictObject(Object.fromEntries(Object.keys(DEFAULT_MAX).map((key) => [key, L(maximum(), key, key)]))).optional(),
    'Mức tối đa hợp lý của từng chỉ số',
    'Plausible maximum of each indicator',
  ),
  scale: L(
    z
      .strictObject({
        term: L(factor(), 'Hệ số cho học kỳ', 'Factor for a term'),
        CN: L(factor(), 'Hệ số cho cả năm học', 'Factor for a school year'),
        quarter: L(factor(), 'Hệ số cho quý', 'Factor for a quarter'),
        month: L(factor(), 'Hệ số cho tháng', 'Factor for a month'),
      })
      .optional(),
    'Hệ số nhân mức tối đa theo loại kỳ',
    'Factor of the maxima per period form',
  ),
});

type Options = { max: Record<string, number | null>; scale: Record<string, number> };

function scaleKey(ref: PeriodRef): keyof typeof DEFAULT_SCALE {
  if (ref.kind === 'term') return ref.term === 'CN' ? 'CN' : 'term';
  return ref.kind;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The limit of each indicator for this period: the configured maxima merged over the defaults, then scaled. */
export function limitsFor(ref: PeriodRef | null, options: Partial<Options>): Map<string, number> {
  const max: Record<string, unknown> = { ...DEFAULT_MAX, ...(isRecord(options.max) ? options.max : {}) };
  const scales: Record<string, unknown> = { ...DEFAULT_SCALE, ...(isRecord(options.scale) ? options.scale : {}) };
  const raw = ref ? scales[scaleKey(ref)] : 1;
  const factor = typeof raw === 'number' && raw > 0 ? raw : 1;
  const limits = new Map<string, number>();
  for (const [key, value] of Object.entries(max)) {
    if (typeof value !== 'number' || !(value >= 0)) continue; // null (or anything else): no limit
    limits.set(key, STOCKS.has(key) ? value : Math.ceil(value * factor));
  }
  return limits;
}

/** Every counted value of a submission with its indicator key and field path. */
function indicators(s: Submission): Array<{ key: string; path: FieldPath; value: number; channel?: string }> {
  const out: Array<{ key: string; path: FieldPath; value: number; channel?: string }> = [];
  for (const key of ACTIVITY_KEYS) out.push({ key: `activities.${key}`, path: ['activities', key], value: s.activities[key] });
  for (const key of TOPIC_KEYS) out.push({ key: `topics.${key}`, path: ['topics', key], value: s.topics[key] });
  s.channels.forEach((channel, i) => {
    const name = channel.name ?? channel.url ?? `#${i + 1}`;
    out.push({ key: 'channels[].posts', path: ['channels', i, 'posts'], value: channel.posts, channel: name });
    if (channel.followers !== undefined) {
      out.push({ key: 'channels[].followers', path: ['channels', i, 'followers'], value: channel.followers, channel: name });
    }
  });
  out.push({ key: 'governance.collaborators', path: ['governance', 'collaborators'], value: s.governance.collaborators });
  for (const key of FEEDBACK_KEYS) {
    out.push({ key: `feedback.${key}`, path: ['feedback', key], value: s.feedback[key] });
  }
  for (const key of SOCIAL_MEDIA_COUNT_KEYS) {
    out.push({ key: `social_media.${key}`, path: ['social_media', key], value: s.social_media[key] });
  }
  return out;
}

export default defineRule<'tooHigh' | 'channelTooHigh' | 'hint', Options>({
  id: 'outlier',
  defaultSeverity: 'warning',
  source: 'edu-comms (mức tối đa hợp lý, chỉnh trong rules.options.outlier)',
  description: {
    vi:
      'Số liệu vượt mức tối đa hợp lý cho một đơn vị trong một kỳ (thường do thừa chữ số 0 hoặc ghi số lũy kế). Mức ' +
      'mặc định tính cho một học kỳ, nhân 2 cho cả năm học, giữ nguyên cho quý, chia đôi cho tháng; số cộng tác viên và ' +
      'số người theo dõi không nhân chia. Chỉnh ở rules.options.outlier.max và rules.options.outlier.scale.',
    en:
      'A count above a plausible maximum for one unit in one period (often an extra 0 or a cumulative figure). Defaults are ' +
      'per term, doubled for a school year, kept for a quarter, halved for a month; collaborators and followers are not ' +
      'scaled. Configure rules.options.outlier.max and rules.options.outlier.scale.',
  },
  messages: {
    tooHigh: {
      vi: '«{label}» là {value}, vượt mức tối đa hợp lý {max} cho một đơn vị trong {period}.',
      en: '“{label}” is {value}, above the plausible maximum of {max} for one unit in {period}.',
    },
    channelTooHigh: {
      vi: '«{label}» của kênh «{channel}» là {value}, vượt mức tối đa hợp lý {max} cho một kênh trong {period}.',
      en: '“{label}” of channel “{channel}” is {value}, above the plausible maximum of {max} for one channel in {period}.',
    },
    hint: {
      vi: 'Kiểm tra lại số liệu (thừa chữ số 0? số lũy kế từ đầu năm thay vì số trong kỳ?). Nếu số đúng thì giữ nguyên; mức tối đa của chỉ số {key} chỉnh ở rules.options.outlier.max.',
      en: 'Check the figure (an extra 0? a cumulative count instead of the period’s?). If it is right, keep it; the maximum for {key} is set in rules.options.outlier.max.',
    },
  },
  formMessages: {
    hint: {
      vi: 'Kiểm tra lại số liệu (thừa chữ số 0? số lũy kế từ đầu năm thay vì số trong kỳ?). Nếu số đúng thì giữ nguyên; mức tối đa của «{label}» do cơ quan tiếp nhận báo cáo đặt trong cấu hình của mình.',
      en: 'Check the figure (an extra 0? a cumulative count instead of the period’s?). If it is right, keep it; the maximum for “{label}” is set by the receiving office in its configuration.',
    },
  },
  needs: ['period', 'governance', 'channels', 'activities', 'topics', 'feedback', 'social_media'],
  defaultOptions: { max: { ...DEFAULT_MAX }, scale: { ...DEFAULT_SCALE } },
  optionsSchema: OptionsSchema,
  check({ submission, period, options, report }) {
    const ref = period?.ref ?? null;
    const limits = limitsFor(ref, options);
    const names = ref ? periodNames(ref) : { period: { vi: 'kỳ báo cáo', en: 'the period' } };
    for (const { key, path, value, channel } of indicators(submission)) {
      const max = limits.get(key);
      if (max === undefined || value <= max) continue;
      report({
        messageId: channel === undefined ? 'tooHigh' : 'channelTooHigh',
        hintId: 'hint',
        path,
        data: { ...labelOf(path), ...names, key, value, max, ...(channel === undefined ? {} : { channel }) },
      });
    }
  },
});
