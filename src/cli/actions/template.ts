/**
 * `edu-comms template [--format xlsx|yaml] [--unit CODE] [--term …|--month …|--quarter …] [--out FILE]`: a blank
 * submission form, pre-filled with the unit (from the roster) and the period (default: the current term).
 */
import { rosterAt } from '../../contract/roster.js';
import { displayPath } from '../../config/load.js';
import { t } from '../../i18n/index.js';
import { prefill } from '../../form/prefill.js';
import { currentTerm } from '../../contract/period.js';
import { writeSubmissionYaml } from '../../form/write-yaml.js';
import { now } from '../../util/clock.js';
import { checkOutputFile, checkOutputSet, outputPath, writeOutputFile, writeOutputSet } from '../../util/output.js';
import { resolve, join } from 'node:path';
import type { PeriodRef } from '../../contract/period.js';
import type { CommandContext } from '../context.js';
import { commandContext, periodFromOptions } from '../context.js';
import { EXIT, UsageError } from '../../util/errors.js';
import { VERSION } from '../../util/version.js';
import type { GlobalOptions, PeriodOptions } from '../options.js';

export interface TemplateOptions extends GlobalOptions, PeriodOptions {
  format: 'xlsx' | 'yaml' | 'responses';
  unit?: string;
  out?: string;
  force?: boolean;
  all?: boolean;
  parent?: string;
}

export async function runTemplate(options: TemplateOptions): Promise<number> {
  const context = await commandContext(options);
  const { lang, loaded } = context;
  const period = periodFromOptions(options, context) ?? currentTerm(context.today, loaded.config.calendar);

  // the form is pre-filled from the roster in force for its period (name and managing unit of that school year)
  const roster = rosterAt(loaded.roster, period);
  let unit;
  if (options.unit !== undefined) {
    unit = roster.find(options.unit);
    if (!unit) {
      const close = roster.suggest(options.unit);
      const example = close[0] ?? roster.units.find((u) => u.level !== 'OFFICE')?.code ?? roster.units[0]?.code ?? 'TH-BINHYEN';
      throw new UsageError(
        t('template.unknown_unit', lang, { code: options.unit, config: displayPath(loaded.path) }),
        close.length > 0 ? t('template.unknown_unit.suggest', lang, { codes: close.join(', '), example }) : t('template.unknown_unit.fix', lang, { example }),
      );
    }
  }

  if (options.format === 'responses') return responsesTemplate(options, lang, loaded.embedded ? [] : [loaded.path]);
  if (options.all || options.parent !== undefined) return allForms(options, context, period);

  const filled = prefill(unit, period, lang);
  const out = outputPath(options.out, `bao-cao-${filled.stem}.${options.format as 'xlsx' | 'yaml'}`);
  const writeOptions = { force: options.force ?? false, inputs: loaded.embedded ? [] : [loaded.path] };
  checkOutputFile(out, writeOptions);
  let bytes: string | Uint8Array;
  if (options.format === 'yaml') {
    bytes = writeSubmissionYaml(filled.data, { lang, mode: 'skeleton', caption: filled.caption });
  } else {
    const { writeFormWorkbook } = await import('../../form/write-xlsx.js');
    bytes = await writeFormWorkbook(filled.data, { lang, created: now(options.date), caption: filled.caption, generator: `edu-comms ${VERSION}` });
  }
  await writeOutputFile(out, bytes, writeOptions);
  process.stdout.write(`${t('template.written', lang, { file: displayPath(out) })}\n`);
  return EXIT.ok;
}

/**
 * `template --format responses`: the header row an online form's export must have, with a guide to building the form
 * (sheet «Hướng dẫn»). With an `--out` ending in `.csv`, the header row alone as CSV.
 */
async function responsesTemplate(options: TemplateOptions, lang: 'vi' | 'en', inputs: string[]): Promise<number> {
  const out = outputPath(options.out, 'cau-tra-loi-mau.xlsx');
  const writeOptions = { force: options.force ?? false, inputs };
  checkOutputFile(out, writeOptions);
  const { writeResponsesCsv, writeResponsesWorkbook } = await import('../../form/write-responses.js');
  const bytes = out.toLowerCase().endsWith('.csv') ? writeResponsesCsv([], lang) : await writeResponsesWorkbook([], { lang, created: now(options.date), guide: true });
  await writeOutputFile(out, bytes, writeOptions);
  process.stdout.write(`${t('responses.written', lang, { file: displayPath(out) })}\n`);
  return EXIT.ok;
}

/**
 * `template --all [--parent CODE]`: one pre-filled form for every unit that reports (under CODE, at any depth), in one
 * folder per managing unit (`pgd-dinhhoa/`), each file named by its unit's code and the period, so that files sort
 * by unit. Each folder is written as one set: a run that stops half way leaves a folder as it was or complete.
 */
async function allForms(options: TemplateOptions, context: CommandContext, period: PeriodRef): Promise<number> {
  const { lang, loaded } = context;
  const roster = rosterAt(loaded.roster, period);
  let units = roster.units.filter((u) => roster.isExpected(u));
  if (options.parent !== undefined) {
    const parent = roster.find(options.parent);
    if (!parent) {
      const close = roster.suggest(options.parent);
      const example = close[0] ?? roster.units.find((u) => u.level === 'OFFICE')?.code ?? roster.units[0]?.code ?? 'PGD-DINHHOA';
      const fix = close.length > 0 ? t('template.unknown_parent.suggest', lang, { codes: close.join(', '), example }) : t('template.unknown_parent.fix', lang, { example });
      throw new UsageError(t('template.unknown_parent', lang, { code: options.parent, config: displayPath(loaded.path) }), fix);
    }
    const under = new Set(roster.descendants(parent.code).map((u) => u.code));
    units = units.filter((u) => under.has(u.code));
  }
  if (units.length === 0) throw new UsageError(t('template.no_units', lang, { config: displayPath(loaded.path) }), t('template.no_units.fix', lang));
  const format = options.format as 'xlsx' | 'yaml';
  const stem = prefill(undefined, period, lang).stem.replace(/^mau-/, '');
  const out = resolve(options.out ?? `mau-bao-cao-${stem}`);
  const folderOf = (code: string | undefined) => (code ?? 'khong-truc-thuoc').toLowerCase();
  const groups = new Map<string, typeof units>();
  for (const unit of units) groups.set(folderOf(unit.parent), [...(groups.get(folderOf(unit.parent)) ?? []), unit]);
  const names = (list: typeof units) => list.map((u) => `${prefill(u, period, lang).stem}.${format}`);
  const writeOptions = { force: options.force ?? false, inputs: loaded.embedded ? [] : [loaded.path] };
  // every refusal before the first folder is written
  for (const [folder, list] of groups) checkOutputSet(join(out, folder), names(list), writeOptions);

  const { writeFormWorkbook } = format === 'xlsx' ? await import('../../form/write-xlsx.js') : { writeFormWorkbook: undefined };
  const created = now(options.date);
  for (const folder of [...groups.keys()].sort()) {
    const list = [...groups.get(folder)!].sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
    const files = [];
    for (const unit of list) {
      const filled = prefill(unit, period, lang);
      const data = writeFormWorkbook
        ? await writeFormWorkbook(filled.data, { lang, created, caption: filled.caption, generator: `edu-comms ${VERSION}` })
        : writeSubmissionYaml(filled.data, { lang, mode: 'skeleton', caption: filled.caption });
      files.push({ name: `${filled.stem}.${format}`, data });
    }
    await writeOutputSet(join(out, folder), files, writeOptions);
    process.stdout.write(`${t('template.all_folder', lang, { folder: displayPath(join(out, folder)), count: files.length })}\n`);
  }
  process.stdout.write(`${t('template.all_written', lang, { count: units.length, folders: groups.size, out: displayPath(out) })}\n`);
  return EXIT.ok;
}
