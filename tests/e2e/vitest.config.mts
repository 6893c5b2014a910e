import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    root: new URL('../..', import.meta.url).pathname,
    include: ['tests/e2e/**/*.e2e.ts'],
    pool: 'forks',
    // Two files at a time, one Chromium each: a file spends most of its time waiting on its browser, so on the
    // 2-core CI machine this took the suite from about 5 to 3 minutes (each file has its own data folder and port).
    fileParallelism: true,
    maxWorkers: 2,
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
