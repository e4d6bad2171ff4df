/**
 * The output writer: every file edu-comms writes goes through here, so that whatever is killed when, an output is
 * either the old one or the new one, never half of each.
 *
 * - A single file (a document, a form, a schema) is written to a temporary file beside it and renamed over it.
 * - A set of files that belong together (summary.json, summary.yaml, summary.xlsx) is written into a temporary folder
 *   beside the output folder, together with everything else that folder already holds, and switched in with one
 *   rename: the folder always holds one generation.
 * - Each folder keeps a small manifest (`.edu-comms-outputs.json`) with the hash of every file the tool wrote there.
 *   A file that is not in it, or was changed since, is somebody's work: it is not replaced unless `force` is given.
 * - A lock file beside the output (an exclusive create, holding who took it) serialises two runs; a lock whose
 *   process is gone is stale and taken over. Temporaries of earlier, killed runs are cleaned up.
 * - File-system failures become an {@link OutputError} with a reason the command line can put into words.
 *
 * `EDU_COMMS_FAULT=<step>:<ERRNO|kill>[:<n>]` makes the n-th (default first) file-system step of that kind fail (or
 * the process die) — the fault tests use it to reach every step of a write with the real binary.
 */
import * as fs from 'node:fs';
import { createHash, randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';

// the error class lives with the other errors (util/errors.ts), so that the command line's failure report can know it
// without loading this module and its file-system machinery
export { OutputError, type LockHolder, type OutputReason } from './errors.js';
import { OutputError, type LockHolder, type OutputReason } from './errors.js';
import { isInside } from './paths.js';

export interface WriteOptions {
  /** Replace files the tool did not write, or that were changed since. */
  force?: boolean;
  /** The command's inputs: never written over, and never inside an output folder that is switched as a whole. */
  inputs?: readonly string[];
  /** How long to wait for another run's lock before giving up (ms). */
  lockWaitMs?: number;
  /** The working folder (an output folder switched as a whole must not contain it). */
  cwd?: string;
}

export interface OutputFile {
  name: string;
  /**
   * The file's bytes, or a function giving them a piece at a time (a province's summary is written as it is made,
   * never held whole as one string).
   */
  data: string | Uint8Array | (() => Iterable<string | Uint8Array>);
}

export const MANIFEST = '.edu-comms-outputs.json';
const INNER_LOCK = '.edu-comms.lock';
const TAG = '.edu-comms-';

// --- fault injection (tests) ---------------------------------------------------------------------------------------

type Step = 'mkdir' | 'write' | 'rename' | 'link' | 'remove' | 'lock';
const counts = new Map<Step, number>();

/** Start counting steps afresh (tests that inject several faults in one process). */
export function resetFaultCount(): void {
  counts.clear();
}

function step<T>(kind: Step, fn: () => T): T {
  const spec = process.env['EDU_COMMS_FAULT'];
  if (spec) {
    const [at, what, nth] = spec.split(':');
    if (at === kind) {
      const n = (counts.get(kind) ?? 0) + 1;
      counts.set(kind, n);
      if (n === Number(nth ?? 1)) {
        if (what === 'kill') process.kill(process.pid, 'SIGKILL');
        const error = new Error(`${what}: injected fault, ${kind}`) as NodeJS.ErrnoException;
        error.code = what;
        throw error;
      }
    }
  }
  return fn();
}

/** Turn a file-system error into an OutputError about `path`; anything else goes through unchanged. */
export function outputErrorFrom(error: unknown, path: string): unknown {
  if (error instanceof OutputError) return error;
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (typeof code !== 'string') return error;
  const reason: OutputReason =
    code === 'ENOSPC' || code === 'EDQUOT' || code === 'EFBIG'
      ? 'no_space'
      : code === 'EROFS'
        ? 'read_only'
        : code === 'EACCES' || code === 'EPERM'
          ? 'no_permission'
          : code === 'EBUSY' || code === 'ETXTBSY'
            ? 'busy'
            : code === 'EXDEV'
              ? 'cross_device'
              : code === 'ENOENT'
                ? 'no_parent'
                : code === 'ENOTDIR' || code === 'EEXIST'
                  ? 'parent_is_file'
                  : code === 'ENAMETOOLONG'
                    ? 'name_too_long'
                    : code === 'EISDIR'
                      ? 'is_folder'
                      : 'io_error';
  return new OutputError(reason, path, { code });
}

// --- paths ---------------------------------------------------------------------------------------------------------

/**
 * Where an `--out` option points for a command that writes one file named `defaultName` by default: nothing given →
 * the current folder; an existing folder, or a name ending in a separator → that folder; otherwise the file named.
 */
export function outputPath(out: string | undefined, defaultName: string, cwd: string = process.cwd()): string {
  if (out === undefined || out === '') return resolve(cwd, defaultName);
  const path = resolve(cwd, out);
  if (/[\\/]$/.test(out) || isDirectory(path)) return join(path, defaultName);
  return path;
}

function isDirectory(path: string): boolean {
  try {
    return fs.statSync(path).isDirectory();
  } catch {
    return false;
  }
}

function exists(path: string): boolean {
  try {
    fs.lstatSync(path);
    return true;
  } catch {
    return false;
  }
}

function real(path: string): string {
  try {
    return fs.realpathSync(path);
  } catch {
    return resolve(path);
  }
}

/** Create a folder and its missing parents; a parent that is a file, or a place that cannot be written, is said so. */
function ensureFolder(dir: string): void {
  if (isDirectory(dir)) return;
  // the nearest existing ancestor tells a file-in-the-way from a missing drive or share
  let probe = dir;
  while (!exists(probe) && dirname(probe) !== probe) probe = dirname(probe);
  if (exists(probe) && !isDirectory(probe)) throw new OutputError('parent_is_file', probe);
  try {
    step('mkdir', () => fs.mkdirSync(dir, { recursive: true }));
  } catch (error) {
    throw outputErrorFrom(error, dir);
  }
}

// --- hashes and the manifest ---------------------------------------------------------------------------------------

function hashOf(data: string | Uint8Array): string {
  return `sha256:${createHash('sha256').update(data).digest('hex')}`;
}

interface Manifest {
  /** file name → the hashes it may have (two while a write is being switched in). */
  files: Record<string, string | string[]>;
}

function readManifest(dir: string): Manifest {
  try {
    const parsed = JSON.parse(fs.readFileSync(join(dir, MANIFEST), 'utf8')) as Partial<Manifest>;
    if (parsed && typeof parsed.files === 'object' && parsed.files !== null) return { files: { ...parsed.files } };
  } catch {
    // no manifest, or an unreadable one: nothing in this folder is known to be ours
  }
  return { files: {} };
}

function manifestText(manifest: Manifest): string {
  const files = Object.fromEntries(Object.entries(manifest.files).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  return `${JSON.stringify({ generator: 'edu-comms', note: 'Các tệp do edu-comms ghi (mã băm). Files written by edu-comms (hashes).', files }, null, 2)}\n`;
}

function knownHashes(manifest: Manifest, name: string): string[] {
  const entry = manifest.files[name];
  return entry === undefined ? [] : Array.isArray(entry) ? entry : [entry];
}

/** May `path` be replaced? Only if it is missing, or is exactly what the tool wrote there, or `force` is given. */
function checkReplaceable(path: string, manifest: Manifest, force: boolean): void {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(path);
  } catch {
    return;
  }
  if (stat.isDirectory()) throw new OutputError('is_folder', path);
  if (force) return;
  const known = knownHashes(manifest, basename(path));
  if (known.length === 0) throw new OutputError('not_ours', path);
  const current = hashOf(fs.readFileSync(path));
  if (!known.includes(current)) throw new OutputError('changed', path);
}

function checkNotInput(path: string, inputs: readonly string[] | undefined, wholeFolder: boolean): void {
  const target = real(path);
  for (const input of inputs ?? []) {
    const at = real(resolve(input));
    if (at === target || isInside(target, at) || (wholeFolder && isInside(at, target))) throw new OutputError('is_input', path);
  }
}

// --- writing bytes -------------------------------------------------------------------------------------------------

/** Write and flush a new file (it must not exist: temporaries have unique names). */
/** Write a new file (never an existing one) and sync it; returns the hash of what was written. */
function writeNew(path: string, data: OutputFile['data'], kind: Step = 'write'): string {
  return step(kind, () => {
    const fd = fs.openSync(path, 'wx');
    try {
      if (typeof data !== 'function') {
        fs.writeFileSync(fd, data);
        fs.fsyncSync(fd);
        return hashOf(data);
      }
      const hash = createHash('sha256');
      let batch = '';
      const put = (chunk: string | Uint8Array) => {
        hash.update(chunk);
        fs.writeFileSync(fd, chunk);
      };
      for (const chunk of data()) {
        if (typeof chunk !== 'string') {
          if (batch) put(batch);
          batch = '';
          put(chunk);
          continue;
        }
        batch += chunk;
        if (batch.length >= 1 << 20) {
          put(batch);
          batch = '';
        }
      }
      if (batch) put(batch);
      fs.fsyncSync(fd);
      return `sha256:${hash.digest('hex')}`;
    } finally {
      fs.closeSync(fd);
    }
  });
}

/**
 * Write pieces to a stream (stdout), waiting whenever it asks to (a pipe to a slow reader), in batches of about 64 KB,
 * so that a document of any size is never held whole.
 */
export async function writeChunks(stream: NodeJS.WritableStream, chunks: Iterable<string>): Promise<void> {
  let batch = '';
  const flush = async () => {
    if (!stream.write(batch)) await new Promise<void>((resolve) => stream.once('drain', () => resolve()));
    batch = '';
  };
  for (const chunk of chunks) {
    batch += chunk;
    if (batch.length >= 65536) await flush();
  }
  if (batch) await flush();
}

function rename(from: string, to: string): void {
  step('rename', () => fs.renameSync(from, to));
}

function removeQuietly(path: string): void {
  try {
    fs.rmSync(path, { recursive: true, force: true });
  } catch {
    // best effort: a temporary that cannot be removed now is removed by the next run
  }
}

function unique(): string {
  return `${process.pid}-${randomBytes(4).toString('hex')}`;
}

function writeManifest(dir: string, manifest: Manifest): void {
  const tmp = join(dir, `.${MANIFEST}${TAG}tmp-${unique()}`);
  try {
    writeNew(tmp, manifestText(manifest));
    rename(tmp, join(dir, MANIFEST));
  } catch (error) {
    removeQuietly(tmp);
    throw error;
  }
}

// --- locks ---------------------------------------------------------------------------------------------------------

const DEFAULT_LOCK_WAIT_MS = 30_000;

function lockWait(options: WriteOptions): number {
  const env = Number(process.env['EDU_COMMS_LOCK_WAIT_MS']);
  return options.lockWaitMs ?? (Number.isFinite(env) && env >= 0 && process.env['EDU_COMMS_LOCK_WAIT_MS'] ? env : DEFAULT_LOCK_WAIT_MS);
}

function readHolder(path: string): LockHolder | null {
  try {
    const parsed = JSON.parse(fs.readFileSync(path, 'utf8')) as LockHolder;
    return typeof parsed.pid === 'number' ? parsed : null;
  } catch {
    return null;
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** A lock is stale when its process is gone (same machine), it is a day old, or it was left empty by a killed run. */
function isStale(path: string, holder: LockHolder | null): boolean {
  let age: number;
  try {
    age = Date.now() - fs.statSync(path).mtimeMs;
  } catch {
    return false; // gone already: the next attempt takes it
  }
  if (holder === null) return age > 5_000;
  if (holder.host === hostname()) return !alive(holder.pid);
  return age > 24 * 3600_000;
}

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

/** Who this run is, as written into the lock files it takes. */
function holderOf(): LockHolder {
  return { pid: process.pid, host: hostname(), command: commandLine(), started: new Date().toISOString() };
}

/**
 * One attempt at the lock file `path`: its release if taken, else who holds it (null: unreadable or gone). A stale
 * lock is removed and the attempt repeated.
 */
function tryLock(path: string, target: string, me: LockHolder): { release: () => void } | { holder: LockHolder | null } {
  for (;;) {
    try {
      writeNew(path, `${JSON.stringify(me)}\n`, 'lock');
      return {
        release: () => {
          if (readHolder(path)?.pid === me.pid) removeQuietly(path);
        },
      };
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code !== 'EEXIST' && code !== 'ENOENT') throw outputErrorFrom(error, target);
      const holder = code === 'EEXIST' ? readHolder(path) : null;
      if (code === 'EEXIST' && isStale(path, holder)) {
        // read again just before removing: another waiter may have replaced the stale lock with its own
        if (JSON.stringify(readHolder(path)) === JSON.stringify(holder)) removeQuietly(path);
        continue;
      }
      return { holder };
    }
  }
}

/** Take the lock file `path` for the output `target`; resolves to its release. */
async function acquire(path: string, target: string, options: WriteOptions): Promise<() => void> {
  const deadline = Date.now() + lockWait(options);
  const me = holderOf();
  for (;;) {
    const got = tryLock(path, target, me);
    if ('release' in got) return got.release;
    if (Date.now() >= deadline) {
      throw new OutputError('locked', target, got.holder ? { holder: got.holder, lock: path } : { lock: path });
    }
    await sleep(100);
  }
}

/** The same for a reader, which cannot wait asynchronously: its release, or null when the wait ran out. */
function acquireSync(path: string, target: string, waitMs: number): (() => void) | null {
  const deadline = Date.now() + waitMs;
  const me = holderOf();
  const pause = new Int32Array(new SharedArrayBuffer(4));
  for (;;) {
    const got = tryLock(path, target, me);
    if ('release' in got) return got.release;
    if (Date.now() >= deadline) return null;
    Atomics.wait(pause, 0, 0, 50);
  }
}

function commandLine(): string {
  const args = process.argv.slice(2).filter((a) => !a.startsWith('-'));
  return ['edu-comms', ...args.slice(0, 1)].join(' ');
}

/** Lock file for a folder that is switched as a whole: beside it, so that it survives the switch. */
function outerLockPath(dir: string): string {
  return join(dirname(dir), `.${basename(dir)}${TAG}lock`);
}

// --- stale temporaries ---------------------------------------------------------------------------------------------

/** Temporaries of earlier runs for `name` in `dir`: ours (`.<name>.edu-comms-…`) and the `.name.<pid>.<ms>.tmp` of 0.1. */
function staleTemporaries(dir: string, name: string): string[] {
  let entries: string[];
  try {
    entries = fs.readdirSync(dir);
  } catch {
    return [];
  }
  const prefix = `.${name}${TAG}`;
  const legacy = new RegExp(`^\\.${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\.\\d+\\.\\d+(\\.init)?\\.tmp$`);
  return entries.filter((e) => (e.startsWith(prefix) && !e.endsWith(`${TAG}lock`)) || legacy.test(e)).map((e) => join(dir, e));
}

/** The previous generation of `dir`, moved aside by a run that was killed before it moved the new one in. */
function asideOf(dir: string): string | undefined {
  return staleTemporaries(dirname(dir), basename(dir)).find((p) => basename(p).startsWith(`.${basename(dir)}${TAG}old-`));
}

/** Put an output folder back in order (its lock held): the previous generation moved back if the folder is missing. */
function restoreFolder(dir: string): void {
  const stale = staleTemporaries(dirname(dir), basename(dir));
  const previous = asideOf(dir);
  if (!exists(dir) && previous) {
    try {
      fs.renameSync(previous, dir);
    } catch {
      return; // leave everything for a run that can
    }
  }
  for (const p of stale) if (p !== previous || exists(p)) removeQuietly(p);
  for (const p of staleTemporaries(dir, '')) removeQuietly(p);
}

/**
 * Put an output folder back in order after a killed run: a kill between the two renames of a switch leaves the folder
 * missing and its previous, complete generation beside it — it is moved back; then the temporaries are removed. Takes
 * the folder's lock, so a run that is switching right now is waited for (up to `lockWaitMs`) and never disturbed.
 * Returns whether the folder exists afterwards.
 */
export function recoverFolder(dir: string, options: { lockWaitMs?: number } = {}): boolean {
  dir = resolve(dir);
  if (exists(dir) && staleTemporaries(dirname(dir), basename(dir)).length === 0) return true;
  let release: (() => void) | null;
  try {
    release = acquireSync(outerLockPath(dir), dir, options.lockWaitMs ?? lockWait({}));
  } catch {
    return exists(dir); // a place we cannot lock (read-only): nothing we could move either
  }
  if (release === null) return exists(dir);
  try {
    restoreFolder(dir);
  } finally {
    release();
  }
  return exists(dir);
}

/**
 * Before a command reads `path` — an output folder, a file in one, or a folder that holds output folders: every output
 * folder there whose switch was cut short is put back (see {@link recoverFolder}). Cheap when there is nothing to do.
 */
export function recoverForReading(path: string, options: { lockWaitMs?: number } = {}): void {
  path = resolve(path);
  // the path itself, or the folder of a file in it, may be the one moved aside
  for (const dir of [path, dirname(path)]) {
    if (!exists(dir) && asideOf(dir) !== undefined) {
      recoverFolder(dir, options);
      return;
    }
    if (exists(dir)) break;
  }
  // output folders inside a folder given whole (`--in tong-hop/`), found by what was moved aside beside them
  if (!isDirectory(path)) return;
  let entries: string[];
  try {
    entries = fs.readdirSync(path);
  } catch {
    return;
  }
  const aside = new RegExp(`^\\.(.+)${TAG.replace(/[.]/g, '\\.')}old-`);
  for (const entry of entries) {
    const name = aside.exec(entry)?.[1];
    if (name !== undefined && !entries.includes(name)) recoverFolder(join(path, name), options);
  }
}

// --- checks a command can make before its work, so that a long run does not end in a refusal ------------------------

/** Would {@link writeOutputFile} refuse `path`? Throws the same OutputError it would. */
export function checkOutputFile(path: string, options: WriteOptions = {}): void {
  path = resolve(path);
  if (isDirectory(path)) throw new OutputError('is_folder', path);
  checkNotInput(path, options.inputs, false);
  let probe = dirname(path);
  while (!exists(probe) && dirname(probe) !== probe) probe = dirname(probe);
  if (exists(probe) && !isDirectory(probe)) throw new OutputError('parent_is_file', probe);
  if (isDirectory(dirname(path))) checkReplaceable(path, readManifest(dirname(path)), options.force ?? false);
}

/** Would {@link writeOutputSet} refuse the folder `dir` for these file names? Throws the same OutputError it would. */
export function checkOutputSet(dir: string, names: readonly string[], options: WriteOptions = {}): void {
  dir = resolve(dir);
  if (exists(dir) && !isDirectory(dir)) throw new OutputError('is_file', dir);
  if (isInside(real(resolve(options.cwd ?? process.cwd())), real(dir))) throw new OutputError('holds_cwd', dir);
  checkNotInput(dir, options.inputs, true);
  let probe = dirname(dir);
  while (!exists(probe) && dirname(probe) !== probe) probe = dirname(probe);
  if (exists(probe) && !isDirectory(probe)) throw new OutputError('parent_is_file', probe);
  if (isDirectory(dir)) {
    const manifest = readManifest(dir);
    for (const name of names) checkReplaceable(join(dir, name), manifest, options.force ?? false);
  }
}

// --- the two writes ------------------------------------------------------------------------------------------------

/**
 * Write one file atomically (a temporary beside it, then a rename), never over somebody's work unless `force`.
 * Missing parent folders are created.
 */
export async function writeOutputFile(path: string, data: string | Uint8Array, options: WriteOptions = {}): Promise<void> {
  path = resolve(path);
  const dir = dirname(path);
  const name = basename(path);
  if (isDirectory(path)) throw new OutputError('is_folder', path);
  checkNotInput(path, options.inputs, false);
  ensureFolder(dir);
  const release = await acquire(join(dir, INNER_LOCK), path, options);
  const tmp = join(dir, `.${name}${TAG}tmp-${unique()}`);
  try {
    for (const p of [...staleTemporaries(dir, name), ...staleTemporaries(dir, MANIFEST)]) removeQuietly(p);
    const manifest = readManifest(dir);
    checkReplaceable(path, manifest, options.force ?? false);
    const hash = hashOf(data);
    writeNew(tmp, data);
    // while switching, both the old and the new content count as ours: a kill in between loses nothing
    const before = exists(path) ? hashOf(fs.readFileSync(path)) : undefined;
    writeManifest(dir, { files: { ...manifest.files, [name]: before && before !== hash ? [before, hash] : hash } });
    rename(tmp, path);
    writeManifest(dir, { files: { ...manifest.files, [name]: hash } });
  } catch (error) {
    removeQuietly(tmp);
    throw outputErrorFrom(error, path);
  } finally {
    release();
  }
}

/**
 * Write a set of files into the folder `dir` as one generation: a new folder beside it receives the set and a link
 * (or copy) of everything else `dir` holds, then takes its place. Concurrent writers of the same folder wait.
 */
export async function writeOutputSet(dir: string, files: readonly OutputFile[], options: WriteOptions = {}): Promise<void> {
  dir = resolve(dir);
  checkOutputSet(dir, [], options);
  const parent = dirname(dir);
  ensureFolder(parent);
  const releaseOuter = await acquire(outerLockPath(dir), dir, options);
  let releaseInner: (() => void) | undefined;
  const fresh = join(parent, `.${basename(dir)}${TAG}new-${unique()}`);
  const previous = join(parent, `.${basename(dir)}${TAG}old-${unique()}`);
  try {
    restoreFolder(dir);
    // a single-file write into this folder (a document rendered next to its summary) holds the inner lock
    if (isDirectory(dir)) releaseInner = await acquire(join(dir, INNER_LOCK), dir, options);
    const manifest = readManifest(dir);
    for (const f of files) checkReplaceable(join(dir, f.name), manifest, options.force ?? false);

    step('mkdir', () => fs.mkdirSync(fresh));
    const next: Manifest = { files: {} };
    for (const f of files) {
      next.files[f.name] = writeNew(join(fresh, f.name), f.data);
    }
    const own = new Set([...files.map((f) => f.name), MANIFEST, INNER_LOCK]);
    if (isDirectory(dir)) {
      for (const entry of fs.readdirSync(dir)) {
        if (own.has(entry) || entry.includes(TAG)) continue;
        carry(join(dir, entry), join(fresh, entry));
        const known = manifest.files[entry];
        if (known !== undefined) next.files[entry] = known;
      }
    }
    writeNew(join(fresh, MANIFEST), manifestText(next));

    if (exists(dir)) {
      rename(dir, previous);
      try {
        rename(fresh, dir);
      } catch (error) {
        fs.renameSync(previous, dir);
        throw error;
      }
      releaseInner = undefined; // it went with the previous generation
      removeQuietly(previous);
    } else {
      rename(fresh, dir);
    }
  } catch (error) {
    removeQuietly(fresh);
    throw outputErrorFrom(error, dir);
  } finally {
    releaseInner?.();
    releaseOuter();
  }
}

/** Bring a file or folder of the previous generation into the new one: a hard link where possible, else a copy. */
function carry(from: string, to: string): void {
  const stat = fs.lstatSync(from);
  if (stat.isDirectory()) {
    step('mkdir', () => fs.mkdirSync(to));
    for (const entry of fs.readdirSync(from)) carry(join(from, entry), join(to, entry));
    return;
  }
  if (stat.isSymbolicLink()) {
    fs.symlinkSync(fs.readlinkSync(from), to);
    return;
  }
  try {
    step('link', () => fs.linkSync(from, to));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOSPC' || code === 'EIO' || code === 'EROFS' || code === 'EDQUOT') throw error;
    fs.copyFileSync(from, to);
  }
}
