/**
 * Both cores: the per-file half of a run (read, parse, schema, per-file rules) in a few worker threads, the results
 * handed on strictly in input order, so that the set rules and the report see exactly what one thread would give them.
 *
 * A worker is handed one file at a time, a few ahead; results that arrive early wait in a bounded window for the ones
 * before them. A worker that fails (an exception, running out of memory, stopping) fails the whole run with its error:
 * never a hang, never a partial report.
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Config, RosterUnit } from '../contract/config.js';
import type { PeriodRef } from '../contract/period.js';
import type { Lang } from '../i18n/index.js';
import type { CheckedFile, ValidatorOptions } from './engine.js';
import type { InputFile } from './sources.js';

/** What a worker is started with: plain data, as `workerData` is cloned (the roster as its units, rebuilt there). */
export interface WorkerSetup {
  config: Config;
  roster: { units: readonly RosterUnit[]; schoolYear: string | null; versions: readonly RosterUnit[] };
  target: PeriodRef | null;
  lang: Lang;
  acceptedPeriods?: readonly PeriodRef[];
  keepSubmissions: ValidatorOptions['keepSubmissions'];
  columns?: Readonly<Record<string, string>>;
  timing: boolean;
}

export type ToWorker = { index: number; input: InputFile } | { finish: true };
export type FromWorker =
  | { index: number; checked: CheckedFile[] }
  | { index: number; error: { name: string; message: string; stack?: string } }
  | { timing: [string, number][] };

/** Below this many files starting workers (each loads the program and warms it up again) costs more than it saves. */
export const MIN_FILES_FOR_THREADS = 200;
const MAX_THREADS = 4;
/** Files handed to one worker ahead of its results: enough to keep it busy while the main thread takes a result. */
const AHEAD = 4;
/** Results that may wait for an earlier, slower file (a big workbook): bounds what is held. */
const WINDOW = 64;

const SCRIPT = new URL('./worker.js', import.meta.url);

/**
 * How many threads check files: `EDU_COMMS_THREADS` when set (1 = all in this thread, the reference), else one per
 * core up to four, and this thread alone for a few files or when the compiled worker is not there (running from the
 * TypeScript sources, as the unit tests do).
 */
export function threadCount(files: number, setting: string | undefined): number {
  if (!existsSync(fileURLToPath(SCRIPT))) return 1;
  const forced = Number(setting);
  if (setting !== undefined && Number.isInteger(forced) && forced >= 1) return Math.min(forced, 16);
  if (files < MIN_FILES_FOR_THREADS) return 1;
  return Math.max(1, Math.min(availableParallelism(), MAX_THREADS));
}

/**
 * Check `inputs` in `threads` workers; `consume` gets each input's results in input order, `onProgress` counts them.
 * Resolves with the workers' rule timings (when asked for) once every worker has stopped.
 */
export async function checkInWorkers(
  inputs: readonly InputFile[],
  setup: WorkerSetup,
  threads: number,
  /** Called in input order; `index` is the input the file came from (one input may give several). */
  consume: (checked: CheckedFile, index: number) => void,
  onProgress?: (done: number, total: number) => void,
): Promise<Map<string, number> | undefined> {
  const workers = Array.from({ length: Math.min(threads, Math.max(1, inputs.length)) }, () => new Worker(SCRIPT, { workerData: setup }));
  const stopAll = () => Promise.allSettled(workers.map((w) => w.terminate()));
  try {
    return await new Promise<Map<string, number> | undefined>((resolve, reject) => {
      const waiting = new Map<number, CheckedFile[]>();
      const ahead = new Map<Worker, number>(workers.map((w) => [w, 0]));
      let next = 0;
      let done = 0;
      let settled = false;
      let timings = 0;
      const timing = setup.timing ? new Map<string, number>() : undefined;
      const fail = (error: unknown) => {
        if (settled) return;
        settled = true;
        reject(error instanceof Error ? error : new Error(String(error)));
      };
      const feed = () => {
        for (const w of workers) {
          while (ahead.get(w)! < AHEAD && next < inputs.length && next - done < WINDOW) {
            w.postMessage({ index: next, input: inputs[next]! } satisfies ToWorker);
            ahead.set(w, ahead.get(w)! + 1);
            next++;
          }
        }
      };
      const finished = () => {
        if (!timing) {
          settled = true;
          resolve(undefined);
          return;
        }
        for (const w of workers) w.postMessage({ finish: true } satisfies ToWorker);
      };
      for (const w of workers) {
        w.on('message', (message: FromWorker) => {
          if (settled) return;
          if ('timing' in message) {
            for (const [id, ms] of message.timing) timing!.set(id, (timing!.get(id) ?? 0) + ms);
            if (++timings === workers.length) {
              settled = true;
              resolve(timing);
            }
            return;
          }
          ahead.set(w, ahead.get(w)! - 1);
          if ('error' in message) {
            const error = new Error(message.error.message);
            error.name = message.error.name;
            if (message.error.stack) error.stack = message.error.stack;
            fail(error);
            return;
          }
          waiting.set(message.index, message.checked);
          try {
            for (let ready = waiting.get(done); ready; ready = waiting.get(done)) {
              waiting.delete(done);
              for (const checked of ready) consume(checked, done);
              done++;
              onProgress?.(done, inputs.length);
            }
          } catch (error) {
            fail(error);
            return;
          }
          if (done === inputs.length) finished();
          else feed();
        });
        w.on('error', fail);
        w.on('messageerror', fail);
        w.on('exit', (code) => fail(new Error(`a worker thread stopped (exit code ${code}) before the files were checked`)));
      }
      if (inputs.length === 0) finished();
      else feed();
    });
  } finally {
    await stopAll();
  }
}
