import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { staleSource } from '../helpers/fresh-dist.js';

describe('the freshness check of dist/ before the end-to-end tests', () => {
  const root = mkdtempSync(join(tmpdir(), 'edu-comms-fresh-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  const put = (file: string, seconds: number) => {
    mkdirSync(join(root, file, '..'), { recursive: true });
    writeFileSync(join(root, file), '');
    utimesSync(join(root, file), seconds, seconds);
  };

  it('is fresh when every source has a newer compiled file; stale when one is newer or missing', () => {
    put('src/a.ts', 1000);
    put('src/sub/b.ts', 1000);
    put('dist/a.js', 2000);
    put('dist/sub/b.js', 2000);
    expect(staleSource(root)).toBeNull();
    put('src/sub/b.ts', 3000);
    expect(staleSource(root)).toBe(join('src', 'sub', 'b.ts'));
    put('dist/sub/b.js', 4000);
    expect(staleSource(root)).toBeNull();
    put('src/c.ts', 1000);
    expect(staleSource(root)).toBe(join('src', 'c.ts'));
  });

  it('finds the real dist/ fresh once the global setup has run', () => {
    expect(staleSource()).toBeNull();
  });
});
