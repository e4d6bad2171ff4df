/**
 * The command line. This module loads only commander: every command's work lives in a module that is imported when
 * the command runs, so `edu-comms --help` stays instant and never loads exceljs or docx.
 */
import { Command, CommanderError, Option } from 'commander';
import { resolveLang } from '../i18n/index.js';
import { EXIT } from '../util/errors.js';
import { helpText } from './help.js';
import { localiseCommander } from './commander-i18n.js';
import { registerAggregate } from './commands/aggregate.js';
import { registerCheckConfig } from './commands/check-config.js';
import { registerConvert } from './commands/convert.js';
import { registerInit } from './commands/init.js';
import { registerRender } from './commands/render.js';
import { registerSchema } from './commands/schema.js';
import { registerTemplate } from './commands/template.js';
import { registerValidate } from './commands/validate.js';
import { reportFailure } from './report-failure.js';

import { VERSION } from '../util/version.js';

export function buildProgram(lang = resolveLang(languageFromArgv(process.argv))): Command {
  const h = helpText(lang);
  const program = localiseCommander(new Command('edu-comms'), lang)
    .description(h.program)
    .version(VERSION, '-V, --version', h.version)
    .helpOption('-h, --help', h.help)
    .helpCommand(false)
    .addOption(new Option('--lang <lang>', h.lang).choices(['vi', 'en']))
    .option('--config <file>', h.config)
    .option('--date <date>', h.date)
    .option('--debug', h.debug)
    .showHelpAfterError(h.showHelp)
    .showSuggestionAfterError(true)
    .exitOverride();

  for (const register of [
    registerValidate,
    registerAggregate,
    registerRender,
    registerTemplate,
    registerConvert,
    registerInit,
    registerSchema,
    registerCheckConfig,
  ]) {
    register(program, lang).exitOverride().showHelpAfterError(h.showHelp);
  }
  return program;
}

/** `--lang` must be known before commander parses, because the help texts themselves are translated. */
function languageFromArgv(argv: readonly string[]): string | undefined {
  const i = argv.findIndex((a) => a === '--lang' || a.startsWith('--lang='));
  if (i < 0) return undefined;
  const arg = argv[i]!;
  return arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : argv[i + 1];
}

export async function main(argv: string[] = process.argv): Promise<void> {
  const program = buildProgram();
  try {
    await program.parseAsync(argv);
  } catch (error) {
    if (error instanceof CommanderError) {
      // help and version exit 0; every other commander error is a usage error (exit 2), its message already printed
      process.exitCode = error.exitCode === 0 ? EXIT.ok : EXIT.usage;
      return;
    }
    process.exitCode = reportFailure(error, argv.includes('--debug'), resolveLang(languageFromArgv(argv)));
  }
}
