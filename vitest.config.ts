import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // Browser tests build and serve the site; on a loaded 2-core machine a page step can take many
    // seconds, so tests get minutes (a limit that fails only a hung test, never a slow one).
    testTimeout: 120_000,
    hookTimeout: 420_000,
    fileParallelism: false,
  },
});
