/**
 * The roster: the tree of units expected to report, of any depth (province → district → school, province → commune →
 * school after the 2025 reform, a single district, a single school). Nothing here assumes a number of levels.
 *
 * A roster also changes over time. A unit may be in force from and/or until a school year (`valid_from`,
 * `valid_until`, both inclusive), the same code may appear in several versions (a school that moved from a district
 * office to a commune in 2025 keeps its code, with a new parent and name), and a unit may replace older ones
 * (`replaces:` — merged or renamed schools, district offices that ended in 2025). `rosterAt` gives the roster in force
 * for a period; `successorsOf`, `predecessorsOf` and `counterpartsIn` follow `replaces:` across years (the lineage).
 */
import type { RosterUnit } from './config.js';
import { schoolYearOfPeriod, type PeriodRef } from './period.js';
import { SCHOOL_YEAR_RE } from './constants.js';
import { sha256 } from '../util/hash.js';

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
  if (unit.replaces !== undefined) out.replaces = unit.replaces.map(normaliseUnitCode);
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
  /**
   * The school year this roster is the roster in force of (`rosterAt`), or null for the whole roster, where each code
   * stands in its latest version.
   */
  schoolYear: string | null;
  /** Every entry of the configured roster, of every year (all versions of a code), in roster order. */
  versions: readonly RosterUnit[];
}

/** The first calendar year of a school year (`2025-2026` → 2025); NaN when it is not one. */
export function schoolYearStart(year: string): number {
  const m = SCHOOL_YEAR_RE.exec(year);
  return m ? Number(m[1]) : Number.NaN;
}

/** Whether a unit (one version of it) is in force in a school year: `valid_from` ≤ year ≤ `valid_until`. */
export function inForce(unit: RosterUnit, schoolYear: string): boolean {
  const y = schoolYearStart(schoolYear);
  if (unit.valid_from !== undefined && schoolYearStart(unit.valid_from) > y) return false;
  if (unit.valid_until !== undefined && schoolYearStart(unit.valid_until) < y) return false;
  return true;
}

/** Latest end first: a version with no `valid_until` is still in force. */
const endOf = (u: RosterUnit) => (u.valid_until === undefined ? Number.POSITIVE_INFINITY : schoolYearStart(u.valid_until));

/**
 * The roster of `units`. When a code appears in several versions, the whole roster keeps its latest one (the one in
 * force last); `rosterAt` picks the version of a year.
 */
export function buildRoster(units: readonly RosterUnit[], schoolYear: string | null = null, versions: readonly RosterUnit[] = units): Roster {
  const chosen = new Map<string, RosterUnit>();
  for (const unit of units) {
    const held = chosen.get(unit.code);
    if (!held || endOf(unit) > endOf(held)) chosen.set(unit.code, unit);
  }
  // roster order: the position of each code's first entry
  const byCode = new Map<string, RosterUnit>();
  for (const unit of units) if (!byCode.has(unit.code)) byCode.set(unit.code, chosen.get(unit.code)!);
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
    schoolYear,
    versions,
  };
}

/**
 * The roster in force for a period (a school year `2026-2027`, or a period, by the school year it falls in): the
 * versions whose `valid_from`/`valid_until` hold that year. Pure; the result still knows every version, so lineage
 * questions can be asked of it.
 */
export function rosterAt(roster: Roster, period: string | PeriodRef): Roster {
  const year = typeof period === 'string' ? period : schoolYearOfPeriod(period);
  return buildRoster(
    roster.versions.filter((u) => inForce(u, year)),
    year,
    roster.versions,
  );
}

/** Every version of `code`, in roster order. */
export function versionsOf(roster: Roster, code: string): RosterUnit[] {
  return roster.versions.filter((u) => u.code === code);
}

/**
 * Lineage: the codes that replace `code` (a unit listing it in `replaces:`), in roster order. With `transitive`, their
 * successors too, at any distance (A → B → C gives B and C). Cycle-safe.
 */
export function successorsOf(roster: Roster, code: string, options: { transitive?: boolean } = {}): string[] {
  return follow(code, options.transitive ?? false, (c) => unique(roster.versions.filter((u) => u.replaces?.includes(c)).map((u) => u.code)));
}

/**
 * Lineage: the codes `code` replaces (the `replaces:` of any of its versions), in the order written. With
 * `transitive`, their predecessors too, at any distance. Cycle-safe.
 */
export function predecessorsOf(roster: Roster, code: string, options: { transitive?: boolean } = {}): string[] {
  return follow(code, options.transitive ?? false, (c) => unique(versionsOf(roster, c).flatMap((u) => u.replaces ?? [])));
}

/**
 * The units in force in `schoolYear` that stand for `code` then, for lining units up across years: `code` itself when
 * it is in force that year; else its nearest successors in force (when the year is after the unit's time) or its nearest
 * predecessors in force (when before), following `replaces:` as far as needed; empty when the lineage has none.
 */
export function counterpartsIn(roster: Roster, code: string, schoolYear: string): string[] {
  const inYear = (c: string) => versionsOf(roster, c).some((u) => inForce(u, schoolYear));
  if (inYear(code)) return [code];
  const versions = versionsOf(roster, code);
  const y = schoolYearStart(schoolYear);
  // before the unit's time when every version of it starts after the year; else after it
  const earlier = versions.length > 0 && versions.every((u) => u.valid_from !== undefined && schoolYearStart(u.valid_from) > y);
  const later = !earlier;
  const step = (c: string) => (later ? successorsOf(roster, c) : predecessorsOf(roster, c));
  const out: string[] = [];
  const seen = new Set<string>([code]);
  let frontier = step(code);
  while (frontier.length > 0) {
    const next: string[] = [];
    for (const c of frontier) {
      if (seen.has(c)) continue;
      seen.add(c);
      if (inYear(c)) out.push(c);
      else next.push(...step(c));
    }
    frontier = next;
  }
  return unique(out);
}

/**
 * What a summary records of the roster it used: the school year, the number of units in force and a SHA-256 of them
 * (code, name, level, parent, reports of each, in roster order, and a unit's moet_code and attributes when it has
 * them: a breakdown by attribute depends on them). The validity and `replaces:` fields are left out, so the same units
 * in force give the same hash however the roster's history is written.
 */
export function rosterDigest(roster: Roster): { school_year: string | null; units: number; sha256: string } {
  const rows = roster.units.map((u) => {
    const row: unknown[] = [u.code, u.name, u.level, u.parent ?? null, u.reports ?? null];
    if (u.moet_code !== undefined || u.attributes !== undefined) {
      const attributes = Object.entries(u.attributes ?? {}).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
      row.push(u.moet_code ?? null, attributes);
    }
    return row;
  });
  return { school_year: roster.schoolYear, units: rows.length, sha256: sha256(new TextEncoder().encode(JSON.stringify(rows))) };
}

function unique(list: readonly string[]): string[] {
  return [...new Set(list)];
}

function follow(code: string, transitive: boolean, step: (code: string) => string[]): string[] {
  if (!transitive) return step(code).filter((c) => c !== code);
  const out: string[] = [];
  const seen = new Set<string>([code]);
  const queue = [code];
  while (queue.length > 0) {
    for (const c of step(queue.shift()!)) {
      if (seen.has(c)) continue;
      seen.add(c);
      out.push(c);
      queue.push(c);
    }
  }
  return out;
}

/** The attribute names the roster's units carry (`attributes:`), in roster order of first appearance. */
export function rosterAttributes(units: readonly RosterUnit[]): string[] {
  const names = new Set<string>();
  for (const unit of units) for (const name of Object.keys(unit.attributes ?? {})) names.add(name);
  return [...names];
}

/**
 * The roster's own spelling of an attribute name typed by a clerk: exact, else any case, else without diacritics and
 * punctuation (`--by xa_phuong` or `--by "Xã, phường"` for `xã, phường`).
 */
export function findAttribute(units: readonly RosterUnit[], name: string): string | undefined {
  return matchAttributeName(rosterAttributes(units), name);
}

const lower = (s: string) => s.normalize('NFC').trim().toLocaleLowerCase('vi');

/** An attribute name without case, diacritics, spaces or punctuation: `Địa bàn` and `dia_ban` are `diaban`. */
export function looseAttributeName(name: string): string {
  return lower(name).normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/[^a-z0-9]/g, '');
}

/** One of `names` spelt as typed, in any case, or without diacritics and punctuation; the roster's and the summary's names alike. */
export function matchAttributeName(names: readonly string[], name: string): string | undefined {
  const loose = looseAttributeName;
  return names.find((n) => n === name) ?? names.find((n) => lower(n) === lower(name)) ?? (loose(name) === '' ? undefined : names.find((n) => loose(n) === loose(name)));
}
