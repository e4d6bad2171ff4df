import { type Command, Option } from 'commander';
import type { HelpTexts } from '../../i18n/help.js';
import { addPeriodOptions, globalOptions } from '../options.js';

export function registerTemplate(program: Command, h: HelpTexts): Command {
  const command = program
    .command('template')
    .description(h['help.template'])
    .addOption(new Option('--format <format>', h['help.template.format']).choices(['xlsx', 'yaml', 'responses']).default('xlsx'))
    .option('--unit <code>', h['help.template.unit'])
    .addOption(new Option('--all', h['help.template.all']).conflicts('unit'))
    .addOption(new Option('--parent <code>', h['help.template.parent']).conflicts('unit'))
    .option('--out <file>', h['help.template.out'])
    .option('--force', h['help.force']);
  addPeriodOptions(command, h).action(async (options, cmd: Command) => {
    const { runTemplate } = await import('../actions/template.js');
    process.exitCode = await runTemplate({ ...options, ...globalOptions(cmd) });
  });
  return command;
}
