/**
 * Options shared by several commands, and reading the global ones.
 */
import { type Command, InvalidArgumentError, Option } from 'commander';
import { MONTH_RE, QUARTER_RE, SCHOOL_YEAR_RE, TERMS } from '../contract/constants.js';
import { t, type Lang } from '../i18n/index.js';

export interface GlobalOptions {
  lang?: 'vi' | 'en';
  config?: string;
  date?: string;
  debug?: boolean;
}

export interface PeriodOptions {
  term?: string;
  year?: string;
  month?: string;
  quarter?: string;
}

export function globalOptions(command: Command): GlobalOptions {
  return command.optsWithGlobals() as GlobalOptions;
}

const matching = (re: RegExp, key: Parameters<typeof t>[0], lang: Lang) => (value: string) => {
  if (!re.test(value)) throw new InvalidArgumentError(t(key, lang));
  return value;
};

/** `--term/--year/--month/--quarter`, the period being validated or aggregated. */
export function addPeriodOptions(command: Command, lang: Lang): Command {
  return command
    .addOption(new Option('--term <term>', t('help.term', lang)).choices([...TERMS]).conflicts(['month', 'quarter']))
    .addOption(
      new Option('--year <school-year>', t('help.year', lang)).argParser(
        matching(SCHOOL_YEAR_RE, 'help.year.invalid', lang),
      ),
    )
    .addOption(
      new Option('--month <YYYY-MM>', t('help.month', lang))
        .argParser(matching(MONTH_RE, 'help.month.invalid', lang))
        .conflicts(['quarter', 'term']),
    )
    .addOption(
      new Option('--quarter <YYYY-Qn>', t('help.quarter', lang)).argParser(
        matching(QUARTER_RE, 'help.quarter.invalid', lang),
      ),
    );
}

export function wholeNumber(lang: Lang) {
  return (value: string) => {
    if (!/^\d+$/.test(value)) throw new InvalidArgumentError(t('help.whole_number', lang));
    return Number(value);
  };
}
