import { type Command, InvalidArgumentError, Option } from 'commander';
import type { HelpTexts } from '../../i18n/help.js';
import { globalOptions } from '../options.js';
import { isRealIsoDate } from '../../util/dates.js';

export function registerRender(program: Command, h: HelpTexts): Command {
  const positive = (value: string) => {
    if (!/^\d+$/.test(value) || Number(value) < 1) throw new InvalidArgumentError(h['render.flag.number']);
    return Number(value);
  };
  // a real calendar date (no 2024-02-30)
  const date = (value: string) => {
    if (!isRealIsoDate(value)) throw new InvalidArgumentError(h['render.flag.deadline']);
    return value;
  };
  const formats = (value: string) => {
    const list = value.split(',').map((f) => f.trim().toLowerCase());
    if (list.length === 0 || list.some((f) => f !== 'docx' && f !== 'pdf')) throw new InvalidArgumentError(h['render.flag.format']);
    return [...new Set(list)];
  };
  return program
    .command('render')
    .description(h['help.render'])
    .option('--summary <file>', h['help.render.summary'])
    .addOption(
      new Option('--kind <kind>', h['help.render.kind']).choices(['report', 'letter', 'reminder']).default('report'),
    )
    .option('--out <file>', h['help.render.out'])
    .option('--force', h['help.force'])
    .option('--number <n>', h['help.render.number'], positive)
    .option('--signer-name <name>', h['help.render.signer_name'])
    .option('--signer-title <title>', h['help.render.signer_title'])
    .option('--to <addressee>', h['help.render.to'])
    .option('--deadline <date>', h['help.render.deadline'], date)
    .option('--template <file>', h['help.render.template'])
    .option('--format <formats>', h['help.render.format'], formats)
    .option('--eoffice', h['help.render.eoffice'])
    .addOption(new Option('--appendix <placement>', h['help.render.appendix']).choices(['inline', 'separate']))
    .option('--no-charts', h['help.render.no_charts'])
    .option('--by <attribute>', h['help.render.by'])
    .action(async (options, cmd: Command) => {
      const { runRender } = await import('../actions/render.js');
      process.exitCode = await runRender({ ...options, ...globalOptions(cmd) });
    });
}
