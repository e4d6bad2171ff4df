/**
 * `edu-comms init [config|submission]`: the wizard on a terminal; elsewhere (a pipe, CI) an immediate exit 2 with the
 * commands and files that do the same without questions, because a prompt on a pipe would wait for ever.
 */
import { existsSync, readFileSync } from 'node:fs';
import { extname, resolve } from 'node:path';
import { EXIT_CANCELLED, isPromptCancelled } from '../../app/exit-codes.js';
import { resolveLang, t, type Lang } from '../../i18n/index.js';
import { isValidDateFlag, now, today } from '../../util/clock.js';
import { outputPath, writeOutputFile } from '../../util/output.js';
import { EXIT, UsageError } from '../../util/errors.js';
import { VERSION } from '../../util/version.js';
import type { GlobalOptions } from '../options.js';

export interface InitOptions extends GlobalOptions {
  out?: string;
  example?: boolean;
  force?: boolean;
}

/** Prompts need a keyboard and a screen: both stdin and stdout on a terminal, and not a CI job. */
export function canPrompt(stdin: { isTTY?: boolean } = process.stdin, stdout: { isTTY?: boolean } = process.stdout, env: NodeJS.ProcessEnv = process.env): boolean {
  const ci = env['CI'];
  return Boolean(stdin.isTTY) && Boolean(stdout.isTTY) && (ci === undefined || ci === '' || ci === '0' || ci === 'false');
}

export async function runInit(what: 'config' | 'submission', options: InitOptions): Promise<number> {
  const lang = resolveLang(options.lang);
  if (options.date !== undefined && !isValidDateFlag(options.date)) throw new UsageError(t('validate.bad_date', lang));
  const out = options.out ?? (what === 'config' ? options.config : undefined);
  const outFolder = options.out !== undefined && outputPath(options.out, 'x') === resolve(options.out, 'x');
  if (what === 'submission' && options.out && !outFolder && !['.yaml', '.yml', '.xlsx'].includes(extname(options.out).toLowerCase())) {
    throw new UsageError(t('init.out.extension', lang, { file: options.out }), 'edu-comms init submission --out bao-cao.xlsx');
  }
  if (options.example) {
    if (what !== 'config') throw new UsageError(t('init.example.config_only', lang), 'edu-comms init config --example');
    return await copyExample(out, lang, options.force ?? false);
  }
  if (!canPrompt()) {
    process.stderr.write(`${t('cli.error', lang)}: ${t('init.no_tty', lang)}\n\n${t(what === 'config' ? 'init.no_tty.config' : 'init.no_tty.submission', lang)}\n`);
    return EXIT.usage;
  }
  const { configWizard, submissionWizard } = await import('../../init/wizard.js');
  const context = {
    lang,
    today: today(options.date),
    created: now(options.date),
    generator: `edu-comms ${VERSION}`,
    cwd: process.cwd(),
    out: (text: string) => void process.stdout.write(text),
    ...(out ? { out_file: out } : {}),
    ...(options.config ? { config: options.config } : {}),
  };
  try {
    return what === 'config' ? await configWizard(context) : await submissionWizard(context);
  } catch (error) {
    // Ctrl+C inside a prompt: nothing was written (files are written last, atomically)
    if (isPromptCancelled(error)) {
      process.stderr.write(`\n${t('init.cancelled', lang)}\n`);
      return EXIT_CANCELLED;
    }
    throw error;
  }
}

/** `init config --example`: the bundled example config as a starting point, without questions. */
async function copyExample(file: string | undefined, lang: Lang, force: boolean): Promise<number> {
  // loaded here, not at the top: the refusal without a terminal must not wait for the contract's schemas
  const { displayPath, STARTER_CONFIG } = await import('../../config/load.js');
  const path = outputPath(file, 'edu-comms.yaml');
  if (existsSync(path) && !force) throw new UsageError(t('init.example.exists', lang, { file: displayPath(path) }), 'edu-comms init config --example --out edu-comms-moi.yaml');
  await writeOutputFile(path, readFileSync(STARTER_CONFIG), { force, inputs: [STARTER_CONFIG] });
  process.stdout.write(`${t('init.example.written', lang, { file: displayPath(path) })}\n`);
  return EXIT.ok;
}
