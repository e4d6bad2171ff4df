/**
 * `edu-comms template [--format xlsx|yaml] [--unit CODE] [--term …|--month …|--quarter …] [--out FILE]`: a blank
 * submission form, pre-filled with the unit (from the roster) and the period (default: the current term).
 */
import { displayPath } from '../../config/load.js';
import { t } from '../../i18n/index.js';
import { currentTerm, prefill } from '../../template/prefill.js';
import { writeSubmissionYaml } from '../../template/yaml.js';
import { now } from '../../util/clock.js';
import { checkOutputFile, outputPath, writeOutputFile } from '../../util/output.js';
import { commandContext, periodFromOptions } from '../context.js';
import { EXIT, UsageError } from '../errors.js';
import { VERSION } from '../main.js';
import type { GlobalOptions, PeriodOptions } from '../options.js';

export interface TemplateOptions extends GlobalOptions, PeriodOptions {
  format: 'xlsx' | 'yaml' | 'responses';
  unit?: string;
  out?: string;
  force?: boolean;
}

export async function runTemplate(options: TemplateOptions): Promise<number> {
  const context = await commandContext(options);
  const { lang, loaded } = context;
  const period = periodFromOptions(options, context) ?? currentTerm(context.today, loaded.config.calendar);

  let unit;
  if (options.unit !== undefined) {
    unit = loaded.roster.byCode.get(options.unit) ?? loaded.roster.byCode.get(options.unit.toUpperCase());
    if (!unit) {
      const example = loaded.roster.units.find((u) => u.level !== 'OFFICE')?.code ?? loaded.roster.units[0]?.code ?? 'TH-BINHYEN';
      throw new UsageError(
        t('template.unknown_unit', lang, { code: options.unit, config: displayPath(loaded.path) }),
        t('template.unknown_unit.fix', lang, { example }),
      );
    }
  }

  if (options.format === 'responses') return responsesTemplate(options, lang, loaded.embedded ? [] : [loaded.path]);

  const filled = prefill(unit, period, lang);
  const out = outputPath(options.out, `bao-cao-${filled.stem}.${options.format as 'xlsx' | 'yaml'}`);
  const writeOptions = { force: options.force ?? false, inputs: loaded.embedded ? [] : [loaded.path] };
  checkOutputFile(out, writeOptions);
  let bytes: string | Uint8Array;
  if (options.format === 'yaml') {
    bytes = writeSubmissionYaml(filled.data, { lang, mode: 'skeleton', caption: filled.caption });
  } else {
    const { writeFormWorkbook } = await import('../../template/xlsx.js');
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
  const { writeResponsesCsv, writeResponsesWorkbook } = await import('../../template/responses.js');
  const bytes = out.toLowerCase().endsWith('.csv') ? writeResponsesCsv([], lang) : await writeResponsesWorkbook([], { lang, created: now(options.date), guide: true });
  await writeOutputFile(out, bytes, writeOptions);
  process.stdout.write(`${t('responses.written', lang, { file: displayPath(out) })}\n`);
  return EXIT.ok;
}
