// Benchmark: `edu-comms aggregate` on generated YAML submissions of a province (districts → schools), through the
// built CLI as a clerk runs it. Measures wall time and peak memory (maxRSS of the child process) for N/10 files (the
// baseline, measured in the same run) and for N files, prints their ratios, then the province rolled up from the
// districts' summaries. Generated files live in a temporary folder that is removed afterwards.
// Usage: npm run build && node bench/aggregate.mjs [N=10000]
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const main = pathToFileURL(join(root, 'dist', 'cli', 'main.js')).href;
const big = Number(process.argv[2] ?? 10000);
const base = Math.max(1, Math.round(big / 10));
const SCHOOLS_PER_DISTRICT = 100;
const clean = readFileSync(join(root, 'examples/submissions/hk1-2024-2025/pgd-dinhhoa/th-binhyen.yaml'), 'utf8');

/** A province of n schools in districts of 100; about 3 % send nothing and 10 % are late, deterministically. */
function workspace(n) {
  const dir = mkdtempSync(join(tmpdir(), `edu-comms-bench-aggregate-${n}-`));
  const units = ['  - {code: SGD-BENCH, name: Sở GD&ĐT, level: OFFICE}'];
  const districts = Math.ceil(n / SCHOOLS_PER_DISTRICT);
  for (let d = 0; d < districts; d++) {
    units.push(`  - {code: PGD-${d}, name: Phòng GD&ĐT số ${d}, level: OFFICE, parent: SGD-BENCH}`);
    mkdirSync(join(dir, 'in', `pgd-${d}`), { recursive: true });
  }
  for (let i = 0; i < n; i++) {
    const code = `TH-${String(i).padStart(5, '0')}`;
    const district = Math.floor(i / SCHOOLS_PER_DISTRICT);
    units.push(`  - {code: ${code}, name: Trường Tiểu học số ${i}, level: TH, parent: PGD-${district}}`);
    if (i % 33 === 7) continue;
    const text = clean
      .replace('code: TH-BINHYEN', `code: ${code}`)
      .replace('parent: PGD-DINHHOA', `parent: PGD-${district}`)
      .replace(/^reported_at: .*$/m, `reported_at: ${i % 10 === 3 ? '2024-12-20' : '2024-12-10'}`)
      .replace(/portal_posts: \d+/, `portal_posts: ${i % 50}`);
    writeFileSync(join(dir, 'in', `pgd-${district}`, `${code}.yaml`), text);
  }
  const config = readFileSync(join(root, 'examples/edu-comms.yaml'), 'utf8').replace(/^units:[\s\S]*$/m, `units:\n${units.join('\n')}\n`);
  writeFileSync(join(dir, 'edu-comms.yaml'), config);
  return { dir, districts };
}

/** Run the CLI in a child process; wall time and the child's peak resident memory. */
function measure(dir, args) {
  const script = `const { main } = await import(${JSON.stringify(main)}); await main(['node', 'edu-comms', ...${JSON.stringify(args)}]);` +
    `process.stderr.write('\\nMAXRSS ' + process.resourceUsage().maxRSS + '\\n');`;
  const start = process.hrtime.bigint();
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: dir, encoding: 'utf8', maxBuffer: 1 << 30, env: { ...process.env, SOURCE_DATE_EPOCH: '1736064000' } });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  const rss = Number(/MAXRSS (\d+)/.exec(r.stderr)?.[1] ?? NaN) / 1024; // KiB → MiB
  if (r.status !== 0 || Number.isNaN(rss)) throw new Error(`aggregate exited ${r.status}: ${r.stderr}`);
  return { ms, rss };
}

const HK1 = ['aggregate', '--term', 'HK1', '--year', '2024-2025', '--unit', 'SGD-BENCH', '--in', 'in'];
const small = workspace(base);
const large = workspace(big);
try {
  const b = measure(small.dir, [...HK1, '--out', 'out/province']);
  const l = measure(large.dir, [...HK1, '--out', 'out/province']);
  console.log(`aggregate ${base} submissions: ${b.ms.toFixed(0)} ms, peak ${b.rss.toFixed(0)} MiB (baseline)`);
  console.log(`aggregate ${big} submissions: ${l.ms.toFixed(0)} ms, peak ${l.rss.toFixed(0)} MiB (${(l.ms / big).toFixed(2)} ms/submission)`);
  console.log(`ratio ${big}/${base}: ${(l.ms / b.ms).toFixed(2)}× time, ${(l.rss / b.rss).toFixed(2)}× memory for ${(big / base).toFixed(0)}× submissions`);

  // the same province from its districts' summaries: one run per district, then the roll-up
  const summaries = [];
  let districtMs = 0;
  for (let d = 0; d < large.districts; d++) {
    const out = `out/pgd-${d}`;
    districtMs += measure(large.dir, ['aggregate', '--term', 'HK1', '--year', '2024-2025', '--unit', `PGD-${d}`, '--in', `in/pgd-${d}`, '--out', out]).ms;
    summaries.push(`${out}/summary.json`);
  }
  const up = measure(large.dir, ['aggregate', '--term', 'HK1', '--year', '2024-2025', '--unit', 'SGD-BENCH', '--in', ...summaries, '--out', 'out/rolled']);
  const same = readFileSync(join(large.dir, 'out/rolled/summary.json'), 'utf8').replace(/"inputs": \[[\s\S]*?\n {2}\],/, '') ===
    readFileSync(join(large.dir, 'out/province/summary.json'), 'utf8').replace(/"inputs": \[[\s\S]*?\n {2}\],/, '');
  console.log(`${large.districts} district runs: ${districtMs.toFixed(0)} ms in all; province from their summaries: ${up.ms.toFixed(0)} ms, peak ${up.rss.toFixed(0)} MiB; same figures as from the submissions: ${same}`);
  if (!same) process.exitCode = 1;
} finally {
  rmSync(small.dir, { recursive: true, force: true });
  rmSync(large.dir, { recursive: true, force: true });
}
