/**
 * The output writer (src/util/output.ts): one generation per folder, never over somebody's work, locks, and every
 * file-system failure turned into a reason — with nothing left behind.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { collectFiles } from '../../src/validate/collect.js';
import {
  MANIFEST,
  OutputError,
  outputPath,
  recoverFolder,
  recoverForReading,
  resetFaultCount,
  writeOutputFile,
  writeOutputSet,
} from '../../src/util/output.js';

const root = mkdtempSync(join(tmpdir(), 'edu-comms-writer-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
afterEach(() => {
  delete process.env['EDU_COMMS_FAULT'];
  resetFaultCount();
});

let n = 0;
function place(): string {
  const dir = join(root, `case-${++n}`);
  mkdirSync(dir);
  return dir;
}

const set = (tag: string) => [
  { name: 'summary.json', data: `{"run":"${tag}"}\n` },
  { name: 'summary.yaml', data: `run: ${tag}\n` },
  { name: 'summary.xlsx', data: new TextEncoder().encode(`xlsx ${tag}`) },
];

/** What the folder holds, file name → text (the manifest left out). */
function contents(dir: string): Record<string, string> {
  return Object.fromEntries(
    readdirSync(dir)
      .filter((f) => f !== MANIFEST)
      .sort()
      .map((f) => [f, readFileSync(join(dir, f), 'utf8')]),
  );
}

/** Anything a write leaves behind besides its outputs: temporaries and locks, beside the folder and in it. */
function leftovers(parent: string): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      if (e.name.includes('.edu-comms-') && e.name !== MANIFEST) found.push(join(dir, e.name));
      if (e.name === '.edu-comms.lock') found.push(join(dir, e.name));
      if (e.isDirectory()) walk(join(dir, e.name));
    }
  };
  walk(parent);
  return found;
}

async function reason(p: Promise<unknown>): Promise<string> {
  try {
    await p;
  } catch (error) {
    if (error instanceof OutputError) return error.reason;
    throw error;
  }
  return 'written';
}

describe('a set of files is one generation', () => {
  it('writes the set and a manifest, and keeps what else the folder holds', async () => {
    const parent = place();
    const out = join(parent, 'out');
    await writeOutputSet(out, set('one'), { cwd: root });
    await writeOutputFile(join(out, 'bao-cao.docx'), 'docx one');
    await writeOutputSet(out, set('two'), { cwd: root });
    expect(contents(out)).toEqual({
      'bao-cao.docx': 'docx one',
      'summary.json': '{"run":"two"}\n',
      'summary.xlsx': 'xlsx two',
      'summary.yaml': 'run: two\n',
    });
    const manifest = JSON.parse(readFileSync(join(out, MANIFEST), 'utf8'));
    expect(Object.keys(manifest.files).sort()).toEqual(['bao-cao.docx', 'summary.json', 'summary.xlsx', 'summary.yaml']);
    // the document rendered before is still known as ours: it may be replaced without --force
    await writeOutputFile(join(out, 'bao-cao.docx'), 'docx two');
    expect(leftovers(parent)).toEqual([]);
  });

  // every step a write takes, failing with every error a disk gives: the previous generation stays whole
  const steps = ['mkdir', 'write:1', 'write:3', 'write:4', 'link', 'rename:1', 'rename:2'];
  const errors: Array<[string, string]> = [
    ['ENOSPC', 'no_space'],
    ['EIO', 'io_error'],
    ['EROFS', 'read_only'],
    ['EXDEV', 'cross_device'],
    ['EACCES', 'no_permission'],
  ];
  for (const s of steps) {
    it(`a failure at ${s} leaves the previous generation and nothing else`, async () => {
      for (const [code, expected] of errors) {
        const parent = place();
        const out = join(parent, 'out');
        await writeOutputSet(out, set('old'), { cwd: root });
        writeFileSync(join(out, 'notes.txt'), 'the clerk’s notes');
        const before = contents(out);
        const [kind, nth] = s.split(':');
        process.env['EDU_COMMS_FAULT'] = `${kind}:${code}:${nth ?? 1}`;
        resetFaultCount();
        const got = await reason(writeOutputSet(out, set('new'), { cwd: root }));
        delete process.env['EDU_COMMS_FAULT'];
        // a hard link refused for a reason other than the disk (another drive, a file system without links) is a copy
        if (kind === 'link' && (code === 'EXDEV' || code === 'EACCES')) {
          expect(got).toBe('written');
          expect(contents(out)['summary.yaml']).toBe('run: new\n');
          expect(contents(out)['notes.txt']).toBe('the clerk’s notes');
        } else {
          expect(got, `${s} ${code}`).toBe(expected);
          expect(contents(out)).toEqual(before);
        }
        expect(leftovers(parent)).toEqual([]);
      }
    });
  }

  it('a missing parent is created; a parent that is a file, an output that is a file, the input: refused', async () => {
    const parent = place();
    await writeOutputSet(join(parent, 'a', 'b', 'out'), set('x'), { cwd: root });
    expect(existsSync(join(parent, 'a', 'b', 'out', 'summary.json'))).toBe(true);
    writeFileSync(join(parent, 'file'), 'x');
    expect(await reason(writeOutputSet(join(parent, 'file', 'out'), set('x'), { cwd: root }))).toBe('parent_is_file');
    expect(await reason(writeOutputSet(join(parent, 'file'), set('x'), { cwd: root }))).toBe('is_file');
    mkdirSync(join(parent, 'in'));
    expect(await reason(writeOutputSet(join(parent, 'in'), set('x'), { cwd: root, inputs: [join(parent, 'in')] }))).toBe('is_input');
    expect(await reason(writeOutputSet(parent, set('x'), { cwd: root, inputs: [join(parent, 'in')] }))).toBe('is_input');
    expect(await reason(writeOutputSet(parent, set('x'), { cwd: join(parent, 'a') }))).toBe('holds_cwd');
  });

  it('never replaces a summary the tool did not write, or one edited since, unless forced', async () => {
    const parent = place();
    const out = join(parent, 'out');
    mkdirSync(out);
    writeFileSync(join(out, 'summary.yaml'), 'somebody else’s');
    expect(await reason(writeOutputSet(out, set('x'), { cwd: root }))).toBe('not_ours');
    expect(readFileSync(join(out, 'summary.yaml'), 'utf8')).toBe('somebody else’s');
    await writeOutputSet(out, set('x'), { cwd: root, force: true });
    writeFileSync(join(out, 'summary.json'), 'edited');
    expect(await reason(writeOutputSet(out, set('y'), { cwd: root }))).toBe('changed');
    expect(readFileSync(join(out, 'summary.json'), 'utf8')).toBe('edited');
  });

  it('puts the previous generation back when a run died between the two renames, and cleans temporaries', async () => {
    const parent = place();
    const out = join(parent, 'out');
    await writeOutputSet(out, set('old'), { cwd: root });
    const before = contents(out);
    // as a SIGKILL between "old aside" and "new in" leaves it
    const { renameSync } = await import('node:fs');
    renameSync(out, join(parent, '.out.edu-comms-old-1-abcd'));
    mkdirSync(join(parent, '.out.edu-comms-new-1-abcd'));
    writeFileSync(join(parent, '.out.edu-comms-new-1-abcd', 'summary.json'), 'half');
    recoverFolder(out);
    expect(contents(out)).toEqual(before);
    expect(leftovers(parent)).toEqual([]);
  });
});

describe('a switch cut short between its two renames', () => {
  /** A generation written, then left as a SIGKILL between "old aside" and "new in" leaves it: the folder missing. */
  async function cutShort(parent: string): Promise<{ out: string; before: Record<string, string> }> {
    const out = join(parent, 'out');
    await writeOutputSet(out, set('old'), { cwd: root });
    const before = contents(out);
    renameSync(out, join(parent, '.out.edu-comms-old-1-abcd'));
    mkdirSync(join(parent, '.out.edu-comms-new-1-abcd'));
    for (const f of set('new')) writeFileSync(join(parent, '.out.edu-comms-new-1-abcd', f.name), f.data);
    return { out, before };
  }

  it('every reader puts the folder back first: given the folder, a file in it, or a folder that holds it', async () => {
    for (const given of ['out', 'out/summary.json', '.']) {
      const parent = place();
      const { out, before } = await cutShort(parent);
      recoverForReading(join(parent, given));
      expect(contents(out), given).toEqual(before);
      expect(leftovers(parent), given).toEqual([]);
    }
  });

  it('the readers of submissions and summaries (validate, aggregate --in, convert) find the folder whole', async () => {
    const parent = place();
    const nested = join(parent, 'tong-hop');
    mkdirSync(nested);
    await cutShort(nested);
    const files = await collectFiles([parent], { cwd: parent, lang: 'vi' });
    expect(files.map((f) => f.file)).toContain('tong-hop/out/summary.yaml');
    expect(files.map((f) => f.file).filter((f) => f.includes('edu-comms'))).toEqual([]);
    expect(leftovers(parent)).toEqual([]);
  });

  it('a run that holds the lock (switching right now) is waited for, never disturbed', async () => {
    const parent = place();
    const { out } = await cutShort(parent);
    // another live process stands for the run in the middle of its switch
    const other = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60_000)'], { stdio: 'ignore' });
    try {
      writeFileSync(join(parent, '.out.edu-comms-lock'), JSON.stringify({ pid: other.pid, host: hostname(), command: 'edu-comms aggregate', started: '2026-12-02T08:00:00.000Z' }));
      expect(recoverFolder(out, { lockWaitMs: 200 })).toBe(false);
      expect(existsSync(join(parent, '.out.edu-comms-old-1-abcd'))).toBe(true);
      expect(existsSync(join(parent, '.out.edu-comms-new-1-abcd'))).toBe(true);
    } finally {
      other.kill('SIGKILL');
      await new Promise((done) => other.once('exit', done));
    }
    // its process gone, the lock is stale: the next reader puts the previous generation back
    expect(recoverFolder(out, { lockWaitMs: 200 })).toBe(true);
    expect(contents(out)['summary.json']).toBe('{"run":"old"}\n');
    expect(leftovers(parent)).toEqual([]);
  });
});

describe('one file', () => {
  it('replaces its own untouched output, refuses an edited or foreign one, and --force overrides', async () => {
    const dir = place();
    const file = join(dir, 'report.docx');
    await writeOutputFile(file, 'one');
    await writeOutputFile(file, 'two');
    expect(readFileSync(file, 'utf8')).toBe('two');
    writeFileSync(file, 'edited by the clerk');
    expect(await reason(writeOutputFile(file, 'three'))).toBe('changed');
    expect(readFileSync(file, 'utf8')).toBe('edited by the clerk');
    writeFileSync(join(dir, 'theirs.docx'), 'theirs');
    expect(await reason(writeOutputFile(join(dir, 'theirs.docx'), 'mine'))).toBe('not_ours');
    await writeOutputFile(file, 'three', { force: true });
    expect(readFileSync(file, 'utf8')).toBe('three');
    expect(await reason(writeOutputFile(dir, 'x'))).toBe('is_folder');
    expect(await reason(writeOutputFile(join(dir, 'in.yaml'), 'x', { inputs: [join(dir, 'in.yaml')] }))).toBe('is_input');
    expect(leftovers(dir)).toEqual([]);
  });

  it('a failure at any step keeps the old file, and the old file stays replaceable', async () => {
    for (const s of ['mkdir', 'write:1', 'write:2', 'rename:1', 'rename:2', 'write:3', 'rename:3']) {
      const dir = place();
      const file = join(dir, 'sub', 'report.docx');
      await writeOutputFile(file, 'old');
      const [kind, nth] = s.split(':');
      process.env['EDU_COMMS_FAULT'] = `${kind}:ENOSPC:${nth ?? 1}`;
      resetFaultCount();
      const got = await reason(writeOutputFile(file, 'new'));
      delete process.env['EDU_COMMS_FAULT'];
      // mkdir is not needed when the folder exists: that write goes through
      if (s === 'mkdir') expect(got).toBe('written');
      else if (s === 'rename:3' || s === 'write:3') {
        // the file was switched; only the manifest's final tidy-up failed: the new file is in and still ours
        expect(got).toBe('no_space');
        expect(readFileSync(file, 'utf8')).toBe('new');
      } else {
        expect(got, s).toBe('no_space');
        expect(readFileSync(file, 'utf8')).toBe('old');
      }
      await writeOutputFile(file, 'newer');
      expect(readFileSync(file, 'utf8')).toBe('newer');
      expect(leftovers(dir)).toEqual([]);
    }
  });

  it('an --out naming a folder gets the usual name inside it', () => {
    const dir = place();
    expect(outputPath(undefined, 'a.docx', dir)).toBe(join(dir, 'a.docx'));
    expect(outputPath('.', 'a.docx', dir)).toBe(join(dir, 'a.docx'));
    expect(outputPath('new/', 'a.docx', dir)).toBe(join(dir, 'new', 'a.docx'));
    expect(outputPath('x.docx', 'a.docx', dir)).toBe(join(dir, 'x.docx'));
  });
});

describe('locks', () => {
  it('waits for a live holder and then says who it is; takes over a lock whose process is gone', async () => {
    const dir = place();
    const lock = join(dir, '.edu-comms.lock');
    const holder = { pid: process.pid, host: hostname(), command: 'edu-comms aggregate', started: '2026-12-02T08:00:00.000Z' };
    writeFileSync(lock, JSON.stringify(holder));
    let error: unknown;
    try {
      await writeOutputFile(join(dir, 'a.docx'), 'x', { lockWaitMs: 300 });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(OutputError);
    expect((error as OutputError).reason).toBe('locked');
    expect((error as OutputError).detail.holder).toEqual(holder);
    expect(existsSync(join(dir, 'a.docx'))).toBe(false);

    // a process that has ended: its pid is free
    const dead = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
    writeFileSync(lock, JSON.stringify({ ...holder, pid: Number(dead.stdout) }));
    await writeOutputFile(join(dir, 'a.docx'), 'x', { lockWaitMs: 300 });
    expect(readFileSync(join(dir, 'a.docx'), 'utf8')).toBe('x');
    expect(existsSync(lock)).toBe(false);
  });

  it('two writers of one folder at once: each set lands whole, one after the other', async () => {
    const parent = place();
    const out = join(parent, 'out');
    await Promise.all([writeOutputSet(out, set('a'), { cwd: root }), writeOutputSet(out, set('b'), { cwd: root })]);
    const got = contents(out);
    const tag = JSON.parse(got['summary.json']!).run as string;
    expect(got).toEqual({ 'summary.json': `{"run":"${tag}"}\n`, 'summary.xlsx': `xlsx ${tag}`, 'summary.yaml': `run: ${tag}\n` });
    expect(leftovers(parent)).toEqual([]);
  });
});
