/**
 * `edu-comms aggregate --term HK1 [--year Y] [--unit CODE] [--in PATH…] [--out DIR]` (or `--month`, `--quarter`):
 * collect the inputs (submissions and child summaries), validate the submissions, aggregate (pure, src/aggregate),
 * then write summary.json, summary.yaml and summary.xlsx together, atomically, and print the completeness table.
 *
 * Inputs: `--in` files and folders; without it, the `submissions/` folder of the current folder. Output: `--out`, else
 * `out/<node>-<period>/` in the current folder, which must not lie inside an input folder.
 */
import { join, resolve } from 'node:path';
import { aggregateInputs, aggregateNode, aggregateOutDir, breakdownAttributes, sortInputs, SUMMARY_SET } from '../../app/aggregate-inputs.js';
import { aggregateExit } from '../../app/exit-codes.js';
import { displayPath } from '../../config/load.js';
import { partsOf, periodName, previousPeriod, resolvePeriod, samePeriodLastYear } from '../../contract/period.js';
import { aggregate, AggregateInputError } from '../../aggregate/aggregate.js';
import { checkedSummary, summaryJsonChunks, summaryYamlChunks } from '../../aggregate/summary-file.js';
import { periodNotFound, renderTerminal } from '../../aggregate/terminal.js';
import { t } from '../../i18n/index.js';
import { isInside } from '../../util/paths.js';
import { checkOutputSet, writeChunks, writeOutputSet } from '../../util/output.js';
import { now } from '../../util/clock.js';
import { collectFiles } from '../../validate/collect.js';
import { ownFilesOf, validatePaths } from '../../validate/run.js';
import { cacheDir } from '../../validate/cache.js';
import type { FileResult } from '../../contract/findings.js';
import { predecessorsOf } from '../../contract/roster.js';
import { commandContext, periodFromOptions } from '../context.js';
import { ConfigError, UsageError } from '../../util/errors.js';
import { VERSION } from '../../util/version.js';
import type { GlobalOptions, PeriodOptions } from '../options.js';
import { progressBar } from '../terminal.js';
import { garbageBound } from '../../util/memory.js';

export interface AggregateOptions extends GlobalOptions, PeriodOptions {
  unit?: string;
  by?: string[];
  in?: string[];
  out?: string;
  format?: string;
  force?: boolean;
  /** `--compare FILE…`, or `--compare` alone (true): find the earlier periods in the history folder. */
  compare?: true | string[];
  /** `--cache DIR`, or `--cache` alone (true): out/.cache. */
  cache?: true | string;
}

export async function runAggregate(options: AggregateOptions): Promise<number> {
  const format = options.format ?? 'pretty';
  const json = format === 'json';
  const context = await commandContext(options, { quiet: json, sample: false });
  const { lang, loaded } = context;
  if (format !== 'pretty' && !json) throw new UsageError(t('aggregate.bad_format', lang));
  const target = periodFromOptions(options, context);
  if (!target) throw new UsageError(t('aggregate.period_required', lang), t('aggregate.period_required.fix', lang));
  const { node, roster } = aggregateNode(options.unit, loaded.config.authority.code, loaded.roster, target, lang);
  const by = breakdownAttributes([...(loaded.config.aggregate?.by ?? []), ...(options.by ?? [])], loaded.roster, lang);

  const cwd = process.cwd();
  const inputs = aggregateInputs(options.in, cwd, lang);
  const outDir = aggregateOutDir(options.out, inputs, node, target, cwd, lang);

  // an --out that cannot take the summary is said before the work, not after it
  const writeOptions = { force: options.force ?? false, inputs: inputs.map((p) => resolve(cwd, p)), cwd };
  checkOutputSet(outDir, SUMMARY_SET, writeOptions);

  const collected = await collectFiles(inputs, { cwd, lang, own: ownFilesOf(loaded) });
  const { summaries, submissionPaths, ownFiles } = await sortInputs(collected, outDir, lang);

  const parts = partsOf(target);
  // a country's files in bounded memory: garbage is collected as the run goes, not left to pile up (util/memory.ts)
  const memory = garbageBound();
  const bar = json ? undefined : progressBar(t('aggregate.reading', lang), { rate: (rate) => t('validate.rate', lang, { rate }) });
  let files: FileResult[] = [];
  if (submissionPaths.length > 0) {
    const report = await validatePaths(submissionPaths, {
      loaded,
      target,
      acceptedPeriods: parts,
      lang,
      cwd,
      keepSubmissions: 'digest',
      ...(options.cache !== undefined ? { cacheDir: cacheDir(options.cache) } : {}),
      onProgress: (done, total) => {
        bar?.update(done, total);
        memory.tick();
      },
    });
    files = report.files;
  }
  memory.step();

  let result: ReturnType<typeof aggregate> | undefined;
  try {
    result = aggregate({
      roster,
      node,
      target: resolvePeriod(target, loaded.config.calendar),
      parts: parts.map((p) => resolvePeriod(p, loaded.config.calendar)),
      files,
      summaries,
      rules: { preset: loaded.config.rules.preset, severity: loaded.config.rules.severity },
      by,
      generatedAt: now(options.date).toISOString(),
      generator: `edu-comms ${VERSION}`,
      lang,
    });
  } catch (error) {
    if (error instanceof AggregateInputError) throw new ConfigError(error.message, error.details);
    throw error;
  }
  let { summary } = result;
  const compareNotes: string[] = [];
  if (options.compare !== undefined) {
    const { compareInputs } = await import('./compare-inputs.js');
    const { withComparison } = await import('../../aggregate/compare.js');
    const found = await compareInputs(options.compare, summary, { loaded, lang, cwd, outDir });
    // units merged or renamed (roster `replaces:`) are lined up with the units they replace, at any distance
    const lineage = (code: string) => predecessorsOf(loaded.roster, code, { transitive: true });
    summary = withComparison(summary, found.inputs, { lang, lineage });
    if (found.searched) {
      for (const u of found.searched.unreadable) compareNotes.push(t('compare.unreadable', lang, { file: u.file, reason: u.reason }));
      if (found.inputs.length === 0) {
        const periods = [previousPeriod(target), samePeriodLastYear(target)].map((p) => periodName(p, lang)).join(t('compare.or', lang));
        compareNotes.push(t('compare.none_found', lang, { folder: found.searched.folder, node: `${summary.node.name} (${summary.node.code})`, periods }));
        compareNotes.push(t('compare.none_found.fix', lang));
      }
    }
  }
  const notCounted = [...result.notCounted, ...ownFiles];
  const { periodsFound } = result;
  // files of another period are "not for this run", unless not one file is of this run's: then the period was mistyped.
  // Decided now, so that the files' records (a country's 50,000 digests) can go before the summary files are made.
  const exit = aggregateExit(files, new Set(summary.units.flatMap((u) => u.files)), notCounted, { periodMistyped: periodsFound !== undefined });
  files = [];
  // checked once, and from here on the checked copy is the only one: a country's summary is hundreds of megabytes
  // of objects, and holding the unchecked one too (here and in `result`) doubled the peak of the steps below
  summary = checkedSummary(summary);
  result = undefined;
  memory.step();

  const { summaryToXlsx } = await import('../../aggregate/xlsx.js');
  // the report's charts, as pictures with their data, on a sheet of summary.xlsx; off with documents.charts: false
  const charts = loaded.config.documents?.charts === false ? [] : await (await import('../../render/charts/workbook.js')).workbookCharts(summary, lang);
  const workbook = await summaryToXlsx(summary, lang, charts);
  memory.step();
  const checked = summary;
  // summary.json and summary.yaml are written a piece at a time, never held whole
  const set = [
    { name: SUMMARY_SET[0], data: () => summaryJsonChunks(checked) },
    { name: SUMMARY_SET[1], data: () => summaryYamlChunks(checked) },
    { name: SUMMARY_SET[2], data: workbook },
  ];
  // one generation: the three files are switched in together, or not at all
  await writeOutputSet(outDir, set, writeOptions);
  const outputs = set.map((f) => ({ path: join(outDir, f.name) }));

  if (json) {
    await writeChunks(process.stdout, summaryJsonChunks(checked));
    if (periodsFound) process.stderr.write(periodNotFound(target, periodsFound, lang));
    if (compareNotes.length > 0) process.stderr.write(`${compareNotes.join('\n')}\n`);
  } else {
    process.stdout.write(renderTerminal(summary, notCounted, outputs.map((o) => shownPath(o.path, cwd)), lang, periodsFound, compareNotes));
  }

  return exit;
}

/** Where a file was written, as the clerk can find it: relative when under the current folder, else absolute. */
function shownPath(path: string, cwd: string): string {
  return isInside(path, cwd) ? displayPath(path, cwd) : path;
}
