// @ts-check
/**
 * Mutation testing: Stryker changes the code under `src/lib`, `src/schemas` and `src/markdown` one small
 * bug at a time and runs the unit tests against each; a change no test notices is a test missing.
 * `npm run test:mutation` fails below the break threshold. The report is written under reports/mutation/.
 * @type {import('@stryker-mutator/api/core').PartialStrykerOptions}
 */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'tests/unit/vitest.config.ts', related: false },
  mutate: ['src/lib/**/*.ts', 'src/schemas/**/*.ts', 'src/markdown/**/*.ts'],
  checkers: [],
  coverageAnalysis: 'perTest',
  // A mutant of a module-level value (a constant table) would run every unit test, hundreds of times over:
  // on two cores that alone is hours. They are left out of the score; the tables are checked by tests
  // that read them (the block tags of the verbatim proof, the vote groups…).
  ignoreStatic: true,
  concurrency: 2,
  timeoutMS: 20_000,
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  thresholds: { high: 95, low: 90, break: 90 },
  tempDirName: '.tmp/stryker',
  cleanTempDir: 'always',
};
