/**
 * What the documents say about the summary's comparison with earlier periods (`aggregate --compare`): for each
 * compared period its name and relation, each main indicator now, then, and its change in words ("tăng 12 (3,6%)",
 * "giảm 6,7 điểm phần trăm"); the child units whose completeness fell most; the headline changes the covering letter
 * cites; and every warning, so that a comparison of unlike things is never presented as like. The words themselves
 * (tăng, giảm, …) come from `templates/labels.vi.yaml`. Pure.
 */
import { largestFalls, MAIN_TOTAL_PATHS } from '../aggregate/compare.js';
import { summaryPeriodRef } from '../aggregate/aggregate.js';
import { periodName } from '../contract/period.js';
import { MAIN_INDICATORS, type Change, type Comparison, type MainIndicator, type Summary } from '../contract/summary.js';
import type { ChangeWords } from './labels.js';
import { formatCount, formatPct } from './vn.js';

type Scalar = string | number | boolean | null;

const isPct = (k: MainIndicator) => k === 'completeness_pct' || k === 'timeliness_pct';
const decimal = (x: number) => x.toFixed(1).replace('.', ',');

/** A change in words: `tăng 12 (3,6%)`, `giảm 6,7 điểm phần trăm`, `không thay đổi`. */
export function changeWords(c: Change, percent: boolean, words: ChangeWords): string {
  if (c.change === null) return words.no_data;
  if (c.change === 0) return words.same;
  const verb = c.change > 0 ? words.up : words.down;
  const size = Math.abs(c.change);
  if (percent) return `${verb} ${decimal(size)} ${words.points}`;
  const rel = c.relative_pct === null ? '' : ` (${decimal(Math.abs(c.relative_pct))}%)`;
  return `${verb} ${formatCount(size)}${rel}`;
}

const value = (x: number | null, percent: boolean) => (x === null ? '' : percent ? formatPct(x) : formatCount(x));

/** The main indicators of one comparison, as they are read from its totals and completeness. */
export function mainChanges(c: Comparison): Record<MainIndicator, Change> {
  return Object.fromEntries(
    MAIN_INDICATORS.map((k) => [k, isPct(k) ? c.completeness[k as 'completeness_pct' | 'timeliness_pct'] : c.totals[MAIN_TOTAL_PATHS[k as keyof typeof MAIN_TOTAL_PATHS]]!]),
  ) as Record<MainIndicator, Change>;
}

export const periodOf = (c: Comparison): string => {
  const ref = summaryPeriodRef(c.reference.period);
  return ref ? periodName(ref, 'vi') : `${c.reference.period.start} – ${c.reference.period.end}`;
};

/** The comparison's fields for the templates (context.ts declares them). */
export function comparisonFields(summary: Summary, words: ChangeWords, falls: number): { scalars: Record<string, Scalar>; lists: Record<string, Array<Record<string, Scalar>>> } {
  const all = summary.comparison ?? [];
  const first = all[0];
  const items = all.map((c) => {
    const m = mainChanges(c);
    const fields: Record<string, Scalar> = { period: periodOf(c), relation: words.relation[c.reference.relation] };
    for (const k of MAIN_INDICATORS) {
      const base = k.replace(/_pct$/, '');
      fields[base] = value(m[k].current, isPct(k));
      fields[`${base}_earlier`] = value(m[k].earlier, isPct(k));
      fields[`${base}_change`] = changeWords(m[k], isPct(k), words);
    }
    return fields;
  });
  const fallItems = first
    ? largestFalls(first, falls).map((u) => ({
        code: u.code,
        name: u.name,
        current: value(u.indicators.completeness_pct.current, true),
        earlier: value(u.indicators.completeness_pct.earlier, true),
        change: changeWords(u.indicators.completeness_pct, true, words),
      }))
    : [];
  // the letter's headline changes: completeness, then the two main counts that changed most (relative), newest period
  const headlines: Array<Record<string, Scalar>> = [];
  if (first) {
    const m = mainChanges(first);
    const counts = MAIN_INDICATORS.filter((k) => !isPct(k) && m[k].relative_pct !== null && m[k].change !== 0)
      .map((k) => ({ k, size: Math.abs(m[k].relative_pct!) }))
      .sort((a, b) => b.size - a.size || MAIN_INDICATORS.indexOf(a.k) - MAIN_INDICATORS.indexOf(b.k))
      .slice(0, 2)
      .map((x) => x.k);
    for (const k of ['completeness_pct' as const, ...counts]) {
      headlines.push({ indicator: words.indicators[k], current: value(m[k].current, isPct(k)), earlier: value(m[k].earlier, isPct(k)), change: changeWords(m[k], isPct(k), words) });
    }
  }
  const warnings = all.flatMap((c) => c.warnings.filter((w) => w.code !== 'units_differ').map((w) => ({ text: w.message })));
  return {
    scalars: {
      'comparison.count': all.length,
      'comparison.period': first ? periodOf(first) : '',
      'comparison.relation': first ? words.relation[first.reference.relation] : '',
      'comparison.falls': fallItems.length,
    },
    lists: { comparison_list: items, comparison_falls: fallItems, comparison_headlines: headlines, comparison_warnings: warnings },
  };
}

/** The item fields of each comparison list (context.ts's catalogue). */
export const COMPARISON_LIST_FIELDS: Readonly<Record<string, readonly string[]>> = {
  comparison_list: ['period', 'relation', ...MAIN_INDICATORS.flatMap((k) => { const b = k.replace(/_pct$/, ''); return [b, `${b}_earlier`, `${b}_change`]; })],
  comparison_falls: ['code', 'name', 'current', 'earlier', 'change'],
  comparison_headlines: ['indicator', 'current', 'earlier', 'change'],
  comparison_warnings: ['text'],
};
export const COMPARISON_SCALARS = ['comparison.count', 'comparison.period', 'comparison.relation', 'comparison.falls'] as const;
