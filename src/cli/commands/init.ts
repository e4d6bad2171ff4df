import { Argument, type Command } from 'commander';
import type { HelpTexts } from '../../i18n/help.js';
import { globalOptions } from '../options.js';

export function registerInit(program: Command, h: HelpTexts): Command {
  return program
    .command('init')
    .description(h['help.init'])
    .addArgument(new Argument('[what]', h['help.init.what']).choices(['config', 'submission']).default('config'))
    .option('--out <file>', h['help.init.out'])
    .option('--force', h['help.force'])
    .option('--example', h['help.init.example'])
    .action(async (what: 'config' | 'submission', options, cmd: Command) => {
      const { runInit } = await import('../actions/init.js');
      process.exitCode = await runInit(what, { ...options, ...globalOptions(cmd) });
    });
}
