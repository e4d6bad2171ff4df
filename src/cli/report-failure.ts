import { ConfigError, EXIT, UsageError } from './errors.js';
import type { Lang } from '../i18n/index.js';
import { t } from '../i18n/index.js';

/** Print a failure the way a clerk can act on it and return the exit code. Never a bare stack trace. */
export function reportFailure(error: unknown, debug: boolean, lang: Lang): number {
  if (error instanceof UsageError) {
    process.stderr.write(`${t('cli.error', lang)}: ${error.message}\n`);
    if (error.fix) process.stderr.write(`${t('cli.try', lang)}: ${error.fix}\n`);
    return EXIT.usage;
  }
  if (error instanceof ConfigError) {
    process.stderr.write(`${t('cli.error', lang)}: ${error.message}\n`);
    for (const line of error.details) process.stderr.write(`  ${line}\n`);
    return EXIT.usage;
  }
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`${t('cli.internal', lang, { message })}\n`);
  if (debug && error instanceof Error && error.stack) process.stderr.write(`${error.stack}\n`);
  else process.stderr.write(`${t('cli.internal.debug', lang)}\n`);
  return EXIT.internal;
}
