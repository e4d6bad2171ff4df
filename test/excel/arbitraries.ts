/**
 * fast-check arbitraries for submissions that the contract accepts, with the values that trip up spreadsheets and
 * YAML: leading zeros, numbers and dates written as text, "true", words with `#` and `:`, line breaks, Vietnamese
 * letters. They are in the canonical shape a reader returns: repeatable sections always present, no empty optional
 * groups, no empty optional values.
 */
import fc from 'fast-check';
import { CHANNEL_TYPES, INCIDENT_SEVERITIES, INCIDENT_STATUSES, LEVELS, TERMS } from '../../src/contract/submission.js';

const words = ['Trường', 'Tiểu học', 'Bình Yên', 'Nguyễn Văn An', 'Đặng Thị Hoa', 'HIỆU TRƯỞNG', 'phụ huynh', 'Zalo', 'tin, bài', 'số 1'];
const tricky = ['0912345678', '0208.3878.123', 'true', 'không', '1.200', '10/12/2024', '2024-12-10', 'a: b', 'x # y', '- gạch đầu dòng', '"trích"', "ông 'Tư'", '@nhóm', '%', '12'];

/** Trimmed, non-empty, NFC text: what the contract's `text` accepts and a reader returns. */
export const text = fc
  .array(fc.oneof(fc.constantFrom(...words), fc.constantFrom(...tricky), fc.string({ minLength: 1, maxLength: 8 })), { minLength: 1, maxLength: 4 })
  .map((parts) => parts.join(' ').replace(/[\u0000-\u001f\u007f-\u009f\u00a0-\u00ff\ufeff\u2028\u2029]/g, 'x').normalize('NFC').trim())
  .filter((s) => s.length > 0 && s === s.trim());

/** Paragraphs: text with line breaks inside (Alt+Enter in a cell). */
export const paragraph = fc.array(text, { minLength: 1, maxLength: 3 }).map((lines) => lines.join('\n'));

export const count = fc.oneof(fc.nat(50), fc.nat(2_000_000));

const pad = (n: number) => String(n).padStart(2, '0');
export const isoDate = fc.date({ min: new Date(Date.UTC(2001, 0, 1)), max: new Date(Date.UTC(2099, 11, 31)), noInvalidDate: true }).map(
  (d) => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`,
);

/** A record whose optional keys are either absent or hold a value (never undefined). */
function record<T extends Record<string, fc.Arbitrary<unknown>>>(required: T, optional: Record<string, fc.Arbitrary<unknown>> = {}) {
  const keys = Object.keys(optional);
  return fc.tuple(fc.record(required), fc.record(optional, { requiredKeys: [] })).map(([r, o]) => {
    const out: Record<string, unknown> = { ...r };
    for (const key of keys) if (o[key] !== undefined) out[key] = o[key];
    return out;
  });
}

const person = record({ position: text }, { name: text, phone: text, email: text });

const period = fc.oneof(
  fc.record({ school_year: fc.integer({ min: 2000, max: 2090 }).map((y) => `${y}-${y + 1}`), term: fc.constantFrom(...TERMS) }),
  fc.record({ month: fc.tuple(fc.integer({ min: 2000, max: 2099 }), fc.integer({ min: 1, max: 12 })).map(([y, m]) => `${y}-${pad(m)}`) }),
  fc.record({ quarter: fc.tuple(fc.integer({ min: 2000, max: 2099 }), fc.integer({ min: 1, max: 4 })).map(([y, q]) => `${y}-Q${q}`) }),
);

const counts = (keys: readonly string[]) => fc.record(Object.fromEntries(keys.map((k) => [k, count])));

export const submission = fc
  .record({
    unit: record({ code: text, name: text, level: fc.constantFrom(...LEVELS) }, { parent: text }),
    period,
    reported_at: isoDate,
    contacts: record({ leader: person }, { officer: person, spokesperson: person }),
    governance: fc.record({ comms_plan: fc.boolean(), spokesperson_regulation: fc.boolean(), collaborators: count }),
    channels: fc.array(
      record(
        { type: fc.constantFrom(...CHANNEL_TYPES), managed_by_leader: fc.boolean(), connected_to_parent: fc.boolean(), posts: count },
        { name: text, url: text, followers: count },
      ),
      { maxLength: 4 },
    ),
    activities: counts(['portal_posts', 'social_posts', 'official_shares', 'press_articles_sent', 'press_articles_published', 'press_releases', 'press_answers', 'broadcasts', 'events', 'community_meetings']),
    topics: counts(['policy', 'direction', 'exams', 'textbooks', 'exemplary', 'counter_misinformation', 'other']),
    feedback: counts(['received', 'resolved', 'results_published']),
    incidents: fc.array(
      record(
        { date: isoDate, summary: paragraph, severity: fc.constantFrom(...INCIDENT_SEVERITIES), status: fc.constantFrom(...INCIDENT_STATUSES) },
        { channel: text, reported_to_parent_at: isoDate, resolution: paragraph, result_published: fc.boolean() },
      ),
      { maxLength: 3 },
    ),
    exemplary_models: fc.array(record({ title: text }, { description: paragraph, url: text }), { maxLength: 3 }),
    social_media: fc.record({ staff_briefed: fc.boolean(), violations_detected: count, violations_handled: count }),
    commendations: fc.array(record({ recipient: text, form: text }, { date: isoDate }), { maxLength: 3 }),
    assessment: record({}, { strengths: paragraph, limitations: paragraph, next_steps: paragraph, proposals: paragraph }),
    signed_by: record({ title: text }, { name: text }),
  })
  .map((s) => {
    const out: Record<string, unknown> = { schema_version: 1, ...s };
    // an empty optional group is an absent one in a form: keep the canonical shape
    if (Object.keys(s.assessment).length === 0) delete out['assessment'];
    return out;
  });
