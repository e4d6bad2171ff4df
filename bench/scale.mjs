// Benchmark, scale mode: N generated YAML submissions (a province or the country: clean copies of one realistic
// submission, 100 schools per office), run through the built binary as a clerk runs it. Every figure is measured from
// outside the process by /usr/bin/time (wall, user + system CPU, peak RSS), and every ratio is against a baseline
// measured in the same run:
//   node -e 0                     start-up floor for --help and --version
//   read + yaml.parse             the parse floor: reading every file and parsing it, one core, nothing else
//   validate --format json        against the parse floor, and against itself in one thread (EDU_COMMS_THREADS=1)
//   aggregate                     against validate of the same files; its peak against aggregate of 1,000 files
//   validate, aggregate peak      against the same command on 1,000 files (N/10 when N ≤ 1,000)
// Generated files live in a temporary folder that is removed afterwards.
// Usage: npm run build && node bench/scale.mjs [N=1000]   (N = 1000, 10000, 50000; 200 for a quick run)
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bin = join(root, 'bin', 'edu-comms.js');
const n = Number(process.argv[2] ?? 1000);
const loadAtStart = loadavg();
// the memory baseline: 1,000 files (the goal: at most 1.3× its peak at any N), or N/10 for a quick run below that
const base = n > 1000 ? 1000 : Math.max(1, Math.round(n / 10));
const SCHOOLS_PER_OFFICE = 100;
const clean = readFileSync(join(root, 'examples/submissions/hk1-2024-2025/pgd-dinhhoa/th-binhyen.yaml'), 'utf8');
const TIME = '/usr/bin/time';
if (!existsSync(TIME)) {
  console.error('bench/scale.mjs needs /usr/bin/time (Debian: apt-get install time) to measure from outside the process');
  process.exit(2);
}

/** n schools in offices of 100; about 3 % send nothing and 10 % are late, deterministically. */
function workspace(count) {
  const dir = mkdtempSync(join(tmpdir(), `edu-comms-bench-scale-${count}-`));
  const units = ['  - {code: SGD-BENCH, name: Sở GD&ĐT, level: OFFICE}'];
  const offices = Math.ceil(count / SCHOOLS_PER_OFFICE);
  for (let d = 0; d < offices; d++) {
    units.push(`  - {code: PGD-${d}, name: Phòng GD&ĐT số ${d}, level: OFFICE, parent: SGD-BENCH}`);
    mkdirSync(join(dir, 'in', `pgd-${d}`), { recursive: true });
  }
  for (let i = 0; i < count; i++) {
    const code = `TH-${String(i).padStart(5, '0')}`;
    const office = Math.floor(i / SCHOOLS_PER_OFFICE);
    units.push(`  - {code: ${code}, name: Trường Tiểu học số ${i}, level: TH, parent: PGD-${office}}`);
    if (i % 33 === 7) continue;
    const text = clean
      .replace('code: TH-BINHYEN', `code: ${code}`)
      .replace('parent: PGD-DINHHOA', `parent: PGD-${office}`)
      .replace(/^reported_at: .*$/m, `reported_at: ${i % 10 === 3 ? '2024-12-20' : '2024-12-10'}`)
      .replace(/portal_posts: \d+/, `portal_posts: ${i % 50}`);
    writeFileSync(join(dir, 'in', `pgd-${office}`, `${code}.yaml`), text);
  }
  const config = readFileSync(join(root, 'examples/edu-comms.yaml'), 'utf8').replace(/^units:[\s\S]*$/m, `units:\n${units.join('\n')}\n`);
  writeFileSync(join(dir, 'edu-comms.yaml'), config);
  // the parse floor: what any tool must do at least (read each file, parse it), on one core
  writeFileSync(
    join(dir, 'floor.mjs'),
    `import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from ${JSON.stringify(pathToFileURL(join(root, 'node_modules/yaml/dist/index.js')).href)};
let keys = 0;
for (const office of readdirSync('in').sort()) for (const f of readdirSync(join('in', office)).sort()) keys += Object.keys(parse(readFileSync(join('in', office, f), 'utf8'))).length;
if (keys === 0) process.exit(1);
`,
  );
  return dir;
}

/** One run under /usr/bin/time: wall and CPU seconds, peak RSS in MiB. stdout goes to a file, as a clerk redirects it. */
function measure(dir, args, { ok = [0, 1], env = {} } = {}) {
  const r = spawnSync(TIME, ['-f', 'TIME %e %U %S %M', '-o', join(dir, 'time.txt'), process.execPath, ...args], {
    cwd: dir,
    stdio: ['ignore', 'ignore', 'pipe'],
    encoding: 'utf8',
    env: { ...process.env, SOURCE_DATE_EPOCH: '1736064000', CI: 'true', ...env },
  });
  const m = /TIME ([\d.]+) ([\d.]+) ([\d.]+) (\d+)/.exec(readFileSync(join(dir, 'time.txt'), 'utf8'));
  if (!m || !ok.includes(r.status)) throw new Error(`${args.join(' ')} exited ${r.status}: ${r.stderr}`);
  return { wall: Number(m[1]), cpu: Number(m[2]) + Number(m[3]), rss: Number(m[4]) / 1024 };
}

const HK1 = ['--term', 'HK1', '--year', '2024-2025'];
// what the tool picks when EDU_COMMS_THREADS is not set (src/validate/pool.ts): one worker per core, at most 4, from
// 200 files; the bench says it rather than setting it, so that it measures what a clerk gets
const threads = (count) => (process.env.EDU_COMMS_THREADS ? Number(process.env.EDU_COMMS_THREADS) : count < 200 ? 1 : Math.min(availableParallelism(), 4));
const aggregateArgs = [bin, 'aggregate', ...HK1, '--unit', 'SGD-BENCH', '--in', 'in', '--out', 'out/province'];
const rows = [];
const row = (work, m, baseline, ratio) =>
  rows.push(`| ${work} | ${m.wall.toFixed(2)} s | ${m.cpu.toFixed(2)} s | ${m.rss.toFixed(0)} MB | ${baseline} | ${ratio} |`);

const small = workspace(base);
const large = workspace(n);
try {
  const node0 = measure(large, ['-e', '0']);
  const help = measure(large, [bin, '--help']);
  const version = measure(large, [bin, '--version']);
  row('`node -e 0`', node0, '—', '—');
  row('`edu-comms --help`', help, '`node -e 0` CPU', `${(help.cpu / node0.cpu).toFixed(2)}×`);
  row('`edu-comms --version`', version, '`node -e 0` CPU', `${(version.cpu / node0.cpu).toFixed(2)}×`);

  const floor = measure(large, ['floor.mjs'], { ok: [0] });
  row(`read + \`yaml.parse\`, ${n} files`, floor, '—', '—');
  const validate = measure(large, [bin, 'validate', 'in', ...HK1, '--format', 'json']);
  row(`validate --format json, ${n} files, ${threads(n)} thread(s)`, validate, 'parse floor wall / CPU', `${(validate.wall / floor.wall).toFixed(2)}× / ${(validate.cpu / floor.cpu).toFixed(2)}×`);
  const validateOne = measure(large, [bin, 'validate', 'in', ...HK1, '--format', 'json'], { env: { EDU_COMMS_THREADS: '1' } });
  row(`validate --format json, ${n} files, 1 thread`, validateOne, 'parse floor wall / CPU; threads against 1', `${(validateOne.wall / floor.wall).toFixed(2)}× / ${(validateOne.cpu / floor.cpu).toFixed(2)}×; ${(validate.wall / validateOne.wall).toFixed(2)}× wall, ${(validate.cpu / validateOne.cpu).toFixed(2)}× CPU`);
  const validateSmall = measure(small, [bin, 'validate', 'in', ...HK1, '--format', 'json']);
  row(`validate --format json, ${base} files`, validateSmall, `peak at ${n}`, `${(validate.rss / validateSmall.rss).toFixed(2)}× memory`);
  const agg = measure(large, aggregateArgs);
  row(`aggregate, ${n} files, ${threads(n)} thread(s)`, agg, 'validate wall / CPU', `${(agg.wall / validate.wall).toFixed(2)}× / ${(agg.cpu / validate.cpu).toFixed(2)}×`);
  const aggSmall = measure(small, aggregateArgs);
  row(`aggregate, ${base} files`, aggSmall, `peak at ${n}`, `${(agg.rss / aggSmall.rss).toFixed(2)}× memory`);

  console.log(`machine: ${cpus().length} × ${cpus()[0]?.model ?? '?'}, ${(totalmem() / 2 ** 30).toFixed(0)} GB, Node ${process.version}, load average ${loadAtStart.map((l) => l.toFixed(1)).join(' ')} at the start, ${loadavg().map((l) => l.toFixed(1)).join(' ')} at the end`);
  console.log(`worker threads: ${threads(n)} at ${n} files, ${threads(base)} at ${base} (availableParallelism ${availableParallelism()})`);
  console.log('');
  console.log('| work | wall | CPU | peak RSS | baseline | ratio |');
  console.log('|---|---|---|---|---|---|');
  for (const line of rows) console.log(line);
} finally {
  rmSync(small, { recursive: true, force: true });
  rmSync(large, { recursive: true, force: true });
}
