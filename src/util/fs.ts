/**
 * File-system helpers at the edge of the program.
 */
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, basename } from 'node:path';

/**
 * Write a file atomically: a temporary file in the same folder, then a rename. A run that fails half way never leaves
 * a half-written output behind.
 */
export function writeFileAtomic(path: string, data: string | Uint8Array): void {
  mkdirSync(dirname(path), { recursive: true });
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.${Date.now()}.tmp`);
  try {
    writeFileSync(tmp, data);
    renameSync(tmp, path);
  } catch (error) {
    rmSync(tmp, { force: true });
    throw error;
  }
}

/** Write several files so that either all of them land or none does (each atomically; on failure, remove the new ones). */
export function writeFilesAtomic(files: ReadonlyArray<{ path: string; data: string | Uint8Array }>): void {
  const written: string[] = [];
  try {
    for (const f of files) {
      writeFileAtomic(f.path, f.data);
      written.push(f.path);
    }
  } catch (error) {
    for (const p of written) rmSync(p, { force: true });
    throw error;
  }
}
