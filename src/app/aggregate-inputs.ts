/**
 * What `aggregate` decides before it sums, apart from the terminal: which unit it sums for and over which roster, the
 * breakdowns asked for, where the summary goes, and what each input file is (a submission to validate, a child
 * summary to roll up, or the tool's own file to leave out), so that the command only parses options, calls and prints.
 */
import { existsSync } from 'node:fs';
import { open, readFile } from 'node:fs/promises';
import { extname, join, resolve } from 'node:path';
import { AggregateInputError, type NotCounted, type SummaryInput } from '../aggregate/aggregate.js';
import { parseSummary } from '../aggregate/summary-file.js';
import { displayPath } from '../config/load.js';
import { periodFileKey, type PeriodRef } from '../contract/period.js';
import { counterpartsIn, findAttribute, rosterAt, rosterAttributes, type Roster } from '../contract/roster.js';
import { looksLikeSummaryText } from '../contract/summary.js';
import { t, type Lang } from '../i18n/index.js';
import { ConfigError, UsageError } from '../util/errors.js';
import { sha256 } from '../util/hash.js';
import { isInside } from '../util/paths.js';
import type { CollectedFile } from '../validate/collect.js';
import { OUT_FOLDER } from './summary-input.js';

/** The files of one summary, written together. */
export const SUMMARY_SET = ['summary.json', 'summary.yaml', 'summary.xlsx'] as const;

/**
 * The unit summed for (`--unit`, else the config's authority) and the roster in force for the period: a 2024-2025 term
 * is summed over the district offices, a 2026-2027 one over communes. A unit not in force then, or unknown, is a
 * usage error (the first names the units that stand for it that year).
 */
export function aggregateNode(unit: string | undefined, authority: string, roster: Roster, target: PeriodRef, lang: Lang): { node: string; roster: Roster } {
  const node = unit ?? authority;
  const inForce = rosterAt(roster, target);
  if (inForce.byCode.has(node)) return { node, roster: inForce };
  if (roster.byCode.has(node)) {
    const others = counterpartsIn(inForce, node, inForce.schoolYear!).join(', ') || '—';
    throw new UsageError(t('aggregate.node_not_in_force', lang, { code: node, year: inForce.schoolYear!, others }), t('aggregate.node_not_in_force.fix', lang, { others }));
  }
  throw new UsageError(t('aggregate.unknown_node', lang, { code: node }), t('aggregate.unknown_node.fix', lang));
}

/** The breakdowns by attribute: the config's, then `--by`, once each, by the roster's own spelling; an unknown one is a usage error. */
export function breakdownAttributes(names: readonly string[], roster: Roster, lang: Lang): string[] {
  const by: string[] = [];
  for (const name of names) {
    const attribute = findAttribute(roster.units, name);
    if (attribute === undefined) {
      const known = rosterAttributes(roster.units);
      throw new UsageError(
        t('aggregate.unknown_attribute', lang, { name }),
        known.length > 0 ? t('aggregate.unknown_attribute.fix', lang, { names: known.join(', ') }) : t('aggregate.no_attributes.fix', lang),
      );
    }
    if (!by.includes(attribute)) by.push(attribute);
  }
  return by;
}

/** The inputs: `--in`, else the `submissions/` folder of the current folder; none is a usage error. */
export function aggregateInputs(given: readonly string[] | undefined, cwd: string, lang: Lang): readonly string[] {
  const inputs = given ?? (existsSync(resolve(cwd, 'submissions')) ? ['submissions'] : []);
  if (inputs.length === 0) throw new UsageError(t('aggregate.no_inputs', lang), t('aggregate.no_inputs.fix', lang));
  return inputs;
}

/**
 * Where the summary goes: `--out`, else `out/<node>-<period>/` in the current folder, which must not lie inside an
 * input folder (the next run would read it as an input).
 */
export function aggregateOutDir(out: string | undefined, inputs: readonly string[], node: string, target: PeriodRef, cwd: string, lang: Lang): string {
  const outDir = resolve(cwd, out ?? join(OUT_FOLDER, `${node}-${periodFileKey(target)}`));
  if (out === undefined) {
    const container = inputs.map((p) => resolve(cwd, p)).find((p) => isInside(outDir, p));
    if (container) {
      throw new UsageError(
        t('aggregate.out_inside_input', lang, { out: displayPath(outDir, cwd), input: displayPath(container, cwd) }),
        t('aggregate.out_inside_input.fix', lang),
      );
    }
  }
  return outDir;
}

export interface SortedInputs {
  summaries: SummaryInput[];
  /** To be validated, then counted. */
  submissionPaths: string[];
  /** The tool's own files that are not summaries to roll up (the config, a roster, a summary workbook, documents). */
  ownFiles: NotCounted[];
}

/**
 * What each collected file is. Child summaries are told apart from submissions by `kind: edu-comms-summary` in the
 * file's head (a submission is read once, by the validator, not here); a workbook is always a submission; a JSON file
 * that is no summary is a usage error (the tool reads no other JSON); a summary that cannot be used is a
 * configuration error naming it. Files inside `outDir` are not inputs.
 */
export async function sortInputs(collected: readonly CollectedFile[], outDir: string, lang: Lang): Promise<SortedInputs> {
  const sorted: SortedInputs = { summaries: [], submissionPaths: [], ownFiles: [] };
  const headBuffer = new Uint8Array(64 * 1024);
  for (const f of collected) {
    if (isInside(f.path, outDir)) continue;
    const ext = extname(f.path).toLowerCase();
    if (f.own && !(f.own === 'summary' && ext !== '.xlsx')) {
      sorted.ownFiles.push({ file: f.file, unit: null, period: null, reason: 'own_file', errors: 0 });
      continue;
    }
    if (ext === '.xlsx') {
      sorted.submissionPaths.push(f.path);
      continue;
    }
    const head = await readHead(f.path, headBuffer);
    if (head === null || !looksLikeSummaryText(new TextDecoder().decode(head))) {
      if (ext === '.json') throw new UsageError(t('aggregate.in_unsupported', lang, { file: f.file, ext }), t('aggregate.no_inputs.fix', lang));
      sorted.submissionPaths.push(f.path);
      continue;
    }
    const bytes = await readFile(f.path);
    try {
      sorted.summaries.push({ file: f.file, sha256: sha256(bytes), summary: parseSummary(bytes, { file: f.file, lang }) });
    } catch (error) {
      if (error instanceof AggregateInputError) throw new ConfigError(error.message, error.details);
      throw error;
    }
  }
  return sorted;
}

/** The first bytes of a file, as many as `buffer` holds (a view of it, valid until the next call), or null. */
async function readHead(path: string, buffer: Uint8Array): Promise<Uint8Array | null> {
  const handle = await open(path, 'r').catch(() => null);
  if (!handle) return null;
  try {
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
    return buffer.subarray(0, bytesRead);
  } catch {
    return null;
  } finally {
    await handle.close();
  }
}
