/**
 * A generated province for the scale tests (issue 10): a Sở with communes and wards (offices) of schools, plus schools
 * it manages directly, and for every school what validation would hand over — accepted, late, rejected or nothing —
 * with realistic variety: distinct model titles, some with press URLs, a few high-severity incidents, assessment
 * sentences that many schools share (in slightly different case and punctuation) and sentences of their own.
 * Deterministic (a seeded generator), built in memory: nothing is committed but this file.
 */
import type { RosterUnit } from '../../src/contract/config.js';
import { periodObject, type PeriodRef } from '../../src/contract/period.js';
import { buildRoster, type Roster } from '../../src/contract/roster.js';
import type { Submission } from '../../src/contract/submission.js';
import type { FileResult } from '../../src/contract/findings.js';
import { cleanSubmission } from '../fixtures/submission.js';
import { COMMON, INCIDENTS, MODEL_KINDS, MODEL_TOPICS, random } from '../../bench/province-words.mjs';

export const PROVINCE_ROOT = 'SGD-THAINGUYEN';
export const PROVINCE_PERIOD: PeriodRef = { kind: 'term', school_year: '2024-2025', term: 'HK1' };
const DEADLINE = '2024-12-15';

export interface Province {
  roster: Roster;
  files: FileResult[];
  offices: string[];
}

/** `offices` communes/wards of `perOffice` schools each, and `direct` schools under the Sở. */
export function generateProvince(options: { offices: number; perOffice: number; direct?: number; seed?: number }): Province {
  const rand = random(options.seed ?? 20261202);
  const pick = <T>(list: readonly T[]) => list[Math.floor(rand() * list.length)]!;
  const units: RosterUnit[] = [{ code: PROVINCE_ROOT, name: 'Sở Giáo dục và Đào tạo Thái Nguyên', level: 'OFFICE' }];
  const offices: string[] = [];
  const schools: RosterUnit[] = [];
  for (let o = 0; o < options.offices; o++) {
    const code = `XA-${String(o + 1).padStart(3, '0')}`;
    offices.push(code);
    units.push({ code, name: `UBND ${o % 3 === 0 ? 'phường' : 'xã'} Số ${o + 1}`, level: 'OFFICE', parent: PROVINCE_ROOT });
    for (let s = 0; s < options.perOffice; s++) {
      const level = (['MN', 'TH', 'THCS'] as const)[s % 3]!;
      const kind = { MN: 'Mầm non', TH: 'Tiểu học', THCS: 'THCS' }[level];
      schools.push({ code: `${code}-${level}-${String(s + 1).padStart(3, '0')}`, name: `Trường ${kind} Số ${s + 1} ${o % 3 === 0 ? 'phường' : 'xã'} Số ${o + 1}`, level, parent: code });
    }
  }
  for (let d = 0; d < (options.direct ?? 0); d++) {
    schools.push({ code: `THPT-${String(d + 1).padStart(3, '0')}`, name: `Trường THPT Số ${d + 1}`, level: 'THPT', parent: PROVINCE_ROOT });
  }
  units.push(...schools);
  const roster = buildRoster(units);

  const files: FileResult[] = [];
  schools.forEach((unit, i) => {
    const roll = rand();
    if (roll < 0.04) return; // missing
    const rejected = roll < 0.06;
    const late = !rejected && roll < 0.11;
    const s: Submission = cleanSubmission();
    s.unit = { code: unit.code, name: unit.name, level: unit.level, parent: unit.parent! };
    s.period = periodObject(PROVINCE_PERIOD);
    s.reported_at = late ? `2024-12-${16 + Math.floor(rand() * 10)}` : `2024-12-${String(1 + Math.floor(rand() * 14)).padStart(2, '0')}`;
    s.activities = { ...s.activities, portal_posts: Math.floor(rand() * 40), social_posts: Math.floor(rand() * 60), press_articles_published: Math.floor(rand() * 3) };
    s.governance = { ...s.governance, comms_plan: rand() < 0.92 };
    s.incidents = [];
    if (rand() < 0.05) {
      const high = rand() < 0.15;
      s.incidents.push({
        date: `2024-11-${String(1 + (i % 28)).padStart(2, '0')}`,
        summary: `${pick(INCIDENTS)} (${unit.name})`,
        severity: high ? 'high' : rand() < 0.4 ? 'medium' : 'low',
        status: rand() < 0.2 ? 'handling' : 'resolved',
        reported_to_parent_at: `2024-11-${String(1 + (i % 28)).padStart(2, '0')}`,
        ...(rand() < 0.7 ? { resolution: 'Đã gặp phụ huynh, giải thích và đăng thông tin chính thức trên trang của trường' } : {}),
      } as Submission['incidents'][number]);
    }
    const models = Math.floor(rand() * 3);
    s.exemplary_models = Array.from({ length: models }, (_, m) => ({
      title: `${pick(MODEL_KINDS)} “${pick(MODEL_TOPICS)}” của ${unit.name}${m > 0 ? ` (${m + 1})` : ''}`,
      ...(rand() < 0.3 ? { url: `https://baothainguyen.vn/giao-duc/${unit.code.toLowerCase()}-${m + 1}` } : {}),
    }));
    s.commendations = rand() < 0.15 ? [{ recipient: `Tổ chuyên môn ${1 + (i % 4)}`, form: 'Giấy khen của Chủ tịch UBND xã', date: '2024-11-20' }] : [];
    const sentence = (key: keyof typeof COMMON) => {
      if (rand() < 0.12) return `${unit.name} ${key === 'proposals' ? 'đề nghị' : 'nêu'} ý kiến riêng số ${i}.`;
      const base = pick(COMMON[key]);
      // the same sentence as others write it: sometimes lower-case, without the full stop, with doubled spaces
      const variant = rand();
      return variant < 0.2 ? base.toLowerCase() : variant < 0.35 ? base.replace(/\.$/, '') : variant < 0.45 ? base.replace(', ', ',  ') : base;
    };
    s.assessment = { strengths: sentence('strengths'), limitations: sentence('limitations'), next_steps: sentence('next_steps'), ...(rand() < 0.5 ? { proposals: sentence('proposals') } : {}) };
    const file = `in/${unit.parent}/${unit.code}.yaml`;
    files.push({
      file,
      format: 'yaml',
      unit: unit.code,
      period: periodObject(PROVINCE_PERIOD),
      periodRef: PROVINCE_PERIOD,
      status: rejected ? 'rejected' : 'accepted',
      findings: rejected ? [{ rule: 'feedback-consistency', severity: 'error', file, path: null, line: 1, column: 1, cell: null, message: 'x', hint: null }] : [],
      submission: rejected ? null : s,
      sha256: `${unit.code}-sha`,
    });
  });
  return { roster, files, offices };
}

export const PROVINCE_DEADLINE = DEADLINE;
