import { defineConfig } from 'vitest/config';

// `npm run test:slow`: tests that take minutes on purpose (real processes killed at real moments).
// `npm test` leaves them out; CI (.ci/run) runs both.
export default defineConfig({
  test: {
    root: new URL('../..', import.meta.url).pathname,
    include: ['tests/slow/**/*.test.ts'],
    pool: 'forks',
    testTimeout: 300_000,
  },
});
