/**
 * `edu-comms validate PATH…`: findings grouped by file (pretty), one JSON document (cli.md) or a CSV of all findings,
 * on the screen or into a file (`-o`); `--quiet` keeps the errors only; `--feedback DIR` writes what can be sent back
 * to each school. Exit 0/1/2.
 */
import { extname } from 'node:path';
import { displayPath } from '../../config/load.js';
import { errorsOnly, findingsCsv } from '../../validate/findings-csv.js';
import { checkOutputFile, outputPath, writeChunks, writeOutputFile } from '../../util/output.js';
import type { Finding, FileResult, ValidationReport } from '../../contract/findings.js';
import { periodName } from '../../contract/period.js';
import { t, type Lang } from '../../i18n/index.js';
import { validatePaths } from '../../validate/run.js';
import { cacheDir } from '../../validate/cache.js';
import { commandContext, periodFromOptions } from '../context.js';
import { validateExit } from '../../app/exit-codes.js';
import type { GlobalOptions, PeriodOptions } from '../options.js';
import { colours, progressBar } from '../terminal.js';
import { garbageBound } from '../../util/memory.js';
import { Chalk } from 'chalk';

export type ReportFormat = 'pretty' | 'json' | 'csv';

export interface ValidateOptions extends GlobalOptions, PeriodOptions {
  format?: ReportFormat;
  maxWarnings?: number;
  out?: string;
  quiet?: boolean;
  feedback?: string;
  force?: boolean;
  timing?: boolean;
  /** `--cache DIR`, or `--cache` alone (true): out/.cache. */
  cache?: true | string;
}

/** The format asked for, else the one the extension of `-o` names, else pretty. */
export function reportFormat(format: ReportFormat | undefined, out: string | undefined): ReportFormat {
  if (format) return format;
  const ext = out ? extname(out).toLowerCase() : '';
  return ext === '.json' ? 'json' : ext === '.csv' ? 'csv' : 'pretty';
}

export async function runValidate(paths: string[], options: ValidateOptions): Promise<number> {
  const format = reportFormat(options.format, options.out);
  const toScreen = options.out === undefined;
  const json = format !== 'pretty' && toScreen; // machine output on stdout: nothing else may be printed there
  const context = await commandContext(options, { quiet: json });
  const target = periodFromOptions(options, context);
  const out = options.out !== undefined ? outputPath(options.out, 'ket-qua-kiem-tra.txt') : undefined;
  const writeOptions = { force: options.force ?? false, inputs: [...paths, ...(context.loaded.embedded ? [] : [context.loaded.path])] };
  // refusals (somebody's file in the way) before the work, not after it
  if (out) checkOutputFile(out, writeOptions);
  if (options.feedback !== undefined) (await import('./feedback.js')).checkFeedbackDir(options.feedback, paths, context.lang);
  const timing = options.timing ? new Map<string, number>() : undefined;
  // a country's files in bounded memory: garbage is collected as the run goes, not left to pile up (util/memory.ts)
  const memory = garbageBound();
  const bar = json ? undefined : progressBar(t('validate.reading', context.lang), { rate: (rate) => t('validate.rate', context.lang, { rate }) });
  const report = await validatePaths(paths, {
    loaded: context.loaded,
    target,
    lang: context.lang,
    keepSubmissions: false,
    ...(options.cache !== undefined ? { cacheDir: cacheDir(options.cache) } : {}),
    ...(timing ? { timing } : {}),
    onProgress: (done, total) => {
      bar?.update(done, total);
      memory.tick();
    },
  });
  const shown = options.quiet ? errorsOnly(report) : report;
  const period = target ? periodName(target, context.lang) : null;
  const text = (colour: boolean) =>
    format === 'json' ? `${JSON.stringify(toJson(shown), null, 2)}\n` : format === 'csv' ? findingsCsv(shown, context.lang) : pretty(shown, context.lang, period, colour);
  if (out) {
    await writeOutputFile(out, text(false), writeOptions);
    process.stdout.write(`${t('validate.total', context.lang, { ...report.summary })}\n${t('validate.written', context.lang, { file: displayPath(out) })}\n`);
  } else if (format === 'json') {
    // written as it goes: the document for 50,000 files is never held whole
    await writeChunks(process.stdout, jsonChunks(shown));
  } else {
    process.stdout.write(text(true));
  }
  if (options.feedback !== undefined) {
    const { writeFeedback } = await import('./feedback.js');
    await writeFeedback(report, { dir: options.feedback, paths, context, target, force: options.force ?? false, notices: json ? process.stderr : process.stdout, ...(options.date ? { date: options.date } : {}) });
  }

  if (timing) process.stderr.write(timingTable(timing, context.lang));

  const exit = validateExit(report.summary, options.maxWarnings);
  if (exit.tooManyWarnings && !json) {
    process.stderr.write(`${t('validate.too_many_warnings', context.lang, { warnings: report.summary.warnings, max: options.maxWarnings! })}\n`);
  }
  return exit.code;
}

/** The JSON document of `shared/spec/cli.md`, key for key. */
export function toJson(report: ValidationReport) {
  return { schema_version: 1, files: report.files.map(fileJson), ...(report.skipped ? { skipped: report.skipped } : {}), summary: report.summary };
}

/**
 * The same bytes as `JSON.stringify(toJson(report), null, 2)` plus a line break, one file at a time, so that the
 * document for 50,000 files is never built whole in memory.
 */
export function* jsonChunks(report: ValidationReport): Generator<string> {
  const indent = (text: string, pad: string) => text.replace(/\n/g, `\n${pad}`);
  if (report.files.length === 0) {
    yield `${JSON.stringify(toJson(report), null, 2)}\n`;
    return;
  }
  yield '{\n  "schema_version": 1,\n  "files": [\n';
  for (let i = 0; i < report.files.length; i++) {
    yield `    ${indent(JSON.stringify(fileJson(report.files[i]!), null, 2), '    ')}${i < report.files.length - 1 ? ',' : ''}\n`;
  }
  yield '  ],\n';
  if (report.skipped) yield `  "skipped": ${indent(JSON.stringify(report.skipped, null, 2), '  ')},\n`;
  yield `  "summary": ${indent(JSON.stringify(report.summary, null, 2), '  ')}\n}\n`;
}

/** The time each rule took, slowest first, as ESLint's TIMING=1 prints it (on stderr: never in the report itself). */
export function timingTable(timing: ReadonlyMap<string, number>, lang: Lang): string {
  const rows = [...timing].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const total = rows.reduce((n, [, ms]) => n + ms, 0);
  const head = [t('validate.timing.rule', lang), t('validate.timing.time', lang), t('validate.timing.relative', lang)];
  const body = rows.map(([id, ms]) => [id, ms.toFixed(3), `${total > 0 ? ((ms / total) * 100).toFixed(1) : '0.0'}%`]);
  const width = [0, 1, 2].map((i) => Math.max(head[i]!.length, ...body.map((r) => r[i]!.length)));
  const line = (r: string[]) => `${r[0]!.padEnd(width[0]!)} | ${r[1]!.padStart(width[1]!)} | ${r[2]!.padStart(width[2]!)}`;
  return `${[line(head), `${'-'.repeat(width[0]!)}-|-${'-'.repeat(width[1]!)}-|-${'-'.repeat(width[2]!)}`, ...body.map(line)].join('\n')}\n`;
}

function fileJson(f: FileResult) {
  return {
    file: f.file,
    unit: f.unit,
    period: f.period,
    status: f.status,
    findings: f.findings.map((x: Finding) => ({
      rule: x.rule,
      severity: x.severity,
      path: x.path,
      line: x.line,
      column: x.column,
      cell: x.cell,
      message: x.message,
      hint: x.hint,
    })),
  };
}

function pretty(report: ValidationReport, lang: Lang, period: string | null, colour = true): string {
  const c = colour ? colours() : new Chalk({ level: 0 });
  const paint = { error: c.red, warning: c.yellow, info: c.blue } as const;
  const lines: string[] = [];
  if (period) lines.push(c.dim(t('validate.period', lang, { period })), '');
  for (const file of report.files) {
    if (file.findings.length === 0) continue;
    const status = file.status === 'accepted' ? c.green(t('validate.status.accepted', lang)) : c.red(t('validate.status.rejected', lang));
    lines.push(`${c.bold.underline(file.file)}${file.unit ? c.dim(` (${file.unit})`) : ''} — ${status}`);
    const width = Math.max(...file.findings.map((f) => location(f).length));
    for (const f of file.findings) {
      const sev = paint[f.severity](t(`validate.severity.${f.severity}`, lang).padEnd(10));
      lines.push(`  ${c.dim(location(f).padEnd(width))}  ${sev} ${f.message}  ${c.dim(f.rule)}`);
      if (f.hint) lines.push(`  ${' '.repeat(width)}  ${' '.repeat(10)} ${c.cyan(`→ ${f.hint}`)}`);
    }
    lines.push('');
  }
  if (report.skipped) {
    lines.push(c.dim(t('validate.skipped', lang, { count: report.skipped.length })));
    for (const f of report.skipped) lines.push(c.dim(`  - ${f.file} (${t(`validate.skipped.${f.kind}`, lang)})`));
    lines.push('');
  }
  const s = report.summary;
  const total = t('validate.total', lang, { ...s });
  lines.push(s.errors > 0 ? c.red.bold(total) : s.warnings > 0 ? c.yellow.bold(total) : c.green.bold(total));
  return `${lines.join('\n')}\n`;
}

function location(f: Finding): string {
  if (f.cell) return f.cell;
  if (f.line !== null) return `${f.line}:${f.column ?? 1}`;
  return '';
}

