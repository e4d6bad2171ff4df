// Benchmark: `validate --cache` and `aggregate --cache` re-run over N unchanged files (default 2,500, a province),
// against the same command without a cache (the baseline, measured in the same run), through the built binary.
// Prints CPU and wall time of each run (fresh processes, /usr/bin/time) and the ratios; fails if an output differs.
// Usage: npm run build && node bench/cache.mjs [N=2500]
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { officeWorkspace } from './workspace.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bin = join(root, 'bin', 'edu-comms.js');
const n = Number(process.argv[2] ?? 2500);

const dir = officeWorkspace(n, 'cache');

/** One fresh process under /usr/bin/time: CPU (user + system) and wall ms, and its stdout. */
function run(args) {
  const start = process.hrtime.bigint();
  const result = spawnSync('/usr/bin/time', ['-f', '%U %S', process.execPath, bin, ...args], { cwd: dir, encoding: 'utf8', maxBuffer: 1 << 30 });
  const wall = Number(process.hrtime.bigint() - start) / 1e6;
  const [user, sys] = result.stderr.trim().split('\n').pop().split(' ').map(Number);
  if (!Number.isFinite(sys)) throw new Error(result.stderr);
  if (result.status !== 0 && result.status !== 1) throw new Error(`${args.join(' ')} exited ${result.status}: ${result.stderr.slice(0, 400)}`);
  return { cpu: (user + sys) * 1000, wall, stdout: result.stdout };
}

const commands = {
  validate: (extra) => ['validate', 'in', '--format', 'json', ...extra],
  aggregate: (extra) => ['aggregate', '--unit', 'PGD-BENCH', '--in', 'in', '--term', 'HK1', '--year', '2024-2025', '--format', 'json', '--out', 'out/summary', '--force', '--date', '2025-01-05', ...extra],
};
try {
  for (const [name, args] of Object.entries(commands)) {
    const cache = join(dir, `cache-${name}`);
    const plain = run(args([]));
    const cold = run(args(['--cache', cache]));
    const warm = [run(args(['--cache', cache])), run(args(['--cache', cache]))].sort((a, b) => a.cpu - b.cpu)[0];
    for (const [label, r] of [['cold', cold], ['warm', warm]]) if (r.stdout !== plain.stdout) throw new Error(`${name} --cache (${label}) printed another output than without a cache`);
    console.log(`${name} ${n} files, no cache: ${plain.cpu.toFixed(0)} ms CPU, ${plain.wall.toFixed(0)} ms wall (baseline)`);
    console.log(`${name} ${n} files, cold cache: ${cold.cpu.toFixed(0)} ms CPU (${(cold.cpu / plain.cpu).toFixed(2)}× baseline)`);
    console.log(`${name} ${n} files, warm cache (re-run, nothing changed): ${warm.cpu.toFixed(0)} ms CPU, ${warm.wall.toFixed(0)} ms wall (${(warm.cpu / plain.cpu).toFixed(2)}× baseline CPU), same output`);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
