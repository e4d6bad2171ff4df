import type { Command } from 'commander';
import { t, type Lang } from '../../i18n/index.js';
import { globalOptions } from '../options.js';

export function registerCheckConfig(program: Command, lang: Lang): Command {
  return program
    .command('check-config')
    .description(t('help.check_config', lang))
    .action(async (_options, cmd: Command) => {
      const { runCheckConfig } = await import('../actions/check-config.js');
      process.exitCode = await runCheckConfig(globalOptions(cmd));
    });
}
