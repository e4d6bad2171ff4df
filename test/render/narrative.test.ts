import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_CAPS } from '../../src/contract/documents.js';
import { appendixLabels, groupSentences, namedIncidents, normaliseSentence, pickHighlights, pickSection6, roman } from '../../src/render/narrative.js';

const incident = (unit: string, severity: 'low' | 'medium' | 'high', status: 'handling' | 'resolved', date = '2024-11-01') => ({
  unit,
  unit_name: `Trường ${unit}`,
  date,
  severity,
  status,
  summary: `Sự cố ${unit}`,
  channel: null,
  reported_to_parent_at: null,
  resolution: null,
});

describe('incidents named in the narrative', () => {
  it('are every high-severity or still-handling one, the most serious first; the others are left out', () => {
    const list = [
      incident('A', 'low', 'resolved'),
      incident('B', 'medium', 'handling', '2024-11-03'),
      incident('C', 'high', 'resolved', '2024-11-02'),
      incident('D', 'high', 'handling', '2024-11-05'),
      incident('E', 'medium', 'resolved'),
    ];
    expect(namedIncidents(list).map((i) => i.unit)).toEqual(['D', 'C', 'B']);
  });

  it('do not depend on the order of the list', () => {
    const arb = fc.array(
      fc.record({ unit: fc.constantFrom('A', 'B', 'C'), severity: fc.constantFrom('low' as const, 'medium' as const, 'high' as const), status: fc.constantFrom('handling' as const, 'resolved' as const), day: fc.integer({ min: 10, max: 28 }) }),
      { maxLength: 30 },
    );
    fc.assert(
      fc.property(arb, fc.nat(), (specs, seed) => {
        const list = specs.map((s, i) => ({ ...incident(s.unit, s.severity, s.status, `2024-11-${s.day}`), summary: `S${i}` }));
        const shuffled = [...list].sort((a, b) => ((a.summary.length * 31 + seed) % 7) - ((b.summary.length * 17 + seed) % 5));
        const key = (l: typeof list) => namedIncidents(l).map((i) => `${i.severity}${i.status}${i.date}${i.unit}`);
        expect(key(shuffled)).toEqual(key(list));
        expect(namedIncidents(list)).toHaveLength(list.filter((i) => i.severity === 'high' || i.status === 'handling').length);
      }),
    );
  });
});

describe('highlights', () => {
  const item = (unit: string, title: string, url: string | null, featured?: boolean) => ({ unit, title, url, ...(featured ? { featured } : {}) });
  const childOf = (code: string) => code.split('-')[0]!;
  const rank = { hasUrl: (m: { url: string | null }) => Boolean(m.url), title: (m: { title: string }) => m.title };

  it('keep at most perChild per child, featured first, then with a URL, then by unit and title', () => {
    const items = [item('P1-b', 'Z', null), item('P1-a', 'Y', null), item('P1-c', 'X', 'https://x'), item('P1-d', 'W', null, true), item('P2-a', 'V', null)];
    const picked = pickHighlights(items, childOf, ['P1', 'P2'], rank, { perChild: 2, max: 10 });
    expect(picked.map((m) => m.title)).toEqual(['W', 'X', 'V']);
  });

  it('take every child’s first pick before any second one when the total is capped', () => {
    const items = ['P1', 'P2', 'P3'].flatMap((p) => [item(`${p}-a`, `${p}1`, null), item(`${p}-b`, `${p}2`, null)]);
    const picked = pickHighlights(items, childOf, ['P3', 'P1', 'P2'], rank, { perChild: 2, max: 4 });
    expect(picked.map((m) => m.title)).toEqual(['P31', 'P32', 'P11', 'P21']);
  });
});

describe('assessment sentences', () => {
  it('group what differs only in case, spacing and punctuation; the most shared group first', () => {
    const q = (unit: string, text: string) => ({ unit, unit_name: unit, text });
    const groups = groupSentences([q('A', 'Thiếu thiết bị.'), q('B', 'thiếu  thiết bị'), q('C', 'Thiếu thiết bị.'), q('D', 'Khác hẳn')]);
    expect(groups.map((g) => [g.text, g.units.length])).toEqual([
      ['Thiếu thiết bị.', 3],
      ['Khác hẳn', 1],
    ]);
    expect(normaliseSentence(' Cán bộ, GIÁO viên! ')).toBe('cán bộ giáo viên');
  });

  it('are grouped once per list: the same list gives the same groups, another list its own', () => {
    const q = (unit: string, text: string) => ({ unit, unit_name: unit, text });
    const list = [q('B', 'Thiếu thiết bị.'), q('A', 'thiếu thiết bị')];
    const first = groupSentences(list);
    expect(groupSentences(list)).toBe(first);
    const other = [...list, q('C', 'Khác')];
    expect(groupSentences(other)).not.toBe(first);
    expect(groupSentences(other).map((g) => g.units.map((u) => u.unit))).toEqual([['A', 'B'], ['C']]);
  });
});

describe('appendix numbering', () => {
  it('is the word alone for one appendix, Roman numerals from two', () => {
    expect(appendixLabels(['units'], 'Phụ lục').units).toBe('Phụ lục');
    const labels = appendixLabels(['units', 'incidents', 'outstanding'], 'Phụ lục');
    expect([labels.units, labels.incidents, labels.outstanding, labels.assessment]).toEqual(['Phụ lục I', 'Phụ lục II', 'Phụ lục III', '']);
    expect([4, 9, 14, 40, 1999].map(roman)).toEqual(['IV', 'IX', 'XIV', 'XL', 'MCMXCIX']);
  });
});

describe('section 6: models and commendations share highlights_max', () => {
  const childOf = (code: string) => code.split('-')[0]!;
  const children = Array.from({ length: 25 }, (_, i) => `X${i}`);
  const models = (perChild: number) =>
    children.flatMap((c) => Array.from({ length: perChild }, (_, k) => ({ unit: `${c}-${k}`, unit_name: `Trường ${c}-${k}`, title: `Mô hình ${c}-${k}`, description: null, url: null })));
  const commendations = (n: number) =>
    children.slice(0, n).map((c) => ({ unit: `${c}-0`, unit_name: `Trường ${c}-0`, recipient: `Tổ ${c}`, form: 'Giấy khen', date: '2024-11-20' }));

  it('names at most highlights_max in all, half each, when both lists are long (a province of 2,500)', () => {
    const picked = pickSection6({ exemplary_models: models(3), commendations: commendations(25) }, childOf, children, DEFAULT_CAPS);
    expect(picked.models).toHaveLength(DEFAULT_CAPS.highlights_max / 2);
    expect(picked.commendations).toHaveLength(DEFAULT_CAPS.highlights_max / 2);
  });

  it('gives the room a short list leaves to the other, and never more than perChild per child', () => {
    const picked = pickSection6({ exemplary_models: models(3), commendations: commendations(4) }, childOf, children, DEFAULT_CAPS);
    expect(picked.commendations).toHaveLength(4);
    expect(picked.models).toHaveLength(DEFAULT_CAPS.highlights_max - 4);
    const few = pickSection6({ exemplary_models: models(1).slice(0, 3), commendations: [] }, childOf, children, DEFAULT_CAPS);
    expect(few.models).toHaveLength(3);
  });

  it('keeps the total within the cap for any sizes (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 4 }), fc.integer({ min: 0, max: 25 }), fc.integer({ min: 0, max: 60 }), (m, c, max) => {
        const caps = { ...DEFAULT_CAPS, highlights_max: max };
        const picked = pickSection6({ exemplary_models: models(m), commendations: commendations(c) }, childOf, children, caps);
        const available = Math.min(25 * Math.min(m, caps.highlights_per_child), 1e9) + c;
        expect(picked.models.length + picked.commendations.length).toBe(Math.min(max, available));
      }),
      { numRuns: 60 },
    );
  });
});
