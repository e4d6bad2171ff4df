/**
 * A clerk runs `aggregate`, then `render` in the same folder without `--summary`: render takes the one summary aggregate
 * wrote under out/ and says which; with several there (last term's, this term's) it refuses to guess (exit 2) and lists
 * them. The built binary, as the guide runs it.
 */
import { copyFileSync, cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXAMPLES, runCli } from '../helpers/cli.js';

const POST = join(EXAMPLES, '2026-2027');
let dir: string;
let folder: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'edu-comms-find-summary-'));
  copyFileSync(join(POST, 'edu-comms.yaml'), join(dir, 'edu-comms.yaml'));
  const r = runCli(['aggregate', '--term', 'HK1', '--year', '2026-2027', '--in', join(POST, 'submissions', 'hk1-2026-2027'), '--date', '2026-12-20'], { cwd: dir });
  expect(r.code, r.stderr).toBeLessThanOrEqual(1);
  const written = /out\/([^/\s]+)\/summary\.json/.exec(r.stdout + r.stderr);
  expect(written, r.stdout).not.toBeNull();
  folder = written![1]!;
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('render without --summary', () => {
  it('takes the one summary under out/ and names it', () => {
    const r = runCli(['render', '--kind', 'letter', '--out', 'cong-van.docx', '--date', '2026-12-20'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain(`Lập văn bản từ bản tổng hợp out/${folder}/summary.json.`);
  });

  it('refuses to choose among several, listing them, exit 2', () => {
    cpSync(join(dir, 'out', folder), join(dir, 'out', 'SGD-2025-2026-HK2'), { recursive: true });
    const r = runCli(['render', '--kind', 'letter', '--out', 'cong-van-2.docx', '--date', '2026-12-20'], { cwd: dir });
    expect(r.code).toBe(2);
    const listed = [folder, 'SGD-2025-2026-HK2'].sort().map((name) => `out/${name}`).join(', ');
    expect(r.stderr).toContain(`Thư mục out có 2 bản tổng hợp (${listed})`);
    expect(r.stderr).toContain('--summary');
  });
});
