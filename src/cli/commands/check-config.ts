import type { Command } from 'commander';
import type { HelpTexts } from '../../i18n/help.js';
import { globalOptions } from '../options.js';

export function registerCheckConfig(program: Command, h: HelpTexts): Command {
  return program
    .command('check-config')
    .description(h['help.check_config'])
    .action(async (_options, cmd: Command) => {
      const { runCheckConfig } = await import('../actions/check-config.js');
      process.exitCode = await runCheckConfig(globalOptions(cmd));
    });
}
