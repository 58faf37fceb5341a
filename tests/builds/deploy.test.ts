/** A build meant for publishing refuses to run while the site's public origin is still the placeholder. */
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { astroBuild, projectRoot } from '../support/astro-build.ts';

it('ARCHIVE_DEPLOY=1 without ARCHIVE_SITE fails at once, saying what to set', () => {
  const { status, output } = astroBuild({
    ARCHIVE_DEPLOY: '1',
    ARCHIVE_SITE: undefined,
    ARCHIVE_OUT_DIR: join(projectRoot, '.tmp', 'deploy-refused'),
  });
  expect(status).not.toBe(0);
  expect(output).toContain('ARCHIVE_DEPLOY=1 but ARCHIVE_SITE is not set: expected the public origin');
});
