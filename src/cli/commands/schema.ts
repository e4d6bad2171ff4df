import { type Command, Option } from 'commander';
import { t, type Lang } from '../../i18n/index.js';
import { globalOptions } from '../options.js';

export function registerSchema(program: Command, lang: Lang): Command {
  return program
    .command('schema')
    .description(t('help.schema', lang))
    .addOption(new Option('--of <schema>', t('help.schema.of', lang)).choices(['submission', 'config', 'document-metadata']).default('submission'))
    .option('--out <file>', t('help.schema.out', lang))
    .option('--force', t('help.force', lang))
    .action(async (options, cmd: Command) => {
      const { runSchema } = await import('../actions/schema.js');
      process.exitCode = await runSchema({ ...options, ...globalOptions(cmd) });
    });
}
