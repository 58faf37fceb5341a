/**
 * A build meant for publishing refuses to run while the site's public origin is still the
 * placeholder or readers have nowhere to report an error, and names both where it does run.
 */
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { astroBuild, projectRoot } from '../support/astro-build.ts';

const out = (name: string) => join(projectRoot, '.tmp', name);
afterAll(() => rmSync(out('deploy-built'), { recursive: true, force: true }));

it('ARCHIVE_DEPLOY=1 without ARCHIVE_SITE fails at once, saying what to set', () => {
  const { status, output } = astroBuild({
    ARCHIVE_DEPLOY: '1',
    ARCHIVE_SITE: undefined,
    ARCHIVE_OUT_DIR: out('deploy-refused'),
  });
  expect(status).not.toBe(0);
  expect(output).toContain('ARCHIVE_DEPLOY=1 but ARCHIVE_SITE is not set: expected the public origin');
});

it('ARCHIVE_DEPLOY=1 without an address for reports fails at once, saying what to set', () => {
  const { status, output } = astroBuild({
    ARCHIVE_DEPLOY: '1',
    ARCHIVE_SITE: 'https://archive.example.net',
    ARCHIVE_REPORT_URL: undefined,
    GITHUB_REPOSITORY: undefined,
    ARCHIVE_OUT_DIR: out('deploy-refused'),
  });
  expect(status).not.toBe(0);
  expect(output).toContain(
    'ARCHIVE_DEPLOY=1 but ARCHIVE_REPORT_URL is not set: expected where readers report an error',
  );
});

it('a deploy build carries the public origin and the address for reports', () => {
  const { status, output } = astroBuild({
    ARCHIVE_DEPLOY: '1',
    ARCHIVE_SITE: 'https://archive.example.net',
    ARCHIVE_REPORT_URL: 'mailto:corrections@archive.example.net',
    ARCHIVE_OUT_DIR: out('deploy-built'),
    ARCHIVE_CACHE_DIR: join(out('deploy-built'), '.cache'),
  });
  expect(status, output).toBe(0);
  const about = readFileSync(join(out('deploy-built'), 'about', 'index.html'), 'utf8');
  expect(about).toContain('<a href="mailto:corrections@archive.example.net">Report an error</a>');
  expect(about).toContain('<link rel="canonical" href="https://archive.example.net/about/">');
});
