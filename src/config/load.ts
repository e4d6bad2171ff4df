/**
 * Finding and loading the project config (`edu-comms.yaml`), with its roster inline or in a file.
 *
 * Order: `--config FILE`, else `edu-comms.yaml` in the current folder, else the embedded example (the bundled
 * `examples/edu-comms.yaml`), so that `validate`, `template` and the examples work on a fresh clone; the output then
 * says so. A command that produces an office's own summary or official document (`aggregate`, `render`) passes
 * `sample: false`: it never works from the sample, and stops (exit 2) saying how to create or point at a config.
 */
import { ROSTER_LIMITS } from '../contract/constants.js';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ConfigSchema, rosterFileOf, type Config, type RosterUnit } from '../contract/config.js';
import { buildRoster, inForce, normaliseUnit, normaliseUnitCode, schoolYearStart, suggestUnitCodes, type Roster } from '../contract/roster.js';
import { SCHOOL_YEAR_RE } from '../contract/constants.js';
import { t, type Lang } from '../i18n/index.js';
import { parseYaml } from '../read/yaml.js';
import { issueToFindings } from '../contract/schema-issues.js';
import type { Finding } from '../contract/findings.js';
import { ConfigError, UsageError } from '../util/errors.js';
import { loadRosterFile } from '../read/roster-file.js';
import { checkRosterMapping } from '../read/roster.js';
import { checkRuleSettings } from './rule-settings.js';

export const CONFIG_FILE = 'edu-comms.yaml';
export const EMBEDDED_CONFIG = fileURLToPath(new URL('../../examples/edu-comms.yaml', import.meta.url));
/** What `init config --example` copies: the post-reform province of this school year (examples/2026-2027/). */
export const STARTER_CONFIG = fileURLToPath(new URL('../../examples/2026-2027/edu-comms.yaml', import.meta.url));

export interface LoadedConfig {
  config: Config;
  roster: Roster;
  /** Absolute path of the config file read. */
  path: string;
  /** True when no config was found and the embedded example is used. */
  embedded: boolean;
}

export function displayPath(path: string, cwd = process.cwd()): string {
  const rel = relative(cwd, path);
  return (rel === '' ? '.' : rel).split('\\').join('/');
}

export function formatFindingLine(f: Finding): string {
  const where = f.cell ?? (f.line !== null ? `${f.line}:${f.column ?? 1}` : '');
  return `${f.file}${where ? `:${where}` : ''} ${f.message}${f.hint ? ` (${f.hint})` : ''}`;
}

export interface LoadConfigOptions {
  config?: string;
  cwd?: string;
  lang: Lang;
  /**
   * Whether the bundled sample may stand in when no edu-comms.yaml is found (default true). False for the commands
   * whose output belongs to an office (a summary, an official document): they refuse with a UsageError instead.
   */
  sample?: boolean;
}

export async function loadConfig(options: LoadConfigOptions): Promise<LoadedConfig> {
  const cwd = options.cwd ?? process.cwd();
  const { lang } = options;
  let path: string;
  let embedded = false;
  if (options.config) {
    path = resolve(cwd, options.config);
    if (!existsSync(path)) throw new ConfigError(t('config.not_found', lang, { file: options.config }));
  } else if (existsSync(resolve(cwd, CONFIG_FILE))) {
    path = resolve(cwd, CONFIG_FILE);
  } else if (options.sample === false) {
    throw new UsageError(t('config.required', lang, { folder: cwd }), t('config.required.fix', lang));
  } else {
    path = EMBEDDED_CONFIG;
    embedded = true;
  }
  const file = displayPath(path, cwd);
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    throw new ConfigError(t('config.unreadable', lang, { file, detail: (error as Error).message }));
  }
  const parsed = parseYaml(bytes, {
    file,
    lang,
    schema: ConfigSchema,
    limit: { bytes: ROSTER_LIMITS.configBytes, message: 'config.too_large', hint: 'config.too_large.hint' },
  });
  const problems: Finding[] = [...parsed.findings.filter((f) => f.severity === 'error')];
  let config: Config | undefined;
  if (parsed.data !== undefined) {
    // an unknown rule id or option is ignored by the engine: an error here, as ESLint does, not a silent default
    const rules = (parsed.data as { rules?: unknown } | null)?.rules;
    const ruleProblems = checkRuleSettings(rules, { file, lang, locate: parsed.locate });
    const result = ConfigSchema.safeParse(parsed.data);
    if (result.success) config = result.data;
    else {
      for (const issue of result.error.issues) {
        if (issue.message === 'units_or_file') {
          problems.push({ rule: 'config', severity: 'error', file, path: 'units', ...parsed.locate([]), message: t('config.units_or_file', lang), hint: null });
        } else problems.push(...issueToFindings(issue, { root: ConfigSchema, data: parsed.data, file, lang, locate: parsed.locate }));
      }
    }
    problems.push(...ruleProblems);
    // a columns: mapping that names no roster field would feed nothing: an error at its line, not a silent skip
    const rosterFile = (parsed.data as { units_file?: unknown } | null)?.units_file;
    if (rosterFile !== null && typeof rosterFile === 'object') {
      problems.push(...checkRosterMapping((rosterFile as { columns?: unknown }).columns, { file, lang, locate: parsed.locate, prefix: ['units_file', 'columns'] }));
    }
  }
  const whereInline: RosterWhere = (i, field, item) => {
    const at = parsed.locate(item === undefined ? ['units', i, field] : ['units', i, field, item]);
    return `${file}:${at.line ?? 1}:${at.column ?? 1} `;
  };
  if (!config || problems.length > 0) {
    // all roster errors in one pass: duplicates, unknown parents and cycles among the units that do parse, too
    const raw = (parsed.data as { units?: unknown } | undefined)?.units;
    const lines = problems.map(formatFindingLine);
    if (Array.isArray(raw)) {
      const year = (v: unknown) => (typeof v === 'string' && SCHOOL_YEAR_RE.test(v) ? v : undefined);
      const indexed = raw
        .map((u: unknown, i) => ({ u: u as { code?: unknown; parent?: unknown; valid_from?: unknown; valid_until?: unknown; replaces?: unknown }, i }))
        .filter(({ u }) => typeof u === 'object' && u !== null && typeof u.code === 'string' && (u.parent === undefined || typeof u.parent === 'string'));
      // the time fields of a unit are taken as far as they are well formed (the schema reports the rest)
      const units = indexed.map(({ u }) =>
        normaliseUnit({
          ...(u as RosterUnit),
          valid_from: year(u.valid_from),
          valid_until: year(u.valid_until),
          replaces: Array.isArray(u.replaces) ? u.replaces.filter((c): c is string => typeof c === 'string') : undefined,
        } as RosterUnit),
      );
      lines.push(...checkRoster(units, lang, (j, field, item) => whereInline(indexed[j]!.i, field, item)));
    }
    throw new ConfigError(t('config.invalid', lang, { file }), lines);
  }

  let units: RosterUnit[];
  // codes are written one way everywhere (`th-trangxa` in a roster is TH-TRANGXA for `template --unit TH-TRANGXA`)
  config.authority.code = normaliseUnitCode(config.authority.code);
  if (config.units) units = config.units = config.units.map(normaliseUnit);
  else {
    const setting = rosterFileOf(config.units_file!);
    const rosterPath = resolve(dirname(path), setting.path);
    const loaded = await loadRosterFile(rosterPath, { file: displayPath(rosterPath, cwd), lang, columns: setting.columns });
    if (loaded.findings.length > 0) {
      // the reader found duplicates and unknown parents; cycles among the rows it read come in the same pass
      const cycles = checkRoster(loaded.units.map(normaliseUnit), lang, () => `${displayPath(rosterPath, cwd)} `, { cyclesOnly: true });
      throw new ConfigError(t('config.roster_invalid', lang, { file: displayPath(rosterPath, cwd) }), [...loaded.findings.map(formatFindingLine), ...cycles]);
    }
    units = loaded.units.map(normaliseUnit);
  }
  if (units.length > ROSTER_LIMITS.units) {
    throw new ConfigError(t('config.roster_invalid', lang, { file }), [t('roster.too_many', lang, { count: units.length, limit: ROSTER_LIMITS.units })]);
  }
  // inline units are located in edu-comms.yaml; a roster file was already checked line by line by its reader
  const where: RosterWhere = (i, field, item) => (config.units ? whereInline(i, field, item) : '');
  const rosterProblems = checkRoster(units, lang, where);
  if (rosterProblems.length > 0) throw new ConfigError(t('config.roster_invalid', lang, { file }), rosterProblems);
  return { config, roster: buildRoster(units), path, embedded };
}

/** Where a roster problem is: `file:line:column ` of a unit's field (or of one `replaces:` item), or '' for a roster file. */
export type RosterWhere = (i: number, field: 'code' | 'parent' | 'valid_from' | 'valid_until' | 'replaces', item?: number) => string;

/**
 * Duplicate codes, unknown parents and cycles make every later count wrong: refuse them up front, all in one pass. A
 * roster that changes over time is checked in every school year where it changes (each `valid_from`, each year after a
 * `valid_until`, and the years before them): in each, the roster in force must have one entry per code, known parents
 * and no parent cycle. And `valid_until` must not be before `valid_from`, `replaces:` must name known codes, and no
 * unit may replace itself, directly or through others.
 */
export function checkRoster(units: readonly RosterUnit[], lang: Lang, where: RosterWhere, options: { cyclesOnly?: boolean } = {}): string[] {
  const problems: string[] = [];
  // a roster file's reader already said which codes are doubled and which parents unknown: the rest comes here
  const only = options.cyclesOnly ?? false;
  const codes = new Set(units.map((u) => u.code));
  const versioned = units.some((u) => u.valid_from !== undefined || u.valid_until !== undefined);
  if (!versioned) problems.push(...checkRosterYear(units.map((unit, i) => ({ unit, i })), null, lang, where, new Set(), only));
  else {
    const years = new Set<number>();
    for (const u of units) {
      if (u.valid_from !== undefined) years.add(schoolYearStart(u.valid_from));
      if (u.valid_until !== undefined) years.add(schoolYearStart(u.valid_until) + 1);
    }
    years.add(Math.min(...years) - 1);
    const seen = new Set<string>();
    for (const y of [...years].sort((a, b) => a - b)) {
      const year = `${y}-${y + 1}`;
      const cut = units.map((unit, i) => ({ unit, i })).filter(({ unit }) => inForce(unit, year));
      // one problem of a unit is said once, in the first year it shows
      for (const p of checkRosterYear(cut, year, lang, where, seen, only)) problems.push(p);
    }
  }
  units.forEach((unit, i) => {
    if (unit.valid_from !== undefined && unit.valid_until !== undefined && schoolYearStart(unit.valid_until) < schoolYearStart(unit.valid_from)) {
      problems.push(`${where(i, 'valid_until')}${t('roster.until_before_from', lang, { code: unit.code, from: unit.valid_from, until: unit.valid_until })}`);
    }
    (unit.replaces ?? []).forEach((replaced, j) => {
      if (replaced === unit.code) problems.push(`${where(i, 'replaces', j)}${t('roster.replaces_self', lang, { code: unit.code })}`);
      else if (!codes.has(replaced)) {
        const close = suggestUnitCodes(replaced, codes);
        const hint = close.length > 0 ? ` (${t('roster.did_you_mean', lang, { codes: close.join(', ') })})` : '';
        problems.push(`${where(i, 'replaces', j)}${t('roster.replaces_unknown', lang, { code: unit.code, replaced })}${hint}`);
      }
    });
  });
  // a cycle of replacements (A replaces B, B replaces A): reported once, at the first entry of the cycle
  const replaced = new Map<string, string[]>();
  for (const u of units) replaced.set(u.code, [...(replaced.get(u.code) ?? []), ...(u.replaces ?? []).filter((c) => c !== u.code)]);
  const reported = new Set<string>();
  units.forEach((unit, i) => {
    if (!unit.replaces?.length || reported.has(unit.code)) return;
    const chain = replacementCycle(unit.code, replaced);
    if (!chain) return;
    for (const c of chain) reported.add(c);
    problems.push(`${where(i, 'replaces')}${t('roster.replaces_cycle', lang, { code: unit.code, chain: [...chain, unit.code].join(' → ') })}`);
  });
  return problems;
}

/** A path of replacements from `code` back to itself (`code` first), or null. */
function replacementCycle(code: string, replaced: ReadonlyMap<string, readonly string[]>): string[] | null {
  const path: string[] = [];
  const done = new Set<string>();
  const visit = (c: string): boolean => {
    path.push(c);
    for (const next of replaced.get(c) ?? []) {
      if (next === code) return true;
      if (done.has(next) || path.includes(next)) continue;
      if (visit(next)) return true;
    }
    done.add(c);
    path.pop();
    return false;
  };
  return visit(code) ? path : null;
}

/** The checks of one roster in force: duplicates, unknown parents, parent cycles; `year` null for a roster without validity. */
function checkRosterYear(
  entries: readonly { unit: RosterUnit; i: number }[],
  year: string | null,
  lang: Lang,
  where: RosterWhere,
  seen: Set<string> = new Set(),
  cyclesOnly = false,
): string[] {
  const problems: string[] = [];
  const once = (key: string, text: string) => {
    if (seen.has(key)) return;
    seen.add(key);
    problems.push(text);
  };
  const codes = new Set<string>();
  for (const { unit, i } of entries) {
    if (codes.has(unit.code) && !cyclesOnly) {
      once(`dup|${i}`, `${where(i, 'code')}${year === null ? t('roster.duplicate', lang, { code: unit.code }) : t('roster.duplicate_in_year', lang, { code: unit.code, year })}`);
    }
    codes.add(unit.code);
  }
  const parentOf = new Map(entries.map(({ unit }) => [unit.code, unit.parent]));
  for (const { unit, i } of entries) {
    if (unit.parent !== undefined && !codes.has(unit.parent) && !cyclesOnly) {
      const text = year === null ? t('roster.unknown_parent', lang, { code: unit.code, parent: unit.parent }) : t('roster.unknown_parent_in_year', lang, { code: unit.code, parent: unit.parent, year });
      const close = suggestUnitCodes(unit.parent, codes);
      const hint = close.length > 0 ? ` (${t('roster.did_you_mean', lang, { codes: close.join(', ') })})` : '';
      once(`parent|${i}`, `${where(i, 'parent')}${text}${hint}`);
    }
    const chain = new Set<string>();
    for (let c: string | undefined = unit.code; c !== undefined; c = parentOf.get(c)) {
      if (chain.has(c)) {
        once(`cycle|${i}`, `${where(i, 'parent')}${year === null ? t('roster.cycle', lang, { code: unit.code }) : t('roster.cycle_in_year', lang, { code: unit.code, year })}`);
        break;
      }
      chain.add(c);
    }
  }
  return problems;
}
