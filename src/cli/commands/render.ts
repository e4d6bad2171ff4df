import { type Command, InvalidArgumentError, Option } from 'commander';
import { t, type Lang } from '../../i18n/index.js';
import { globalOptions } from '../options.js';
import { isRealIsoDate } from '../../util/dates.js';

export function registerRender(program: Command, lang: Lang): Command {
  const positive = (value: string) => {
    if (!/^\d+$/.test(value) || Number(value) < 1) throw new InvalidArgumentError(t('render.flag.number', lang));
    return Number(value);
  };
  // a real calendar date (no 2024-02-30)
  const date = (value: string) => {
    if (!isRealIsoDate(value)) throw new InvalidArgumentError(t('render.flag.deadline', lang));
    return value;
  };
  const formats = (value: string) => {
    const list = value.split(',').map((f) => f.trim().toLowerCase());
    if (list.length === 0 || list.some((f) => f !== 'docx' && f !== 'pdf')) throw new InvalidArgumentError(t('render.flag.format', lang));
    return [...new Set(list)];
  };
  return program
    .command('render')
    .description(t('help.render', lang))
    .option('--summary <file>', t('help.render.summary', lang))
    .addOption(
      new Option('--kind <kind>', t('help.render.kind', lang)).choices(['report', 'letter', 'reminder']).default('report'),
    )
    .option('--out <file>', t('help.render.out', lang))
    .option('--force', t('help.force', lang))
    .option('--number <n>', t('help.render.number', lang), positive)
    .option('--signer-name <name>', t('help.render.signer_name', lang))
    .option('--signer-title <title>', t('help.render.signer_title', lang))
    .option('--to <addressee>', t('help.render.to', lang))
    .option('--deadline <date>', t('help.render.deadline', lang), date)
    .option('--template <file>', t('help.render.template', lang))
    .option('--format <formats>', t('help.render.format', lang), formats)
    .option('--eoffice', t('help.render.eoffice', lang))
    .addOption(new Option('--appendix <placement>', t('help.render.appendix', lang)).choices(['inline', 'separate']))
    .option('--no-charts', t('help.render.no_charts', lang))
    .action(async (options, cmd: Command) => {
      const { runRender } = await import('../actions/render.js');
      process.exitCode = await runRender({ ...options, ...globalOptions(cmd) });
    });
}
