/**
 * What `aggregate` prints: completeness and timeliness as a compact table (the node, then each unit below it), the
 * missing, late and rejected units by name, the files that were not counted and why, and where the outputs went.
 */
import { periodName, type PeriodRef } from '../contract/period.js';
import { sumCompleteness, type Completeness, type Summary } from '../contract/summary.js';
import { t, type Lang } from '../i18n/index.js';
import type { AggregateResult, NotCounted } from './aggregate.js';
import { summaryPeriodRef } from './aggregate.js';
import { comparisonLines } from './compare-terminal.js';
import { formatPct } from './labels.js';
import { shortDate } from '../util/dates.js';

/** Width of a string in terminal columns: Vietnamese letters may arrive decomposed, combining marks take no room. */
function width(s: string): number {
  return [...s.normalize('NFC')].filter((ch) => !/\p{M}/u.test(ch)).length;
}

const padEnd = (s: string, n: number) => s + ' '.repeat(Math.max(0, n - width(s)));
const padStart = (s: string, n: number) => ' '.repeat(Math.max(0, n - width(s))) + s;

function truncate(s: string, n: number): string {
  const chars = [...s];
  return chars.length <= n ? s : `${chars.slice(0, n - 1).join('')}…`;
}

/**
 * No input was of the period asked for, but some were of others: said in one plain paragraph, naming the periods
 * found (a mistyped --year or --term gives this, not a confident "nobody reported").
 */
export function periodNotFound(target: PeriodRef, found: NonNullable<AggregateResult['periodsFound']>, lang: Lang): string {
  const periods = found.map((f) => t('aggregate.period_not_found.item', lang, { period: periodName(f.period, lang), count: f.files })).join('; ');
  return `${t('aggregate.period_not_found', lang, { target: periodName(target, lang), periods })}\n${t('aggregate.period_not_found.fix', lang)}\n`;
}

export function renderTerminal(
  summary: Summary,
  notCounted: readonly NotCounted[],
  written: readonly string[],
  lang: Lang,
  periodsFound?: AggregateResult['periodsFound'],
  compareNotes: readonly string[] = [],
): string {
  const say = (key: Parameters<typeof t>[0], data?: Record<string, string | number>) => t(key, lang, data);
  const ref = summaryPeriodRef(summary.period);
  const lines: string[] = [];
  lines.push(say('aggregate.title', { period: ref ? periodName(ref, lang) : summary.period.start, name: summary.node.name, code: summary.node.code }));
  lines.push(summary.deadline_set && summary.period.deadline ? say('aggregate.deadline', { deadline: shortDate(summary.period.deadline) }) : say('aggregate.no_deadline'));
  lines.push('');
  if (periodsFound && ref) lines.push(periodNotFound(ref, periodsFound, lang));

  const headers = ['unit', 'expected', 'accepted', 'on_time', 'late', 'rejected', 'missing', 'completeness', 'timeliness'] as const;
  const rowOf = (name: string, c: Completeness) => [
    name,
    String(c.expected),
    String(c.accepted),
    String(c.on_time),
    String(c.late),
    String(c.rejected),
    String(c.missing),
    `${formatPct(c.completeness_pct, lang)}%`,
    `${formatPct(c.timeliness_pct, lang)}%`,
  ];
  // offices get a row each; single schools under the node are folded into one line, so a district of a hundred
  // schools still prints a short table (their names are in the lists below when something is wrong)
  const isGroup = (b: Summary['by_child'][number]) => b.level === 'OFFICE' || b.completeness.expected > 1;
  const groups = summary.by_child.filter(isGroup);
  const singles = summary.by_child.filter((b) => !isGroup(b));
  const body = groups.map((b) => rowOf(truncate(b.name, 48), b.completeness));
  if (groups.length > 0 && singles.length > 0) {
    const sum = sumCompleteness(singles.map((b) => b.completeness));
    body.push(rowOf(say('aggregate.other_units', { count: singles.length }), sum));
  }
  const total = rowOf(say('aggregate.total_row'), summary.completeness);
  const printTable = (rows: string[][], first = say('aggregate.col.unit')) => {
    const table = [[first, ...headers.slice(1).map((h) => say(`aggregate.col.${h}`))], ...rows, total];
    const widths = headers.map((_, i) => Math.max(...table.map((r) => width(r[i]!))));
    const format = (r: string[]) => r.map((cell, i) => (i === 0 ? padEnd(cell, widths[i]!) : padStart(cell, widths[i]!))).join('  ');
    lines.push(`  ${format(table[0]!)}`);
    lines.push(`  ${widths.map((w) => '─'.repeat(w)).join('  ')}`);
    for (const r of rows) lines.push(`  ${format(r)}`);
    if (rows.length > 0) lines.push(`  ${widths.map((w) => '─'.repeat(w)).join('  ')}`);
    lines.push(`  ${format(total)}`);
  };
  printTable(body);
  // a table per attribute asked for (`--by`): a row per value, the same total
  for (const breakdown of summary.by_group) {
    lines.push('', say('aggregate.by_group', { attribute: breakdown.attribute }));
    printTable(breakdown.groups.map((g) => rowOf(truncate(g.value ?? say('aggregate.group_none', { attribute: breakdown.attribute }), 48), g.completeness)), breakdown.attribute);
  }

  if (summary.comparison) lines.push(...comparisonLines(summary.comparison, lang));
  if (compareNotes.length > 0) lines.push('', ...compareNotes);

  const l = summary.lists;
  if (l.missing.length > 0) {
    lines.push('', say('aggregate.missing_units', { count: l.missing.length }));
    for (const u of l.missing) lines.push(`  - ${u.name} (${u.code})`);
  }
  if (l.late.length > 0) {
    lines.push('', say('aggregate.late_units', { count: l.late.length }));
    for (const u of l.late) lines.push(`  - ${u.name} (${u.code}) — ${shortDate(u.reported_at)}`);
  }
  if (l.rejected.length > 0) {
    lines.push('', say('aggregate.rejected_units', { count: l.rejected.length }));
    const files = new Map(summary.units.map((u) => [u.code, u.files]));
    for (const u of l.rejected) {
      const fs = files.get(u.code) ?? [];
      lines.push(`  - ${u.name} (${u.code})${fs.length > 0 ? `: ${fs.join(', ')}` : ''}`);
    }
  }
  if (notCounted.length > 0) {
    lines.push('', say('aggregate.not_counted', { count: notCounted.length }));
    for (const n of notCounted) {
      const reason = say(`aggregate.reason.${n.reason}`, { period: n.period ? periodName(n.period, lang) : '', unit: n.unit ?? '', node: summary.node.code, kept: n.copyOf ?? '' });
      lines.push(`  - ${n.file}: ${reason}`);
    }
  }
  if (written.length > 0) {
    lines.push('', say('aggregate.written'));
    for (const w of written) lines.push(`  ${w}`);
  }
  return `${lines.join('\n')}\n`;
}
