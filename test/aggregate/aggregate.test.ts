/**
 * The aggregation core on small, hand-made cases whose figures are worked out here by hand.
 */
import { describe, expect, it } from 'vitest';
import { aggregate, AggregateInputError, type AggregateInput } from '../../src/aggregate/aggregate.js';
import type { RosterUnit } from '../../src/contract/config.js';
import { partsOf, periodObject, resolvePeriod, type PeriodRef } from '../../src/contract/period.js';
import { buildRoster } from '../../src/contract/roster.js';
import type { Submission } from '../../src/contract/submission.js';
import { SummarySchema } from '../../src/contract/summary.js';
import type { FileResult } from '../../src/contract/findings.js';
import { cleanSubmission, testConfig, testRoster } from '../fixtures/submission.js';

const HK1: PeriodRef = { kind: 'term', school_year: '2024-2025', term: 'HK1' };
const HK2: PeriodRef = { kind: 'term', school_year: '2024-2025', term: 'HK2' };
const CN: PeriodRef = { kind: 'term', school_year: '2024-2025', term: 'CN' };

function submission(code: string, period: PeriodRef, reportedAt: string, change: (s: Submission) => void = () => {}): Submission {
  const s = cleanSubmission();
  const unit = testRoster.byCode.get(code) ?? { code, name: code, level: 'TH' as const };
  s.unit = { code, name: unit.name, level: unit.level, ...(unit.parent ? { parent: unit.parent } : {}) };
  s.period = periodObject(period);
  s.reported_at = reportedAt;
  change(s);
  return s;
}

function accepted(file: string, s: Submission, warnings = 0): FileResult {
  return {
    file,
    format: 'yaml',
    unit: s.unit.code,
    period: s.period,
    periodRef: periodOf(s),
    status: 'accepted',
    findings: Array.from({ length: warnings }, () => ({ rule: 'comms-plan', severity: 'warning' as const, file, path: null, line: 1, column: 1, cell: null, message: 'w', hint: null })),
    submission: s,
    sha256: `sha-${file}`,
  };
}

function rejected(file: string, unit: string | null, period: PeriodRef | null, errors = 1): FileResult {
  return {
    file,
    format: 'yaml',
    unit,
    period: period ? periodObject(period) : null,
    periodRef: period,
    status: 'rejected',
    findings: Array.from({ length: errors }, () => ({ rule: 'schema', severity: 'error' as const, file, path: null, line: 3, column: 1, cell: null, message: 'e', hint: null })),
    submission: null,
    sha256: `sha-${file}`,
  };
}

const periodOf = (s: Submission): PeriodRef =>
  s.period.term ? { kind: 'term', school_year: s.period.school_year!, term: s.period.term } : s.period.month ? { kind: 'month', month: s.period.month } : { kind: 'quarter', quarter: s.period.quarter! };

function run(partial: Partial<AggregateInput> & { period: PeriodRef }) {
  const { period, ...rest } = partial;
  return aggregate({
    roster: testRoster,
    node: 'SGD-TEST',
    target: resolvePeriod(period, testConfig.calendar),
    parts: partsOf(period).map((p) => resolvePeriod(p, testConfig.calendar)),
    files: [],
    summaries: [],
    rules: { preset: 'recommended', severity: {} },
    generatedAt: '2025-01-05T01:00:00.000Z',
    generator: 'edu-comms test',
    lang: 'vi',
    ...rest,
  });
}

// The fixture submission: portal 20, social 35, website 20 + fanpage 35 posts, feedback 4/3/2, one low resolved
// incident, one exemplary model, one commendation, 3 collaborators, every coverage flag true.
describe('a term summary, figures by hand', () => {
  const files = [
    accepted('in/th-binhyen.yaml', submission('TH-BINHYEN', HK1, '2024-12-15'), 2), // on the deadline day: on time
    accepted('in/thcs-binhyen.yaml', submission('THCS-BINHYEN', HK1, '2024-12-16', (s) => {
      s.feedback = { received: 4, resolved: 3, results_published: 0 };
      s.contacts.spokesperson = undefined;
      s.channels = s.channels.filter((c) => c.type !== 'fanpage');
      s.incidents[0]!.severity = 'high';
      s.incidents[0]!.status = 'handling';
      s.assessment = { strengths: 'Có nhiều bài viết hay', proposals: 'Tập huấn thêm' };
    })),
    rejected('in/thpt-dinhhoa.yaml', 'THPT-DINHHOA', HK1, 2),
  ];
  const { summary, notCounted } = run({ period: HK1, files });

  it('is a valid summary file', () => {
    expect(SummarySchema.safeParse(summary).success).toBe(true);
    expect(notCounted).toEqual([]);
  });

  it('completeness and timeliness against the 15/12 deadline', () => {
    expect(summary.period).toEqual({ school_year: '2024-2025', term: 'HK1', start: '2024-09-05', end: '2025-01-18', deadline: '2024-12-15' });
    expect(summary.deadline_set).toBe(true);
    expect(summary.completeness).toEqual({
      expected: 3, accepted: 2, rejected: 1, missing: 0, on_time: 1, late: 1, completeness_pct: 66.7, timeliness_pct: 33.3,
    });
  });

  it('totals add up the accepted reports only', () => {
    const t = summary.totals;
    expect(t.activities.portal_posts).toBe(40);
    expect(t.activities.social_posts).toBe(70);
    expect(t.channel_posts).toEqual({ website: 40, fanpage: 35, zalo: 0, youtube: 0, tiktok: 0, loudspeaker: 0, other: 0 });
    expect(t.feedback).toEqual({ received: 8, resolved: 6, results_published: 2 });
    expect(t.incidents).toEqual({ total: 2, by_severity: { low: 1, medium: 0, high: 1 }, by_status: { handling: 1, resolved: 1 } });
    expect([t.exemplary_models, t.commendations, t.collaborators]).toEqual([2, 2, 6]);
  });

  it('coverage rates keep numerator and denominator', () => {
    expect(summary.rates.spokesperson).toEqual({ num: 1, den: 2, pct: 50 });
    expect(summary.rates.fanpage).toEqual({ num: 1, den: 2, pct: 50 });
    expect(summary.rates.leader_and_officer).toEqual({ num: 2, den: 2, pct: 100 });
    expect(summary.rates.feedback_resolution).toEqual({ num: 6, den: 8, pct: 75 });
  });

  it('breaks down by child node (a district and a school under the department) and by level', () => {
    expect(summary.by_child.map((b) => [b.code, b.completeness.expected, b.completeness.accepted, b.completeness.rejected])).toEqual([
      ['PGD-DINHHOA', 2, 2, 0],
      ['THPT-DINHHOA', 1, 0, 1],
    ]);
    expect(summary.by_child[0]!.totals.activities.portal_posts).toBe(40);
    expect(summary.by_level.map((b) => [b.level, b.completeness.on_time, b.completeness.late])).toEqual([
      ['TH', 1, 0],
      ['THCS', 0, 1],
      ['THPT', 0, 0],
    ]);
  });

  it('one row per expected unit, in roster order, with status, counts and finding counts', () => {
    expect(summary.units.map((u) => [u.code, u.status, u.reported_at, u.errors, u.warnings, u.files])).toEqual([
      ['TH-BINHYEN', 'accepted', '2024-12-15', 0, 2, ['in/th-binhyen.yaml']],
      ['THCS-BINHYEN', 'late', '2024-12-16', 0, 0, ['in/thcs-binhyen.yaml']],
      ['THPT-DINHHOA', 'rejected', null, 2, 0, ['in/thpt-dinhhoa.yaml']],
    ]);
    expect(summary.units[0]!.counts).toMatchObject({ portal_posts: 20, feedback_received: 4, incidents: 1, exemplary_models: 1 });
    expect(summary.units[2]!.counts).toBeNull();
  });

  it('keeps the attributed lists whole', () => {
    expect(summary.lists.late).toEqual([{ code: 'THCS-BINHYEN', name: 'Trường THCS Bình Yên', parent: 'PGD-DINHHOA', reported_at: '2024-12-16' }]);
    expect(summary.lists.rejected.map((u) => u.code)).toEqual(['THPT-DINHHOA']);
    expect(summary.lists.missing).toEqual([]);
    expect(summary.lists.incidents.map((i) => [i.unit, i.severity, i.status])).toEqual([
      ['TH-BINHYEN', 'low', 'resolved'],
      ['THCS-BINHYEN', 'high', 'handling'],
    ]);
    expect(summary.lists.assessment.proposals).toEqual([{ unit: 'THCS-BINHYEN', unit_name: 'Trường THCS Bình Yên', text: 'Tập huấn thêm' }]);
    expect(summary.lists.assessment.strengths.map((a) => a.unit)).toEqual(['TH-BINHYEN', 'THCS-BINHYEN']);
  });

  it('records its inputs with their hashes', () => {
    expect(summary.inputs.map((i) => [i.file, i.unit, i.sha256, i.kind])).toEqual([
      ['in/th-binhyen.yaml', 'TH-BINHYEN', 'sha-in/th-binhyen.yaml', 'submission'],
      ['in/thcs-binhyen.yaml', 'THCS-BINHYEN', 'sha-in/thcs-binhyen.yaml', 'submission'],
      ['in/thpt-dinhhoa.yaml', 'THPT-DINHHOA', 'sha-in/thpt-dinhhoa.yaml', 'submission'],
    ]);
  });
});

describe('statuses and edge cases', () => {
  it('an accepted report wins over a rejected copy; a unit with nothing is missing', () => {
    const { summary } = run({
      period: HK1,
      files: [accepted('a.yaml', submission('TH-BINHYEN', HK1, '2024-12-01')), rejected('b.yaml', 'TH-BINHYEN', HK1)],
    });
    expect(summary.units.map((u) => [u.code, u.status, u.errors])).toEqual([
      ['TH-BINHYEN', 'accepted', 1],
      ['THCS-BINHYEN', 'missing', 0],
      ['THPT-DINHHOA', 'missing', 0],
    ]);
    expect(summary.completeness.completeness_pct).toBe(33.3);
  });

  it('without a deadline in the calendar every accepted report is on time, and the summary says so', () => {
    const month: PeriodRef = { kind: 'month', month: '2024-10' }; // the test calendar has no monthly_deadline_day
    const { summary } = run({ period: month, files: [accepted('m.yaml', submission('TH-BINHYEN', month, '2025-03-01'))] });
    expect(summary.deadline_set).toBe(false);
    expect(summary.period.deadline).toBeNull();
    expect(summary.completeness).toMatchObject({ accepted: 1, on_time: 1, late: 0 });
  });

  it('the whole year counts one report per term; a unit keeps its worst status', () => {
    const { summary } = run({
      period: CN,
      files: [
        accepted('1.yaml', submission('TH-BINHYEN', HK1, '2024-12-01')),
        accepted('2.yaml', submission('TH-BINHYEN', HK2, '2025-05-20')), // late for HK2 (15/5)
        accepted('3.yaml', submission('THCS-BINHYEN', HK1, '2024-12-01')),
      ],
    });
    expect(summary.completeness).toMatchObject({ expected: 6, accepted: 3, on_time: 2, late: 1, missing: 3 });
    expect(summary.units.map((u) => [u.code, u.status, u.reported_at])).toEqual([
      ['TH-BINHYEN', 'late', '2025-05-20'],
      ['THCS-BINHYEN', 'missing', '2024-12-01'],
      ['THPT-DINHHOA', 'missing', null],
    ]);
    expect(summary.units[0]!.counts?.portal_posts).toBe(40);
    expect(summary.definitions['period_parts']).toBeDefined();
  });

  it('a report for the whole year stands for the unit alone; mixing it with term reports is refused', () => {
    const whole = accepted('cn.yaml', submission('TH-BINHYEN', CN, '2025-05-01'));
    const { summary } = run({ period: CN, files: [whole] });
    expect(summary.units[0]!.status).toBe('accepted');
    expect(summary.completeness).toMatchObject({ expected: 5, accepted: 1 });
    expect(() => run({ period: CN, files: [whole, accepted('hk1.yaml', submission('TH-BINHYEN', HK1, '2024-12-01'))] })).toThrow(AggregateInputError);
  });

  it('says why every file it does not count is left out', () => {
    const { notCounted, summary } = run({
      node: 'PGD-DINHHOA',
      period: HK1,
      files: [
        accepted('other-period.yaml', submission('TH-BINHYEN', HK2, '2025-05-01')),
        accepted('outside.yaml', submission('THPT-DINHHOA', HK1, '2024-12-01')),
        rejected('unknown.yaml', 'TH-NOWHERE', HK1),
        rejected('unreadable.yaml', null, null),
        accepted('office.yaml', submission('PGD-DINHHOA', HK1, '2024-12-01')),
      ],
    });
    expect(notCounted.map((n) => [n.file, n.reason])).toEqual([
      ['office.yaml', 'outside_node'],
      ['other-period.yaml', 'other_period'],
      ['outside.yaml', 'outside_node'],
      ['unknown.yaml', 'unknown_unit'],
      ['unreadable.yaml', 'no_unit'],
    ]);
    expect(summary.completeness.expected).toBe(2);
  });

  it('names the periods found when not one file is of the period asked for, and only then', () => {
    const hk2 = (code: string) => accepted(`${code}-hk2.yaml`, submission(code, HK2, '2025-05-01'));
    const none = run({ node: 'PGD-DINHHOA', period: HK1, files: [hk2('TH-BINHYEN'), hk2('THCS-BINHYEN')] });
    expect(none.periodsFound).toEqual([{ period: HK2, files: 2 }]);
    const some = run({ node: 'PGD-DINHHOA', period: HK1, files: [hk2('TH-BINHYEN'), accepted('hk1.yaml', submission('THCS-BINHYEN', HK1, '2024-12-01'))] });
    expect(some.periodsFound).toBeUndefined();
    expect(run({ node: 'PGD-DINHHOA', period: HK1, files: [] }).periodsFound).toBeUndefined();
  });

  it('a unit whose file is too broken to show its period is that unit’s rejected report', () => {
    const { summary } = run({ period: HK1, files: [rejected('broken.yaml', 'THCS-BINHYEN', null)] });
    expect(summary.units.find((u) => u.code === 'THCS-BINHYEN')!.status).toBe('rejected');
  });

  it('an office reports only when the roster says so, and is then counted with the children of its parent', () => {
    const units: RosterUnit[] = [
      { code: 'SGD', name: 'Sở', level: 'OFFICE' },
      { code: 'PGD', name: 'Phòng', level: 'OFFICE', parent: 'SGD', reports: true },
      { code: 'TH-A', name: 'Trường A', level: 'TH', parent: 'PGD' },
    ];
    const roster = buildRoster(units);
    const { summary } = run({ roster, node: 'SGD', period: HK1 });
    expect(summary.units.map((u) => u.code)).toEqual(['PGD', 'TH-A']);
    expect(summary.by_child.map((b) => [b.code, b.completeness.expected])).toEqual([['PGD', 2]]);
    expect(summary.by_level.map((b) => b.level)).toEqual(['TH', 'OFFICE']);
  });

  it('works on a roster of four levels (province → cluster → commune → school) and on a single school', () => {
    const deep = buildRoster([
      { code: 'P', name: 'Tỉnh', level: 'OFFICE' },
      { code: 'C', name: 'Cụm', level: 'OFFICE', parent: 'P' },
      { code: 'X', name: 'Xã', level: 'OFFICE', parent: 'C' },
      { code: 'S', name: 'Trường', level: 'MN', parent: 'X' },
    ]);
    const s = submission('S', HK1, '2024-12-01', (x) => (x.unit = { code: 'S', name: 'Trường', level: 'MN', parent: 'X' }));
    const { summary } = run({ roster: deep, node: 'P', period: HK1, files: [accepted('s.yaml', s)] });
    expect(summary.by_child.map((b) => [b.code, b.completeness.accepted])).toEqual([['C', 1]]);
    expect(summary.units.map((u) => [u.code, u.parent, u.status])).toEqual([['S', 'X', 'accepted']]);

    const single = buildRoster([{ code: 'S', name: 'Trường', level: 'MN' }]);
    const alone = run({ roster: single, node: 'S', period: HK1, files: [accepted('s.yaml', s)] }).summary;
    expect(alone.units.map((u) => [u.code, u.status])).toEqual([['S', 'accepted']]);
    expect(alone.by_child).toEqual([]);
  });

  it('an unknown node is refused with its code', () => {
    expect(() => run({ node: 'PGD-NOWHERE', period: HK1 })).toThrow(/PGD-NOWHERE/);
  });

  it('writes its definitions in the language of the run', () => {
    const vi = run({ period: HK1 }).summary.definitions;
    const en = run({ period: HK1, lang: 'en' }).summary.definitions;
    expect(Object.keys(vi)).toEqual(Object.keys(en));
    expect(vi['late']).not.toBe(en['late']);
  });
});
