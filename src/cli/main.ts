/**
 * The command line. Start-up loads commander and the command line's texts in ONE language (src/i18n/help/<lang>.ts),
 * nothing else: the message catalogue, a command's definition (src/cli/commands/) and its work (src/cli/actions/) are
 * imported only for the command being run, so `edu-comms --help` stays near `node -e 0` (bench/startup.mjs).
 * The program's list of commands is built from the table below; a command not named on the command line is a stub
 * with its name, its description and the term the list shows (a test holds that the stubs print the same help as the
 * full definitions).
 */
import { Command, CommanderError, Option } from 'commander';
import { loadHelpTexts, type HelpKey, type HelpTexts } from '../i18n/help.js';
import { resolveLang, type Lang } from '../i18n/lang.js';
import { EXIT } from '../util/errors.js';
import { VERSION } from '../util/version.js';
import { localiseCommander } from './commander-i18n.js';

type Register = (program: Command, h: HelpTexts) => Command;

interface CommandEntry {
  name: string;
  description: HelpKey;
  /** How the program's list of commands names it (commander's subcommandTerm of the full definition). */
  term: string;
  load: () => Promise<Register>;
}

export const COMMANDS: readonly CommandEntry[] = [
  { name: 'validate', description: 'help.validate', term: 'validate [options] <paths...>', load: async () => (await import('./commands/validate.js')).registerValidate },
  { name: 'aggregate', description: 'help.aggregate', term: 'aggregate [options]', load: async () => (await import('./commands/aggregate.js')).registerAggregate },
  { name: 'render', description: 'help.render', term: 'render [options]', load: async () => (await import('./commands/render.js')).registerRender },
  { name: 'template', description: 'help.template', term: 'template [options]', load: async () => (await import('./commands/template.js')).registerTemplate },
  { name: 'convert', description: 'help.convert', term: 'convert [options] <files...>', load: async () => (await import('./commands/convert.js')).registerConvert },
  { name: 'init', description: 'help.init', term: 'init [options] [what]', load: async () => (await import('./commands/init.js')).registerInit },
  { name: 'schema', description: 'help.schema', term: 'schema [options]', load: async () => (await import('./commands/schema.js')).registerSchema },
  { name: 'check-config', description: 'help.check_config', term: 'check-config', load: async () => (await import('./commands/check-config.js')).registerCheckConfig },
];

/**
 * The program in `lang`. With `argv`, only the commands named in it are defined in full (any argument equal to a
 * command's name: a file called `validate` only costs that command's definition); without, every command is.
 */
export async function buildProgram(lang: Lang = resolveLang(languageFromArgv(process.argv)), argv?: readonly string[]): Promise<Command> {
  const h = await loadHelpTexts(lang);
  const stubs = new WeakMap<Command, string>();
  const program = localiseCommander(new Command('edu-comms'), lang, h, (cmd) => stubs.get(cmd))
    .description(h['help.program'])
    .version(VERSION, '-V, --version', h['help.version'])
    .helpOption('-h, --help', h['help.help'])
    .helpCommand(false)
    .addOption(new Option('--lang <lang>', h['help.lang']).choices(['vi', 'en']))
    .option('--config <file>', h['help.config'])
    .option('--date <date>', h['help.date'])
    .option('--debug', h['help.debug'])
    .showHelpAfterError(h['help.show_help'])
    .showSuggestionAfterError(true)
    .exitOverride();

  const named = argv ? new Set(argv.slice(2)) : null;
  const full = await Promise.all(COMMANDS.map((entry) => (named === null || named.has(entry.name) ? entry.load() : Promise.resolve(null))));
  COMMANDS.forEach((entry, i) => {
    const register = full[i];
    const command = register ? register(program, h) : program.command(entry.name).description(h[entry.description]);
    if (!register) stubs.set(command, entry.term);
    command.exitOverride().showHelpAfterError(h['help.show_help']);
  });
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
  const lang = resolveLang(languageFromArgv(argv));
  try {
    const program = await buildProgram(lang, argv);
    await program.parseAsync(argv);
  } catch (error) {
    if (error instanceof CommanderError) {
      // help and version exit 0; every other commander error is a usage error (exit 2), its message already printed
      process.exitCode = error.exitCode === 0 ? EXIT.ok : EXIT.usage;
      return;
    }
    const { reportFailure } = await import('./report-failure.js');
    process.exitCode = reportFailure(error, argv.includes('--debug'), lang);
  }
}
