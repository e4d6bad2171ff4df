/**
 * Terminal output: colour only on a TTY (NO_COLOR and FORCE_COLOR honoured — chalk alone ignores NO_COLOR), and a
 * progress bar on an interactive stderr only, never in CI logs or JSON output.
 */
import chalk, { Chalk, type ChalkInstance } from 'chalk';

export function colours(stream: NodeJS.WriteStream = process.stdout, env: NodeJS.ProcessEnv = process.env): ChalkInstance {
  if ('NO_COLOR' in env && env['NO_COLOR'] !== '') return new Chalk({ level: 0 });
  if (env['FORCE_COLOR'] !== undefined) return chalk;
  return new Chalk({ level: stream.isTTY ? chalk.level || 1 : 0 });
}

export function interactive(stream: NodeJS.WriteStream = process.stderr, env: NodeJS.ProcessEnv = process.env): boolean {
  return Boolean(stream.isTTY) && !env['CI'] && env['TERM'] !== 'dumb';
}

/** A one-line progress bar, redrawn in place; a no-op unless stderr is interactive and the job is large. */
export function progressBar(label: string, options: { minTotal?: number } = {}) {
  const enabled = interactive();
  const minTotal = options.minTotal ?? 50;
  let last = -1;
  return {
    update(done: number, total: number) {
      if (!enabled || total < minTotal) return;
      const pct = Math.floor((done / total) * 100);
      if (pct === last && done !== total) return;
      last = pct;
      const width = 30;
      const filled = Math.round((done / total) * width);
      process.stderr.write(`\r${label} [${'█'.repeat(filled)}${'░'.repeat(width - filled)}] ${done}/${total}`);
      if (done === total) process.stderr.write('\r\x1b[2K');
    },
  };
}
