import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // fast-check's seed, fixed unless FC_SEED says otherwise (test/setup/fast-check.ts).
    setupFiles: ['test/setup/fast-check.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // 2-core CI: two workers keep the e2e child processes from starving each other.
    maxWorkers: 2,
  },
});
