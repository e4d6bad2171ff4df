/**
 * What `aggregate --compare` prints under its table: for each compared period, its warnings, then completeness,
 * timeliness and the main counts as `before → now  ▲ +change (+relative)`, and the child units whose completeness fell
 * most. Signs and arrows carry the meaning: nothing depends on colour.
 */
import { periodName } from '../contract/period.js';
import type { Change, Comparison, MainIndicator } from '../contract/summary.js';
import { t, type Lang } from '../i18n/index.js';
import { summaryPeriodRef } from './aggregate.js';
import { largestFalls, MAIN_TOTAL_PATHS } from './compare.js';
import { unitCountLabel } from './labels.js';

const num = (x: number, lang: Lang, decimals = 0) => {
  const s = decimals > 0 ? x.toFixed(decimals) : String(x);
  return lang === 'vi' ? s.replace('.', ',') : s;
};

/** `+6,7`, `-3`, `0`: the sign always written. */
export function signed(x: number, lang: Lang, decimals = 0): string {
  const s = num(Math.abs(x), lang, decimals);
  return x > 0 ? `+${s}` : x < 0 ? `-${s}` : s;
}

export function arrow(change: number | null): string {
  if (change === null) return ' ';
  return change > 0 ? '▲' : change < 0 ? '▼' : '=';
}

/** `83,3% → 90,0%  ▲ +6,7 điểm %` or `120 → 150  ▲ +30 (+25,0%)`. */
export function changeText(c: Change, lang: Lang, percent: boolean): string {
  const value = (x: number | null) => (x === null ? '—' : percent ? `${num(x, lang, 1)}%` : num(x, lang));
  const head = `${value(c.earlier)} → ${value(c.current)}`;
  if (c.change === null) return head;
  const delta = percent ? `${signed(c.change, lang, 1)} ${t('compare.points', lang)}` : signed(c.change, lang);
  const rel = !percent && c.relative_pct !== null ? ` (${signed(c.relative_pct, lang, 1)}%)` : '';
  return `${head}  ${arrow(c.change)} ${delta}${rel}`;
}

export function comparisonLines(comparison: readonly Comparison[], lang: Lang): string[] {
  const say = (key: Parameters<typeof t>[0], data?: Record<string, string | number>) => t(key, lang, data);
  const lines: string[] = [];
  for (const c of comparison) {
    const ref = summaryPeriodRef(c.reference.period);
    const period = ref ? periodName(ref, lang) : `${c.reference.period.start} – ${c.reference.period.end}`;
    lines.push('', say('compare.title', { period, relation: say(`compare.relation.${c.reference.relation}`), file: c.reference.file }));
    for (const w of c.warnings) lines.push(`  ! ${w.message}`);
    const rows: Array<[string, string]> = [
      [say('aggregate.col.completeness'), changeText(c.completeness.completeness_pct, lang, true)],
      [say('aggregate.col.timeliness'), changeText(c.completeness.timeliness_pct, lang, true)],
      [say('aggregate.col.accepted'), changeText(c.completeness.accepted, lang, false)],
      ...Object.entries(MAIN_TOTAL_PATHS).map(([k, path]): [string, string] => [
        unitCountLabel(k as Exclude<MainIndicator, 'completeness_pct' | 'timeliness_pct'>, lang),
        c.totals[path] ? changeText(c.totals[path], lang, false) : '—',
      ]),
    ];
    const width = Math.max(...rows.map(([l]) => [...l].length));
    for (const [label, text] of rows) lines.push(`  ${label}${' '.repeat(width - [...label].length)}  ${text}`);
    const falls = largestFalls(c, 3);
    if (falls.length > 0) {
      lines.push(`  ${say('compare.largest_falls')}`);
      for (const u of falls) lines.push(`    - ${u.name} (${u.code}): ${changeText(u.indicators.completeness_pct, lang, true)}`);
    }
    const only = c.by_child.filter((u) => u.presence !== 'both');
    for (const u of only) lines.push(`  ${say(`compare.presence.${u.presence as 'only_current' | 'only_earlier'}`, { name: u.name, code: u.code })}`);
  }
  return lines;
}
