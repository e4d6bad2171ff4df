// Benchmark: loading a national roster (edu-comms.yaml with the units inline, or a units_file CSV), through the built
// loader in a fresh process. Prints time and peak memory for 2,500 units (a Sở: the baseline, measured in the same
// run) and for 50,000 and 100,000 units (the country), with their ratios.
// Usage: npm run build && node bench/roster.mjs [N…]
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const sizes = process.argv.length > 2 ? process.argv.slice(2).map(Number) : [2_500, 50_000, 100_000];
const header = readFileSync(join(root, 'examples/edu-comms.yaml'), 'utf8').replace(/^units:[\s\S]*$/m, '');

/** N units: one Sở per 2,500 schools, a commune/ward office per 25, as the two-tier government has them. */
function units(n) {
  const rows = [{ code: 'SGD-THAINGUYEN', name: 'Sở Giáo dục và Đào tạo', level: 'OFFICE' }];
  for (let i = 0; rows.length < n; i++) {
    const office = `UBND-X${String(Math.floor(i / 25)).padStart(5, '0')}`;
    if (i % 25 === 0) rows.push({ code: office, name: `UBND xã số ${Math.floor(i / 25)}`, level: 'OFFICE', parent: 'SGD-THAINGUYEN' });
    rows.push({ code: `TH-${String(i).padStart(6, '0')}`, name: `Trường Tiểu học số ${i}`, level: 'TH', parent: office });
  }
  return rows.slice(0, n);
}

function workspace(n, kind) {
  const dir = mkdtempSync(join(tmpdir(), `edu-comms-roster-${n}-`));
  const list = units(n);
  if (kind === 'inline') {
    const lines = list.map((u) => `  - {code: ${u.code}, name: ${u.name}, level: ${u.level}${u.parent ? `, parent: ${u.parent}` : ''}}`);
    writeFileSync(join(dir, 'edu-comms.yaml'), `${header}units:\n${lines.join('\n')}\n`);
  } else {
    writeFileSync(join(dir, 'don-vi.csv'), `code,name,level,parent\n${list.map((u) => `${u.code},${u.name},${u.level},${u.parent ?? ''}`).join('\n')}\n`);
    writeFileSync(join(dir, 'edu-comms.yaml'), `${header}units_file: don-vi.csv\n`);
  }
  return dir;
}

const loader = pathToFileURL(join(root, 'dist/config/load.js')).href;
function measure(dir) {
  const script = `const { loadConfig } = await import(${JSON.stringify(loader)});
const t = process.hrtime.bigint();
const loaded = await loadConfig({ cwd: ${JSON.stringify(dir)}, lang: 'vi' });
const ms = Number(process.hrtime.bigint() - t) / 1e6;
process.stdout.write(JSON.stringify({ ms, units: loaded.roster.units.length, rss: process.resourceUsage().maxRSS / 1024 }));`;
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8', maxBuffer: 1 << 26 });
  if (r.status !== 0) throw new Error(r.stderr);
  return JSON.parse(r.stdout);
}

for (const kind of ['inline', 'csv']) {
  let base;
  for (const n of sizes) {
    const dir = workspace(n, kind);
    try {
      const size = readFileSync(join(dir, kind === 'inline' ? 'edu-comms.yaml' : 'don-vi.csv')).byteLength;
      const m = measure(dir);
      base ??= m;
      const ratio = `${(m.ms / base.ms).toFixed(1)}× time, ${(m.rss / base.rss).toFixed(1)}× peak memory for ${(n / sizes[0]).toFixed(0)}× units`;
      console.log(`${kind} ${n} units (${(size / 1024 / 1024).toFixed(1)} MB): ${m.ms.toFixed(0)} ms, peak ${m.rss.toFixed(0)} MB${m === base ? ' (baseline)' : ` — ${ratio}`}`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
}
