/**
 * The built binary killed (SIGKILL) at every step of its write: an output folder holds one complete generation — the
 * old one or the new one, never a mix — a document is the old one or the whole new one, and the next run cleans up.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { aggregateArgs, CONFIG, generation, leftovers, workspace } from './faults.js';

const { place, aggregated } = workspace('kill');

describe('aggregate killed at every step of the write', () => {
  // mkdir of the new folder, the three files and the manifest, the carried document, the two renames
  const steps = ['mkdir:1', 'write:1', 'write:2', 'write:3', 'write:4', 'link:1', 'rename:1', 'rename:2'];
  for (const s of steps) {
    it(`killed at ${s}: the old generation or the new one, never a mix, and the next run cleans up`, () => {
      const parent = place();
      const out = aggregated(join(parent, 'out'));
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
        const render = runCli(['render', '--config', CONFIG, '--summary', join(out, 'summary.json'), '--out', join(parent, 'r.docx'), '--date', '2025-01-06', '--signer-name', 'A', '--signer-title', 'B', '--to', 'C']);
        expect(render.code, render.stderr).toBe(0);
        expect(generation(out)).toBe('2025-01-05');
        expect(readFileSync(join(out, 'ghi-chu.txt'), 'utf8')).toBe('notes');
      }
      expect(runCli(aggregateArgs(out, '2025-01-07')).code).toBe(0);
      expect(generation(out)).toBe('2025-01-07');
      expect(readFileSync(join(out, 'ghi-chu.txt'), 'utf8')).toBe('notes');
      expect(leftovers(parent), s).toEqual([]);
    });
  }
});

describe('render killed at every step of its write', () => {
  let dir: string;
  let old: Buffer;
  const args = (date: string) => ['render', '--config', CONFIG, '--summary', join(dir, 'tong-hop'), '--out', join(dir, 'van-ban', 'report.docx'), '--date', date, '--signer-name', 'A', '--signer-title', 'B', '--to', 'C'];
  beforeAll(() => {
    dir = place();
    aggregated(join(dir, 'tong-hop'));
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
