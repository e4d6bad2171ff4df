/**
 * What every command needs before it starts: the language, the config (with a notice when the embedded example is
 * used), "today", and the period asked for on the command line.
 */
import { loadConfig, displayPath, type LoadedConfig } from '../config/load.js';
import { schoolYearOf, type PeriodRef } from '../contract/period.js';
import type { Term } from '../contract/submission.js';
import { resolveLang, t, type Lang } from '../i18n/index.js';
import { isValidDateFlag, today } from '../util/clock.js';
import { UsageError } from '../util/errors.js';
import type { GlobalOptions, PeriodOptions } from './options.js';

export interface CommandContext {
  lang: Lang;
  loaded: LoadedConfig;
  today: string;
}

/**
 * `sample: false` for the commands whose output belongs to an office (aggregate, render): without an edu-comms.yaml
 * they stop (exit 2) instead of working from the bundled sample.
 */
export async function commandContext(options: GlobalOptions, io: { quiet?: boolean; sample?: boolean } = {}): Promise<CommandContext> {
  const lang = resolveLang(options.lang);
  if (options.date !== undefined && !isValidDateFlag(options.date)) throw new UsageError(t('validate.bad_date', lang));
  const loaded = await loadConfig({ ...(options.config ? { config: options.config } : {}), lang, sample: io.sample ?? true });
  if (loaded.embedded && !io.quiet) process.stderr.write(`${t('config.embedded', lang, { file: displayPath(loaded.path) })}\n`);
  return { lang, loaded, today: today(options.date) };
}

/** The period from `--term [--year]`, `--month` or `--quarter`; `--year` defaults to the school year containing today. */
export function periodFromOptions(options: PeriodOptions, context: { lang: Lang; today: string }): PeriodRef | null {
  if (options.month) return { kind: 'month', month: options.month };
  if (options.quarter) return { kind: 'quarter', quarter: options.quarter };
  if (options.term) return { kind: 'term', term: options.term as Term, school_year: options.year ?? schoolYearOf(context.today) };
  if (options.year) throw new UsageError(t('validate.year_without_term', context.lang), t('validate.year_without_term.fix', context.lang));
  return null;
}
