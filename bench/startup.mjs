// Benchmark: start-up CPU of `edu-comms --help` and `--version` against `node -e 0`, measured in the same run.
// Each run is a fresh child process; its CPU (user + system) is read from the child's own process.resourceUsage() at
// exit, through a preloaded hook that every measured command gets alike (so the hook costs the same on both sides).
// Prints the median of RUNS runs and the ratio to the baseline. Usage: node bench/startup.mjs [RUNS=21]
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bin = join(root, 'bin', 'edu-comms.js');
const runs = Number(process.argv[2] ?? 21);
const hook =
  'data:text/javascript,' +
  encodeURIComponent(
    "process.on('exit',()=>{const u=process.resourceUsage();require('node:fs').writeSync(3,String(u.userCPUTime+u.systemCPUTime))})".replace(
      "require('node:fs')",
      "process.getBuiltinModule('node:fs')",
    ),
  );

/** CPU milliseconds of one child run. */
function cpu(args) {
  const r = spawnSync(process.execPath, ['--import', hook, ...args], { cwd: root, stdio: ['ignore', 'ignore', 'inherit', 'pipe'], encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`${args.join(' ')} exited ${r.status}`);
  return Number(r.output[3]) / 1000;
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const cases = { 'node -e 0': ['-e', '0'], '--help': [bin, '--help'], '--version': [bin, '--version'], '--lang en --help': [bin, '--lang', 'en', '--help'], 'validate --help': [bin, 'validate', '--help'] };
const samples = Object.fromEntries(Object.keys(cases).map((k) => [k, []]));
// interleaved, so that a busy moment of the machine falls on every case alike
for (let i = 0; i < runs; i++) for (const [name, args] of Object.entries(cases)) samples[name].push(cpu(args));
const base = median(samples['node -e 0']);
console.log(`start-up CPU, median of ${runs} runs (user + system, the child's resourceUsage)`);
for (const [name, xs] of Object.entries(samples)) {
  const m = median(xs);
  console.log(`${name.padEnd(20)} ${m.toFixed(1).padStart(7)} ms  ${(m / base).toFixed(2)}x node -e 0`);
}
