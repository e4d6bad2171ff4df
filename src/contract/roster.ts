/**
 * The roster: the tree of units expected to report, of any depth (province → district → school, province → commune →
 * school after the 2025 reform, a single district, a single school). Nothing here assumes a number of levels.
 */
import type { RosterUnit } from './config.js';

/**
 * The one way a unit code is written: NFC, trimmed, inner white space removed, upper case (`th-trangxa`,
 * ` TH-TRANGXA ` and `TH - TRANGXA` are all `TH-TRANGXA`). Every reader of a roster (edu-comms.yaml, CSV, Excel) and
 * every place a clerk types a code (`template --unit`, `--parent`) goes through it.
 */
export function normaliseUnitCode(code: string): string {
  return code.normalize('NFC').replace(/\s+/g, '').toUpperCase();
}

/** A roster unit with its code and parent written the one way (`normaliseUnitCode`). */
export function normaliseUnit(unit: RosterUnit): RosterUnit {
  const out: RosterUnit = { ...unit, code: normaliseUnitCode(unit.code) };
  if (unit.parent !== undefined) out.parent = normaliseUnitCode(unit.parent);
  return out;
}

/** A code with its separators and diacritics folded away, to match a code typed with other hyphens or dots. */
function looseCode(code: string): string {
  return normaliseUnitCode(code)
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/Đ/g, 'D')
    .replace(/[^A-Z0-9]/g, '');
}

function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) row.push(Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1)));
    prev = row;
  }
  return prev[b.length]!;
}

/**
 * The roster codes a mistyped code most likely meant ("did you mean"): the same code with other separators first,
 * else the closest by edit distance (at most a third of the code's length, at least 1), at most `max`, closest first,
 * ties in roster order. Empty when nothing is close.
 */
export function suggestUnitCodes(code: string, codes: Iterable<string>, max = 3): string[] {
  const wanted = looseCode(code);
  if (wanted === '') return [];
  const all = [...codes];
  const same = all.filter((c) => looseCode(c) === wanted);
  if (same.length > 0) return same.slice(0, max);
  const limit = Math.max(1, Math.floor(wanted.length / 3));
  return all
    .map((c, i) => ({ c, i, d: editDistance(wanted, looseCode(c)) }))
    .filter((x) => x.d <= limit)
    .sort((a, b) => a.d - b.d || a.i - b.i)
    .slice(0, max)
    .map((x) => x.c);
}

export interface Roster {
  units: readonly RosterUnit[];
  byCode: ReadonlyMap<string, RosterUnit>;
  /** The unit a clerk means by `code`, written any way `normaliseUnitCode` folds (`th-trangxa` → TH-TRANGXA). */
  find(code: string): RosterUnit | undefined;
  /** "Did you mean" candidates for a code that `find` does not know (see `suggestUnitCodes`). */
  suggest(code: string): string[];
  childrenOf(code: string): RosterUnit[];
  /** Root units (no parent, or a parent that is not in the roster). */
  roots(): RosterUnit[];
  /** Every unit under `code`, at any depth, `code` itself excluded; in roster order. */
  descendants(code: string): RosterUnit[];
  /** The chain from `code` up to its root, `code` first. */
  ancestors(code: string): RosterUnit[];
  /** The child of `ancestor` on the way down to `code` (or `code` itself when it is a direct child). */
  childOnPath(ancestor: string, code: string): RosterUnit | undefined;
  /** Units that must report: every non-OFFICE unit, and OFFICE units marked `reports: true`. */
  isExpected(unit: RosterUnit): boolean;
}

export function buildRoster(units: readonly RosterUnit[]): Roster {
  const byCode = new Map<string, RosterUnit>();
  for (const unit of units) if (!byCode.has(unit.code)) byCode.set(unit.code, unit);
  const children = new Map<string, RosterUnit[]>();
  for (const unit of byCode.values()) {
    if (unit.parent === undefined) continue;
    const list = children.get(unit.parent) ?? [];
    list.push(unit);
    children.set(unit.parent, list);
  }
  const ancestors = (code: string): RosterUnit[] => {
    const chain: RosterUnit[] = [];
    const seen = new Set<string>();
    for (let u = byCode.get(code); u && !seen.has(u.code); u = u.parent ? byCode.get(u.parent) : undefined) {
      seen.add(u.code);
      chain.push(u);
    }
    return chain;
  };
  return {
    units: [...byCode.values()],
    byCode,
    find: (code) => byCode.get(code) ?? byCode.get(normaliseUnitCode(code)),
    suggest: (code) => suggestUnitCodes(code, byCode.keys()),
    childrenOf: (code) => children.get(code) ?? [],
    roots: () => [...byCode.values()].filter((u) => u.parent === undefined || !byCode.has(u.parent)),
    descendants(code) {
      const out: RosterUnit[] = [];
      const seen = new Set<string>([code]);
      const stack = [...(children.get(code) ?? [])].reverse();
      while (stack.length > 0) {
        const u = stack.pop()!;
        if (seen.has(u.code)) continue; // a cycle in a hand-written roster must not hang the tool
        seen.add(u.code);
        out.push(u);
        stack.push(...[...(children.get(u.code) ?? [])].reverse());
      }
      return out;
    },
    ancestors,
    childOnPath(ancestor, code) {
      const chain = ancestors(code);
      const i = chain.findIndex((u) => u.code === ancestor);
      return i > 0 ? chain[i - 1] : undefined;
    },
    isExpected: (unit) => unit.level !== 'OFFICE' || unit.reports === true,
  };
}
