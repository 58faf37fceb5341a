import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
      {
        // Each case runs a real `astro build`; they share .astro/, so one at a time.
        test: { name: 'builds', include: ['tests/builds/**/*.test.ts'], testTimeout: 120_000, fileParallelism: false },
      },
    ],
  },
});
