import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // separate processes (the fault tests kill, spawn and set environment variables); on a 2-core machine vitest's
    // default (cores − 1) leaves one core idle while a test waits for the binary it spawned, so use both
    pool: 'forks',
    maxWorkers: 2,
    // end-to-end tests spawn the built binary; give them room on a loaded 2-core machine
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
