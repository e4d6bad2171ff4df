/**
 * Running the built binary the way a user does. End-to-end tests go through `bin/edu-comms.js` (and so through
 * `dist/`, built by `npm test` before vitest starts).
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const BIN = join(ROOT, 'bin', 'edu-comms.js');
export const EXAMPLES = join(ROOT, 'examples');

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

export function runCli(args: readonly string[], options: { cwd?: string; env?: NodeJS.ProcessEnv; input?: string } = {}): CliResult {
  if (!existsSync(join(ROOT, 'dist', 'cli', 'main.js'))) {
    throw new Error('dist/ is missing: run `npm run build` (npm test does it) before the end-to-end tests');
  }
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1', ...options.env };
  delete env['FORCE_COLOR'];
  for (const [k, v] of Object.entries(options.env ?? {})) if (v === undefined) delete env[k];
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd: options.cwd ?? ROOT,
    env,
    encoding: 'utf8',
    input: options.input ?? '',
    timeout: 120_000,
    maxBuffer: 64 * 1024 * 1024,
  });
  return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}

/** Run and parse stdout as JSON (for `--format json`). */
export function runJson<T = any>(args: readonly string[], options: Parameters<typeof runCli>[1] = {}): CliResult & { json: T } {
  const result = runCli(args, options);
  let json: T;
  try {
    json = JSON.parse(result.stdout) as T;
  } catch {
    throw new Error(`stdout is not JSON (exit ${result.code}):\n${result.stdout}\n--- stderr ---\n${result.stderr}`);
  }
  return { ...result, json };
}
