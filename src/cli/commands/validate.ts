import { type Command, Option } from 'commander';
import { t, type Lang } from '../../i18n/index.js';
import { addPeriodOptions, globalOptions, wholeNumber } from '../options.js';

export function registerValidate(program: Command, lang: Lang): Command {
  const command = program
    .command('validate')
    .description(t('help.validate', lang))
    .argument('<paths...>', t('help.validate.paths', lang))
    .addOption(new Option('--format <format>', t('help.format', lang)).choices(['pretty', 'json']).default('pretty'))
    .option('--max-warnings <n>', t('help.max_warnings', lang), wholeNumber(lang));
  addPeriodOptions(command, lang).action(async (paths: string[], options, cmd: Command) => {
    const { runValidate } = await import('../actions/validate.js');
    process.exitCode = await runValidate(paths, { ...options, ...globalOptions(cmd) });
  });
  return command;
}
