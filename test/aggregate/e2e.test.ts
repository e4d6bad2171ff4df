/**
 * `edu-comms aggregate` through the built binary on the bundled examples: a district, then the province both from
 * every school and from the districts' summaries. The expected figures are computed here from the example files
 * themselves (read with the `yaml` package, not with the tool).
 */
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SummarySchema, type Summary } from '../../src/contract/summary.js';
import { EXAMPLES, runCli } from '../helpers/cli.js';

const HK1 = ['--term', 'HK1', '--year', '2024-2025'];
const ENV = { SOURCE_DATE_EPOCH: '1736064000' }; // 2025-01-05T08:00:00Z
const DEADLINE = '2024-12-15';

interface RosterRow { code: string; name: string; level: string; parent?: string; reports?: boolean }
interface Sub { unit: { code: string }; reported_at: string; activities: Record<string, number>; feedback: Record<string, number>; incidents?: unknown[] }

let work: string;
const read = (path: string): Summary => SummarySchema.parse(JSON.parse(readFileSync(join(work, path), 'utf8')));

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'edu-aggregate-'));
  cpSync(EXAMPLES, work, { recursive: true });
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** The roster and the submissions, read independently of the tool. */
function world() {
  const config = parse(readFileSync(join(work, 'edu-comms.yaml'), 'utf8')) as { units: RosterRow[] };
  const subs: Sub[] = [];
  const walk = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      if (e.isDirectory()) walk(join(dir, e.name));
      else if (e.name.endsWith('.yaml')) subs.push(parse(readFileSync(join(dir, e.name), 'utf8')) as Sub);
    }
  };
  walk(join(work, 'submissions', 'hk1-2024-2025'));
  const under = (node: string): RosterRow[] => {
    const below = config.units.filter((u) => u.parent === node);
    return below.flatMap((u) => [u, ...under(u.code)]);
  };
  const expectedUnder = (node: string) => under(node).filter((u) => u.level !== 'OFFICE' || u.reports === true);
  return { config, subs, expectedUnder };
}

function expectedFigures(node: string) {
  const { subs, expectedUnder } = world();
  const expected = expectedUnder(node);
  const codes = new Set(expected.map((u) => u.code));
  const mine = subs.filter((s) => codes.has(s.unit.code));
  const late = mine.filter((s) => s.reported_at > DEADLINE);
  const sum = (f: (s: Sub) => number) => mine.reduce((n, s) => n + f(s), 0);
  return {
    expected: expected.length,
    accepted: mine.length,
    late: late.length,
    lateCodes: late.map((s) => s.unit.code).sort(),
    missingCodes: expected.filter((u) => !mine.some((s) => s.unit.code === u.code)).map((u) => u.code).sort(),
    portal: sum((s) => s.activities['portal_posts']!),
    received: sum((s) => s.feedback['received']!),
    resolved: sum((s) => s.feedback['resolved']!),
    incidents: sum((s) => s.incidents?.length ?? 0),
    pct: (n: number, d: number) => Math.round((n * 1000) / d) / 10,
  };
}

describe('aggregate a district (Phòng GD&ĐT Định Hóa) from its schools', () => {
  let run: ReturnType<typeof runCli>;
  beforeAll(() => {
    run = runCli(['aggregate', ...HK1, '--unit', 'PGD-DINHHOA', '--in', 'submissions/hk1-2024-2025/pgd-dinhhoa'], { cwd: work, env: ENV });
  });

  it('exits 0 and writes the three files in out/<node>-<period>/', () => {
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    for (const f of ['summary.json', 'summary.yaml', 'summary.xlsx']) expect(existsSync(join(work, 'out/PGD-DINHHOA-2024-2025-HK1', f))).toBe(true);
    expect(run.stdout).toContain('out/PGD-DINHHOA-2024-2025-HK1/summary.xlsx');
  });

  it('has the figures computed from the example files', () => {
    const s = read('out/PGD-DINHHOA-2024-2025-HK1/summary.json');
    const x = expectedFigures('PGD-DINHHOA');
    expect(s.node.code).toBe('PGD-DINHHOA');
    expect(s.completeness).toMatchObject({ expected: x.expected, accepted: x.accepted, late: x.late, missing: x.expected - x.accepted, rejected: 0 });
    expect(s.completeness.completeness_pct).toBe(x.pct(x.accepted, x.expected));
    expect(s.completeness.timeliness_pct).toBe(x.pct(x.accepted - x.late, x.expected));
    expect(s.totals.activities.portal_posts).toBe(x.portal);
    expect(s.totals.incidents.total).toBe(x.incidents);
    expect(s.rates.feedback_resolution).toEqual({ num: x.resolved, den: x.received, pct: x.pct(x.resolved, x.received) });
    expect(s.lists.late.map((u) => u.code).sort()).toEqual(x.lateCodes);
    expect(s.lists.missing.map((u) => u.code).sort()).toEqual(x.missingCodes);
    expect(s.units).toHaveLength(x.expected);
  });

  it('names the missing and late units in the terminal', () => {
    const { config } = world();
    const x = expectedFigures('PGD-DINHHOA');
    for (const code of [...x.missingCodes, ...x.lateCodes]) expect(run.stdout).toContain(config.units.find((u) => u.code === code)!.name);
  });
});

describe('aggregate the province', () => {
  beforeAll(() => {
    for (const pgd of ['pgd-dinhhoa', 'pgd-phuluong']) {
      const r = runCli(['aggregate', ...HK1, '--unit', pgd.toUpperCase(), '--in', `submissions/hk1-2024-2025/${pgd}`], { cwd: work, env: ENV });
      expect(r.code).toBe(0);
    }
  });

  it('from every school: the figures computed from the example files, by district and by level', () => {
    const r = runCli(['aggregate', ...HK1, '--in', 'submissions', '--out', 'out/direct'], { cwd: work, env: ENV });
    expect(r.code).toBe(0);
    const s = read('out/direct/summary.json');
    const x = expectedFigures('SGD-THAINGUYEN');
    expect(s.node.code).toBe('SGD-THAINGUYEN');
    expect(s.completeness).toMatchObject({ expected: x.expected, accepted: x.accepted, late: x.late });
    expect(s.totals.activities.portal_posts).toBe(x.portal);
    const district = expectedFigures('PGD-PHULUONG');
    const row = s.by_child.find((b) => b.code === 'PGD-PHULUONG')!;
    expect(row.completeness).toMatchObject({ expected: district.expected, accepted: district.accepted });
    expect(row.totals.activities.portal_posts).toBe(district.portal);
    expect(s.by_level.reduce((n, b) => n + b.completeness.expected, 0)).toBe(x.expected);
  });

  it('from the districts’ summaries plus the schools under the department: the same summary (invariant 1)', () => {
    const r = runCli(
      ['aggregate', ...HK1, '--in', 'submissions/hk1-2024-2025/truc-thuoc-so', 'out/PGD-DINHHOA-2024-2025-HK1/summary.json', 'out/PGD-PHULUONG-2024-2025-HK1/summary.yaml', '--out', 'out/rolled'],
      { cwd: work, env: ENV },
    );
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const direct = read('out/direct/summary.json');
    const rolled = read('out/rolled/summary.json');
    expect({ ...rolled, inputs: [] }).toEqual({ ...direct, inputs: [] });
    expect(rolled.inputs.filter((i) => i.kind === 'summary').map((i) => i.unit)).toEqual(['PGD-DINHHOA', 'PGD-PHULUONG']);
  });

  it('is byte-identical between runs (SOURCE_DATE_EPOCH), and --format json prints summary.json', () => {
    const again = runCli(['aggregate', ...HK1, '--in', 'submissions', '--out', 'out/again', '--format', 'json'], { cwd: work, env: ENV });
    expect(again.code).toBe(0);
    for (const f of ['summary.json', 'summary.yaml', 'summary.xlsx']) {
      expect(readFileSync(join(work, 'out/again', f)).equals(readFileSync(join(work, 'out/direct', f)))).toBe(true);
    }
    expect(again.stdout).toBe(readFileSync(join(work, 'out/direct/summary.json'), 'utf8'));
  });

  it('refuses a unit counted twice (a district summary and its schools’ files) and writes nothing', () => {
    const r = runCli(['aggregate', ...HK1, '--in', 'submissions', 'out/PGD-DINHHOA-2024-2025-HK1/summary.json', '--out', 'out/twice'], { cwd: work, env: ENV });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('out/PGD-DINHHOA-2024-2025-HK1/summary.json');
    expect(r.stderr).toMatch(/hai lần/);
    expect(existsSync(join(work, 'out/twice'))).toBe(false);
  });

  it('refuses a district summary for another period', () => {
    const r = runCli(['aggregate', '--term', 'HK2', '--year', '2024-2025', '--in', 'out/PGD-DINHHOA-2024-2025-HK1/summary.json', '--out', 'out/hk2', '--lang', 'en'], { cwd: work, env: ENV });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('term I of school year 2024-2025');
  });
});

describe('bad input is normal input', () => {
  it('broken submissions: exit 1, rejected units listed with their files, unreadable files not silently skipped', () => {
    const r = runCli(['aggregate', ...HK1, '--in', 'submissions', 'broken', '--out', 'out/broken', '--lang', 'en'], { cwd: work, env: ENV });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('Rejected');
    expect(r.stdout).toContain('broken/thpt-binhyen-thieu-nguoi-phu-trach.yaml');
    expect(r.stdout).toContain('broken/thcs-dongdat-nham-ky.yaml');
    const s = read('out/broken/summary.json');
    // a file with a syntax error still belongs to its school (read from what parses): listed with the school's good file
    expect(s.units.find((u) => u.code === 'TH-TRUNGHOI')!.files).toContain('broken/th-trunghoi-loi-cu-phap.yaml');
    expect(s.completeness.rejected).toBeGreaterThan(0);
  });

  it('no period, no inputs, an unknown unit: usage errors (exit 2) that say what to type', () => {
    expect(runCli(['aggregate', '--in', 'submissions'], { cwd: work }).code).toBe(2);
    const none = runCli(['aggregate', '--config', join(work, 'edu-comms.yaml'), ...HK1], { cwd: join(work, 'broken') });
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('--in');
    const unknown = runCli(['aggregate', ...HK1, '--unit', 'PGD-NOWHERE', '--in', 'submissions'], { cwd: work });
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('PGD-NOWHERE');
  });

  it('with no --in, reads ./submissions and writes beside it, never inside it', () => {
    const r = runCli(['aggregate', ...HK1, '--unit', 'PGD-PHULUONG'], { cwd: work, env: ENV });
    expect(r.code).toBe(0);
    expect(read('out/PGD-PHULUONG-2024-2025-HK1/summary.json').completeness.expected).toBe(expectedFigures('PGD-PHULUONG').expected);
    const inside = runCli(['aggregate', ...HK1, '--in', '.'], { cwd: work, env: ENV });
    expect(inside.code).toBe(2);
    expect(inside.stderr).toContain('--out');
  });
});
