/**
 * The report broken down by a unit attribute (issue 11 item 3, `render --by`): the context's group fields, Phụ lục I
 * grouped by value with a subtotal per group, the chart by unit drawn per group, and which breakdown a name picks
 * (`app/breakdown.ts`: never a silent fallback to the tree).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { reportBreakdown } from '../../src/app/breakdown.js';
import type { RosterUnit } from '../../src/contract/config.js';
import type { GroupBreakdown, Summary, UnitRow } from '../../src/contract/summary.js';
import { groupUnitsByValue } from '../../src/render/appendix.js';
import { buildChart } from '../../src/render/charts/build.js';
import { buildContext } from '../../src/render/context.js';
import { resolveMetadata } from '../../src/render/metadata.js';
import { DEFAULT_CAPS, reportBreakdownOf, type NarrativeCaps } from '../../src/render/narrative.js';
import { nameLookup } from '../../src/render/render.js';
import { loadTemplate } from '../../src/render/template-files.js';
import { UsageError } from '../../src/util/errors.js';
import { ROOT } from '../helpers/cli.js';
import { documentText, exampleConfig, fixtureSummary, paragraphs, renderKind } from './helpers.js';

const summary = fixtureSummary();

/**
 * A breakdown of the fixture by level (every unit in exactly one group, as aggregate makes them), the last level's
 * units given no value, so that the group of units without one is there too.
 */
function byLevel(s: Summary): GroupBreakdown {
  return {
    attribute: 'cấp học',
    groups: s.by_level.map((l, i) => ({
      value: i === s.by_level.length - 1 ? null : `nhóm ${l.level}`,
      units: s.units.filter((u) => u.level === l.level).map((u) => u.code),
      completeness: l.completeness,
      totals: l.totals,
      rates: l.rates,
    })),
  };
}
const breakdown = byLevel(summary);

async function context(options: { breakdown?: GroupBreakdown; charts?: boolean; caps?: NarrativeCaps } = {}) {
  const loaded = await exampleConfig();
  const { meta } = resolveMetadata({ kind: 'report', config: loaded.config, roster: loaded.roster, summary, flags: { number: 7 }, date: '2025-01-05' });
  const { labels } = loadTemplate('report', { configPath: loaded.path, cwd: ROOT, lang: 'vi' });
  return buildContext({
    summary,
    meta: meta!,
    labels,
    nameOf: nameLookup(summary, loaded.roster),
    ...(options.breakdown ? { breakdown: reportBreakdownOf(options.breakdown, 'Chưa ghi') } : {}),
    ...(options.charts ? { charts: new Set(['completeness_by_unit'] as const) } : {}),
    ...(options.caps ? { caps: options.caps } : {}),
  });
}

describe('the context of a report broken down by an attribute', () => {
  it('has no breakdown fields without one: the report speaks by managing unit', async () => {
    const ctx = await context();
    expect(ctx.scalars['breakdown.attribute']).toBe('');
    expect(ctx.scalars['breakdown.count']).toBe(0);
    expect(ctx.lists['breakdown_list']).toEqual([]);
  });

  it('lists every group by its value (or "Chưa ghi" and the attribute), and the groups add up to the node', async () => {
    const ctx = await context({ breakdown });
    expect(ctx.scalars['breakdown.attribute']).toBe('cấp học');
    const items = ctx.lists['breakdown_list']!;
    expect(items.map((g) => g['name'])).toEqual(breakdown.groups.map((g) => g.value ?? 'Chưa ghi cấp học'));
    for (const k of ['expected', 'accepted', 'rejected', 'missing', 'on_time', 'late'] as const) {
      expect(items.reduce((n, g) => n + (g[k] as number), 0), k).toBe(summary.completeness[k]);
    }
    expect(items.reduce((n, g) => n + (g['portal_posts'] as number), 0)).toBe(summary.totals.activities.portal_posts);
    expect(items.at(-1)!['sep']).toBe('.');
  });

  it('compares the groups by completeness: how many reach the target, the highest and the lowest', async () => {
    const ctx = await context({ breakdown });
    const pct = (g: GroupBreakdown['groups'][number]) => g.completeness.completeness_pct!;
    const rated = breakdown.groups.filter((g) => g.completeness.completeness_pct !== null);
    const lowest = rated.reduce((a, g) => (pct(g) < pct(a) ? g : a));
    const highest = rated.reduce((a, g) => (pct(g) > pct(a) ? g : a));
    expect(ctx.scalars['breakdown.count']).toBe(rated.length);
    expect(ctx.scalars['breakdown.on_target']).toBe(rated.filter((g) => pct(g) >= DEFAULT_CAPS.completeness_target).length);
    expect(ctx.scalars['breakdown.lowest_name']).toBe(lowest.value ?? 'Chưa ghi cấp học');
    expect(ctx.scalars['breakdown.highest_name']).toBe(highest.value ?? 'Chưa ghi cấp học');
    expect(rated.length).toBeGreaterThan(2);
  });

  it('names no highest or lowest of a single group, and the report then says no comparison', async () => {
    const one: GroupBreakdown = { attribute: 'loại hình', groups: [{ value: 'công lập', units: summary.units.map((u) => u.code), completeness: summary.completeness, totals: summary.totals, rates: summary.rates }] };
    const ctx = await context({ breakdown: one });
    expect(ctx.scalars['breakdown.count']).toBe(1);
    expect(ctx.scalars['breakdown.highest_name']).toBe('');
    expect(ctx.scalars['breakdown.lowest_name']).toBe('');
    const text = documentText((await renderKind('report', { breakdown: one })).parts['word/document.xml']!);
    expect(text).not.toContain('Theo loại hình:');
    expect(text).toContain('- công lập: ');
  });

  it('names only the lowest groups when the chart shows them all and there are more than twice the cap', async () => {
    const caps: NarrativeCaps = { ...DEFAULT_CAPS, lowest_children: 1 };
    const charted = await context({ breakdown, charts: true, caps });
    expect(charted.scalars['breakdown.charted']).toBe(true);
    const lowest = charted.lists['breakdown_lowest']!;
    expect(lowest).toHaveLength(1);
    expect(lowest[0]!['name']).toBe(charted.scalars['breakdown.lowest_name']);
    // the office comparison is not cut by a chart that draws the groups
    expect(charted.scalars['children.charted']).toBe(false);
    const plain = await context({ breakdown, caps });
    expect(plain.scalars['breakdown.charted']).toBe(false);
    expect(plain.lists['breakdown_lowest']).toEqual([]);
  });
});

const row = (code: string): UnitRow => ({ code, name: code, level: 'TH', parent: null, status: 'missing', reported_at: null, errors: 0, warnings: 0, files: [], counts: null });

describe('groupUnitsByValue (Phụ lục I by attribute)', () => {
  it('keeps the breakdown’s group order and the summary’s unit order, and drops no unit', () => {
    const groups = groupUnitsByValue(
      [row('A'), row('B'), row('C'), row('D')],
      [
        { name: 'xã 2', value: 'xã 2', units: ['D', 'B'] },
        { name: 'xã 1', value: 'xã 1', units: ['A'] },
      ],
      'Chưa ghi địa bàn',
    );
    expect(groups.map((g) => [g.title, g.units.map((u) => u.code)])).toEqual([
      ['xã 2', ['B', 'D']],
      ['xã 1', ['A']],
      ['Chưa ghi địa bàn', ['C']],
    ]);
    // '' keys: no group is a child of the node, so a comparison's change is computed from the group's own rows
    expect(groups.every((g) => g.key === '')).toBe(true);
  });
});

describe('property: Phụ lục I by attribute holds every unit once, whatever the groups', () => {
  it('each unit row is in exactly one group, in the summary’s order within it', () => {
    fc.assert(
      fc.property(fc.array(fc.option(fc.constantFrom('xã 1', 'xã 2', 'xã 3'), { nil: null }), { maxLength: 30 }), fc.nat(), (values, seed) => {
        const units = values.map((_, i) => row(`U${i}`));
        // the groups of the breakdown, in some order, leaving out one unit now and then (it must land in the none group)
        const names = [...new Set(values)].sort((a, b) => ((a ?? '') < (b ?? '') ? (seed % 2 ? -1 : 1) : 1));
        const groups = names.map((v) => ({ name: v ?? 'Chưa ghi', value: v, units: units.filter((_, i) => values[i] === v && (i + seed) % 7 !== 0).map((u) => u.code) }));
        const out = groupUnitsByValue(units, groups, 'Chưa ghi');
        const codes = out.flatMap((g) => g.units.map((u) => u.code));
        expect([...codes].sort()).toEqual(units.map((u) => u.code).sort());
        for (const g of out) expect(g.units.map((u) => Number(u.code.slice(1)))).toEqual([...g.units.map((u) => Number(u.code.slice(1)))].sort((a, b) => a - b));
      }),
    );
  });
});

describe('the rendered report with --by', () => {
  it('III.1 speaks per group, and Phụ lục I has a title and a subtotal row per group that add up to the total', async () => {
    const { parts } = await renderKind('report', { breakdown });
    const doc = parts['word/document.xml']!;
    const text = documentText(doc);
    expect(text).toContain('Theo cấp học: ');
    expect(text).toContain('Kết quả theo từng cấp học');
    expect(text).not.toContain('Kết quả theo từng đơn vị quản lý');
    const table = [...doc.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].map((m) => m[0]).find((t) => t.includes('Tổng cộng'))!;
    const rows = [...table.matchAll(/<w:tr>[\s\S]*?<\/w:tr>/g)].map((m) => [...m[0].matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map((c) => paragraphs(c[0]).map((p) => p.text).join('')));
    const titles = rows.filter((r) => r.length === 1).map((r) => r[0]);
    expect(titles).toEqual(breakdown.groups.map((g) => g.value ?? 'Chưa ghi cấp học'));
    const subtotals = rows.filter((r) => r[0] === 'Cộng');
    expect(subtotals).toHaveLength(breakdown.groups.length);
    const total = rows.find((r) => r[0] === 'Tổng cộng')!;
    const number = (s: string) => Number(s.replace(/\./g, ''));
    // every count column: the subtotals add up to the total, and each subtotal is its group's portal posts
    for (let col = 1; col < total.length; col++) expect(subtotals.reduce((n, r) => n + number(r[col]!), 0), `column ${col}`).toBe(number(total[col]!));
    expect(subtotals.map((r) => number(r[1]!))).toEqual(breakdown.groups.map((g) => g.totals.activities.portal_posts));
    expect(number(total[1]!)).toBe(summary.totals.activities.portal_posts);
  });

  it('draws the chart by unit per group, captioned by the attribute', async () => {
    const bars = buildChart('completeness_by_unit', summary, { completeness: 'a', timeliness: 'b', overall: 'c', other_units: 'd' }, reportBreakdownOf(breakdown, 'Chưa ghi'));
    expect(bars!.rows).toBe(breakdown.groups.length);
    expect(bars!.data.rows.map((r) => r.label).sort()).toEqual(breakdown.groups.map((g) => g.value ?? 'Chưa ghi cấp học').sort());
    const text = documentText((await renderKind('report', { breakdown })).parts['word/document.xml']!);
    expect(text).toMatch(/Biểu đồ 1\. Tỷ lệ báo cáo đạt yêu cầu và đúng hạn theo cấp học, học kỳ I/);
  });

  it('is byte-identical between runs', async () => {
    const a = await renderKind('report', { breakdown });
    const b = await renderKind('report', { breakdown });
    expect(Buffer.from(a.bytes).equals(Buffer.from(b.bytes))).toBe(true);
  });
});

describe('which breakdown a name picks (render --by, documents.breakdown)', () => {
  const roster: RosterUnit[] = [
    { code: 'S', name: 'Sở', level: 'OFFICE' },
    { code: 'A', name: 'A', level: 'TH', parent: 'S', attributes: { 'địa bàn': 'xã 1', 'huyện cũ': 'Định Hóa' } },
  ];
  const withGroups = { ...summary, by_group: [{ ...breakdown, attribute: 'địa bàn' }] };
  const ask = (name: string, s: Summary = withGroups, units: RosterUnit[] = roster) =>
    reportBreakdown({ name, source: { flag: true }, summary: s, file: 'summary.json', roster: units, lang: 'vi' });
  const error = (f: () => unknown): UsageError => {
    try {
      f();
    } catch (e) {
      if (e instanceof UsageError) return e;
      throw e;
    }
    throw new Error('no error');
  };

  it('finds the summary’s attribute however it is typed', () => {
    expect(ask('dia_ban').attribute).toBe('địa bàn');
    expect(ask('Địa bàn').groups).toHaveLength(breakdown.groups.length);
  });

  it('an attribute of the roster the summary was not broken down by: aggregate --by NAME, never a fallback', () => {
    const e = error(() => ask('huyen cu'));
    expect(e.message).toContain('«huyện cũ»');
    expect(e.fix).toContain('aggregate --by "huyện cũ"');
  });

  it('an unknown name: did you mean, and the attributes the summary has', () => {
    const e = error(() => ask('dia bna'));
    expect(e.message).toContain('«dia bna»');
    expect(e.fix).toContain('Có phải là: địa bàn?');
    expect(e.fix).toContain('Tệp tổng hợp có phần tổng hợp theo: địa bàn.');
  });

  it('a summary with no breakdown at all: the roster’s attributes and how to aggregate by one', () => {
    const e = error(() => ask('vùng khó khăn', { ...summary, by_group: [] }));
    expect(e.fix).toContain('địa bàn, huyện cũ');
    expect(e.fix).toContain('aggregate --by');
  });
});
