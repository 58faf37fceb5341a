/** A build meant for publishing refuses to run while the site's public origin is still the placeholder. */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { contentRoot } from '../support/content.ts';

it('ARCHIVE_DEPLOY=1 without ARCHIVE_SITE fails at once, saying what to set', () => {
  const projectRoot = join(contentRoot, '..');
  const { ARCHIVE_SITE: _unset, ...env } = process.env;
  const result = spawnSync(
    process.execPath,
    [join(projectRoot, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build'],
    {
      cwd: projectRoot,
      encoding: 'utf8',
      env: {
        ...env,
        ARCHIVE_DEPLOY: '1',
        ARCHIVE_OUT_DIR: join(projectRoot, '.tmp', 'deploy-refused'),
        ASTRO_TELEMETRY_DISABLED: '1',
      },
    },
  );
  expect(result.status).not.toBe(0);
  expect(`${result.stdout}${result.stderr}`).toContain(
    'ARCHIVE_DEPLOY=1 but ARCHIVE_SITE is not set: expected the public origin',
  );
});
