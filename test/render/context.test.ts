import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildContext, ITEM_EXTRAS, LIST_FIELDS, quotes, SCALAR_FIELDS } from '../../src/render/context.js';
import { resolveMetadata } from '../../src/render/metadata.js';
import { nameLookup } from '../../src/render/render.js';
import { loadTemplate } from '../../src/render/template-files.js';
import { ROOT } from '../helpers/cli.js';
import { exampleConfig, fixtureSummary } from './helpers.js';

async function context() {
  const loaded = await exampleConfig();
  const summary = fixtureSummary();
  const { meta } = resolveMetadata({ kind: 'report', config: loaded.config, roster: loaded.roster, summary, flags: { number: 7 }, date: '2025-01-05' });
  const { labels } = loadTemplate('report', { configPath: loaded.path, cwd: ROOT, lang: 'vi' });
  return { summary, ctx: buildContext({ summary, meta: meta!, labels, nameOf: nameLookup(summary, loaded.roster) }) };
}

describe('the field catalogue', () => {
  it('is exactly what buildContext fills: no field declared and missing, none filled and undeclared', async () => {
    const { ctx } = await context();
    expect(Object.keys(ctx.scalars).sort()).toEqual([...SCALAR_FIELDS].sort());
    expect(Object.keys(ctx.lists).sort()).toEqual(Object.keys(LIST_FIELDS).sort());
    for (const [list, fields] of Object.entries(LIST_FIELDS)) {
      for (const item of ctx.lists[list]!) expect(Object.keys(item).sort()).toEqual([...fields, ...ITEM_EXTRAS].sort());
    }
  });

  it('has no duplicate names', () => {
    expect(new Set(SCALAR_FIELDS).size).toBe(SCALAR_FIELDS.length);
  });
});

describe('field values come from the summary', () => {
  it('copies completeness, totals and rates, formatting percentages the Vietnamese way', async () => {
    const { summary, ctx } = await context();
    const s = ctx.scalars;
    expect(s['completeness.expected']).toBe(summary.completeness.expected);
    expect(s['completeness.outstanding']).toBe(summary.completeness.missing + summary.completeness.rejected);
    expect(s['completeness.completeness_pct']).toBe(`${summary.completeness.completeness_pct!.toFixed(1).replace('.', ',')}%`);
    expect(s['activities.portal_posts']).toBe(summary.totals.activities.portal_posts);
    expect(s['topics.total']).toBe(Object.values(summary.totals.topics).reduce((a, b) => a + b, 0));
    expect(s['incidents.medium']).toBe(summary.totals.incidents.by_severity.medium);
    expect(s['rates.spokesperson.num']).toBe(summary.rates.spokesperson.num);
    expect(s['period.name']).toBe('học kỳ I năm học 2024-2025');
    expect(s['period.deadline']).toBe('15/12/2024');
    expect(s['document.number']).toBe('07');
    expect(s['document.date']).toBe('ngày 05 tháng 01 năm 2025');
  });

  it('lists every incident and late unit, with `;` between items and `.` after the last', async () => {
    const { summary, ctx } = await context();
    const incidents = ctx.lists['incident_list']!;
    expect(incidents.map((i) => i['summary'])).toEqual(summary.lists.incidents.map((i) => i.summary));
    const late = ctx.lists['late_units']!;
    expect(late.map((u) => u['name'])).toEqual(summary.lists.late.map((u) => u.name));
    expect(late.map((u) => u['sep'])).toEqual(late.map((_, i) => (i === late.length - 1 ? '.' : ';')));
  });

  it('names the office a unit is under, and leaves it empty for a unit directly under the node', async () => {
    const { ctx } = await context();
    const missing = Object.fromEntries(ctx.lists['missing_units']!.map((u) => [u['code'], u['parent_name']]));
    expect(missing['MN-CHOCHU']).toBe('Phòng Giáo dục và Đào tạo huyện Định Hóa');
    expect(missing['GDNN-GDTX-DINHHOA']).toBe('');
  });
});

describe('offices and directly managed units', () => {
  it('splits the node’s children into offices and the units it manages directly, with their totals', async () => {
    const { summary, ctx } = await context();
    const offices = summary.by_child.filter((c) => c.level === 'OFFICE');
    const direct = summary.by_child.filter((c) => c.level !== 'OFFICE');
    expect(offices.length).toBeGreaterThan(0);
    expect(direct.length).toBeGreaterThan(0);
    expect(ctx.lists['office_list']!.map((c) => c['name'])).toEqual(offices.map((c) => c.name));
    expect(ctx.lists['direct_list']!.map((c) => c['name'])).toEqual(direct.map((c) => c.name));
    const expected = direct.reduce((n, c) => n + c.completeness.expected, 0);
    const accepted = direct.reduce((n, c) => n + c.completeness.accepted, 0);
    expect(ctx.scalars['direct.expected']).toBe(expected);
    expect(ctx.scalars['direct.accepted']).toBe(accepted);
    expect(ctx.scalars['direct.completeness_pct']).toBe(`${((accepted / expected) * 100).toFixed(1).replace('.', ',')}%`);
  });
});

describe('quotes', () => {
  it('quotes a text once, attributed to every unit that wrote it, in order', () => {
    const out = quotes([
      { unit: 'A', unit_name: 'Trường A', text: 'Làm tốt.' },
      { unit: 'B', unit_name: 'Trường B', text: 'Khác.' },
      { unit: 'C', unit_name: 'Trường C', text: ' Làm  tốt. ' },
    ]);
    expect(out).toEqual([
      { unit: 'A, C', unit_name: 'Trường A, Trường C', text: 'Làm tốt.' },
      { unit: 'B', unit_name: 'Trường B', text: 'Khác.' },
    ]);
  });
});

describe('templates/README.md', () => {
  it('documents every field and every list', () => {
    const readme = readFileSync(join(ROOT, 'templates', 'README.md'), 'utf8');
    const undocumented = [
      ...SCALAR_FIELDS.filter((f) => !readme.includes(`{${f}}`) && !(f.startsWith('rates.') && /\.(num|den)$/.test(f))),
      ...Object.keys(LIST_FIELDS).filter((l) => !readme.includes(`\`${l}\``)),
      ...Object.values(LIST_FIELDS).flat().filter((f) => !readme.includes(`{${f}}`)),
    ];
    expect(undocumented).toEqual([]);
  });
});
