/**
 * The result cache (`--cache [DIR]`): what checking one input file gave (its {@link CheckedFile}s, the per-file half
 * of validation), kept under a key of everything that answer depends on — the file's name as reported and its bytes
 * (SHA-256), and the run's configuration, roster, target period, accepted periods, language, what is kept of each
 * submission, and the tool's version. A re-run over unchanged files reads these instead of parsing and checking again;
 * the set rules (duplicates, copies) always run on the whole set, so the answer is the one a run without cache gives.
 *
 * An entry is one small file named by its key's hash, written to a temporary name and renamed (a run stopped midway
 * leaves no half entry). An entry that cannot be read, does not parse, or holds another key (a foreign or damaged
 * file) is a miss: the file is checked again and its entry rewritten. A cache that cannot be written is only slower.
 */
import { mkdir, readFile, rename, stat, unlink, writeFile } from 'node:fs/promises';
import { createHash, randomBytes } from 'node:crypto';
import { join, resolve } from 'node:path';
import type { CheckedFile } from './engine.js';
import type { InputFile } from './sources.js';
import { isSubmissionFile } from '../read/index.js';
import { sha256 } from '../util/hash.js';
import { VERSION } from '../util/version.js';

/** Bumped when what an entry holds changes shape. */
const ENTRY_FORMAT = 1;
const EXTENSION = '.edu-comms-cache';

/** The folder of `--cache [DIR]`: DIR, else out/.cache (beside the tool's other outputs). */
export function cacheDir(option: true | string): string {
  return resolve(option === true ? join('out', '.cache') : option);
}

export interface ResultCache {
  get(file: string, content: string): Promise<CheckedFile[] | undefined>;
  set(file: string, content: string, checked: CheckedFile[]): Promise<void>;
}

/** The part of the key shared by every file of a run: hashed once. */
export function runKey(parts: Record<string, unknown>): string {
  return createHash('sha256')
    .update(JSON.stringify({ format: ENTRY_FORMAT, version: VERSION, ...parts }))
    .digest('hex');
}

interface Entry {
  key: { run: string; file: string; content: string };
  checked: CheckedFile[];
}

const isCheckedFile = (value: unknown): boolean => {
  if (value === null || typeof value !== 'object') return false;
  const c = value as Record<string, unknown>;
  return (
    typeof c['file'] === 'string' &&
    typeof c['format'] === 'string' &&
    typeof c['sha256'] === 'string' &&
    Array.isArray(c['findings']) &&
    Array.isArray(c['positions']) &&
    typeof c['fallback'] === 'object' &&
    c['fallback'] !== null
  );
};

export function openCache(dir: string, run: string): ResultCache {
  const pathOf = (file: string, content: string) => {
    const name = createHash('sha256').update(`${run}\0${file}\0${content}`).digest('hex');
    return join(dir, name.slice(0, 2), `${name}${EXTENSION}`);
  };
  return {
    async get(file, content) {
      try {
        const entry = JSON.parse(await readFile(pathOf(file, content), 'utf8')) as Entry;
        const { key } = entry;
        if (key?.run !== run || key.file !== file || key.content !== content) return undefined;
        if (!Array.isArray(entry.checked) || !entry.checked.every(isCheckedFile)) return undefined;
        return entry.checked;
      } catch {
        return undefined;
      }
    },
    async set(file, content, checked) {
      const path = pathOf(file, content);
      const temporary = `${path}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
      // serialised now: the caller may hand the checked files on (and change them) as soon as this returns
      const text = JSON.stringify({ key: { run, file, content }, checked } satisfies Entry);
      try {
        await mkdir(join(path, '..'), { recursive: true });
        await writeFile(temporary, text);
        await rename(temporary, path);
      } catch {
        await unlink(temporary).catch(() => undefined);
      }
    },
  };
}

export interface LookedUp {
  /** The inputs found in the cache, by index. */
  kept: Map<number, CheckedFile[]>;
  /** The SHA-256 of each input that could be read, by index: the key its result is kept under. */
  content: Map<number, string>;
  /** The indexes of the inputs to read and check, in order. */
  misses: number[];
}

/**
 * Hash every input and look it up, a few at a time. An input that is not a submission file or cannot be read is a
 * miss with no content hash: the reader reports it, and nothing is kept for it.
 */
export async function lookUpAll(inputs: readonly InputFile[], cache: ResultCache): Promise<LookedUp> {
  const looked: LookedUp = { kept: new Map(), content: new Map(), misses: [] };
  const one = async (i: number) => {
    const input = inputs[i]!;
    if (!isSubmissionFile(input.path)) return;
    try {
      if (!(await stat(input.path)).isFile()) return;
      const content = sha256(await readFile(input.path));
      looked.content.set(i, content);
      const kept = await cache.get(input.file, content);
      if (kept) looked.kept.set(i, kept);
    } catch {
      // unreadable: checked (and reported) like any other miss
    }
  };
  const WINDOW = 8;
  for (let start = 0; start < inputs.length; start += WINDOW) {
    await Promise.all(Array.from({ length: Math.min(WINDOW, inputs.length - start) }, (_, k) => one(start + k)));
  }
  for (let i = 0; i < inputs.length; i++) if (!looked.kept.has(i)) looked.misses.push(i);
  return looked;
}
