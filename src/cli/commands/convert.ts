import { type Command, Option } from 'commander';
import type { HelpTexts } from '../../i18n/help.js';
import { globalOptions } from '../options.js';

export function registerConvert(program: Command, h: HelpTexts): Command {
  return program
    .command('convert')
    .description(h['help.convert'])
    .argument('<files...>', h['help.convert.files'])
    .addOption(new Option('--to <format>', h['help.convert.to']).choices(['xlsx', 'yaml', 'responses']).makeOptionMandatory())
    .option('--out <dir>', h['help.convert.out'])
    .option('--force', h['help.force'])
    .action(async (files: string[], options, cmd: Command) => {
      const { runConvert } = await import('../actions/convert.js');
      process.exitCode = await runConvert(files, { ...options, ...globalOptions(cmd) });
    });
}
