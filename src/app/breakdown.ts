/**
 * Which breakdown by attribute the báo cáo speaks by (`render --by NAME`, else `documents.breakdown`): one of the
 * summary's `by_group`, found by the roster's loose spelling rules. A name the summary lacks is never a silent fallback
 * to the tree: it is a usage error saying to aggregate with `--by` (a roster attribute), or naming the ones it has.
 */
import type { RosterUnit } from '../contract/config.js';
import { looseAttributeName, matchAttributeName, rosterAttributes } from '../contract/roster.js';
import type { GroupBreakdown, Summary } from '../contract/summary.js';
import { t, type Lang } from '../i18n/index.js';
import { UsageError } from '../util/errors.js';
import { suggest } from '../util/suggest.js';

export interface BreakdownRequest {
  /** The attribute as typed (flag or config). */
  name: string;
  /** Where it was given: `--by`, or `documents: breakdown:` of that config file. */
  source: { flag: true } | { config: string };
  summary: Summary;
  /** The summary file as shown to the clerk. */
  file: string;
  roster: readonly RosterUnit[];
  lang: Lang;
}

export function reportBreakdown({ name, source, summary, file, roster, lang }: BreakdownRequest): GroupBreakdown {
  const have = summary.by_group.map((b) => b.attribute);
  const found = matchAttributeName(have, name);
  if (found !== undefined) return summary.by_group.find((b) => b.attribute === found)!;
  const from = 'flag' in source ? t('render.by.source.flag', lang) : t('render.by.source.config', lang, { config: source.config });
  const inRoster = matchAttributeName(rosterAttributes(roster), name);
  if (inRoster !== undefined) {
    throw new UsageError(t('render.by.not_aggregated', lang, { file, name: inRoster, source: from }), t('render.by.not_aggregated.fix', lang, { name: inRoster }));
  }
  // compared without diacritics: a clerk typing `dia bna` means `địa bàn`
  const loose = have.map(looseAttributeName);
  const near = suggest(looseAttributeName(name), loose).map((n) => have[loose.indexOf(n)]!);
  const fix =
    have.length > 0
      ? t('render.by.unknown.fix', lang, { suggestion: near.length > 0 ? t('render.by.unknown.suggest', lang, { names: near.join(', ') }) : '', names: have.join(', ') })
      : rosterAttributes(roster).length > 0
        ? t('render.by.unknown.none', lang, { names: rosterAttributes(roster).join(', ') })
        : t('aggregate.no_attributes.fix', lang);
  throw new UsageError(t('render.by.unknown', lang, { name, source: from, file }), fix);
}
