/**
 * Memory flat in N: aggregate keeps a compact digest of each accepted submission (`submissionDigest`), not the parsed
 * submission. The summary made from digests is the summary made from whole submissions, for any roster and files.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { summaryToJson } from '../../src/aggregate/summary-file.js';
import type { FileResult } from '../../src/contract/findings.js';
import type { Roster } from '../../src/contract/roster.js';
import { compactCopy, submissionDigest } from '../../src/validate/engine.js';
import { filesArb, ROOT, rosterArb, yearSet } from './gen.js';
import { aggregateForTest } from '../helpers/aggregate.js';

function run(roster: Roster, files: readonly FileResult[]): string {
  try {
    const { summary, notCounted } = aggregateForTest({
      roster,
      node: ROOT,
      target: yearSet.whole,
      parts: yearSet.parts,
      files,
    });
    return `${summaryToJson(summary)}\n${JSON.stringify(notCounted)}`;
  } catch (error) {
    return `threw ${String(error)} ${JSON.stringify((error as { details?: unknown }).details ?? null)}`;
  }
}

describe('aggregate from submission digests', () => {
  it('gives byte for byte the summary of the whole submissions', () => {
    fc.assert(
      fc.property(
        rosterArb.chain((roster) => fc.tuple(fc.constant(roster), filesArb(roster, [yearSet.whole, ...yearSet.parts]))),
        ([roster, files]) => {
          // as the engine keeps them: digests copied with the strings of the whole run kept once
          const strings = new Map<string, string>();
          const digested = files.map((f) => ({ ...f, submission: f.submission && compactCopy(submissionDigest(f.submission, new Set(['unit', 'period'])), strings) }));
          expect(run(roster, digested)).toBe(run(roster, files));
        },
      ),
      { numRuns: 120 },
    );
  });

  it('keeps less than the submission: no signature, channel addresses or contact details', () => {
    const files = fc.sample(rosterArb.chain((roster) => filesArb(roster, yearSet.parts)), 20).flat();
    const withSubmission = files.filter((f) => f.submission !== null);
    expect(withSubmission.length).toBeGreaterThan(0);
    for (const f of withSubmission) {
      const d = submissionDigest(f.submission!, new Set(['unit', 'period'])) as unknown as Record<string, unknown>;
      expect(d['signed_by']).toBeUndefined();
      expect(d['unit']).toEqual(f.submission!.unit);
      expect(JSON.stringify(d).length).toBeLessThanOrEqual(JSON.stringify(f.submission).length);
    }
  });

  it('a compact copy equals its original, and equal strings of different records are one kept string', () => {
    fc.assert(
      fc.property(fc.array(fc.jsonValue({ maxDepth: 5 }), { maxLength: 8 }), (values) => {
        const strings = new Map<string, string>();
        const copies = values.map((v) => compactCopy(v, strings));
        expect(copies).toEqual(values);
        for (const kept of strings.values()) expect(strings.get(kept)).toBe(kept);
      }),
      { numRuns: 200 },
    );
    const strings = new Map<string, string>();
    const [a, b] = [compactCopy({ type: 'fanpage' }, strings), compactCopy({ type: 'fanpage' }, strings)];
    expect(strings.size).toBe(1);
    expect(a).toEqual(b);
    // an own `__proto__` key (JSON.parse makes one) is copied as a key, never as the copy's prototype
    const hostile = JSON.parse('{"__proto__": {"polluted": 1}, "a": [{"__proto__": 0}]}') as object;
    const copy = compactCopy(hostile, strings);
    expect(copy).toEqual(hostile);
    expect(Object.keys(copy)).toEqual(['__proto__', 'a']);
    expect(Object.getPrototypeOf(copy)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });
});
