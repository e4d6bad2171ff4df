/**
 * The progress bar: count and rate on an interactive stderr, redrawn a few times a second at most and wiped at the
 * end; nothing at all in a pipe, in CI, or for a small run. The end-to-end half runs the built binary under a
 * pseudo-terminal (`script`, util-linux) and through a pipe.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { progressBar } from '../../src/cli/terminal.js';
import { BIN, EXAMPLES, runCli } from '../helpers/cli.js';

function fakeStream(isTTY: boolean) {
  const writes: string[] = [];
  return { writes, stream: { isTTY, write: (s: string) => writes.push(s) > 0 } as unknown as NodeJS.WriteStream };
}

describe('progressBar', () => {
  it('draws the count and the rate, at most once per interval, and wipes itself at the end', () => {
    const { writes, stream } = fakeStream(true);
    let clock = 0;
    const bar = progressBar('Đang đọc', { stream, env: {}, now: () => clock, interval: 250, rate: (r) => `${r} tệp/giây` });
    for (let done = 1; done <= 1000; done++) {
      clock = done; // one file per millisecond: 1,000 files in one second
      bar.update(done, 1000);
    }
    // first draw at once, then one every 250 ms: at 1, 251, 501, 751, and the wipe at 1000
    expect(writes).toHaveLength(5);
    expect(writes[0]).toContain('1/1000');
    expect(writes[2]).toContain('501/1000');
    expect(writes[2]).toContain('1002 tệp/giây'); // 501 files in 0.5 s
    expect(writes[4]).toBe('\r\x1b[2K');
  });

  it('draws nothing on a pipe, in CI, on a dumb terminal, or for a small run', () => {
    for (const [isTTY, env, total] of [
      [false, {}, 1000],
      [true, { CI: 'true' }, 1000],
      [true, { TERM: 'dumb' }, 1000],
      [true, {}, 10],
    ] as const) {
      const { writes, stream } = fakeStream(isTTY);
      const bar = progressBar('Reading', { stream, env, now: () => 0 });
      for (let done = 1; done <= total; done++) bar.update(done, total);
      expect(writes).toEqual([]);
    }
  });
});

describe('the binary', () => {
  let dir: string;
  const clean = readFileSync(join(EXAMPLES, 'submissions/hk1-2024-2025/pgd-dinhhoa/th-binhyen.yaml'), 'utf8');
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'edu-comms-progress-'));
    mkdirSync(join(dir, 'in'));
    for (let i = 0; i < 60; i++) writeFileSync(join(dir, 'in', `f${String(i).padStart(2, '0')}.yaml`), `${clean}\n# ${i}\n`);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const env = (): NodeJS.ProcessEnv => {
    const e: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1', TERM: 'xterm' };
    delete e['CI'];
    delete e['FORCE_COLOR'];
    return e;
  };

  it('shows the bar with count and rate on a terminal', () => {
    const command = `${JSON.stringify(process.execPath)} ${JSON.stringify(BIN)} validate in --config ${JSON.stringify(join(EXAMPLES, 'edu-comms.yaml'))}`;
    // the 60 reports are one school's: duplicates, so exit 1 — what matters here is stderr on a terminal
    const r = spawnSync('script', ['-qec', command, '/dev/null'], { cwd: dir, env: env(), encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    expect(r.status).toBe(1);
    const out = r.stdout;
    expect(out).toMatch(/Đang đọc \[[█░]{30}\] \d+\/60 · \d+ tệp\/giây/);
    expect(out).toContain('\x1b[2K');
  });

  it('writes no bar into a pipe, and none beside JSON', () => {
    const config = join(EXAMPLES, 'edu-comms.yaml');
    const pretty = runCli(['validate', 'in', '--config', config], { cwd: dir, env: env() });
    const json = runCli(['validate', 'in', '--config', config, '--format', 'json'], { cwd: dir, env: env() });
    for (const r of [pretty, json]) {
      expect(r.stderr + r.stdout).not.toContain('█');
      expect(r.stderr + r.stdout).not.toContain('\x1b[2K');
    }
    expect(JSON.parse(json.stdout).files).toHaveLength(60);
  });
});
