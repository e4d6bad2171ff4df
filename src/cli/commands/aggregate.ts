import { type Command, Option } from 'commander';
import { t, type Lang } from '../../i18n/index.js';
import { addPeriodOptions, globalOptions } from '../options.js';

export function registerAggregate(program: Command, lang: Lang): Command {
  const command = program
    .command('aggregate')
    .description(t('help.aggregate', lang))
    .option('--unit <code>', t('help.aggregate.unit', lang))
    .option('--by <attribute>', t('help.aggregate.by', lang), (value: string, previous: string[] = []) => [...previous, value])
    .option('--in <paths...>', t('help.aggregate.in', lang))
    .option('--out <dir>', t('help.aggregate.out', lang))
    .option('--compare [paths...]', t('help.aggregate.compare', lang))
    .option('--force', t('help.force', lang))
    .addOption(new Option('--format <format>', t('help.format', lang)).choices(['pretty', 'json']).default('pretty'));
  addPeriodOptions(command, lang).action(async (options, cmd: Command) => {
    const { runAggregate } = await import('../actions/aggregate.js');
    process.exitCode = await runAggregate({ ...options, ...globalOptions(cmd) });
  });
  return command;
}
