/**
 * The names of a summary's figures in the clerk's language, for the terminal and the Excel tables. Figures that are
 * fields of the submission take the label the contract gives them, so the summary speaks like the form.
 */
import {
  ACTIVITY_KEYS,
  CHANNEL_TYPES,
  FEEDBACK_KEYS,
  INCIDENT_SEVERITIES,
  INCIDENT_STATUSES,
  LEVEL_NAMES,
  SOCIAL_MEDIA_COUNT_KEYS,
  SubmissionSchema,
  TOPIC_KEYS,
  type Level,
} from '../contract/submission.js';
import { RATE_KEYS, UNIT_COUNT_KEYS, type RateKey, type Totals, type UnitCounts } from '../contract/summary.js';
import { fieldAt, valueAt } from '../contract/walk.js';
import { t, type Lang } from '../i18n/index.js';

const fieldLabel = (path: string[], lang: Lang) => fieldAt(SubmissionSchema, path).meta?.label[lang] ?? path.join('.');

export interface TotalLine {
  label: string;
  value: (totals: Totals) => number;
}

/** Every figure of `totals`, in the order of the form. */
export function totalLines(lang: Lang): TotalLine[] {
  return [
    ...ACTIVITY_KEYS.map((k) => ({ label: fieldLabel(['activities', k], lang), value: (x: Totals) => x.activities[k] })),
    ...TOPIC_KEYS.map((k) => ({
      label: `${fieldLabel(['topics'], lang)}: ${fieldLabel(['topics', k], lang)}`,
      value: (x: Totals) => x.topics[k],
    })),
    ...CHANNEL_TYPES.map((k) => ({ label: t(`aggregate.channel.${k}`, lang), value: (x: Totals) => x.channel_posts[k] })),
    ...FEEDBACK_KEYS.map((k) => ({
      label: fieldLabel(['feedback', k], lang),
      value: (x: Totals) => x.feedback[k],
    })),
    ...SOCIAL_MEDIA_COUNT_KEYS.map((k) => ({
      label: `${fieldLabel(['social_media'], lang)}: ${fieldLabel(['social_media', k], lang).toLowerCase()}`,
      value: (x: Totals) => x.social_media[k],
    })),
    { label: t('aggregate.incidents.total', lang), value: (x: Totals) => x.incidents.total },
    ...INCIDENT_SEVERITIES.map((k) => ({ label: t(`aggregate.incidents.${k}`, lang), value: (x: Totals) => x.incidents.by_severity[k] })),
    ...INCIDENT_STATUSES.map((k) => ({ label: t(`aggregate.incidents.${k}`, lang), value: (x: Totals) => x.incidents.by_status[k] })),
    { label: t('aggregate.count.exemplary_models', lang), value: (x: Totals) => x.exemplary_models },
    { label: t('aggregate.count.commendations', lang), value: (x: Totals) => x.commendations },
    { label: fieldLabel(['governance', 'collaborators'], lang), value: (x: Totals) => x.collaborators },
  ];
}

export function rateLabel(key: RateKey, lang: Lang): string {
  return t(`aggregate.rate.${key}`, lang);
}
export { RATE_KEYS };

export { UNIT_COUNT_KEYS };

/** Column titles of the main counts of the per-unit table. */
export function unitCountLabel(key: keyof UnitCounts, lang: Lang): string {
  switch (key) {
    case 'feedback_received':
      return fieldLabel(['feedback', 'received'], lang);
    case 'feedback_resolved':
      return fieldLabel(['feedback', 'resolved'], lang);
    case 'incidents':
      return t('aggregate.incidents.total', lang);
    case 'exemplary_models':
      return t('aggregate.count.exemplary_models', lang);
    default:
      return fieldLabel(['activities', key], lang);
  }
}

/**
 * Where each main per-unit count stands in a breakdown's totals (the dotted path of `flatTotals` and of a comparison's
 * `totals`): the one mapping, read by `unitCountsOf` and by the comparison of main indicators.
 */
export const MAIN_TOTAL_PATHS: Readonly<Record<keyof UnitCounts, string>> = {
  portal_posts: 'activities.portal_posts',
  social_posts: 'activities.social_posts',
  press_articles_sent: 'activities.press_articles_sent',
  press_articles_published: 'activities.press_articles_published',
  events: 'activities.events',
  feedback_received: 'feedback.received',
  feedback_resolved: 'feedback.resolved',
  incidents: 'incidents.total',
  exemplary_models: 'exemplary_models',
};
const totalPathSegments = UNIT_COUNT_KEYS.map((k) => [k, MAIN_TOTAL_PATHS[k].split('.')] as const);

/** The same main counts read from a breakdown's totals (so the by-child and by-level tables match the unit table). */
export function unitCountsOf(totals: Totals): UnitCounts {
  return Object.fromEntries(totalPathSegments.map(([k, path]) => [k, valueAt(totals, path)])) as UnitCounts;
}

export function levelName(level: Level, lang: Lang): string {
  return LEVEL_NAMES[level][lang];
}


/** A percentage as a clerk writes it: `83,3` in Vietnamese, `83.3` in English; empty when undefined. */
export function formatPct(pct: number | null, lang: Lang): string {
  if (pct === null) return '—';
  const s = pct.toFixed(1);
  return lang === 'vi' ? s.replace('.', ',') : s;
}
