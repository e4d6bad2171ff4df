/**
 * Every write path of the built binary under faults: killed at each step, disk errors, a read-only place, two runs at
 * once, a lock held by another run — and every command's --out pointing at a folder, a file, a missing parent, a
 * read-only place or its own input. The invariants: exit 0 or 2 (never 3), a Vietnamese message saying what to do,
 * an output folder that holds one complete generation, and nothing left behind.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BIN, EXAMPLES, runCli } from '../helpers/cli.js';

const CONFIG = join(EXAMPLES, 'edu-comms.yaml');
const INPUT = join(EXAMPLES, 'submissions', 'hk1-2024-2025', 'truc-thuoc-so');
let work: string;

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'edu-comms-faults-'));
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

let n = 0;
function place(): string {
  const dir = join(work, `case-${++n}`);
  mkdirSync(dir);
  return dir;
}

const aggregateArgs = (out: string, date: string) => [
  'aggregate', '--config', CONFIG, '--term', 'HK1', '--year', '2024-2025', '--in', INPUT, '--out', out, '--date', date, '--format', 'json',
];

const sha = (path: string) => `sha256:${createHash('sha256').update(readFileSync(path)).digest('hex')}`;

/** The date of the generation in `out`, after checking that the three files are one generation (or null if none). */
function generation(out: string): string | null {
  if (!existsSync(out)) return null;
  const manifest = JSON.parse(readFileSync(join(out, '.edu-comms-outputs.json'), 'utf8')).files as Record<string, string>;
  for (const f of ['summary.json', 'summary.yaml', 'summary.xlsx']) expect(sha(join(out, f)), f).toBe(manifest[f]);
  const json = JSON.parse(readFileSync(join(out, 'summary.json'), 'utf8')).generated_at as string;
  expect(readFileSync(join(out, 'summary.yaml'), 'utf8')).toContain(`generated_at: ${json}`);
  return json.slice(0, 10);
}

function leftovers(dir: string): string[] {
  const found: string[] = [];
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      if ((e.name.includes('.edu-comms-') && e.name !== '.edu-comms-outputs.json') || e.name === '.edu-comms.lock' || e.name.endsWith('.tmp')) found.push(join(d, e.name));
      if (e.isDirectory()) walk(join(d, e.name));
    }
  };
  walk(dir);
  return found;
}

describe('aggregate killed at every step of the write', () => {
  // mkdir of the new folder, the three files and the manifest, the carried document, the two renames
  const steps = ['mkdir:1', 'write:1', 'write:2', 'write:3', 'write:4', 'link:1', 'rename:1', 'rename:2'];
  // one test per step: each runs the binary four times, which a loaded machine may take a while to do
  for (const s of steps) {
    it(`killed at ${s}: the old generation or the new one, never a mix, and the next run cleans up`, () => {
      const parent = place();
      const out = join(parent, 'out');
      expect(runCli(aggregateArgs(out, '2025-01-05')).code).toBe(0);
      writeFileSync(join(out, 'ghi-chu.txt'), 'notes');
      const [kind, nth] = s.split(':');
      const killed = runCli(aggregateArgs(out, '2025-01-06'), { env: { EDU_COMMS_FAULT: `${kind}:kill:${nth}` } });
      expect(killed.code, s).toBe(-1); // killed by the signal: no exit status
      // what a clerk finds right after the kill (a kill between the two renames leaves the folder moved aside)
      const now = generation(out);
      if (now !== null) expect(['2025-01-05', '2025-01-06']).toContain(now);
      else expect(s).toBe('rename:2');
      // the next reader puts it back, and the next run leaves exactly its own generation and nothing else
      if (now === null) {
        const render = runCli(['render', '--config', CONFIG, '--summary', out, '--out', join(parent, 'r.docx'), '--date', '2025-01-06', '--signer-name', 'A', '--signer-title', 'B', '--to', 'C']);
        expect(render.code, render.stderr).toBe(0);
        expect(generation(out)).toBe('2025-01-05');
      }
      expect(runCli(aggregateArgs(out, '2025-01-07')).code).toBe(0);
      expect(generation(out)).toBe('2025-01-07');
      expect(readFileSync(join(out, 'ghi-chu.txt'), 'utf8')).toBe('notes');
      expect(leftovers(parent), s).toEqual([]);
    });
  }
});

describe('disk errors while writing', () => {
  for (const [fault, text] of [
    ['write:ENOSPC', 'ổ đĩa đã đầy'],
    ['write:EIO', 'lỗi đọc/ghi của ổ đĩa (EIO)'],
    ['rename:EROFS', 'chỉ cho đọc'],
    ['rename:EXDEV', 'ổ đĩa khác'],
    ['mkdir:EACCES', 'không có quyền ghi'],
  ] as const) {
    it(`${fault}: exit 2, what happened and what to do, the old summary intact, nothing left behind`, () => {
      const parent = place();
      const out = join(parent, 'out');
      expect(runCli(aggregateArgs(out, '2025-01-05')).code).toBe(0);
      const r = runCli(aggregateArgs(out, '2025-01-06'), { env: { EDU_COMMS_FAULT: fault } });
      expect(r.code).toBe(2);
      expect(r.stderr).toContain(text);
      expect(r.stderr).toContain('Cách sửa:');
      expect(r.stderr).not.toMatch(/Lỗi nội bộ|\n\s+at /);
      expect(r.stdout).toBe('');
      expect(generation(out)).toBe('2025-01-05');
      expect(leftovers(parent)).toEqual([]);
    });
  }

  it('render and template: a full disk is exit 2 and no file', () => {
    const dir = place();
    const r = runCli(['template', '--config', CONFIG, '--out', join(dir, 'form.xlsx'), '--date', '2025-01-05'], { env: { EDU_COMMS_FAULT: 'write:ENOSPC' } });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('ổ đĩa đã đầy');
    expect(readdirSync(dir)).toEqual([]);
  });
});

describe('two runs into one folder', () => {
  const run = (args: string[]) =>
    new Promise<number>((done) => {
      const child = spawn(process.execPath, [BIN, ...args], { stdio: 'ignore', env: { ...process.env, NO_COLOR: '1' } });
      child.on('exit', (code) => done(code ?? -1));
    });

  it('never mix: the folder always holds one of the two generations', async () => {
    for (let round = 0; round < 3; round++) {
      const parent = place();
      const out = join(parent, 'out');
      const codes = await Promise.all([run(aggregateArgs(out, '2025-01-05')), run(aggregateArgs(out, '2025-01-06'))]);
      expect(codes).toEqual([0, 0]);
      expect(['2025-01-05', '2025-01-06']).toContain(generation(out));
      expect(leftovers(parent)).toEqual([]);
    }
  });

  it('a run that cannot get the lock says who holds it (exit 2)', () => {
    const parent = place();
    const out = join(parent, 'out');
    // this test's own process stands for the other run: alive, on this machine
    writeFileSync(join(parent, '.out.edu-comms-lock'), JSON.stringify({ pid: process.pid, host: hostname(), command: 'edu-comms aggregate', started: '2026-12-02T08:00:00.000Z' }));
    const r = runCli(aggregateArgs(out, '2025-01-05'), { env: { EDU_COMMS_LOCK_WAIT_MS: '300' } });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`tiến trình ${process.pid}`);
    expect(r.stderr).toContain('edu-comms aggregate');
    expect(existsSync(out)).toBe(false);
  });
});

describe('every --out: a folder, a file, a missing parent, a read-only place, the input itself', () => {
  const READ_ONLY = '/sys/edu-comms-test'; // read-only even for root

  it('aggregate', () => {
    const dir = place();
    expect(runCli(aggregateArgs(join(dir, 'a', 'b'), '2025-01-05')).code).toBe(0); // missing parents are created
    writeFileSync(join(dir, 'edu-comms.yaml'), 'x');
    const file = runCli(aggregateArgs(join(dir, 'edu-comms.yaml'), '2025-01-05'));
    expect([file.code, file.stderr]).toEqual([2, expect.stringContaining('là một tệp có sẵn')]);
    const ro = runCli(aggregateArgs(`${READ_ONLY}/out`, '2025-01-05'));
    expect([ro.code, ro.stderr]).toEqual([2, expect.stringContaining('Cách sửa:')]);
    const input = runCli(aggregateArgs(INPUT, '2025-01-05'));
    expect([input.code, input.stderr]).toEqual([2, expect.stringContaining('đầu vào')]);
  });

  it('render', () => {
    const dir = place();
    expect(runCli(aggregateArgs(join(dir, 'tong-hop'), '2025-01-05')).code).toBe(0);
    const args = (out: string) => ['render', '--config', CONFIG, '--summary', join(dir, 'tong-hop'), '--out', out, '--date', '2025-01-05', '--signer-name', 'A', '--signer-title', 'B', '--to', 'C'];
    mkdirSync(join(dir, 'van-ban'));
    expect(runCli(args(join(dir, 'van-ban'))).code).toBe(0);
    expect(readdirSync(join(dir, 'van-ban')).filter((f) => f.endsWith('.docx'))).toEqual(['report-SGD-THAINGUYEN-2024-2025-HK1.docx']);
    expect(runCli(args(join(dir, 'moi', 'bao-cao.docx'))).code).toBe(0);
    writeFileSync(join(dir, 'cua-toi.docx'), 'the clerk’s own document');
    const foreign = runCli(args(join(dir, 'cua-toi.docx')));
    expect([foreign.code, foreign.stderr]).toEqual([2, expect.stringContaining('không do edu-comms ghi')]);
    expect(readFileSync(join(dir, 'cua-toi.docx'), 'utf8')).toBe('the clerk’s own document');
    expect(runCli([...args(join(dir, 'cua-toi.docx')), '--force']).code).toBe(0);
    expect(runCli(args(`${READ_ONLY}/x.docx`)).code).toBe(2);
    copyFileSync(join(dir, 'cua-toi.docx'), join(dir, 'mau.docx'));
    const input = runCli([...args(join(dir, 'mau.docx')), '--template', join(dir, 'mau.docx')]);
    expect([input.code, input.stderr]).toEqual([2, expect.stringContaining('đầu vào')]);
  });

  it('render: an edited document is not overwritten; an untouched one is', () => {
    const dir = place();
    expect(runCli(aggregateArgs(join(dir, 'tong-hop'), '2025-01-05')).code).toBe(0);
    const args = ['render', '--config', CONFIG, '--summary', join(dir, 'tong-hop'), '--out', join(dir, 'van-ban', 'report.docx'), '--date', '2025-01-05', '--signer-name', 'A', '--signer-title', 'B', '--to', 'C'];
    expect(runCli(args).code).toBe(0);
    expect(runCli(args).code).toBe(0);
    writeFileSync(join(dir, 'van-ban', 'report.docx'), 'edited');
    const r = runCli(args);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('đã được sửa sau khi edu-comms ghi');
    expect(readFileSync(join(dir, 'van-ban', 'report.docx'), 'utf8')).toBe('edited');
  });

  it('template, schema, init: an existing folder gets the usual name; a file in the way, a read-only place: exit 2', () => {
    const dir = place();
    mkdirSync(join(dir, 'gui-truong'));
    expect(runCli(['template', '--config', CONFIG, '--out', join(dir, 'gui-truong'), '--date', '2025-01-05']).code).toBe(0);
    expect(readdirSync(join(dir, 'gui-truong')).filter((f) => !f.startsWith('.'))).toHaveLength(1);
    expect(runCli(['template', '--config', CONFIG, '--out', join(dir, 'moi') + '/', '--date', '2025-01-05']).code).toBe(0);
    const self = runCli(['template', '--config', CONFIG, '--out', CONFIG]);
    expect([self.code, self.stderr]).toEqual([2, expect.stringContaining('đầu vào')]);
    expect(runCli(['template', '--config', CONFIG, '--out', `${READ_ONLY}/f.xlsx`]).code).toBe(2);

    expect(runCli(['schema', '--out', join(dir, 'gui-truong')]).code).toBe(0);
    expect(existsSync(join(dir, 'gui-truong', 'submission.schema.json'))).toBe(true);
    expect(runCli(['schema', '--out', join(dir, 'gui-truong')]).code).toBe(0); // its own file: replaced
    writeFileSync(join(dir, 'x.json'), '{}');
    expect(runCli(['schema', '--out', join(dir, 'x.json')]).code).toBe(2);
    expect(runCli(['schema', '--out', join(dir, 'x.json', 'y.json')]).stderr).toContain('đã có một tệp cùng tên');
    expect(runCli(['schema', '--out', `${READ_ONLY}/s.json`]).code).toBe(2);

    expect(runCli(['init', 'config', '--example', '--out', join(dir, 'gui-truong')]).code).toBe(0);
    expect(existsSync(join(dir, 'gui-truong', 'edu-comms.yaml'))).toBe(true);
    expect(runCli(['init', 'config', '--example', '--out', `${READ_ONLY}/edu-comms.yaml`]).code).toBe(2);
  });

  it('convert', () => {
    const dir = place();
    const src = join(dir, 'in.yaml');
    copyFileSync(join(INPUT, readdirSync(INPUT).find((f) => f.endsWith('.yaml'))!), src);
    mkdirSync(join(dir, 'excel'));
    expect(runCli(['convert', src, '--to', 'xlsx', '--out', join(dir, 'excel'), '--date', '2025-01-05']).code).toBe(0);
    expect(runCli(['convert', src, '--to', 'xlsx', '--out', join(dir, 'excel'), '--date', '2025-01-05']).code).toBe(0);
    const file = runCli(['convert', src, '--to', 'xlsx', '--out', src]);
    expect([file.code, file.stderr]).toEqual([2, expect.stringContaining('là một tệp có sẵn')]);
    expect(runCli(['convert', src, '--to', 'xlsx', '--out', `${READ_ONLY}/x`]).code).toBe(2);
    writeFileSync(join(dir, 'excel', 'in.xlsx'), 'edited');
    const edited = runCli(['convert', src, '--to', 'xlsx', '--out', join(dir, 'excel')]);
    expect([edited.code, edited.stderr]).toEqual([2, expect.stringContaining('đã được sửa')]);
    expect(readFileSync(src, 'utf8').length).toBeGreaterThan(0);
  });
});

describe('render killed at every step of its write', () => {
  let dir: string;
  let old: Buffer;
  const args = (date: string) => ['render', '--config', CONFIG, '--summary', join(dir, 'tong-hop'), '--out', join(dir, 'van-ban', 'report.docx'), '--date', date, '--signer-name', 'A', '--signer-title', 'B', '--to', 'C'];
  beforeAll(() => {
    dir = place();
    expect(runCli(aggregateArgs(join(dir, 'tong-hop'), '2025-01-05')).code).toBe(0);
    expect(runCli(args('2025-01-05')).code).toBe(0);
    old = readFileSync(join(dir, 'van-ban', 'report.docx'));
  });
  // the lock, the temporary file, the manifest while switching, the switch itself, the manifest after it
  for (const s of ['lock:1', 'write:1', 'write:2', 'rename:1', 'rename:2', 'write:3', 'rename:3']) {
    it(`killed at ${s}: the old document or the whole new one, and the next run replaces it without --force`, () => {
      const doc = join(dir, 'van-ban', 'report.docx');
      const [kind, nth] = s.split(':');
      expect(runCli(args('2025-01-06'), { env: { EDU_COMMS_FAULT: `${kind}:kill:${nth}` } }).code, s).toBe(-1);
      const now = readFileSync(doc);
      if (!now.equals(old)) expect(() => unzipSync(new Uint8Array(now)), s).not.toThrow(); // never half a document
      const again = runCli(args('2025-01-05'));
      expect(again.code, again.stderr).toBe(0);
      expect(readFileSync(doc).equals(old), s).toBe(true);
      expect(leftovers(dir), s).toEqual([]);
    });
  }
});
