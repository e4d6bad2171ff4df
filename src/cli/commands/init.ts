import { Argument, type Command } from 'commander';
import { t, type Lang } from '../../i18n/index.js';
import { globalOptions } from '../options.js';

export function registerInit(program: Command, lang: Lang): Command {
  return program
    .command('init')
    .description(t('help.init', lang))
    .addArgument(new Argument('[what]', t('help.init.what', lang)).choices(['config', 'submission']).default('config'))
    .option('--out <file>', t('help.init.out', lang))
    .option('--force', t('help.force', lang))
    .option('--example', t('help.init.example', lang))
    .action(async (what: 'config' | 'submission', options, cmd: Command) => {
      const { runInit } = await import('../actions/init.js');
      process.exitCode = await runInit(what, { ...options, ...globalOptions(cmd) });
    });
}
