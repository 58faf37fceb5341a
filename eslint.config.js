// @ts-check
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'dist/',
      '.astro/',
      '.tmp/',
      'node_modules/',
      'reports/',
      // StrykerJS's sandboxes while a mutation run is under way.
      '.stryker-tmp*/',
      'test-results/',
      'tests/fixtures/',
      'content/',
      // What the benchmark's peer generates when it builds.
      'scripts/bench-peer/*/.astro/',
      'scripts/bench-peer/*/dist/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
  {
    rules: {
      // A message or a class list stays whole on its line, so that it can be found with a search.
      'max-len': [
        'error',
        { code: 120, ignoreUrls: true, ignoreRegExpLiterals: true, ignoreStrings: true, ignoreTemplateLiterals: true },
      ],
      // No-break spaces are part of the record: tests hold them in strings and snapshots on purpose.
      'no-irregular-whitespace': ['error', { skipStrings: true, skipTemplates: true }],
      // An import of types only must vanish from the bundle: `import { type X }` would keep the module
      // (and all it imports, zod included) in the search page's script.
      '@typescript-eslint/no-import-type-side-effects': 'error',
      // A leading underscore marks a value taken apart on purpose and not used.
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
    },
  },
  // Plain Node scripts: Node's globals, which TypeScript does not check here.
  { files: ['**/*.mjs', '**/*.js'], rules: { 'no-undef': 'off' } },
);
