import { afterEach, describe, expect, it, vi } from 'vitest';
import { ConfigError, EXIT, UsageError } from '../../src/util/errors.js';
import { reportFailure } from '../../src/cli/report-failure.js';

function captureStderr(fn: () => number): { code: number; text: string } {
  const chunks: string[] = [];
  const spy = vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
    chunks.push(String(chunk));
    return true;
  });
  try {
    return { code: fn(), text: chunks.join('') };
  } finally {
    spy.mockRestore();
  }
}

describe('reporting failures', () => {
  afterEach(() => vi.restoreAllMocks());

  it('an internal error is exit 3 with a short message and no stack', () => {
    const { code, text } = captureStderr(() => reportFailure(new TypeError('boom'), false, 'vi'));
    expect(code).toBe(EXIT.internal);
    expect(text).toContain('boom');
    expect(text).toContain('--debug');
    expect(text).not.toMatch(/\n\s+at /);
  });

  it('shows the stack with --debug', () => {
    const { code, text } = captureStderr(() => reportFailure(new TypeError('boom'), true, 'en'));
    expect(code).toBe(EXIT.internal);
    expect(text).toMatch(/\n\s+at /);
  });

  it('usage and config errors are exit 2 with what fixes them', () => {
    const usage = captureStderr(() => reportFailure(new UsageError('bad', 'edu-comms validate DIR'), false, 'vi'));
    expect(usage.code).toBe(EXIT.usage);
    expect(usage.text).toContain('edu-comms validate DIR');
    const config = captureStderr(() => reportFailure(new ConfigError('broken', ['edu-comms.yaml:3:1 x']), false, 'vi'));
    expect(config.code).toBe(EXIT.usage);
    expect(config.text).toContain('edu-comms.yaml:3:1 x');
  });
});
