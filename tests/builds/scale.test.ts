/**
 * Lists stay bounded as the archive grows: a build with 125 source texts (the real five and 120
 * synthetic ones from the benchmark's generator) splits the index into pages, keeps the home page
 * and the feed short, and still lists every text exactly once.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeCorpus } from '../../scripts/synthetic-corpus.mjs';
import { contentRoot, readArticles } from '../support/content.ts';

const projectRoot = join(contentRoot, '..');
const scratch = mkdtempSync(join(tmpdir(), 'archive-scale-'));
const dist = join(scratch, 'dist');
const synthetic = 120;
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

beforeAll(() => {
  makeCorpus(contentRoot, join(scratch, 'content'), synthetic);
  const result = spawnSync(
    process.execPath,
    [join(projectRoot, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build'],
    {
      cwd: projectRoot,
      encoding: 'utf8',
      env: {
        ...process.env,
        ARCHIVE_CONTENT_DIR: join(scratch, 'content'),
        ARCHIVE_OUT_DIR: dist,
        ARCHIVE_CACHE_DIR: join(scratch, 'cache'),
        ASTRO_TELEMETRY_DISABLED: '1',
      },
    },
  );
  if (result.status !== 0) throw new Error(result.stdout + result.stderr);
}, 120_000);

const html = (path: string) => readFileSync(join(dist, path), 'utf8');
/** The source texts a page links to, in order (the index's own pages are not texts). */
const textLinks = (page: string) =>
  [...page.matchAll(/<h[23][^>]*><a href="\/articles\/([a-z0-9-]+)\/"/g)].map((m) => m[1]);

describe('an archive of 125 source texts', () => {
  const total = readArticles().length + synthetic;

  it('splits the source-text index into pages of 50, newest first, each text on exactly one', () => {
    const pages = [html('articles/index.html'), html('articles/page/2/index.html'), html('articles/page/3/index.html')];
    expect(pages.map((page) => textLinks(page).length)).toEqual([50, 50, total - 100]);
    const all = pages.flatMap(textLinks);
    expect(new Set(all).size).toBe(total);
    expect(pages[0]).toContain(`1–50 of ${total} texts`);
    expect(pages[0]).toContain('href="/articles/page/2/" rel="next"');
    expect(pages[2]).toContain('href="/articles/page/2/" rel="prev"');
    expect(pages[2]).not.toContain('rel="next"');
  });

  it('shows the ten newest texts on the home page and links to the rest', () => {
    const home = html('index.html');
    expect(textLinks(home)).toHaveLength(10);
    expect(textLinks(home)).toEqual(textLinks(html('articles/index.html')).slice(0, 10));
    expect(home).toContain(`All ${total} source texts`);
  });

  it('keeps the feed to the 50 newest items', () => {
    expect(html('rss.xml').match(/<item>/g)).toHaveLength(50);
  });

  it('keeps the timeline rail beside a text short', () => {
    const article = html('articles/bench-000060/index.html');
    const rail = /<nav aria-labelledby="rail-heading"[\s\S]*?<\/nav>/.exec(article)?.[0] ?? '';
    const railTexts = rail.match(/This text|href="\/articles\//g) ?? [];
    expect(railTexts.length).toBeGreaterThan(1);
    expect(railTexts.length).toBeLessThanOrEqual(7);
  });
});
