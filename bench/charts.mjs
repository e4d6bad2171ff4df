// Benchmark: what the charts add to rendering a province's report (issue 12: at most 20%). A summary of 2,500 schools
// in 25 communes of 100 (with a comparison with last year, so all three charts are drawn) is built in memory, checked
// against the summary schema, and the report is rendered in-process from the built dist/ with and without charts,
// alternately, RUNS times each after a warm-up; the medians and their ratio are printed.
// Then the whole `render` command (built bin, child process, GNU time) with and without --no-charts: the figure the
// issue's target is about, since a clerk waits for the command, not for the document builder alone.
// Usage: npm run build && node bench/charts.mjs [N=2500] [RUNS=5]
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = (p) => import(join(root, 'dist', p));
const [{ SummarySchema }, { withComparison }, { loadConfig }, { resolveMetadata }, { loadTemplate }, { renderDocument }] = await Promise.all([
  dist('contract/summary.js'),
  dist('aggregate/compare.js'),
  dist('config/load.js'),
  dist('render/metadata.js'),
  dist('render/template-files.js'),
  dist('render/render.js'),
]);
const args = process.argv.slice(2).filter((a) => /^\d+$/.test(a)).map(Number);
const schools = args[0] ?? 2500;
const runs = args[1] ?? 5;
const PER = 100;

let seed = 20261203;
const rand = () => ((seed = (seed * 1103515245 + 12345) >>> 0) / 4294967296);

function summaryOf(year, shift) {
  const base = JSON.parse(readFileSync(join(root, 'test/fixtures/summary-hk1.json'), 'utf8'));
  const units = [];
  const byChild = [];
  const offices = Math.ceil(schools / PER);
  const levels = ['MN', 'TH', 'THCS'];
  for (let o = 0; o < offices; o++) {
    const code = `XA-${String(o + 1).padStart(3, '0')}`;
    const c = { expected: 0, accepted: 0, rejected: 0, missing: 0, on_time: 0, late: 0 };
    for (let s = 0; s < PER && o * PER + s < schools; s++) {
      const r = rand() + shift;
      const status = r < 0.08 ? 'missing' : r < 0.1 ? 'rejected' : r < 0.2 ? 'late' : 'accepted';
      c.expected++;
      if (status === 'missing') c.missing++;
      else if (status === 'rejected') c.rejected++;
      else {
        c.accepted++;
        if (status === 'late') c.late++;
        else c.on_time++;
      }
      const counted = status === 'accepted' || status === 'late';
      units.push({
        code: `${code}-${s + 1}`, name: `Trường số ${s + 1} xã số ${o + 1}`, level: levels[s % 3], parent: code, status,
        reported_at: status === 'missing' ? null : `${year}-12-1${status === 'late' ? 8 : 0}`, errors: status === 'rejected' ? 2 : 0, warnings: 1,
        files: status === 'missing' ? [] : [`s/${code}-${s + 1}.yaml`],
        counts: counted ? { portal_posts: 10, social_posts: 30, press_articles_sent: 2, press_articles_published: 1, events: 1, feedback_received: 3, feedback_resolved: 3, incidents: 0, exemplary_models: 1 } : null,
      });
    }
    const pct = (n) => Math.round((n * 1000) / c.expected) / 10;
    byChild.push({ code, name: `UBND xã số ${o + 1}`, level: 'OFFICE', completeness: { ...c, completeness_pct: pct(c.accepted), timeliness_pct: pct(c.on_time) }, totals: base.totals, rates: base.rates });
  }
  const sum = (k) => byChild.reduce((a, b) => a + b.completeness[k], 0);
  const c = Object.fromEntries(['expected', 'accepted', 'rejected', 'missing', 'on_time', 'late'].map((k) => [k, sum(k)]));
  const summary = {
    ...base,
    period: { school_year: `${year}-${year + 1}`, term: 'HK1', start: `${year}-09-05`, end: `${year + 1}-01-18`, deadline: `${year}-12-15` },
    completeness: { ...c, completeness_pct: Math.round((c.accepted * 1000) / c.expected) / 10, timeliness_pct: Math.round((c.on_time * 1000) / c.expected) / 10 },
    by_child: byChild,
    units,
    lists: { ...base.lists, missing: units.filter((u) => u.status === 'missing').map((u) => ({ code: u.code, name: u.name, parent: u.parent })), rejected: units.filter((u) => u.status === 'rejected').map((u) => ({ code: u.code, name: u.name, parent: u.parent })), late: units.filter((u) => u.status === 'late').map((u) => ({ code: u.code, name: u.name, parent: u.parent, reported_at: u.reported_at })) },
  };
  return SummarySchema.parse(summary);
}

const now = summaryOf(2024, 0);
const before = summaryOf(2023, 0.03);
const summary = withComparison(now, [{ file: 'truoc/summary.json', sha256: 'x', summary: before }], { lang: 'vi' });
const loaded = await loadConfig({ config: join(root, 'examples/edu-comms.yaml'), cwd: root, lang: 'vi' });
const { meta } = resolveMetadata({ kind: 'report', config: loaded.config, roster: loaded.roster, summary, flags: {}, date: '2025-01-05' });
const template = loadTemplate('report', { configPath: loaded.path, cwd: root, lang: 'vi' });
const render = async (charts) => {
  const t = process.hrtime.bigint();
  const r = await renderDocument({ summary, meta, template, roster: loaded.roster, instant: new Date('2025-01-05T01:00:00Z'), charts });
  return { ms: Number(process.hrtime.bigint() - t) / 1e6, bytes: r.bytes.length };
};
await render(true);
await render(false);
const withCharts = [];
const without = [];
for (let i = 0; i < runs; i++) {
  without.push(await render(false));
  withCharts.push(await render(true));
}
const median = (xs) => [...xs].map((x) => x.ms).sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const a = median(without);
const b = median(withCharts);
console.log(`report of ${schools} schools (${summary.by_child.length} communes), ${runs} runs each:`);
console.log(`  without charts: ${a.toFixed(0)} ms (${(without[0].bytes / 1024).toFixed(0)} KB)`);
console.log(`  with charts:    ${b.toFixed(0)} ms (${(withCharts[0].bytes / 1024).toFixed(0)} KB)`);
console.log(`  ratio: ${(b / a).toFixed(3)} (charts add ${(((b - a) / a) * 100).toFixed(1)}%; target ≤ 20%)`);

// The same report through the built binary, as a clerk runs it (`render` with and without --no-charts): what the charts
// add to the whole command — reading and checking the summary, building, packing and writing the document.
const { spawnSync } = await import('node:child_process');
const { mkdtempSync, rmSync, writeFileSync } = await import('node:fs');
const { tmpdir } = await import('node:os');
const dir = mkdtempSync(join(tmpdir(), 'edu-comms-charts-'));
writeFileSync(join(dir, 'summary.json'), JSON.stringify(summary));
const bin = join(root, 'bin', 'edu-comms.js');
const command = (charts) => {
  const args = [bin, 'render', '--config', join(root, 'examples/edu-comms.yaml'), '--summary', join(dir, 'summary.json'), '--kind', 'report', '--out', join(dir, `r${charts ? 1 : 0}.docx`), '--date', '2025-01-05', '--force', ...(charts ? [] : ['--no-charts'])];
  const start = process.hrtime.bigint();
  const r = spawnSync('/usr/bin/time', ['-f', 'MEASURED %U %S', process.execPath, ...args], { cwd: dir, encoding: 'utf8' });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  const m = /MEASURED ([\d.]+) ([\d.]+)/.exec(r.stderr);
  if (r.status !== 0 || !m) throw new Error(`render exited ${r.status}: ${r.stderr.slice(-800)}`);
  return { ms, cpu: (Number(m[1]) + Number(m[2])) * 1000 };
};
command(true);
const cmdWith = [];
const cmdWithout = [];
for (let i = 0; i < runs; i++) {
  cmdWithout.push(command(false));
  cmdWith.push(command(true));
}
rmSync(dir, { recursive: true, force: true });
const med = (xs, k) => [...xs].map((x) => x[k]).sort((p, q) => p - q)[Math.floor(xs.length / 2)];
for (const [k, label] of [['ms', 'wall'], ['cpu', 'CPU']]) {
  const p = med(cmdWithout, k);
  const q = med(cmdWith, k);
  console.log(`  render command, ${label}: ${p.toFixed(0)} ms without charts, ${q.toFixed(0)} ms with: ratio ${(q / p).toFixed(3)} (charts add ${(((q - p) / p) * 100).toFixed(1)}%; target ≤ 20%)`);
}
