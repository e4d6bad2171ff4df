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
import { ConfigSchema, type Config, type RosterUnit } from '../contract/config.js';
import { buildRoster, normaliseUnit, normaliseUnitCode, suggestUnitCodes, type Roster } from '../contract/roster.js';
import { t, type Lang } from '../i18n/index.js';
import { parseYaml } from '../read/yaml.js';
import { issueToFindings } from '../contract/schema-issues.js';
import type { Finding } from '../contract/findings.js';
import { ConfigError, UsageError } from '../util/errors.js';
import { loadRosterFile } from '../read/roster-file.js';
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
  }
  const whereInline = (i: number, field: 'code' | 'parent') => {
    const at = parsed.locate(['units', i, field]);
    return `${file}:${at.line ?? 1}:${at.column ?? 1} `;
  };
  if (!config || problems.length > 0) {
    // all roster errors in one pass: duplicates, unknown parents and cycles among the units that do parse, too
    const raw = (parsed.data as { units?: unknown } | undefined)?.units;
    const lines = problems.map(formatFindingLine);
    if (Array.isArray(raw)) {
      const indexed = raw
        .map((u: unknown, i) => ({ u: u as { code?: unknown; parent?: unknown }, i }))
        .filter(({ u }) => typeof u === 'object' && u !== null && typeof u.code === 'string' && (u.parent === undefined || typeof u.parent === 'string'));
      const units = indexed.map(({ u }) => normaliseUnit(u as RosterUnit));
      lines.push(...checkRoster(units, lang, (j, field) => whereInline(indexed[j]!.i, field)));
    }
    throw new ConfigError(t('config.invalid', lang, { file }), lines);
  }

  let units: RosterUnit[];
  // codes are written one way everywhere (`th-trangxa` in a roster is TH-TRANGXA for `template --unit TH-TRANGXA`)
  config.authority.code = normaliseUnitCode(config.authority.code);
  if (config.units) units = config.units = config.units.map(normaliseUnit);
  else {
    const rosterPath = resolve(dirname(path), config.units_file!);
    const loaded = await loadRosterFile(rosterPath, { file: displayPath(rosterPath, cwd), lang });
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
  const where = (i: number, field: 'code' | 'parent') => (config.units ? whereInline(i, field) : '');
  const rosterProblems = checkRoster(units, lang, where);
  if (rosterProblems.length > 0) throw new ConfigError(t('config.roster_invalid', lang, { file }), rosterProblems);
  return { config, roster: buildRoster(units), path, embedded };
}

/** Duplicate codes, unknown parents and cycles make every later count wrong: refuse them up front. */
function checkRoster(units: readonly RosterUnit[], lang: Lang, where: (i: number, field: 'code' | 'parent') => string, options: { cyclesOnly?: boolean } = {}): string[] {
  const problems: string[] = [];
  const codes = new Set<string>();
  units.forEach((unit, i) => {
    if (codes.has(unit.code) && !options.cyclesOnly) problems.push(`${where(i, 'code')}${t('roster.duplicate', lang, { code: unit.code })}`);
    codes.add(unit.code);
  });
  const parentOf = new Map(units.map((u) => [u.code, u.parent]));
  units.forEach((unit, i) => {
    if (unit.parent !== undefined && !codes.has(unit.parent) && !options.cyclesOnly) {
      const close = suggestUnitCodes(unit.parent, codes);
      const hint = close.length > 0 ? ` (${t('roster.did_you_mean', lang, { codes: close.join(', ') })})` : '';
      problems.push(`${where(i, 'parent')}${t('roster.unknown_parent', lang, { code: unit.code, parent: unit.parent })}${hint}`);
    }
    const seen = new Set<string>();
    for (let c: string | undefined = unit.code; c !== undefined; c = parentOf.get(c)) {
      if (seen.has(c)) {
        problems.push(`${where(i, 'parent')}${t('roster.cycle', lang, { code: unit.code })}`);
        break;
      }
      seen.add(c);
    }
  });
  return problems;
}
