// Benchmark: Excel submissions, through the built code (npm run build first).
//  1. `edu-comms validate` on N generated workbooks, against the same N submissions as YAML (the baseline, measured in
//     the same run), and against N/10 workbooks (scaling).
//  2. CPU of validate and of the form reader alone on the N workbooks, against a bare exceljs load of the same
//     workbooks (the floor issue #15 item 4 measures against), each in a fresh process, in the same run.
//  3. Peak memory (max RSS) of a process that opens a zip bomb, against one that opens a normal filled form.
// Usage: node bench/excel.mjs [N=500]
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createRequire } from 'node:module';
import { Zip, ZipDeflate } from 'fflate';
import { cleanReport, officeWorkspace, yamlReportFor } from './workspace.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bin = join(root, 'bin', 'edu-comms.js');
const dist = (p) => pathToFileURL(join(root, 'dist', p)).href;
const exceljsUrl = pathToFileURL(createRequire(import.meta.url).resolve('exceljs')).href;
const n = Number(process.argv[2] ?? 500);
const small = Math.max(1, Math.round(n / 10));

const { readYamlDocument } = await import(dist('read/yaml.js'));
const { SubmissionSchema } = await import(dist('contract/submission.js'));
const { writeFormWorkbook } = await import(dist('form/write-xlsx.js'));
const { openPackage, writePackage } = await import(dist('form/excel/zip.js'));

const data = readYamlDocument(Buffer.from(cleanReport), { file: 'th-binhyen.yaml', lang: 'vi', schema: SubmissionSchema }).data;
const form = await writeFormWorkbook(data, { lang: 'vi', created: new Date(Date.UTC(2025, 0, 5)), generator: 'bench' });
const opened = openPackage(form);
const strings = new TextDecoder().decode(opened.files.get('xl/sharedStrings.xml'));

/** The form of unit `code`: the same workbook with its unit code (a shared string) replaced. */
function workbookFor(code) {
  const files = new Map(opened.files);
  files.set('xl/sharedStrings.xml', new TextEncoder().encode(strings.replace('>TH-BINHYEN<', `>${code}<`).replace('>PGD-DINHHOA<', '>PGD-BENCH<')));
  return writePackage(files);
}

const workspace = (count, format) =>
  officeWorkspace(count, format, format === 'xlsx' ? (code) => ({ name: `${code}.xlsx`, data: workbookFor(code) }) : yamlReportFor);

/** Run `args` under /usr/bin/time `runs` times: the fastest wall time and CPU time (ms), the highest max RSS (MB). */
function timed(args, cwd, runs = 2) {
  let best = { ms: Infinity, cpu: Infinity, rss: 0, stdout: '' };
  for (let r = 0; r < runs; r++) {
    const start = process.hrtime.bigint();
    const result = spawnSync('/usr/bin/time', ['-f', '%U %S %M', ...args], { cwd, encoding: 'utf8', maxBuffer: 1 << 30 });
    const ms = Number(process.hrtime.bigint() - start) / 1e6;
    const [user, sys, kb] = result.stderr.trim().split('\n').pop().split(' ').map(Number);
    if (!Number.isFinite(kb)) throw new Error(result.stderr);
    best = { ms: Math.min(best.ms, ms), cpu: Math.min(best.cpu, (user + sys) * 1000), rss: Math.max(best.rss, kb / 1024), stdout: result.stdout };
  }
  return best;
}

function validate(dir, runs = 2) {
  const result = timed([process.execPath, bin, 'validate', 'in', '--format', 'json'], dir, runs);
  const json = JSON.parse(result.stdout);
  if (json.summary.accepted !== json.summary.files) throw new Error(`not every file accepted: ${JSON.stringify(json.summary)}`);
  return result;
}

/** A fresh process that reads every workbook in `dir/in`: with a bare exceljs load, or with the form reader. */
function loadAll(dir, how, runs = 2) {
  const load =
    how === 'exceljs'
      ? `const ExcelJS = (await import(${JSON.stringify(exceljsUrl)})).default; const read = async (b) => { const wb = new ExcelJS.Workbook(); await wb.xlsx.load(b); return wb.worksheets.length; };`
      : `const { readXlsxDocument } = await import(${JSON.stringify(dist('form/read-xlsx.js'))}); const read = async (b, f) => (await readXlsxDocument(b, { file: f, lang: 'vi' })).findings.length;`;
  const script = `${load} const fs = await import('node:fs'); let n = 0; for (const f of fs.readdirSync('in').sort()) { await read(fs.readFileSync('in/' + f), f); n++; } process.stdout.write(String(n));`;
  return timed([process.execPath, '--input-type=module', '-e', script], dir, runs);
}

/** A zip whose one entry inflates to `size` bytes of zeros, streamed so this process never holds them. */
function bomb(size, lie) {
  const chunks = [];
  const zip = new Zip((error, chunk) => {
    if (error) throw error;
    chunks.push(chunk);
  });
  for (const [name, text] of [['[Content_Types].xml', '<Types/>'], ['xl/workbook.xml', '<workbook/>']]) {
    const entry = new ZipDeflate(name);
    zip.add(entry);
    entry.push(new TextEncoder().encode(text), true);
  }
  const entry = new ZipDeflate('xl/worksheets/sheet1.xml', { level: 9 });
  zip.add(entry);
  const block = new Uint8Array(16 * 1024 * 1024);
  for (let done = 0; done < size; done += block.length) entry.push(block, done + block.length >= size);
  zip.end();
  const bytes = Buffer.concat(chunks);
  if (lie) {
    // the central directory claims 1 000 bytes for the big entry
    for (let i = bytes.length - 22; i >= 0; i--) {
      if (bytes.readUInt32LE(i) === 0x02014b50 && bytes.readUInt32LE(i + 24) === size) bytes.writeUInt32LE(1000, i + 24);
    }
  }
  return bytes;
}

/** Max RSS (MB) of a fresh process that reads `file` with the submission reader. */
function peak(file) {
  const script = `const { readXlsxDocument } = await import(${JSON.stringify(dist('form/read-xlsx.js'))});
const doc = await readXlsxDocument(require('node:fs').readFileSync(${JSON.stringify(file)}), { file: 'f.xlsx', lang: 'vi' });
process.stdout.write(JSON.stringify({ rss: process.resourceUsage().maxRSS / 1024, finding: doc.findings[0]?.message ?? null }));`;
  const result = spawnSync(process.execPath, ['--input-type=module', '-e', `import { createRequire } from 'node:module'; const require = createRequire(import.meta.url); ${script}`], { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(result.stderr);
  return JSON.parse(result.stdout);
}

const dirs = [workspace(n, 'yaml'), workspace(small, 'xlsx'), workspace(n, 'xlsx')];
const scratch = mkdtempSync(join(tmpdir(), 'edu-comms-bench-bomb-'));
try {
  const base = validate(dirs[0]);
  const few = validate(dirs[1]);
  const many = validate(dirs[2]);
  console.log(`validate ${n} YAML files: ${base.ms.toFixed(0)} ms, max RSS ${base.rss.toFixed(0)} MB (baseline)`);
  console.log(`validate ${small} workbooks: ${few.ms.toFixed(0)} ms, max RSS ${few.rss.toFixed(0)} MB`);
  console.log(`validate ${n} workbooks: ${many.ms.toFixed(0)} ms (${(many.ms / n).toFixed(1)} ms/file), max RSS ${many.rss.toFixed(0)} MB`);
  console.log(`ratio workbooks/YAML for ${n} files: ${(many.ms / base.ms).toFixed(2)}× time`);
  console.log(`ratio ${n}/${small} workbooks: ${(many.ms / few.ms).toFixed(2)}× time for ${(n / small).toFixed(0)}× files`);
  const bare = loadAll(dirs[2], 'exceljs');
  const reader = loadAll(dirs[2], 'reader');
  console.log(`bare exceljs load of the ${n} workbooks: ${bare.cpu.toFixed(0)} ms CPU, max RSS ${bare.rss.toFixed(0)} MB (baseline)`);
  console.log(`form reader alone on them: ${reader.cpu.toFixed(0)} ms CPU, max RSS ${reader.rss.toFixed(0)} MB (${(reader.cpu / bare.cpu).toFixed(2)}× baseline CPU)`);
  console.log(`validate of them: ${many.cpu.toFixed(0)} ms CPU, ${many.ms.toFixed(0)} ms wall (${(many.cpu / bare.cpu).toFixed(2)}× baseline CPU)`);

  const files = { normal: join(scratch, 'normal.xlsx'), honest: join(scratch, 'bomb.xlsx'), lying: join(scratch, 'lying.xlsx') };
  writeFileSync(files.normal, workbookFor('TH-00001'));
  writeFileSync(files.honest, bomb(1024 * 1024 * 1024, false));
  writeFileSync(files.lying, bomb(1024 * 1024 * 1024, true));
  const normal = peak(files.normal);
  console.log(`open a filled form: max RSS ${normal.rss.toFixed(0)} MB (baseline)`);
  for (const [name, label] of [['honest', 'zip bomb, 1 GB declared'], ['lying', 'zip bomb, 1 GB declaring 1 KB']]) {
    const result = peak(files[name]);
    console.log(`open ${label} (${(readFileSync(files[name]).length / 1024).toFixed(0)} KB file): max RSS ${result.rss.toFixed(0)} MB (${(result.rss / normal.rss).toFixed(2)}× baseline) — ${result.finding}`);
  }
} finally {
  for (const d of [...dirs, scratch]) rmSync(d, { recursive: true, force: true });
}
