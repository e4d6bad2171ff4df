// Benchmark: `edu-comms render` of a province's report from a summary of N units (default 2,500: 25 district offices
// of 100 schools), through the built binary, as a clerk runs it. The baseline, N/10 units, is measured in the same run.
// The summary is made from test/fixtures/summary-hk1.json by repeating its units, texts, incidents and models.
// Usage: npm run build && node bench/render.mjs [N]
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bin = join(root, 'bin', 'edu-comms.js');
const big = Number(process.argv[2] ?? 2500);
const base = Math.max(10, Math.round(big / 10));
const fixture = JSON.parse(readFileSync(join(root, 'test/fixtures/summary-hk1.json'), 'utf8'));

/** A summary of n schools in districts of 100, one in 20 missing, one in 25 late, one in 50 rejected. */
function summaryOf(n) {
  const s = structuredClone(fixture);
  const template = fixture.units.find((u) => u.status === 'accepted');
  const districts = Math.ceil(n / 100);
  s.by_child = Array.from({ length: districts }, (_, d) => ({ ...fixture.by_child[0], code: `PGD-${d}`, name: `Phòng Giáo dục và Đào tạo huyện số ${d + 1}` }));
  s.units = [];
  s.lists = { ...fixture.lists, incidents: [], exemplary_models: [], commendations: [], missing: [], rejected: [], late: [], assessment: { strengths: [], limitations: [], next_steps: [], proposals: [] } };
  for (let i = 0; i < n; i++) {
    const code = `TH-${String(i).padStart(5, '0')}`;
    const name = `Trường Tiểu học số ${i + 1}`;
    const parent = `PGD-${Math.floor(i / 100)}`;
    const status = i % 20 === 19 ? 'missing' : i % 50 === 7 ? 'rejected' : i % 25 === 3 ? 'late' : 'accepted';
    const submitted = status === 'accepted' || status === 'late';
    s.units.push({ ...template, code, name, parent, status, reported_at: status === 'missing' ? null : template.reported_at, counts: submitted ? template.counts : null, errors: status === 'rejected' ? 2 : 0 });
    if (status === 'missing') s.lists.missing.push({ code, name, parent });
    if (status === 'rejected') s.lists.rejected.push({ code, name, parent });
    if (status === 'late') s.lists.late.push({ code, name, parent, reported_at: '2024-12-20' });
    if (!submitted) continue;
    const src = fixture.lists;
    if (i % 20 === 0) s.lists.incidents.push({ ...src.incidents[i % src.incidents.length], unit: code, unit_name: name });
    if (i % 5 === 0) s.lists.exemplary_models.push({ ...src.exemplary_models[i % src.exemplary_models.length], unit: code, unit_name: name });
    if (i % 10 === 0) s.lists.commendations.push({ ...src.commendations[i % src.commendations.length], unit: code, unit_name: name });
    for (const k of Object.keys(s.lists.assessment)) {
      const pool = src.assessment[k];
      if (pool.length > 0) s.lists.assessment[k].push({ ...pool[i % pool.length], unit: code, unit_name: name, text: `${pool[i % pool.length].text} (${i % 40})` });
    }
  }
  return s;
}

function workspace(n) {
  const dir = mkdtempSync(join(tmpdir(), `edu-comms-bench-render-${n}-`));
  writeFileSync(join(dir, 'summary.json'), JSON.stringify(summaryOf(n)));
  writeFileSync(join(dir, 'edu-comms.yaml'), readFileSync(join(root, 'examples/edu-comms.yaml')));
  return dir;
}

function time(dir, kind, runs = 3) {
  const samples = [];
  for (let r = 0; r < runs; r++) {
    const start = process.hrtime.bigint();
    const result = spawnSync(process.execPath, [bin, 'render', '--kind', kind, '--date', '2025-01-05', '--out', `${kind}.docx`], { cwd: dir, encoding: 'utf8' });
    samples.push(Number(process.hrtime.bigint() - start) / 1e6);
    if (result.status !== 0) throw new Error(`render exited ${result.status}: ${result.stderr}`);
  }
  return Math.min(...samples);
}

const dirs = [workspace(base), workspace(big)];
try {
  for (const kind of ['report', 'letter', 'reminder']) {
    const t0 = time(dirs[0], kind);
    const t1 = time(dirs[1], kind);
    const size = statSync(join(dirs[1], `${kind}.docx`)).size;
    console.log(`render ${kind}: ${base} units ${t0.toFixed(0)} ms (baseline), ${big} units ${t1.toFixed(0)} ms, ${(size / 1024).toFixed(0)} KB; ratio ${(t1 / t0).toFixed(2)}× time for ${(big / base).toFixed(0)}× units`);
  }
} finally {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
}
