/**
 * Byte budgets, as transferred (gzip) to a reader's browser on a first visit with an empty cache.
 */
import { expect, test, type Page } from '@playwright/test';

interface Transfer {
  total: number;
  js: number;
  css: number;
  inlineJs: number;
  /** The shared file of the maps' country shapes, counted apart: one file for every map, kept by the browser. */
  shapes: number;
}

async function transferred(page: Page, path: string, waitForSearch = false): Promise<Transfer> {
  const sizes: Array<Promise<{ type: string; bytes: number }>> = [];
  page.context().on('requestfinished', (request) => {
    sizes.push(
      request.sizes().then((s) => ({
        type: new URL(request.url()).pathname.startsWith('/maps/') ? 'shapes' : request.resourceType(),
        bytes: s.responseBodySize + s.responseHeadersSize,
      })),
    );
  });
  await page.goto(path, { waitUntil: 'networkidle' });
  if (waitForSearch) await expect(page.locator('#search-input')).toBeVisible();
  const all = await Promise.all(sizes);
  const sum = (kind?: string) =>
    all.filter((s) => (kind ? s.type === kind : s.type !== 'shapes')).reduce((n, s) => n + s.bytes, 0);
  const inlineJs = await page
    .locator('script:not([src]):not([type="application/ld+json"])')
    .evaluateAll((els) => els.reduce((n, el) => n + new TextEncoder().encode(el.textContent ?? '').length, 0));
  return { total: sum(), js: sum('script'), css: sum('stylesheet'), inlineJs, shapes: sum('shapes') };
}

const KB = 1024;
// A resolution's page carries the record around its vote (drafting, statements, follow-up) beside
// its facts; 37/23, with the most statements, is the heaviest. A page with long text (a source text)
// loads the typography sheet as a second file: its CSS is the same rules as before in two responses.
const reading = [
  { type: 'article', path: '/articles/2021-03-25-china-champions-win-win-cooperation/', limit: 20, css: 9 },
  {
    type: 'article (longest)',
    path: '/articles/2024-03-29-liu-xinsheng-promote-cooperation-based-on-mutual-benefits/',
    limit: 20,
    css: 9,
  },
  // Its map of the vote adds only the map's colouring (3 KB at most; the shapes are one shared file).
  { type: 'resolution', path: '/resolutions/a-hrc-res-37-23/', limit: 24 + 3, css: 8 },
  // Every text of further reading on one page (63 today): a list, weighed like the vote matrix.
  { type: 'further reading', path: '/further-reading/', limit: 30, css: 8 },
  { type: 'further reading by voice', path: '/further-reading/by-voice/', limit: 30, css: 8 },
];

for (const { type, path, limit, css } of reading) {
  test(`${type} page: ≤ ${limit} KB in all, ≤ 1 KB of JavaScript, ≤ ${css} KB of CSS`, async ({ page }) => {
    const t = await transferred(page, path);
    test.info().annotations.push({ type: 'bytes', description: JSON.stringify(t) });
    expect(t.total).toBeLessThanOrEqual(limit * KB);
    expect(t.js + t.inlineJs).toBeLessThanOrEqual(1 * KB);
    expect(t.css).toBeLessThanOrEqual(css * KB);
    expect(t.shapes).toBeLessThanOrEqual(30 * KB);
  });
}

const voting = [
  { type: 'vote matrix', path: '/votes/', limit: 30 },
  { type: 'State', path: '/states/united-kingdom/', limit: 20 },
  { type: 'States index, with its map', path: '/states/', limit: 20 + 3 },
  { type: 'series, with three maps', path: '/series/cooperation/', limit: 30 },
  { type: 'timeline, with its chart', path: '/timeline/', limit: 25 },
];

for (const { type, path, limit } of voting) {
  test(`${type} page: ≤ ${limit} KB in all, no JavaScript beyond the theme toggle`, async ({ page }) => {
    const t = await transferred(page, path);
    test.info().annotations.push({ type: 'bytes', description: JSON.stringify(t) });
    expect(t.total).toBeLessThanOrEqual(limit * KB);
    expect(t.js + t.inlineJs).toBeLessThanOrEqual(1 * KB);
    expect(t.shapes).toBeLessThanOrEqual(30 * KB);
  });
}

test('search page: ≤ 25 KB before the first query, its script ≤ 4 KB', async ({ page }) => {
  const t = await transferred(page, '/search/', true);
  test.info().annotations.push({ type: 'bytes', description: JSON.stringify(t) });
  expect(t.total).toBeLessThanOrEqual(25 * KB);
  expect(t.js).toBeLessThanOrEqual(4 * KB);
  expect(t.css).toBeLessThanOrEqual(8 * KB + 1 * KB);
});

// What a reader's first search costs, the search engine's own 75 KB (its script and WebAssembly)
// included: every query of a set that mixes names, symbols, phrases and words about voting. Before
// the index was cut in chunks sized for the site, the lightest of these took 98 KB and the heaviest 152 KB.
const firstQueries = [
  'cooperation',
  '37/23',
  'UK',
  'right to development',
  'abstained',
  'vaccines developing countries',
];

for (const query of firstQueries) {
  test(`search page: the first query “${query}” transfers ≤ 96 KB`, async ({ page }) => {
    await page.goto('/search/', { waitUntil: 'networkidle' });
    const sizes: Array<Promise<number>> = [];
    page.context().on('requestfinished', (request) => {
      sizes.push(request.sizes().then((s) => s.responseBodySize + s.responseHeadersSize));
    });
    await page.locator('#search-input').fill(query);
    await expect(page.locator('#search-summary')).toContainText(`for ${query}`);
    await expect(page.locator('#search-results li').first()).not.toHaveAttribute('aria-hidden', 'true');
    await page.waitForLoadState('networkidle');
    const total = (await Promise.all(sizes)).reduce((sum, bytes) => sum + bytes, 0);
    test.info().annotations.push({ type: 'bytes', description: String(total) });
    expect(total).toBeGreaterThan(60 * KB);
    expect(total).toBeLessThanOrEqual(96 * KB);
  });
}

test('no web fonts are loaded', async ({ page }) => {
  const fonts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'font') fonts.push(request.url());
  });
  for (const path of ['/', ...reading.map((r) => r.path), '/timeline/'])
    await page.goto(path, { waitUntil: 'networkidle' });
  expect(fonts).toEqual([]);
});
