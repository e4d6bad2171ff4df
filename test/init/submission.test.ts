/**
 * The pure half of `init submission`: the question plan walked out of the contract, answers checked by the field's
 * own schema, suggestions, file names.
 */
import { describe, expect, it } from 'vitest';
import { ConfigSchema } from '../../src/contract/config.js';
import { SubmissionSchema } from '../../src/contract/submission.js';
import { leafFields, valueAt } from '../../src/contract/walk.js';
import { ASKED_FIRST, normaliseDate, parseAnswer, planKey, questionPlan, setAt, submissionObject, suggestion, type PlanNode } from '../../src/init/submission.js';
import { currentTerm } from '../../src/contract/period.js';
import { formFileName, prefill } from '../../src/form/prefill.js';

function fields(nodes: readonly PlanNode[]): Extract<PlanNode, { type: 'field' }>[] {
  return nodes.flatMap((n) => (n.type === 'field' ? [n] : n.type === 'group' ? fields(n.children) : fields(n.item)));
}

describe('questionPlan', () => {
  const plan = questionPlan();
  it('asks every field of the contract but the version, the unit and the period, in the contract’s order', () => {
    const expected = leafFields(SubmissionSchema)
      .map((f) => planKey(f.path))
      .filter((k) => !(ASKED_FIRST as readonly string[]).includes(k.split('.')[0]!));
    expect(fields(plan).map((f) => planKey(f.path))).toEqual(expected);
  });

  it('labels every question in both languages and knows each value kind', () => {
    for (const f of fields(plan)) {
      expect(f.label.vi, planKey(f.path)).not.toBe(f.path.at(-1));
      expect(f.label.en.length).toBeGreaterThan(0);
    }
    const kind = (key: string) => fields(plan).find((f) => planKey(f.path) === key);
    expect(kind('governance.comms_plan')?.kind).toBe('bool');
    expect(kind('channels.type')).toMatchObject({ kind: 'enum', options: ['website', 'fanpage', 'zalo', 'youtube', 'tiktok', 'loudspeaker', 'other'] });
    expect(kind('incidents.date')?.kind).toBe('date');
    expect(kind('activities.events')).toMatchObject({ kind: 'int', optional: false });
  });

  it('asks for the names the rules require, and asks whether there is a spokesperson', () => {
    expect(fields(plan).find((f) => planKey(f.path) === 'contacts.leader.name')?.optional).toBe(false);
    expect(fields(plan).find((f) => planKey(f.path) === 'signed_by.name')?.optional).toBe(false);
    const contacts = plan.find((n) => planKey(n.path) === 'contacts');
    const groups = contacts?.type === 'group' ? contacts.children : [];
    expect(groups.map((g) => [planKey(g.path), g.type === 'group' && g.optional])).toEqual([
      ['contacts.leader', false],
      ['contacts.officer', false],
      ['contacts.spokesperson', true],
    ]);
    expect(plan.filter((n) => n.type === 'list').map((n) => planKey(n.path))).toEqual(['channels', 'incidents', 'exemplary_models', 'commendations']);
  });
});

describe('parseAnswer', () => {
  it('takes dates as clerks type them', () => {
    expect(normaliseDate('5/9/2024')).toBe('2024-09-05');
    expect(parseAnswer(['reported_at'], '10/12/2024', 'vi')).toEqual({ ok: true, value: '2024-12-10' });
    expect(parseAnswer(['incidents', 2, 'date'], '2024-11-16', 'vi')).toEqual({ ok: true, value: '2024-11-16' });
  });

  it('refuses what the validator would refuse, with its message', () => {
    const bad = parseAnswer(['reported_at'], '31/02/2024', 'vi');
    expect(bad.ok).toBe(false);
    expect(!bad.ok && bad.message).toContain('«Ngày lập báo cáo» phải là ngày hợp lệ');
    const fraction = parseAnswer(['governance', 'collaborators'], '2.5', 'en');
    expect(!fraction.ok && fraction.message).toContain('“Communication collaborators” must be a whole number');
    const negative = parseAnswer(['activities', 'events'], '-1', 'vi');
    expect(!negative.ok && negative.message).toContain('không được là số âm (-1)');
    expect(parseAnswer(['activities', 'events'], 'mười', 'vi').ok).toBe(false);
    expect(parseAnswer(['contacts', 'leader', 'position'], '   ', 'vi').ok).toBe(false);
  });

  it('turns an empty optional answer into no value, and normalises text to NFC', () => {
    expect(parseAnswer(['channels', 0, 'followers'], '', 'vi')).toEqual({ ok: true, value: undefined });
    expect(parseAnswer(['channels', 0, 'followers'], ' 2126 ', 'vi')).toEqual({ ok: true, value: 2126 });
    expect(parseAnswer(['assessment', 'strengths'], ' Tốt '.normalize('NFD'), 'vi')).toEqual({ ok: true, value: 'Tốt' });
  });
});

describe('drafts and suggestions', () => {
  it('builds nested groups and list items by path', () => {
    const draft: Record<string, unknown> = {};
    setAt(draft, ['channels', 1, 'posts'], 3);
    setAt(draft, ['contacts', 'leader', 'name'], 'An');
    setAt(draft, ['contacts', 'leader', 'phone'], undefined);
    expect(draft).toEqual({ channels: [undefined, { posts: 3 }], contacts: { leader: { name: 'An' } } });
    expect(valueAt(draft, ['channels', 1, 'posts'])).toBe(3);
    expect(valueAt(draft, ['channels', 5, 'posts'])).toBeUndefined();
  });

  it('suggests today, zero for required counts, and the leader for the spokesperson and the signature', () => {
    const draft = { contacts: { leader: { name: 'Nông Thị Cường', position: 'Hiệu trưởng' } } };
    expect(suggestion(['reported_at'], draft, { today: '2024-12-03' })).toBe('2024-12-03');
    expect(suggestion(['activities', 'events'], draft, { today: '' })).toBe('0');
    expect(suggestion(['channels', 0, 'followers'], draft, { today: '' })).toBeUndefined();
    expect(suggestion(['contacts', 'spokesperson', 'name'], draft, { today: '' })).toBe('Nông Thị Cường');
    expect(suggestion(['signed_by', 'title'], draft, { today: '' })).toBe('HIỆU TRƯỞNG');
    expect(suggestion(['signed_by', 'name'], {}, { today: '' })).toBeUndefined();
  });

  it('orders the submission as the contract does', () => {
    const s = submissionObject({ signed_by: { title: 'X' }, schema_version: 1, unit: { code: 'A' } });
    expect(Object.keys(s)).toEqual(['schema_version', 'unit', 'signed_by']);
  });
});

describe('currentTerm and formFileName', () => {
  const calendar = ConfigSchema.shape.calendar.parse({
    '2024-2025': { HK1: { start: '2024-09-05', end: '2025-01-18' }, HK2: { start: '2025-01-20', end: '2025-05-31' } },
  });
  it('picks the last term of the calendar (or the default calendar) that has started by today', () => {
    expect(currentTerm('2024-12-03', calendar, '2024-2025').term).toBe('HK1');
    expect(currentTerm('2025-01-19', calendar, '2024-2025').term).toBe('HK1');
    expect(currentTerm('2025-01-20', calendar, '2024-2025').term).toBe('HK2');
    expect(currentTerm('2025-05-10', calendar, '2024-2025').term).toBe('HK2');
    expect(currentTerm('2025-12-01', {}, '2025-2026').term).toBe('HK1');
    expect(currentTerm('2026-03-01', {}, '2025-2026').term).toBe('HK2');
  });

  it('names the file after the unit and the period', () => {
    expect(formFileName('TH-BINHYEN', { kind: 'term', term: 'HK1', school_year: '2024-2025' }, 'yaml')).toBe('th-binhyen-2024-2025-hk1.yaml');
    expect(formFileName('TH-BINHYEN', { kind: 'month', month: '2024-10' }, 'xlsx')).toBe('th-binhyen-2024-10.xlsx');
    expect(formFileName('TH-BINHYEN', { kind: 'quarter', quarter: '2024-Q4' }, 'yaml')).toBe('th-binhyen-2024-q4.yaml');
    expect(formFileName(undefined, { kind: 'term', term: 'CN', school_year: '2024-2025' }, 'xlsx')).toBe('mau-2024-2025-cn.xlsx');
  });

  it('is the one scheme: template (prefill) and init submission name a unit’s form alike', () => {
    const unit = { code: 'TH-BINHYEN', name: 'Trường Tiểu học Bình Yên', level: 'TH' as const };
    for (const period of [{ kind: 'term', term: 'HK2', school_year: '2025-2026' }, { kind: 'month', month: '2025-03' }] as const) {
      expect(`${prefill(unit, period, 'vi').stem}.xlsx`).toBe(formFileName(unit.code, period, 'xlsx'));
    }
  });
});
