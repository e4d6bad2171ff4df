/**
 * A bound on the garbage of a long run. V8 lets the heap grow to about four times what is live before it collects the
 * old generation, and a run over a country's 50,000 files promotes a lot of short-lived garbage (read buffers, parsed
 * YAML, zod copies): left alone, its peak is mostly garbage and grows with N. This asks for a full collection whenever
 * the heap has grown by `budget` bytes since the last one, so the peak stays near what is live plus the budget.
 *
 * It sets no heap limit: a run that really needs more memory gets it, so it can never end in "heap out of memory".
 */
import { getHeapStatistics, setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

export interface GarbageBound {
  /** Called once per file (or step) of a long run; cheap: it looks at the heap every few calls only. */
  tick(): void;
  /** Between the steps of a run (validation done, summary made): looks at the heap now. */
  step(): void;
  /** Full collections asked for so far. */
  readonly collections: number;
}

/** 64 MB: at the garbage a file makes, one full collection every few hundred files, a few % of the CPU (bench/scale.mjs). */
export const DEFAULT_BUDGET = 64 * 2 ** 20;
const LOOK_EVERY = 16;

export function garbageBound(budget = DEFAULT_BUDGET): GarbageBound {
  let gc: (() => void) | undefined;
  let floor = heapUsed();
  let calls = 0;
  let collections = 0;
  const look = () => {
    if (heapUsed() < floor + budget) return;
    gc ??= fullCollection();
    gc();
    collections++;
    // what is still used after a full collection is live: the next one comes after another budget of growth
    floor = heapUsed();
  };
  return {
    tick() {
      if (++calls % LOOK_EVERY === 0) look();
    },
    step: look,
    get collections() {
      return collections;
    },
  };
}

function heapUsed(): number {
  return getHeapStatistics().used_heap_size;
}

/** V8's own `gc()`, without `--expose-gc` on the command line (the flag only adds that function). */
function fullCollection(): () => void {
  setFlagsFromString('--expose-gc');
  return runInNewContext('gc') as () => void;
}
