/**
 * `edu-comms render [--summary FILE] [--kind report|letter|reminder] [--out FILE.docx]`: a summary in, an official
 * document (Nghị định 30/2020/NĐ-CP) out, ready to print, sign and stamp.
 *
 * Files → functions → file: read the summary and the template, resolve the metadata (config, flags, a prompt on a
 * terminal), render (src/render, loaded only here because it pulls in docx), write atomically.
 */
import { readFileSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { askForMissing, checkNewDeadline, draftMissing, missingError, rememberable } from '../../app/document-details.js';
import { EXIT_CANCELLED, isPromptCancelled } from '../../app/exit-codes.js';
import { appendixPlacement, documentFiles, documentFormats } from '../../app/render-output.js';
import { findSummary, readSummaryFile } from '../../app/summary-input.js';
import { reportBreakdown } from '../../app/breakdown.js';
import { summaryPeriodRef } from '../../aggregate/aggregate.js';
import { rosterAt } from '../../contract/roster.js';
import { displayPath, type LoadedConfig } from '../../config/load.js';
import { periodName, periodRef } from '../../contract/period.js';
import { t, type Lang, type MessageKey } from '../../i18n/index.js';
import { resolveCaps, type AppendixPlacement, type DocumentKind } from '../../contract/documents.js';
import { resolveMetadata, type MetadataFlags } from '../../render/metadata.js';
import { unitsToRemind } from '../../render/reminder.js';
import { loadTemplate } from '../../render/template-files.js';
import { namesIn } from '../../render/template.js';
import { now } from '../../util/clock.js';
import { rememberInConfig, type Remembered } from '../../config/remember.js';
import { checkOutputFile, writeOutputFile } from '../../util/output.js';
import { commandContext } from '../context.js';
import { ConfigError, EXIT, UsageError } from '../../util/errors.js';
import type { GlobalOptions } from '../options.js';
import { interactive } from '../terminal.js';

export interface RenderOptions extends GlobalOptions {
  summary?: string;
  kind?: DocumentKind;
  out?: string;
  number?: number;
  signerName?: string;
  signerTitle?: string;
  to?: string;
  deadline?: string;
  template?: string;
  force?: boolean;
  /** `docx`, `pdf` or both (default docx). */
  format?: Array<'docx' | 'pdf'>;
  eoffice?: boolean;
  appendix?: AppendixPlacement;
  /** `--no-charts` sets it false. */
  charts?: boolean;
  /** The report's breakdown by a unit attribute (wins over `documents.breakdown`). */
  by?: string;
}

/** After asking on a terminal: offer to write the answers into edu-comms.yaml (comments kept), so the next run does not ask. */
async function offerToRemember(entries: ReadonlyArray<Remembered & { label: MessageKey }>, loaded: LoadedConfig, lang: Lang, cwd: string): Promise<void> {
  if (entries.length === 0 || loaded.embedded) return;
  const { confirm } = await import('@inquirer/prompts');
  const config = displayPath(loaded.path, cwd);
  const [yes, no] = [t('init.yes', lang), t('init.no', lang)];
  // said with the questions' own words; the keys are in the file for whoever opens it
  const list = entries.map((e) => `${t(e.label, lang).replace(/ \(.*\)$/, '')}: ${e.value}`).join('; ');
  const keep = await confirm({
    message: t('render.remember', lang, { config, list }),
    default: true,
    theme: { keywords: { yes, no, error: () => t('init.yes_no', lang, { yes, no }) } },
  });
  if (!keep) return;
  const next = rememberInConfig(readFileSync(loaded.path, 'utf8'), entries.map(({ key, value }) => ({ key, value })));
  // the clerk said yes: the office's own configuration, replaced in one step (a full disk leaves it as it was)
  await writeOutputFile(loaded.path, next, { force: true });
  process.stderr.write(`${t('render.remembered', lang, { config })}\n`);
}

export async function runRender(options: RenderOptions): Promise<number> {
  const context = await commandContext(options, { sample: false });
  const { lang, loaded } = context;
  const cwd = process.cwd();
  const kind: DocumentKind = options.kind ?? 'report';
  const { ext: outExt, formats } = documentFormats(options.out, options.format, kind, cwd, lang);
  const documents = loaded.config.documents ?? {};
  const placement = appendixPlacement(options.appendix, documents, kind, lang);
  if (options.by !== undefined && kind !== 'report') {
    throw new UsageError(t('render.by.report_only', lang, { kind: t(`render.kind.${kind}`, lang) }), `--kind report --by "${options.by}"`);
  }
  const summaryPath = findSummary(options.summary, cwd, lang);
  const summary = readSummaryFile(options.summary, cwd, lang);
  // found under out/ rather than given: say which, so the clerk can check it is this period's
  if (options.summary === undefined && summaryPath !== undefined && dirname(summaryPath) !== cwd) {
    process.stderr.write(`${t('render.summary.found', lang, { file: displayPath(summaryPath, cwd) })}\n`);
  }
  const ref = periodRef(summary.period);
  if (!ref) throw new ConfigError(t('render.summary.no_period', lang, { file: options.summary ?? 'summary.json' }));
  // the breakdown the report speaks by: --by, else documents.breakdown (a report setting: the letter and reminder ignore it)
  const byName = options.by ?? (kind === 'report' ? documents.breakdown : undefined);
  const breakdown =
    byName === undefined
      ? undefined
      : reportBreakdown({
          name: byName,
          source: options.by !== undefined ? { flag: true } : { config: loaded.embedded ? 'edu-comms.yaml' : displayPath(loaded.path, cwd) },
          summary,
          file: summaryPath ? displayPath(summaryPath, cwd) : 'summary.json',
          roster: loaded.roster.units,
          lang,
        });
  const inputs = [summaryPath, options.template ? resolve(cwd, options.template) : undefined, loaded.embedded ? undefined : loaded.path];
  const writeOptions = { force: options.force ?? false, inputs: inputs.filter((p): p is string => p !== undefined) };
  const files = documentFiles(options.out, { kind, node: summary.node.code, period: ref }, outExt, formats, kind === 'report' && placement === 'separate', cwd);
  for (const file of files.all) checkOutputFile(file, writeOptions);

  if (summary.node.code !== loaded.config.authority.code) {
    process.stderr.write(`${t('render.summary.other_node', lang, { node: summary.node.code, authority: loaded.config.authority.code })}\n`);
  }
  if (kind === 'reminder' && unitsToRemind(summary) === 0) {
    process.stdout.write(`${t('render.nothing_to_remind', lang)}\n`);
    return EXIT.ok;
  }

  const template = loadTemplate(kind, {
    ...(options.template ? { override: options.template } : {}),
    ...(loaded.config.documents?.templates ? { folder: loaded.config.documents.templates } : {}),
    configPath: loaded.path,
    cwd,
    lang,
  });

  // an office's own template older than --by: said, not silently half by group
  if (breakdown && ![...namesIn(template.parsed)].some((n) => n.startsWith('breakdown'))) {
    process.stderr.write(`${t('render.by.template_unaware', lang, { file: template.file, name: breakdown.attribute })}\n`);
  }

  const flags: MetadataFlags = {
    ...(options.number !== undefined ? { number: options.number } : {}),
    ...(options.signerName ? { signerName: options.signerName } : {}),
    ...(options.signerTitle ? { signerTitle: options.signerTitle } : {}),
    ...(options.to ? { to: options.to } : {}),
    ...(options.deadline ? { deadline: options.deadline } : {}),
    ...(options.eoffice ? { eoffice: true } : {}),
  };
  // names and addressees from the roster in force for the summary's period (a 2024-2025 reminder goes to district offices)
  const summaryRef = summaryPeriodRef(summary.period);
  const roster = summaryRef ? rosterAt(loaded.roster, summaryRef) : loaded.roster;
  const base = { kind, config: loaded.config, roster, summary, date: context.today };
  let resolved = resolveMetadata({ ...base, flags });
  const configName = loaded.embedded ? 'edu-comms.yaml' : displayPath(loaded.path);
  if (resolved.missing.length > 0 && !(interactive(process.stdout) && interactive(process.stderr) && process.stdin.isTTY)) {
    // No one to ask: a draft with the usual values, marked DỰ THẢO in the document itself, and said here too
    const drafted = draftMissing({ ...base, flags }, resolved.missing, configName, lang);
    for (const note of drafted.notes) process.stderr.write(`${note}\n`);
    resolved = drafted.resolved;
  }
  if (resolved.missing.length > 0) {
    const { input } = await import('@inquirer/prompts');
    let answers: MetadataFlags;
    try {
      answers = await askForMissing(resolved.missing, lang, input, context.today);
      await offerToRemember(rememberable(resolved.missing, answers), loaded, lang, cwd);
    } catch (error) {
      // Ctrl+C at a prompt: nothing has been written yet
      if (isPromptCancelled(error)) {
        process.stderr.write(`\n${t('render.cancelled', lang)}\n`);
        return EXIT_CANCELLED;
      }
      throw error;
    }
    resolved = resolveMetadata({ ...base, flags: { ...flags, ...answers } });
  }
  const meta = resolved.meta;
  if (!meta) throw missingError(resolved.missing, configName, lang);
  checkNewDeadline(meta, lang);

  const { renderDocument } = await import('../../render/render.js');
  const caps = resolveCaps(loaded.config.documents?.caps);
  const rendered = await renderDocument({ summary, meta, template, roster, instant: now(options.date), caps, appendix: placement, charts: options.charts !== false && documents.charts !== false, ...(breakdown ? { breakdown } : {}) });
  const docx = [rendered.bytes, ...(rendered.appendixBytes ? [rendered.appendixBytes] : [])];

  // every file is made in memory first: a failed conversion leaves nothing written
  let pdf: Uint8Array[] = [];
  if (formats.includes('pdf')) {
    const { convertToPdfA, PdfError } = await import('../../util/soffice.js');
    try {
      pdf = await convertToPdfA(docx.map((bytes, i) => ({ name: i === 0 ? 'document' : 'appendix', bytes })), {
        ...(documents.soffice ? { soffice: resolve(loaded.embedded ? cwd : dirname(loaded.path), documents.soffice) } : {}),
      });
    } catch (error) {
      if (!(error instanceof PdfError)) throw error;
      const message = t(`pdf.${error.reason}`, lang, { program: error.program, detail: error.detail });
      throw new ConfigError(
        message,
        error.reason === 'missing'
          ? [t('pdf.install.windows', lang), t('pdf.install.debian', lang), t('pdf.install.setting', lang)]
          : [t('pdf.retry', lang)],
      );
    }
  }
  const { pdfPageCount } = await import('../../util/soffice.js');
  const { documentRecord } = await import('../../render/document-record.js');
  const record = documentRecord({
    meta,
    code: summary.node.code,
    typeName: rendered.typeName,
    subject: rendered.subject,
    pageCount: pdf[0] ? pdfPageCount(pdf[0]) : null,
    files: { document: files.document.map((f) => basename(f)), attachments: files.appendix.map((f) => basename(f)) },
  });

  const writes: Array<[string, Uint8Array | string]> = [];
  if (files.docx) writes.push([files.docx, docx[0]!]);
  if (files.pdf) writes.push([files.pdf, pdf[0]!]);
  if (files.appendixDocx) writes.push([files.appendixDocx, docx[1]!]);
  if (files.appendixPdf) writes.push([files.appendixPdf, pdf[1]!]);
  writes.push([files.metadata, `${JSON.stringify(record, null, 2)}\n`]);
  for (const [file, data] of writes) await writeOutputFile(file, data, writeOptions);

  const kindName: MessageKey = `render.kind.${kind}`;
  const [first, ...rest] = writes.map(([file]) => displayPath(file, cwd));
  process.stdout.write(`${t('render.written', lang, { file: first!, kind: t(kindName, lang), period: periodName(ref, lang) })}\n`);
  for (const file of rest) process.stdout.write(`${t('render.written.also', lang, { file })}\n`);
  return EXIT.ok;
}
