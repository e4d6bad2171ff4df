// Benchmark: PDF/A output through LibreOffice, through the built binary as a clerk runs it. Needs soffice on PATH.
// - one report: `render --format docx,pdf`, against the baseline `render --format docx` of the same report;
// - a batch of N reminders (default 50), one `render --kind reminder --format pdf` each (as a script would run them),
//   against the same batch written as DOCX; and the batch with two runs at a time (private profiles: no lock wait).
// Usage: npm run build && node bench/pdf.mjs [N]
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bin = join(root, 'bin', 'edu-comms.js');
const config = join(root, 'examples', 'edu-comms.yaml');
const batch = Number(process.argv[2] ?? 50);
const work = mkdtempSync(join(tmpdir(), 'edu-comms-bench-pdf-'));
writeFileSync(join(work, 'summary.json'), readFileSync(join(root, 'test/fixtures/summary-hk1.json')));

if (spawnSync('soffice', ['--version'], { encoding: 'utf8' }).status !== 0) {
  console.error('soffice not found: install LibreOffice (apt-get install libreoffice-writer-nogui)');
  process.exit(1);
}

const args = (kind, format, out) => [bin, 'render', '--config', config, '--kind', kind, '--deadline', '2025-01-12', '--format', format, '--out', out, '--date', '2025-01-05', '--force'];

function once(kind, format, out) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args(kind, format, out), { cwd: work, stdio: ['ignore', 'ignore', 'pipe'] });
    let err = '';
    child.stderr.on('data', (d) => (err += d));
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`exit ${code}: ${err}`))));
  });
}

async function timed(label, fn) {
  const start = process.hrtime.bigint();
  await fn();
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  return { label, ms };
}

async function runBatch(format, parallel) {
  let next = 0;
  const worker = async () => {
    while (next < batch) {
      const i = next++;
      await once('reminder', format, `batch-${format}-${parallel}/don-doc-${i}.${format}`);
    }
  };
  await Promise.all(Array.from({ length: parallel }, worker));
}

const rows = [];
rows.push(await timed('report, docx (baseline)', () => once('report', 'docx', 'one/bao-cao.docx')));
rows.push(await timed('report, docx+pdf', () => once('report', 'docx,pdf', 'one/bao-cao.docx')));
rows.push(await timed(`${batch} reminders, docx (baseline)`, () => runBatch('docx', 1)));
rows.push(await timed(`${batch} reminders, pdf, one at a time`, () => runBatch('pdf', 1)));
rows.push(await timed(`${batch} reminders, pdf, two at a time`, () => runBatch('pdf', 2)));

const [reportBase, reportPdf, batchBase, batchPdf, batchPar] = rows;
for (const r of rows) console.log(`${r.label.padEnd(40)} ${(r.ms / 1000).toFixed(2).padStart(8)} s`);
console.log(`report: pdf ${(reportPdf.ms / reportBase.ms).toFixed(1)}× the docx run (${((reportPdf.ms - reportBase.ms) / 1000).toFixed(2)} s for the conversion)`);
console.log(`batch:  pdf ${(batchPdf.ms / batchBase.ms).toFixed(1)}× the docx batch, ${(batchPdf.ms / batch / 1000).toFixed(2)} s a reminder; two at a time ${(batchPar.ms / batchPdf.ms).toFixed(2)}× one at a time`);
rmSync(work, { recursive: true, force: true });
