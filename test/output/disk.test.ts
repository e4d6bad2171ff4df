/**
 * The built binary when the disk fails (full, I/O error, read-only, another drive, no permission) and when two runs
 * write one folder at once: exit 2 (never 3) with a Vietnamese message saying what to do, the previous output whole,
 * nothing left behind; two runs never mix, and a run that cannot get the lock says who holds it.
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, runCli } from '../helpers/cli.js';
import { aggregateArgs, CONFIG, generation, leftovers, workspace } from './faults.js';

const { place, aggregated } = workspace('disk');

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
      const out = aggregated(join(parent, 'out'));
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
