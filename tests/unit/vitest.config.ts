// The unit tests alone, for mutation testing: the build tests would run a real build per mutant.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  root: new URL('../..', import.meta.url).pathname,
  test: { include: ['tests/unit/**/*.test.ts'] },
});
