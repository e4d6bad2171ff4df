import { type Command, Option } from 'commander';
import { t, type Lang } from '../../i18n/index.js';
import { globalOptions } from '../options.js';

export function registerRender(program: Command, lang: Lang): Command {
  return program
    .command('render')
    .description(t('help.render', lang))
    .option('--summary <file>', t('help.render.summary', lang))
    .addOption(
      new Option('--kind <kind>', t('help.render.kind', lang)).choices(['report', 'letter', 'reminder']).default('report'),
    )
    .option('--out <file>', t('help.render.out', lang))
    .action(async (options, cmd: Command) => {
      const { runRender } = await import('../actions/render.js');
      process.exitCode = await runRender({ ...options, ...globalOptions(cmd) });
    });
}
