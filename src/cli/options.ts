/**
 * Options shared by several commands, and reading the global ones.
 */
import { type Command, InvalidArgumentError, Option } from 'commander';
import { MONTH_RE, QUARTER_RE, SCHOOL_YEAR_RE, TERMS } from '../contract/constants.js';
import type { HelpKey, HelpTexts } from '../i18n/help.js';

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

const matching = (re: RegExp, key: HelpKey, h: HelpTexts) => (value: string) => {
  if (!re.test(value)) throw new InvalidArgumentError(h[key]);
  return value;
};

/** `--term/--year/--month/--quarter`, the period being validated or aggregated. */
export function addPeriodOptions(command: Command, h: HelpTexts): Command {
  return command
    .addOption(new Option('--term <term>', h['help.term']).choices([...TERMS]).conflicts(['month', 'quarter']))
    .addOption(
      new Option('--year <school-year>', h['help.year']).argParser(
        matching(SCHOOL_YEAR_RE, 'help.year.invalid', h),
      ),
    )
    .addOption(
      new Option('--month <YYYY-MM>', h['help.month'])
        .argParser(matching(MONTH_RE, 'help.month.invalid', h))
        .conflicts(['quarter', 'term']),
    )
    .addOption(
      new Option('--quarter <YYYY-Qn>', h['help.quarter']).argParser(
        matching(QUARTER_RE, 'help.quarter.invalid', h),
      ),
    );
}

export function wholeNumber(h: HelpTexts) {
  return (value: string) => {
    if (!/^\d+$/.test(value)) throw new InvalidArgumentError(h['help.whole_number']);
    return Number(value);
  };
}
