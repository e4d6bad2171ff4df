import { type Command, Option } from 'commander';
import type { HelpTexts } from '../../i18n/help.js';
import { addPeriodOptions, globalOptions } from '../options.js';

export function registerAggregate(program: Command, h: HelpTexts): Command {
  const command = program
    .command('aggregate')
    .description(h['help.aggregate'])
    .option('--unit <code>', h['help.aggregate.unit'])
    .option('--by <attribute>', h['help.aggregate.by'], (value: string, previous: string[] = []) => [...previous, value])
    .option('--in <paths...>', h['help.aggregate.in'])
    .option('--out <dir>', h['help.aggregate.out'])
    .option('--compare [paths...]', h['help.aggregate.compare'])
    .option('--force', h['help.force'])
    .option('--cache [dir]', h['help.cache'])
    .addOption(new Option('--format <format>', h['help.format']).choices(['pretty', 'json']).default('pretty'));
  addPeriodOptions(command, h).action(async (options, cmd: Command) => {
    const { runAggregate } = await import('../actions/aggregate.js');
    process.exitCode = await runAggregate({ ...options, ...globalOptions(cmd) });
  });
  return command;
}
