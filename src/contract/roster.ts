/**
 * The roster: the tree of units expected to report, of any depth (province → district → school, province → commune →
 * school after the 2025 reform, a single district, a single school). Nothing here assumes a number of levels.
 */
import type { RosterUnit } from './config.js';

export interface Roster {
  units: readonly RosterUnit[];
  byCode: ReadonlyMap<string, RosterUnit>;
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
