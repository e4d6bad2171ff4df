/**
 * A worker thread of the pool (pool.ts): reads each file it is handed and checks it on its own (schema, per-file
 * rules), and sends back the CheckedFiles. Loads only what that needs; exceljs and the CSV parser only when such a file
 * comes.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { buildRoster } from '../contract/roster.js';
import { createFileChecker } from './engine.js';
import { readInput, type InputFile } from './sources.js';
import type { FromWorker, ToWorker, WorkerSetup } from './pool.js';

const setup = workerData as WorkerSetup;
const port = parentPort!;
const timing = setup.timing ? new Map<string, number>() : undefined;
const checker = createFileChecker(
  {
    config: setup.config,
    roster: buildRoster(setup.roster.units, setup.roster.schoolYear, setup.roster.versions),
    target: setup.target,
    lang: setup.lang,
    ...(setup.acceptedPeriods ? { acceptedPeriods: setup.acceptedPeriods } : {}),
    ...(timing ? { timing } : {}),
  },
  undefined,
  { keepSubmissions: setup.keepSubmissions },
  // every result is cloned on its way to the main thread: nothing to copy out of the parsed documents here
  null,
);
const readOptions = { lang: setup.lang, ...(setup.columns ? { columns: setup.columns } : {}) };

port.on('message', (message: ToWorker) => {
  if ('finish' in message) {
    port.postMessage({ timing: [...(timing ?? [])] } satisfies FromWorker);
    return;
  }
  void check(message.index, message.input);
});

async function check(index: number, input: InputFile): Promise<void> {
  try {
    const docs = await readInput(input, readOptions);
    port.postMessage({ index, checked: docs.map((doc) => checker.check(doc)) } satisfies FromWorker);
  } catch (error) {
    // a bug, not a bad file (bad files are findings): the main thread ends the run with it, as it would its own
    const e = error instanceof Error ? error : new Error(String(error));
    port.postMessage({ index, error: { name: e.name, message: e.message, ...(e.stack ? { stack: e.stack } : {}) } } satisfies FromWorker);
  }
}
