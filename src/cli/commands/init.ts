import type { Command } from 'commander';
import { t, type Lang } from '../../i18n/index.js';
import { globalOptions } from '../options.js';

export function registerInit(program: Command, lang: Lang): Command {
  return program
    .command('init')
    .description(t('help.init', lang))
    .argument('[what]', t('help.init.what', lang), 'config')
    .action(async (what: string, options, cmd: Command) => {
      const { runInit } = await import('../actions/init.js');
      process.exitCode = await runInit(what, { ...options, ...globalOptions(cmd) });
    });
}
