import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  plugins: [react()],
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}', 'tests/security/**/*.test.{ts,tsx}'],
    // better-sqlite3 is a native module: forks isolate it per worker.
    pool: 'forks',
    testTimeout: 20_000,
  },
});
