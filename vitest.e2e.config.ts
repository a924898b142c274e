import { defineConfig } from 'vitest/config';

// Browser tests: a built app served by `vite preview`, driven in Chromium (scripts/test.mjs
// decides whether they run).
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.ts'],
    globalSetup: ['test/e2e/global-setup.ts'],
    globals: true,
    testTimeout: 60_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
