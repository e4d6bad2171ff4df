import { type Command, Option } from 'commander';
import type { HelpTexts } from '../../i18n/help.js';
import { addPeriodOptions, globalOptions, wholeNumber } from '../options.js';

export function registerValidate(program: Command, h: HelpTexts): Command {
  const command = program
    .command('validate')
    .description(h['help.validate'])
    .argument('<paths...>', h['help.validate.paths'])
    .addOption(new Option('--format <format>', h['help.validate.format']).choices(['pretty', 'json', 'csv']))
    .option('-o, --out <file>', h['help.validate.out'])
    .option('--quiet', h['help.validate.quiet'])
    .option('--feedback <dir>', h['help.validate.feedback'])
    .option('--force', h['help.force'])
    .option('--max-warnings <n>', h['help.max_warnings'], wholeNumber(h))
    .option('--timing', h['help.validate.timing'])
    .option('--cache [dir]', h['help.cache']);
  addPeriodOptions(command, h).action(async (paths: string[], options, cmd: Command) => {
    const { runValidate } = await import('../actions/validate.js');
    process.exitCode = await runValidate(paths, { ...options, ...globalOptions(cmd) });
  });
  return command;
}
