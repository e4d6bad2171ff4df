/**
 * The per-unit appendix (Phụ lục I) with a comparison (aggregate --compare): two columns against the newest compared
 * period — each school's status then and the change of its posts, a subtotal's and the total's change of completeness
 * in points — lined up by code and through replaces:, units found in one period only marked. Checked in the DOCX XML,
 * and a property: a summary compared with itself gives zero change in every row.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { withComparison } from '../../src/aggregate/compare.js';
import type { Summary } from '../../src/contract/summary.js';
import { appendixTable, groupUnits } from '../../src/render/appendix.js';
import { unitsComparison } from '../../src/render/appendices.js';
import { loadTemplate } from '../../src/render/template-files.js';
import { aggregateForTest } from '../helpers/aggregate.js';
import { ROOT as REPO } from '../helpers/cli.js';
import { filesArb, ROOT, rosterArb, yearSet } from '../aggregate/gen.js';
import { fixtureSummary, paragraphs, renderKind } from './helpers.js';

const tables = (xml: string) => [...xml.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].map((m) => m[0]);
const rows = (table: string) => [...table.matchAll(/<w:tr>[\s\S]*?<\/w:tr>/g)].map((m) => m[0]);
const cells = (row: string) => [...row.matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map((m) => paragraphs(m[0]).map((p) => p.text).join(''));
const posts = (u: Summary['units'][number]) => (u.counts ? u.counts.portal_posts + u.counts.social_posts : null);

function compared(): { now: Summary; before: Summary; summary: Summary } {
  const now = fixtureSummary();
  const before = fixtureSummary();
  before.period = { school_year: '2023-2024', term: 'HK1', start: '2023-09-05', end: '2024-01-18', deadline: '2023-12-15' };
  const counted = now.units.filter((u) => u.counts !== null);
  const [up, missed, fresh] = counted;
  before.units = before.units
    .filter((u) => u.code !== fresh!.code)
    .map((u) => {
      if (u.code === up!.code) return { ...u, counts: { ...u.counts!, portal_posts: u.counts!.portal_posts + 7, social_posts: u.counts!.social_posts - 2 } };
      if (u.code === missed!.code) return { ...u, status: 'missing' as const, counts: null, reported_at: null };
      return u;
    });
  before.units.push({ ...structuredClone(up!), code: 'TRUONG-CU', name: 'Trường Tiểu học Đã Sáp Nhập', status: 'late' });
  const summary = withComparison(now, [{ file: 'out/truoc/summary.json', sha256: 'x', summary: before }], { lang: 'vi' });
  return { now, before, summary };
}

describe('Phụ lục I with a comparison', () => {
  it('gains the status then and the change of posts per school, the completeness change per subtotal and in total', async () => {
    const { now, summary } = compared();
    const doc = (await renderKind('report', { summary, charts: false })).parts['word/document.xml']!;
    const table = tables(doc).find((t) => t.includes('Tổng cộng'))!;
    const all = rows(table).map(cells);
    const header = all.slice(0, 2).flat().join('|');
    for (const h of ['So với học kỳ I năm học 2023-2024', 'Tình trạng kỳ đó', 'Tin, bài tăng, giảm']) expect(header).toContain(h);
    const byName = new Map(all.filter((r) => /^\d+$/.test(r[0] ?? '')).map((r) => [r[1]!, r]));
    expect(byName.size).toBe(now.units.length);
    const counted = now.units.filter((u) => u.counts !== null);
    const [up, missed, fresh] = counted;
    // the school with 7 more portal posts and 2 fewer social posts last year: 5 fewer posts now; its status then
    expect(byName.get(up!.name)!.slice(-2)).toEqual([up!.status === 'late' ? 'Chậm hạn' : 'Đúng hạn', '-5']);
    // the school that did not report then: its status then, and no change of posts to compute
    expect(byName.get(missed!.name)!.slice(-2)).toEqual(['Chưa báo cáo', '']);
    // the school not in the earlier period is marked, not compared
    expect(byName.get(fresh!.name)!.slice(-2)).toEqual(['Chỉ có ở kỳ này', '']);
    // every other school: the same status then, no change
    for (const u of now.units.filter((x) => ![up, missed, fresh].includes(x))) {
      expect(byName.get(u.name)!.slice(-2)).toEqual([summaryStatus(u.status), u.counts ? '0' : '']);
    }
    // the school found only in the earlier period closes the table in its own group, marked
    const gone = all.find((r) => r[1] === 'Trường Tiểu học Đã Sáp Nhập')!;
    expect(gone[0]).toBe('–');
    expect(gone.slice(-2)).toEqual(['Chậm hạn', '']);
    expect(all.some((r) => r.length === 1 && r[0] === 'Đơn vị chỉ có ở kỳ so sánh')).toBe(true);
    // the total: the node's change of completeness in points, and the change of posts added up
    const total = all.at(-1)!;
    expect(total[0]).toBe('Tổng cộng');
    const points = summary.comparison![0]!.completeness.completeness_pct.change!;
    expect(total.at(-2)).toBe(`${points > 0 ? '+' : points < 0 ? '-' : ''}${Math.abs(points).toFixed(1).replace('.', ',')} điểm`);
    expect(total.at(-1)).toBe('-5');
    // each subtotal: the child's change of completeness, as the comparison says it
    const subtotals = all.filter((r) => r[0] === 'Cộng');
    expect(subtotals.length).toBeGreaterThan(0);
    for (const s of subtotals) expect(s.at(-2)).toMatch(/^[+-]?\d+,\d điểm$/);
  });

  it('without a comparison the table keeps its columns', async () => {
    const doc = (await renderKind('report', { charts: false })).parts['word/document.xml']!;
    const table = tables(doc).find((t) => t.includes('Tổng cộng'))!;
    expect(table).not.toContain('Tình trạng kỳ đó');
    expect(cells(rows(table).at(-1)!)).toHaveLength(1 + 9 + 2);
  });
});

const summaryStatus = (s: Summary['units'][number]['status']) => ({ accepted: 'Đúng hạn', late: 'Chậm hạn', rejected: 'Chưa đạt yêu cầu', missing: 'Chưa báo cáo' })[s];

describe('Phụ lục I compared with itself', () => {
  const template = loadTemplate('report', { configPath: `${REPO}/templates/report.vi.md`, cwd: REPO, lang: 'vi' });
  const front = { ...template.front.appendix, compared: { ...template.front.appendix.compared!, title: 'So với kỳ trước' } };
  it('every row: the same status then, zero change of posts, zero change of completeness', () => {
    fc.assert(
      fc.property(
        rosterArb.chain((roster) => fc.tuple(fc.constant(roster), filesArb(roster, [yearSet.parts[0]!]))),
        ([roster, files]) => {
          const s = aggregateForTest({ roster, node: ROOT, target: yearSet.parts[0]!, files }).summary;
          const self = withComparison(s, [{ file: 's.json', sha256: 's', summary: s }], { lang: 'vi' });
          const parentOf = new Map(s.units.map((u) => [u.code, u.parent]));
          const groups = groupUnits(s.units, (code) => (parentOf.get(code) === ROOT ? null : (parentOf.get(code) ?? null)), (k) => k, 'Trực thuộc');
          const compare = unitsComparison(self, front, template.labels)!;
          expect(compare.onlyEarlier).toEqual([]);
          const table = appendixTable(groups, front, template.labels, compare);
          const inOrder = groups.flatMap((g) => g.units);
          let seen = 0;
          for (const row of table.body) {
            const text = row.map((c) => c.text);
            if (/^\d+$/.test(text[0]!)) {
              const unit = inOrder[seen++]!;
              expect(text[1]).toBe(unit.name);
              expect(text.at(-2)).toBe(summaryStatus(unit.status));
              expect(text.at(-1)).toBe(posts(unit) === null ? '' : '0');
            } else if (row.length > 1) {
              // a subtotal or the total: no change (or nothing to compare: a child with no expected unit)
              expect(['0,0 điểm', '']).toContain(text.at(-2));
              expect(['0', '']).toContain(text.at(-1));
            }
          }
          expect(seen).toBe(s.units.length);
        },
      ),
      { numRuns: 40 },
    );
  });
});
