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

export interface ProgressOptions {
  /** Below this many files no bar is drawn (a small run is over before it could be read). */
  minTotal?: number;
  /** Milliseconds between two redraws at most (a few a second: the bar costs nothing measurable). */
  interval?: number;
  /** "so many files per second" in the chosen language. */
  rate?: (rate: number) => string;
  stream?: NodeJS.WriteStream;
  env?: NodeJS.ProcessEnv;
  now?: () => number;
}

/**
 * A one-line progress bar with the count and the rate, redrawn in place at most every `interval` ms (and once at the
 * end, where it is wiped); a no-op unless stderr is interactive (a TTY, not CI, not TERM=dumb) and the job is large.
 */
export function progressBar(label: string, options: ProgressOptions = {}) {
  const stream = options.stream ?? process.stderr;
  const enabled = interactive(stream, options.env ?? process.env);
  const minTotal = options.minTotal ?? 50;
  const interval = options.interval ?? 250;
  const now = options.now ?? (() => performance.now());
  const rateText = options.rate ?? ((rate: number) => `${rate}/s`);
  let start = -1;
  let lastDraw = -Infinity;
  let drawn = false;
  return {
    update(done: number, total: number) {
      if (!enabled || total < minTotal) return;
      const time = now();
      if (start < 0) start = time;
      if (done >= total) {
        if (drawn) stream.write('\r\x1b[2K');
        drawn = false;
        return;
      }
      if (time - lastDraw < interval) return;
      lastDraw = time;
      drawn = true;
      const width = 30;
      const filled = Math.round((done / total) * width);
      const seconds = (time - start) / 1000;
      const rate = seconds > 0 ? Math.round(done / seconds) : 0;
      stream.write(`\r${label} [${'█'.repeat(filled)}${'░'.repeat(width - filled)}] ${done}/${total} · ${rateText(rate)}`);
    },
  };
}
