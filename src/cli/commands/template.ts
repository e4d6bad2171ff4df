import { type Command, Option } from 'commander';
import { t, type Lang } from '../../i18n/index.js';
import { addPeriodOptions, globalOptions } from '../options.js';

export function registerTemplate(program: Command, lang: Lang): Command {
  const command = program
    .command('template')
    .description(t('help.template', lang))
    .addOption(new Option('--format <format>', t('help.template.format', lang)).choices(['xlsx', 'yaml', 'responses']).default('xlsx'))
    .option('--unit <code>', t('help.template.unit', lang))
    .addOption(new Option('--all', t('help.template.all', lang)).conflicts('unit'))
    .addOption(new Option('--parent <code>', t('help.template.parent', lang)).conflicts('unit'))
    .option('--out <file>', t('help.template.out', lang))
    .option('--force', t('help.force', lang));
  addPeriodOptions(command, lang).action(async (options, cmd: Command) => {
    const { runTemplate } = await import('../actions/template.js');
    process.exitCode = await runTemplate({ ...options, ...globalOptions(cmd) });
  });
  return command;
}
