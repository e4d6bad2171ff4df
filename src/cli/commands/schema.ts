import { type Command, Option } from 'commander';
import type { HelpTexts } from '../../i18n/help.js';
import { globalOptions } from '../options.js';

export function registerSchema(program: Command, h: HelpTexts): Command {
  return program
    .command('schema')
    .description(h['help.schema'])
    .addOption(new Option('--of <schema>', h['help.schema.of']).choices(['submission', 'config', 'document-metadata']).default('submission'))
    .option('--out <file>', h['help.schema.out'])
    .option('--force', h['help.force'])
    .action(async (options, cmd: Command) => {
      const { runSchema } = await import('../actions/schema.js');
      process.exitCode = await runSchema({ ...options, ...globalOptions(cmd) });
    });
}
