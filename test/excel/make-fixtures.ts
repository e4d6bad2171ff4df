/**
 * Writes the test fixtures that need LibreOffice (`soffice`): the form saved by LibreOffice Calc as .xlsx (a clerk
 * using LibreOffice sends this), as .xls and as .ods (renamed to .xlsx by clerks). Run when the form layout changes:
 * `npx tsx test/excel/make-fixtures.ts`.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { exampleSubmission, form } from './helpers.js';

const fixtures = join(dirname(fileURLToPath(import.meta.url)), '../fixtures/excel');
const work = mkdtempSync(join(tmpdir(), 'edu-comms-lo-'));
try {
  writeFileSync(join(work, 'form.xlsx'), await form(exampleSubmission()));
  const convert = (to: string, outDir: string) =>
    execFileSync('soffice', ['--headless', `-env:UserInstallation=file://${join(work, 'profile')}`, '--convert-to', to, '--outdir', outDir, join(work, 'form.xlsx')], { stdio: 'ignore' });
  convert('xls', work);
  convert('ods', work);
  convert('xlsx', join(work, 'saved'));
  copyFileSync(join(work, 'form.xls'), join(fixtures, 'form.xls'));
  copyFileSync(join(work, 'form.ods'), join(fixtures, 'form.ods'));
  copyFileSync(join(work, 'saved', 'form.xlsx'), join(fixtures, 'libreoffice-saved.xlsx'));
  process.stdout.write('test/fixtures/excel: form.xls, form.ods, libreoffice-saved.xlsx\n');
} finally {
  rmSync(work, { recursive: true, force: true });
}
