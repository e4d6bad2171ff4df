/**
 * The two runs of `edu-comms init`: ask (prompts.ts), build (config.ts, submission.ts), check, write. A file is
 * written only once it has been checked the way the other commands will read it, and never over an existing file
 * without asking.
 */
import { existsSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { CONFIG_FILE, displayPath, loadConfig, type LoadedConfig } from '../config/load.js';
import { periodName } from '../contract/period.js';
import { t, type Lang } from '../i18n/index.js';
import { readYamlDocument } from '../read/yaml.js';
import { SubmissionSchema } from '../contract/submission.js';
import { writeSubmissionYaml } from '../form/write-yaml.js';
import { outputErrorFrom, outputPath, writeOutputFile } from '../util/output.js';
import { validateDocuments } from '../validate/engine.js';
import type { Finding, SourceDocument } from '../contract/findings.js';
import { configYaml } from './config.js';
import { askConfigAnswers, askSubmissionDraft, askSubmissionOutput, askWhereToWrite, askWriteDespiteErrors, type AskContext } from './prompts.js';
import { submissionObject } from './submission.js';

export interface WizardContext extends AskContext {
  /** `--out`: the file to write (for `init config`, default edu-comms.yaml in `cwd`). */
  out_file?: string;
  /** `--config`: the project config a new submission is checked against. */
  config?: string;
  /** Document date of the Excel form (byte-identical output for the same `--date`). */
  created: Date;
  generator: string;
}

/** `edu-comms init` / `init config`: writes edu-comms.yaml. Returns the exit code. */
export async function configWizard(ctx: WizardContext): Promise<number> {
  const { lang, out } = ctx;
  out(`${t('init.config.intro', lang)}\n`);
  const wanted = outputPath(ctx.out_file ?? ctx.config, CONFIG_FILE, ctx.cwd);
  const path = await askWhereToWrite(ctx, wanted);
  if (path === null) {
    out(`${t('init.nothing_written', lang)}\n`);
    return 0;
  }
  const answers = await askConfigAnswers({ ...ctx, cwd: dirname(path) }, displayPath(path, ctx.cwd));
  await writeCheckedConfig(path, configYaml(answers, lang), { lang, cwd: ctx.cwd });
  const file = displayPath(path, ctx.cwd);
  out(`\n${t('init.config.written', lang, { file })}\n${t('init.config.next', lang, { year: answers.school_year })}\n`);
  return 0;
}

/**
 * Write edu-comms.yaml only if it loads: a temporary file beside the target (so a `units_file` path resolves the
 * same way) is read with `loadConfig`, then renamed into place. A roster with a cycle, say, never reaches the folder.
 */
export async function writeCheckedConfig(path: string, text: string, options: { lang: Lang; cwd: string }): Promise<LoadedConfig> {
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.init.tmp`);
  try {
    try {
      writeFileSync(tmp, text);
    } catch (error) {
      throw outputErrorFrom(error, path); // a full disk or a read-only folder is said as for every other output
    }
    const loaded = await loadConfig({ config: tmp, cwd: options.cwd, lang: options.lang });
    // the clerk was asked before replacing an existing file (askWhereToWrite)
    await writeOutputFile(path, text, { force: true });
    return { ...loaded, path };
  } finally {
    if (existsSync(tmp)) rmSync(tmp, { force: true });
  }
}

/** `edu-comms init submission`: walks a school through a new report. Returns the exit code. */
export async function submissionWizard(ctx: WizardContext): Promise<number> {
  const { lang, out } = ctx;
  const loaded = await loadConfig({ ...(ctx.config ? { config: ctx.config } : {}), cwd: ctx.cwd, lang });
  out(`${t('init.submission.intro', lang)}\n`);
  if (loaded.embedded) out(`${t('init.submission.embedded', lang)}\n`);

  const { draft, ref, unitCode } = await askSubmissionDraft({ ...ctx, loaded });
  const submission = submissionObject(draft);
  const caption = `${submission.unit.name} — ${periodName(ref, lang)}`;
  // `--out` names the file (its extension the format); otherwise the clerk chooses
  const outFolder = ctx.out_file !== undefined && outputPath(ctx.out_file, 'x', ctx.cwd) === resolve(ctx.cwd, ctx.out_file, 'x');
  const { format, path } = ctx.out_file && !outFolder
    ? { format: extname(ctx.out_file).toLowerCase() === '.xlsx' ? ('xlsx' as const) : ('yaml' as const), path: resolve(ctx.cwd, ctx.out_file) }
    : await askSubmissionOutput(outFolder ? { ...ctx, cwd: resolve(ctx.cwd, ctx.out_file!) } : ctx, unitCode, ref, ['xlsx', 'yaml']);
  const file = displayPath(path, ctx.cwd);

  // the bytes as they will be written, read back and validated like `edu-comms validate` will
  let bytes: Uint8Array;
  let doc: SourceDocument;
  if (format === 'xlsx') {
    const { writeFormWorkbook } = await import('../form/write-xlsx.js');
    const { readXlsxDocument } = await import('../form/read-xlsx.js');
    bytes = await writeFormWorkbook(submission, { lang, created: ctx.created, caption, generator: ctx.generator });
    doc = await readXlsxDocument(Buffer.from(bytes), { file, lang });
  } else {
    const text = writeSubmissionYaml(submission, { lang, mode: 'data', caption });
    bytes = Buffer.from(text, 'utf8');
    doc = readYamlDocument(Buffer.from(bytes), { file, lang, schema: SubmissionSchema });
  }
  const report = validateDocuments([doc], { config: loaded.config, roster: loaded.roster, target: ref, lang });
  const findings = report.files[0]?.findings ?? [];
  const errors = findings.filter((f) => f.severity === 'error').length;
  out(`\n${findingsText(findings, lang)}`);
  if (errors > 0 && !(await askWriteDespiteErrors(lang, errors))) {
    out(`${t('init.nothing_written', lang)}\n`);
    return 1;
  }
  const target = await askWhereToWrite(ctx, path);
  if (target === null) {
    out(`${t('init.nothing_written', lang)}\n`);
    return errors > 0 ? 1 : 0;
  }
  await writeOutputFile(target, bytes, { force: true });
  const written = displayPath(target, ctx.cwd);
  out(`\n${t('init.submission.written', lang, { file: written })}\n`);
  const check = ref.kind === 'term' ? `--term ${ref.term} --year ${ref.school_year}` : ref.kind === 'month' ? `--month ${ref.month}` : `--quarter ${ref.quarter}`;
  out(`${t('init.submission.next', lang, { file: written, check })}\n`);
  return errors > 0 ? 1 : 0;
}

function findingsText(findings: readonly Finding[], lang: Lang): string {
  if (findings.length === 0) return `${t('init.submission.clean', lang)}\n`;
  const lines = [t('init.submission.findings', lang, { count: findings.length })];
  for (const f of findings) {
    const where = f.cell ?? (f.line !== null ? `${f.line}:${f.column ?? 1}` : '');
    lines.push(`  ${where}  ${t(`validate.severity.${f.severity}`, lang)}  ${f.message}  ${f.rule}`);
    if (f.hint) lines.push(`      → ${f.hint}`);
  }
  return `${lines.join('\n')}\n`;
}
