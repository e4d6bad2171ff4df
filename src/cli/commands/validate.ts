import { type Command, Option } from 'commander';
import { t, type Lang } from '../../i18n/index.js';
import { addPeriodOptions, globalOptions, wholeNumber } from '../options.js';

export function registerValidate(program: Command, lang: Lang): Command {
  const command = program
    .command('validate')
    .description(t('help.validate', lang))
    .argument('<paths...>', t('help.validate.paths', lang))
    .addOption(new Option('--format <format>', t('help.validate.format', lang)).choices(['pretty', 'json', 'csv']))
    .option('-o, --out <file>', t('help.validate.out', lang))
    .option('--quiet', t('help.validate.quiet', lang))
    .option('--feedback <dir>', t('help.validate.feedback', lang))
    .option('--force', t('help.force', lang))
    .option('--max-warnings <n>', t('help.max_warnings', lang), wholeNumber(lang))
    .option('--timing', t('help.validate.timing', lang));
  addPeriodOptions(command, lang).action(async (paths: string[], options, cmd: Command) => {
    const { runValidate } = await import('../actions/validate.js');
    process.exitCode = await runValidate(paths, { ...options, ...globalOptions(cmd) });
  });
  return command;
}
