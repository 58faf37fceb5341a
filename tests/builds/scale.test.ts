/**
 * Lists stay bounded as the archive grows: a build with 125 source texts (the real five and 120
 * synthetic ones from the benchmark's generator) splits the index into pages, keeps the home page
 * and the feed short, and still lists every text exactly once.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeCorpus } from '../../scripts/synthetic-corpus.mjs';
import { astroBuild } from '../support/astro-build.ts';
import { contentRoot, readSourceTexts } from '../support/content.ts';
import { canonicalHtml as canonical } from '../support/html.ts';

const scratch = mkdtempSync(join(tmpdir(), 'archive-scale-'));
const dist = join(scratch, 'dist');
const synthetic = 120;
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const distAllMdx = join(scratch, 'dist-all-mdx');

function build(out: string, extra: Record<string, string> = {}) {
  const { status, output } = astroBuild({
    ARCHIVE_CONTENT_DIR: join(scratch, 'content'),
    ARCHIVE_OUT_DIR: out,
    ARCHIVE_CACHE_DIR: join(scratch, `cache-${out.split('/').at(-1)}`),
    ...extra,
  });
  if (status !== 0) throw new Error(output);
}

beforeAll(() => {
  makeCorpus(contentRoot, join(scratch, 'content'), synthetic);
  build(dist);
  // The same texts, every one compiled by @astrojs/mdx instead of the loader's fast path.
  build(distAllMdx, { ARCHIVE_ALL_TEXTS_AS_MDX: '1' });
}, 240_000);

const html = (path: string) => readFileSync(join(dist, path), 'utf8');
/** The source texts a page links to, in order (the index's own pages are not texts). */
const textLinks = (page: string) =>
  [...page.matchAll(/<h[23][^>]*><a href="\/articles\/([a-z0-9-]+)\/"/g)].map((m) => m[1]);

describe('an archive of 125 source texts', () => {
  const total = readSourceTexts().length + synthetic;

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

describe('the fast path for texts without components', () => {
  it('gives the same HTML as @astrojs/mdx, for the real texts and the synthetic corpus', () => {
    const body = (root: string, slug: string) => {
      const page = readFileSync(join(root, 'articles', slug, 'index.html'), 'utf8');
      return /data-article-body>([\s\S]*?)<\/div>/.exec(page)?.[1] ?? '';
    };
    const slugs = readdirSync(join(dist, 'articles')).filter((name) => name !== 'page' && name !== 'index.html');
    expect(slugs.length).toBe(synthetic + readSourceTexts().length);
    const differing = slugs.filter((slug) => canonical(body(dist, slug)) !== canonical(body(distAllMdx, slug)));
    expect(differing).toEqual([]);
    // Not vacuous: the two builds took different paths (their raw HTML differs, if only in how quotes
    // are escaped), and the bodies compared hold text.
    expect(slugs.filter((slug) => body(dist, slug) !== body(distAllMdx, slug)).length).toBeGreaterThan(0);
    expect(canonical(body(dist, slugs[0] as string)).length).toBeGreaterThan(200);
  });
});
