import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // the end-to-end tests run dist/: rebuild it first when src/ is newer (test/helpers/fresh-dist.ts)
    globalSetup: ['test/helpers/fresh-dist.ts'],
    // separate processes (the fault tests kill, spawn and set environment variables); on a 2-core machine vitest's
    // default (cores − 1) leaves one core idle while a test waits for the binary it spawned, so use both
    pool: 'forks',
    maxWorkers: 2,
    // end-to-end tests spawn the built binary; give them room on a loaded 2-core machine
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
