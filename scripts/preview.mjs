#!/usr/bin/env node
// Preview of the rendered documents: builds, aggregates the bundled examples (HK1 2024-2025), renders the report,
// the covering letter and the reminder, then converts them with LibreOffice to PDF and PNG (one image per page) so
// that a person can look at every page. Skips the conversion, with a message, where LibreOffice is not installed.
//
// Usage: npm run preview            → preview/*.docx, preview/pdf/*.pdf, preview/png/<kind>-<page>.png
// Debian/Ubuntu: apt-get install libreoffice-writer-nogui poppler-utils fonts-liberation2
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'preview');
const date = '2025-01-05';
const run = (cmd, args, options = {}) => spawnSync(cmd, args, { cwd: root, encoding: 'utf8', ...options });
const cli = (...args) => run(process.execPath, [join(root, 'bin', 'edu-comms.js'), ...args]);
const has = (cmd) => run('sh', ['-c', `command -v ${cmd}`]).status === 0;
const show = (p) => relative(root, p);

function fail(message, result) {
  console.error(message);
  if (result) console.error(result.stderr || result.stdout);
  process.exit(1);
}

// 1. build (other half-finished modules may make tsc report errors; it still emits)
run(process.execPath, [join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.build.json']);
if (!existsSync(join(root, 'dist', 'render', 'render.js'))) fail('The build did not produce dist/render: run `npm run build` and read its errors.');

// 2. the examples' summary
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
const summaryDir = join(out, 'summary');
const aggregate = cli('aggregate', '--config', 'examples/edu-comms.yaml', '--term', 'HK1', '--year', '2024-2025', '--in', 'examples/submissions/hk1-2024-2025', '--out', summaryDir, '--date', date);
const summary = join(summaryDir, 'summary.json');
if (!existsSync(summary)) fail('aggregate wrote no summary:', aggregate);

// 3. the three documents
const documents = [];
for (const kind of ['report', 'letter', 'reminder']) {
  const file = join(out, `${kind}.docx`);
  const result = cli('render', '--config', 'examples/edu-comms.yaml', '--summary', summary, '--kind', kind, '--out', file, '--date', date);
  if (result.status !== 0) fail(`render --kind ${kind} failed (exit ${result.status}):`, result);
  documents.push(file);
  console.log(`wrote ${show(file)}`);
}

// 4. PDF and PNG, where LibreOffice is installed
if (!has('soffice')) {
  console.log('\nLibreOffice (soffice) is not installed: skipped the PDF and PNG preview.');
  console.log('Install it with: apt-get install libreoffice-writer-nogui poppler-utils fonts-liberation2');
  process.exit(0);
}
const pdfDir = join(out, 'pdf');
// a profile of its own, so that a running LibreOffice does not swallow the conversion
const profile = mkdtempSync(join(tmpdir(), 'edu-comms-lo-'));
const converted = run('soffice', ['--headless', `-env:UserInstallation=file://${profile}`, '--convert-to', 'pdf', '--outdir', pdfDir, ...documents]);
rmSync(profile, { recursive: true, force: true });
if (converted.status !== 0) fail('LibreOffice could not convert the documents:', converted);

if (!has('pdftoppm')) {
  console.log(`\nwrote ${show(pdfDir)}/*.pdf; pdftoppm (poppler-utils) is not installed: skipped the PNG pages.`);
  process.exit(0);
}
const pngDir = join(out, 'png');
mkdirSync(pngDir, { recursive: true });
for (const pdf of readdirSync(pdfDir).filter((f) => f.endsWith('.pdf')).sort()) {
  const kind = pdf.replace(/\.pdf$/, '');
  const info = run('pdfinfo', [join(pdfDir, pdf)]);
  const pages = /Pages:\s+(\d+)/.exec(info.stdout)?.[1] ?? '?';
  run('pdftoppm', ['-png', '-r', '80', join(pdfDir, pdf), join(pngDir, kind)]);
  console.log(`${kind}: ${pages} page(s) → ${show(pngDir)}/${kind}-*.png`);
}
