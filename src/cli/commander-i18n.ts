/**
 * Commander prints its own words ("Usage:", "error: unknown option …") in English. Clerks read Vietnamese, so help
 * headings and the common usage errors are translated here; anything not recognised is left as commander wrote it.
 * The texts come from the command line's own catalogue of one language (src/i18n/help.ts), never the whole catalogue.
 */
import { Help, type Command } from 'commander';
import { fill, type HelpKey, type HelpTexts } from '../i18n/help.js';
import type { Lang } from '../i18n/lang.js';

const TITLES: Readonly<Record<string, HelpKey>> = {
  'Usage:': 'cli.help.usage',
  'Options:': 'cli.help.options',
  'Commands:': 'cli.help.commands',
  'Arguments:': 'cli.help.arguments',
};

/** "(choices: …, default: …)" as commander appends it to a description, before the text is wrapped. */
function localiseExtras(description: string, lang: Lang, h: HelpTexts): string {
  if (lang === 'en') return description;
  return description.replace('(choices: ', h['cli.help.choices']).replace(/(\(|, )default: /, (_m, lead: string) => `${lead}${h['cli.help.default']}`);
}

const ERRORS: ReadonlyArray<readonly [RegExp, HelpKey]> = [
  [/^error: unknown option '(?<a>[^']*)'/, 'cli.err.unknown_option'],
  [/^error: unknown command '(?<a>[^']*)'/, 'cli.err.unknown_command'],
  [/^error: missing required argument '(?<a>[^']*)'/, 'cli.err.missing_argument'],
  [/^error: required option '(?<a>[^']*)' not specified/, 'cli.err.missing_option'],
  [/^error: option '(?<a>[^']*)' argument missing/, 'cli.err.option_value_missing'],
  [/^error: option '(?<a>[^']*)' argument '(?<b>[^']*)' is invalid\. Allowed choices are (?<c>.*)\.$/m, 'cli.err.bad_choice'],
  [/^error: option '(?<a>[^']*)' argument '(?<b>[^']*)' is invalid\. (?<c>.*)$/m, 'cli.err.bad_value'],
  [/^error: option '(?<a>[^']*)' cannot be used with option '(?<b>[^']*)'/, 'cli.err.conflict'],
  [/^error: too many arguments(?: for '(?<a>[^']*)')?\..*$/m, 'cli.err.too_many_arguments'],
];

export function localiseError(text: string, lang: Lang, h: HelpTexts): string {
  if (lang === 'en') return text;
  let out = text.replace(/\(Did you mean (?<a>[^?]*)\?\)/, (_m, a: string) => fill(h['cli.err.did_you_mean'], { a }));
  for (const [pattern, key] of ERRORS) {
    const m = pattern.exec(out);
    if (m) {
      out = out.replace(m[0], fill(h[key], { a: m.groups?.['a'] ?? '', b: m.groups?.['b'] ?? '', c: m.groups?.['c'] ?? '' }));
      break;
    }
  }
  return out;
}

/**
 * Apply the translations to a program; subcommands made afterwards inherit them. `subcommandTerm` names a command in
 * the program's list when the command itself is only a stub (see main.ts).
 */
export function localiseCommander(program: Command, lang: Lang, h: HelpTexts, subcommandTerm?: (cmd: Command) => string | undefined): Command {
  const base = new Help();
  return program
    .configureHelp({
      styleTitle: (title) => (lang !== 'en' && TITLES[title] ? h[TITLES[title]] : title),
      optionDescription: (option) => localiseExtras(base.optionDescription(option), lang, h),
      argumentDescription: (argument) => localiseExtras(base.argumentDescription(argument), lang, h),
      subcommandTerm: (cmd) => subcommandTerm?.(cmd) ?? base.subcommandTerm(cmd),
    })
    .configureOutput({ outputError: (text, write) => write(localiseError(text, lang, h)) });
}
