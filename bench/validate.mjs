// Benchmark: `edu-comms validate` on generated YAML submissions, through the built binary (as a clerk runs it).
// Prints wall time for 100 files (the baseline, measured in the same run) and for 1,000 files, and their ratio.
// Usage: npm run build && node bench/validate.mjs [N]
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bin = join(root, 'bin', 'edu-comms.js');
const big = Number(process.argv[2] ?? 1000);
const base = Math.max(1, Math.round(big / 10));
const clean = readFileSync(join(root, 'examples/submissions/hk1-2024-2025/pgd-dinhhoa/th-binhyen.yaml'), 'utf8');

function workspace(n) {
  const dir = mkdtempSync(join(tmpdir(), `edu-comms-bench-${n}-`));
  const units = ['  - {code: SGD-BENCH, name: Sở GD&ĐT, level: OFFICE}', '  - {code: PGD-BENCH, name: Phòng GD&ĐT, level: OFFICE, parent: SGD-BENCH}'];
  mkdirSync(join(dir, 'in'));
  for (let i = 0; i < n; i++) {
    const code = `TH-${String(i).padStart(5, '0')}`;
    units.push(`  - {code: ${code}, name: Trường Tiểu học số ${i}, level: TH, parent: PGD-BENCH}`);
    writeFileSync(join(dir, 'in', `${code}.yaml`), clean.replace('code: TH-BINHYEN', `code: ${code}`).replace('parent: PGD-DINHHOA', 'parent: PGD-BENCH'));
  }
  const config = readFileSync(join(root, 'examples/edu-comms.yaml'), 'utf8').replace(/^units:[\s\S]*$/m, `units:\n${units.join('\n')}\n`);
  writeFileSync(join(dir, 'edu-comms.yaml'), config);
  return dir;
}

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

const dirs = [workspace(base), workspace(big)];
try {
  const t0 = time(dirs[0]);
  const t1 = time(dirs[1]);
  console.log(`validate ${base} files: ${t0.toFixed(0)} ms (baseline)`);
  console.log(`validate ${big} files: ${t1.toFixed(0)} ms (${(t1 / big).toFixed(2)} ms/file)`);
  console.log(`ratio ${big}/${base} files: ${(t1 / t0).toFixed(2)}× time for ${(big / base).toFixed(0)}× files`);
} finally {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
}
