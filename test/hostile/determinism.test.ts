/**
 * Outputs are a function of the inputs' content and the date only: with SOURCE_DATE_EPOCH set, the order of the --in
 * folders, the order files were created in (directory order), the time zone and the locale change no byte of
 * summary.json, summary.yaml, summary.xlsx or the three documents.
 */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { EXAMPLES, runCli } from '../helpers/cli.js';

const work = mkdtempSync(join(tmpdir(), 'edu-comms-determinism-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const CONFIG = join(EXAMPLES, 'edu-comms.yaml');
const HK1 = join(EXAMPLES, 'submissions', 'hk1-2024-2025');
const OUTPUTS = ['summary.json', 'summary.yaml', 'summary.xlsx', 'report.docx', 'letter.docx', 'reminder.docx'];

/** The same submissions copied file by file in the given order, so that the folder lists them in that order. */
function copyInOrder(to: string, reverse: boolean): void {
  for (const sub of ['pgd-dinhhoa', 'truc-thuoc-so']) {
    mkdirSync(join(to, sub), { recursive: true });
    const names = readdirSync(join(HK1, sub)).sort();
    for (const name of reverse ? names.reverse() : names) cpSync(join(HK1, sub, name), join(to, sub, name));
  }
}

function run(name: string, ins: string[], env: NodeJS.ProcessEnv): Record<string, Buffer> {
  const out = join(work, name);
  const agg = runCli(['aggregate', '--config', CONFIG, '--term', 'HK1', '--year', '2024-2025', '--in', ...ins, '--out', out], { env, cwd: work });
  expect(agg.code, agg.stderr).toBe(0);
  for (const kind of ['report', 'letter', 'reminder']) {
    const r = runCli(['render', '--config', CONFIG, '--summary', out, '--kind', kind, '--out', join(out, `${kind}.docx`), '--signer-name', 'A', '--signer-title', 'B', '--to', 'C'], { env, cwd: work });
    expect(r.code, r.stderr).toBe(0);
  }
  return Object.fromEntries(OUTPUTS.map((f) => [f, readFileSync(join(out, f))]));
}

describe('the same inputs and date give the same bytes', () => {
  it('whatever the --in order, directory order, time zone or locale', () => {
    const excel = join(EXAMPLES, 'excel');
    const inDir = join(work, 'in');
    copyInOrder(inDir, false);
    const a = run('a', [join(inDir, 'pgd-dinhhoa'), join(inDir, 'truc-thuoc-so'), excel], { SOURCE_DATE_EPOCH: '1736000000', TZ: 'Asia/Ho_Chi_Minh', LANG: 'vi_VN.UTF-8' });
    // the same files at the same paths, created in the opposite order
    rmSync(inDir, { recursive: true });
    copyInOrder(inDir, true);
    const b = run('b', [excel, join(inDir, 'truc-thuoc-so'), join(inDir, 'pgd-dinhhoa')], {
      SOURCE_DATE_EPOCH: '1736000000',
      TZ: 'America/New_York',
      LANG: 'en_US.UTF-8',
      LC_ALL: 'C',
    });
    for (const f of OUTPUTS) expect(a[f]!.equals(b[f]!), f).toBe(true);
    // and the date is the one given: 04/01/2025 in Vietnam
    expect(a['summary.json']!.toString('utf8')).toContain('"generated_at": "2025-01-04T');
  });
});
