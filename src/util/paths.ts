/**
 * Paths and file names the tool makes: whether one path lies inside a folder, and the one way a code or a file's name
 * becomes a file name stem.
 */
import { relative, sep } from 'node:path';

/** Is `path` the folder `dir` or inside it (on Windows, a path on another drive is not)? */
export function isInside(path: string, dir: string): boolean {
  const rel = relative(dir, path);
  return rel === '' || (!rel.startsWith('..') && !rel.startsWith(sep) && !/^[a-zA-Z]:/.test(rel));
}

/**
 * A code or name as a file name stem that every system takes: lower case, letters (Vietnamese kept), digits, `.`, `_`
 * and `-`, any other run of characters one `-`; '' when nothing is left (the caller names the file otherwise).
 */
export function fileStem(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}._-]+/gu, '-').replace(/^[-.]+|-+$/g, '');
}
