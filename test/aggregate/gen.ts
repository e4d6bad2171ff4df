/**
 * Generators for the aggregation property tests: rosters of random depth (offices under offices under …, schools at
 * any level, offices that report themselves) and, for every unit and period, random files as validation would hand
 * them over (accepted, late, rejected, duplicated, missing), plus noise (other periods, units outside the node,
 * unknown units, unreadable files).
 */
import fc from 'fast-check';
import type { RosterUnit } from '../../src/contract/config.js';
import { periodKey, periodObject, resolvePeriod, type PeriodRef, type ResolvedPeriod } from '../../src/contract/period.js';
import { buildRoster, type Roster } from '../../src/contract/roster.js';
import { CHANNEL_TYPES, LEVELS, type Level, type Submission } from '../../src/contract/submission.js';
import type { FileResult, Finding } from '../../src/contract/findings.js';
import { cleanSubmission } from '../fixtures/submission.js';

export const ROOT = 'ROOT';

const SCHOOL_LEVELS = LEVELS.filter((l) => l !== 'OFFICE') as Level[];

/** A roster: ROOT, then units whose parent is any office created before them, so the depth is anything from 1 to n. */
export const rosterArb: fc.Arbitrary<Roster> = fc
  .array(
    fc.record({
      parentPick: fc.nat(),
      office: fc.boolean(),
      reports: fc.boolean(),
      level: fc.constantFrom(...SCHOOL_LEVELS),
    }),
    { minLength: 1, maxLength: 18 },
  )
  .map((specs) => {
    const units: RosterUnit[] = [{ code: ROOT, name: 'Sở', level: 'OFFICE' }];
    const offices = [ROOT];
    specs.forEach((s, i) => {
      const parent = offices[s.parentPick % offices.length]!;
      if (s.office) {
        const code = `PGD-${i}`;
        units.push({ code, name: `Phòng ${i}`, level: 'OFFICE', parent, ...(s.reports ? { reports: true } : {}) });
        offices.push(code);
      } else units.push({ code: `S-${i}`, name: `Trường ${i}`, level: s.level, parent });
    });
    // a unit outside the tree being summarised (another province's school): its files must never be counted
    units.push({ code: 'OTHER-ROOT', name: 'Sở khác', level: 'OFFICE' });
    units.push({ code: 'OTHER-SCHOOL', name: 'Trường khác', level: 'TH', parent: 'OTHER-ROOT' });
    return buildRoster(units);
  });

export const calendar = {
  '2024-2025': {
    HK1: { start: '2024-09-05', end: '2025-01-18', deadline: '2024-12-15' },
    HK2: { start: '2025-01-20', end: '2025-05-31', deadline: '2025-05-15' },
    monthly_deadline_day: 5,
  },
};

export interface PeriodSet {
  whole: ResolvedPeriod;
  parts: ResolvedPeriod[];
}

const resolve = (ref: PeriodRef) => resolvePeriod(ref, calendar);

export const yearSet: PeriodSet = {
  whole: resolve({ kind: 'term', school_year: '2024-2025', term: 'CN' }),
  parts: (['HK1', 'HK2'] as const).map((term) => resolve({ kind: 'term', school_year: '2024-2025', term })),
};
export const quarterSet: PeriodSet = {
  whole: resolve({ kind: 'quarter', quarter: '2024-Q4' }),
  parts: ['2024-10', '2024-11', '2024-12'].map((month) => resolve({ kind: 'month', month })),
};

const submissionArb = fc.record({
  counts: fc.array(fc.nat({ max: 60 }), { minLength: 17, maxLength: 17 }),
  feedback: fc.tuple(fc.nat({ max: 20 }), fc.nat({ max: 20 }), fc.nat({ max: 20 })),
  violations: fc.tuple(fc.nat({ max: 5 }), fc.nat({ max: 5 })),
  channels: fc.array(fc.record({ type: fc.constantFrom(...CHANNEL_TYPES), posts: fc.nat({ max: 40 }), connected: fc.boolean() }), { maxLength: 3 }),
  incidents: fc.array(
    fc.record({
      day: fc.integer({ min: 1, max: 28 }),
      severity: fc.constantFrom('low' as const, 'medium' as const, 'high' as const),
      status: fc.constantFrom('handling' as const, 'resolved' as const),
      text: fc.constantFrom('Tin sai sự thật', 'Bình luận tiêu cực', 'Ảnh bị cắt ghép'),
    }),
    { maxLength: 2 },
  ),
  models: fc.array(fc.constantFrom('Mô hình A', 'Mô hình B', 'Gương C'), { maxLength: 2 }),
  commendations: fc.array(fc.constantFrom('Tổ Văn', 'Cô Hoa'), { maxLength: 2 }),
  flags: fc.array(fc.boolean(), { minLength: 7, maxLength: 7 }),
  strengths: fc.option(fc.constantFrom('Kịp thời', 'Đúng định hướng'), { nil: undefined }),
});

type Spec = typeof submissionArb extends fc.Arbitrary<infer T> ? T : never;

function makeSubmission(unit: RosterUnit, period: ResolvedPeriod, reportedAt: string, spec: Spec): Submission {
  const s = cleanSubmission();
  const [a, b, c, d, e, f, g, h, i, j, ...topics] = spec.counts;
  s.unit = { code: unit.code, name: unit.name, level: unit.level, ...(unit.parent ? { parent: unit.parent } : {}) };
  s.period = periodObject(period.ref);
  s.reported_at = reportedAt;
  s.activities = {
    portal_posts: a!, social_posts: b!, official_shares: c!, press_articles_sent: d!, press_articles_published: e!,
    press_releases: f!, press_answers: g!, broadcasts: h!, events: i!, community_meetings: j!,
  };
  s.topics = { policy: topics[0]!, direction: topics[1]!, exams: topics[2]!, textbooks: topics[3]!, exemplary: topics[4]!, counter_misinformation: topics[5]!, other: topics[6]! };
  const [received, resolved, published] = spec.feedback;
  s.feedback = { received, resolved, results_published: published };
  const [detected, handled] = spec.violations;
  const flags = spec.flags;
  s.social_media = { staff_briefed: flags[0]!, violations_detected: detected, violations_handled: handled };
  s.governance = { comms_plan: flags[1]!, spokesperson_regulation: flags[2]!, collaborators: a! % 7 };
  if (!flags[3]) delete s.contacts.spokesperson;
  if (!flags[4]) s.contacts.officer = { position: 'Giáo viên' };
  s.channels = spec.channels.map((ch) => ({
    type: ch.type,
    url: 'https://example.edu.vn',
    managed_by_leader: true,
    connected_to_parent: ch.connected,
    posts: ch.posts,
  }));
  const month = period.start.slice(0, 7);
  s.incidents = spec.incidents.map((x) => ({
    date: `${month}-${String(x.day).padStart(2, '0')}`,
    summary: x.text,
    severity: x.severity,
    status: x.status,
    reported_to_parent_at: `${month}-${String(x.day).padStart(2, '0')}`,
  }));
  s.exemplary_models = spec.models.map((title) => ({ title }));
  s.commendations = spec.commendations.map((recipient) => ({ recipient, form: 'Giấy khen' }));
  s.assessment = spec.strengths ? { strengths: spec.strengths } : {};
  return s;
}

const finding = (file: string, severity: Finding['severity'], rule: string): Finding => ({
  rule, severity, file, path: null, line: 1, column: 1, cell: null, message: rule, hint: null,
});

/** What a unit sent for a period. */
type Sent = 'none' | 'accepted' | 'warned' | 'rejected' | 'two_rejected' | 'accepted_and_rejected';

/** Files for every unit of the roster and every period of `periods`, plus noise. */
export function filesArb(roster: Roster, periods: readonly ResolvedPeriod[]): fc.Arbitrary<FileResult[]> {
  const units = roster.units.filter((u) => !u.code.startsWith('OTHER-'));
  const slots = units.flatMap((u) => periods.map((p) => ({ u, p })));
  return fc
    .tuple(
      fc.array(
        fc.record({
          sent: fc.constantFrom<Sent>('none', 'accepted', 'accepted', 'warned', 'rejected', 'two_rejected', 'accepted_and_rejected'),
          day: fc.integer({ min: -20, max: 20 }),
          spec: submissionArb,
        }),
        { minLength: slots.length, maxLength: slots.length },
      ),
      fc.uniqueArray(fc.constantFrom('no_unit', 'unknown_unit', 'other_period', 'other_root'), { maxLength: 4 }),
    )
    .map(([picks, noise]) => {
      const files: FileResult[] = [];
      slots.forEach(({ u, p }, i) => {
        const pick = picks[i]!;
        if (pick.sent === 'none') return;
        const base = p.deadline ?? p.end;
        const reportedAt = shiftDate(base, pick.day);
        const submission = makeSubmission(u, p, reportedAt, pick.spec);
        const name = (k: number) => `in/${u.code}/${periodKey(p.ref).replace('/', '-')}-${k}.yaml`;
        const make = (k: number, status: 'accepted' | 'rejected', findings: Finding[]): FileResult => ({
          file: name(k),
          format: 'yaml',
          unit: u.code,
          period: periodObject(p.ref),
          periodRef: p.ref,
          status,
          findings,
          submission: status === 'accepted' ? submission : null,
          sha256: `${u.code}-${periodKey(p.ref)}-${k}`,
        });
        switch (pick.sent) {
          case 'accepted':
            files.push(make(1, 'accepted', []));
            break;
          case 'warned':
            files.push(make(1, 'accepted', [finding(name(1), 'warning', 'comms-plan'), finding(name(1), 'info', 'exemplary-model')]));
            break;
          case 'rejected':
            files.push(make(1, 'rejected', [finding(name(1), 'error', 'feedback-consistency')]));
            break;
          case 'two_rejected':
            files.push(make(1, 'rejected', [finding(name(1), 'error', 'duplicate-submission')]));
            files.push(make(2, 'rejected', [finding(name(2), 'error', 'duplicate-submission'), finding(name(2), 'warning', 'spokesperson')]));
            break;
          case 'accepted_and_rejected':
            files.push(make(1, 'accepted', []));
            files.push(make(2, 'rejected', [finding(name(2), 'error', 'schema')]));
            break;
        }
      });
      noise.forEach((kind, i) => {
        const file = `noise/${kind}-${i}.yaml`;
        const p = periods[0]!;
        const base: FileResult = {
          file, format: 'yaml', unit: null, period: null, periodRef: null, status: 'rejected',
          findings: [finding(file, 'error', 'syntax')], submission: null, sha256: file,
        };
        if (kind === 'no_unit') files.push(base);
        else if (kind === 'unknown_unit') files.push({ ...base, unit: 'NOPE', period: periodObject(p.ref), periodRef: p.ref, findings: [finding(file, 'error', 'unit-known')] });
        else {
          const ref: PeriodRef = kind === 'other_period' ? { kind: 'term', school_year: '2023-2024', term: 'HK1' } : p.ref;
          const unit = kind === 'other_root' ? roster.byCode.get('OTHER-SCHOOL')! : units.find((u) => u.level !== 'OFFICE') ?? units[0]!;
          const submission = makeSubmission(unit, resolvePeriod(ref, calendar), p.start, {
            counts: Array<number>(17).fill(1000), feedback: [1, 1, 1], violations: [0, 0], channels: [], incidents: [], models: [], commendations: [], flags: Array<boolean>(7).fill(true), strengths: undefined,
          });
          files.push({ ...base, unit: unit.code, period: periodObject(ref), periodRef: ref, status: 'accepted', findings: [], submission });
        }
      });
      return files;
    });
}

function shiftDate(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** A deterministic shuffle driven by fast-check's random keys. */
export function shuffleBy<T>(items: readonly T[], keys: readonly number[]): T[] {
  return items.map((item, i) => ({ item, k: keys[i % Math.max(keys.length, 1)] ?? 0, i })).sort((a, b) => a.k - b.k || b.i - a.i).map((x) => x.item);
}
