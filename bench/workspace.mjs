// The generated office the single-office benches share: one Sở, one office under it, N primary schools under that,
// each with a report written by `fileFor(code)` into in/ (by default a clean YAML copy of one realistic example
// report), and an edu-comms.yaml whose units are those schools. Returns the folder (remove it when done).
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** The example report every generated school sends, with its own code and office. */
export const cleanReport = readFileSync(join(root, 'examples/submissions/hk1-2024-2025/pgd-dinhhoa/th-binhyen.yaml'), 'utf8');

export const yamlReportFor = (code) => ({ name: `${code}.yaml`, data: cleanReport.replace('code: TH-BINHYEN', `code: ${code}`).replace('parent: PGD-DINHHOA', 'parent: PGD-BENCH') });

export function officeWorkspace(count, prefix, fileFor = yamlReportFor) {
  const dir = mkdtempSync(join(tmpdir(), `edu-comms-bench-${prefix}-${count}-`));
  const units = ['  - {code: SGD-BENCH, name: Sở GD&ĐT, level: OFFICE}', '  - {code: PGD-BENCH, name: Phòng GD&ĐT, level: OFFICE, parent: SGD-BENCH}'];
  mkdirSync(join(dir, 'in'));
  for (let i = 0; i < count; i++) {
    const code = `TH-${String(i).padStart(5, '0')}`;
    units.push(`  - {code: ${code}, name: Trường Tiểu học số ${i}, level: TH, parent: PGD-BENCH}`);
    const file = fileFor(code);
    writeFileSync(join(dir, 'in', file.name), file.data);
  }
  const config = readFileSync(join(root, 'examples/edu-comms.yaml'), 'utf8').replace(/^units:[\s\S]*$/m, `units:\n${units.join('\n')}\n`);
  writeFileSync(join(dir, 'edu-comms.yaml'), config);
  return dir;
}
