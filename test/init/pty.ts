/**
 * Running the built binary in a pseudo-terminal, the way a clerk runs it: util-linux `script` gives the command a
 * terminal, and the test types into it once the screen shows each question.
 */
import { spawn } from 'node:child_process';
import { stripVTControlCharacters } from 'node:util';
import { BIN } from '../helpers/cli.js';

export interface PtySession {
  /** Wait until the output (since the last answer) matches, then type `keys`. */
  answer(pattern: RegExp, keys: string): Promise<void>;
  /** Everything printed so far, without terminal escapes. */
  output(): string;
  exit: Promise<number>;
}

const quote = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;

export function ptyRun(args: readonly string[], options: { cwd: string; env?: NodeJS.ProcessEnv }): PtySession {
  const command = [process.execPath, BIN, ...args].map(quote).join(' ');
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1', COLUMNS: '160', LINES: '50', ...options.env };
  delete env['CI'];
  delete env['FORCE_COLOR'];
  for (const [k, v] of Object.entries(options.env ?? {})) if (v !== undefined) env[k] = v;
  const child = spawn('script', ['-qfec', command, '/dev/null'], { cwd: options.cwd, env, stdio: ['pipe', 'pipe', 'pipe'] });
  let all = '';
  let fresh = '';
  const waiters: Array<() => void> = [];
  const onData = (chunk: Buffer) => {
    const text = chunk.toString('utf8');
    all += text;
    fresh += text;
    for (const w of waiters.splice(0)) w();
  };
  child.stdout.on('data', onData);
  child.stderr.on('data', onData);
  const exit = new Promise<number>((resolve) => child.on('close', (code) => resolve(code ?? -1)));
  let closed = false;
  void exit.then(() => {
    closed = true;
    for (const w of waiters.splice(0)) w();
  });
  return {
    async answer(pattern, keys) {
      const deadline = Date.now() + 15_000;
      while (!pattern.test(stripVTControlCharacters(fresh))) {
        if (closed || Date.now() > deadline) {
          child.kill();
          throw new Error(`never asked ${pattern}; output:\n${stripVTControlCharacters(all).slice(-2000)}`);
        }
        await new Promise<void>((resolve) => {
          waiters.push(resolve);
          setTimeout(resolve, 200);
        });
      }
      fresh = '';
      child.stdin.write(keys);
    },
    output: () => stripVTControlCharacters(all),
    exit: exit.then((code) => {
      child.stdin.end();
      return code;
    }),
  };
}
