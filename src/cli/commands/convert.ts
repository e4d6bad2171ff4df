import { type Command, Option } from 'commander';
import { t, type Lang } from '../../i18n/index.js';
import { globalOptions } from '../options.js';

export function registerConvert(program: Command, lang: Lang): Command {
  return program
    .command('convert')
    .description(t('help.convert', lang))
    .argument('<files...>', t('help.convert.files', lang))
    .addOption(new Option('--to <format>', t('help.convert.to', lang)).choices(['xlsx', 'yaml', 'responses']).makeOptionMandatory())
    .option('--out <dir>', t('help.convert.out', lang))
    .option('--force', t('help.force', lang))
    .action(async (files: string[], options, cmd: Command) => {
      const { runConvert } = await import('../actions/convert.js');
      process.exitCode = await runConvert(files, { ...options, ...globalOptions(cmd) });
    });
}
