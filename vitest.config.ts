import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // 2-core CI: two workers keep the e2e child processes from starving each other.
    maxWorkers: 2,
  },
});
