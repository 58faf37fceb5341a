// The unit tests for mutation testing (stryker.config.mjs). Left out: the tests that run a whole stage
// of the build on a copy of content/ (every mutant of src/lib would run them all, for minutes each);
// the functions they exercise have unit tests of their own here.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  root: new URL('../..', import.meta.url).pathname,
  test: {
    include: ['tests/unit/**/*.test.ts'],
    exclude: ['tests/unit/bad-content.test.ts', 'tests/unit/add-text.test.ts'],
  },
});
