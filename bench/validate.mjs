// Benchmark: `edu-comms validate` on generated YAML submissions, through the built binary (as a clerk runs it).
// Prints wall time for 100 files (the baseline, measured in the same run) and for 1,000 files, and their ratio.
// Usage: npm run build && node bench/validate.mjs [N]
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { officeWorkspace } from './workspace.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bin = join(root, 'bin', 'edu-comms.js');
const big = Number(process.argv[2] ?? 1000);
const base = Math.max(1, Math.round(big / 10));


function time(dir, runs = 3) {
  const samples = [];
  for (let r = 0; r < runs; r++) {
    const start = process.hrtime.bigint();
    const result = spawnSync(process.execPath, [bin, 'validate', 'in', '--format', 'json'], { cwd: dir, encoding: 'utf8', maxBuffer: 1 << 30 });
    samples.push(Number(process.hrtime.bigint() - start) / 1e6);
    if (result.status !== 0) throw new Error(`validate exited ${result.status}: ${result.stderr}`);
  }
  return Math.min(...samples);
}

const dirs = [officeWorkspace(base, 'validate'), officeWorkspace(big, 'validate')];
try {
  const t0 = time(dirs[0]);
  const t1 = time(dirs[1]);
  console.log(`validate ${base} files: ${t0.toFixed(0)} ms (baseline)`);
  console.log(`validate ${big} files: ${t1.toFixed(0)} ms (${(t1 / big).toFixed(2)} ms/file)`);
  console.log(`ratio ${big}/${base} files: ${(t1 / t0).toFixed(2)}× time for ${(big / base).toFixed(0)}× files`);
} finally {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
}
