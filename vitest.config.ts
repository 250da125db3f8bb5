import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // Browser tests build and serve the site; they get room to do so.
    testTimeout: 30_000,
    hookTimeout: 240_000,
    fileParallelism: false,
  },
});
