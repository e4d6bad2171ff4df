import { failureExit } from '../app/exit-codes.js';
import { ConfigError, OutputError, UsageError } from '../util/errors.js';
import type { Lang } from '../i18n/index.js';
import { t } from '../i18n/index.js';
import { relative } from 'node:path';

/** A path as the clerk typed it: relative to the current folder when inside it. */
function shown(path: string): string {
  const rel = relative(process.cwd(), path);
  return (rel === '' ? '.' : rel.startsWith('..') || /^[a-zA-Z]:/.test(rel) || rel.startsWith('/') ? path : rel).split('\\').join('/');
}

/** An output that could not be written: what happened, then what to do (exit 2: the place, not the program). */
function outputMessage(error: OutputError, lang: Lang): { message: string; fix: string } {
  const holder = error.detail.holder;
  const who = holder
    ? t('output.locked.who', lang, { command: holder.command, pid: holder.pid, host: holder.host, started: holder.started })
    : t('output.locked.unknown', lang);
  const data = { path: shown(error.path), code: error.detail.code ?? '', who, lock: error.detail.lock ? shown(error.detail.lock) : '', option: error.detail.option ?? '--out' };
  return { message: t(`output.${error.reason}`, lang, data), fix: t(`output.${error.reason}.fix`, lang, data) };
}

/** Print a failure the way a clerk can act on it and return its exit code (`failureExit`). Never a bare stack trace. */
export function reportFailure(error: unknown, debug: boolean, lang: Lang): number {
  printFailure(error, debug, lang);
  return failureExit(error);
}

function printFailure(error: unknown, debug: boolean, lang: Lang): void {
  if (error instanceof UsageError) {
    process.stderr.write(`${t('cli.error', lang)}: ${error.message}\n`);
    if (error.fix) process.stderr.write(`${t('cli.try', lang)}: ${error.fix}\n`);
    return;
  }
  if (error instanceof ConfigError) {
    process.stderr.write(`${t('cli.error', lang)}: ${error.message}\n`);
    for (const line of error.details) process.stderr.write(`  ${line}\n`);
    return;
  }
  if (error instanceof OutputError) {
    const { message, fix } = outputMessage(error, lang);
    process.stderr.write(`${t('cli.error', lang)}: ${message}\n${t('cli.try', lang)}: ${fix}\n`);
    return;
  }
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`${t('cli.internal', lang, { message })}\n`);
  if (debug && error instanceof Error && error.stack) process.stderr.write(`${error.stack}\n`);
  else process.stderr.write(`${t('cli.internal.debug', lang)}\n`);
}
