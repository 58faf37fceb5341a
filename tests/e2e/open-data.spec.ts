import { expect, test } from '@playwright/test';
import { resolutionsFile, sourcesFile } from '../../src/lib/open-data.ts';
import { timelineFile } from '../../src/schemas/timeline-entry.ts';
import { readSourceTexts, readResolutions } from '../support/content.ts';
import { parseCsv } from '../support/csv.ts';

const site = 'https://hrc-archive.example.org';

test('resolutions.json matches its schema, the data and the pages', async ({ request, page }) => {
  const records = resolutionsFile.parse(await (await request.get('/data/resolutions.json')).json());
  const data = readResolutions();
  expect(records.map((r) => r.symbol).sort()).toEqual(data.map((r) => r.symbol).sort());
  for (const record of records) {
    await page.goto(new URL(record.url).pathname);
    await expect(page.locator('[data-vote="inFavour"]')).toHaveText(String(record.vote.inFavour));
    await expect(page.locator('[data-vote="against"]')).toHaveText(String(record.vote.against));
    await expect(page.locator('[data-vote="abstaining"]')).toHaveText(String(record.vote.abstaining));
    await expect(page.locator(`time[datetime="${record.adopted}"]`).first()).toBeAttached();
  }
});

test('resolutions.csv has a header row and one row per resolution, agreeing with the JSON', async ({ request }) => {
  const response = await request.get('/data/resolutions.csv');
  expect(response.headers()['content-type']).toContain('text/csv; charset=utf-8');
  const [header, ...rows] = parseCsv(await response.text());
  expect(header?.slice(0, 5)).toEqual(['symbol', 'title', 'series', 'session', 'adopted']);
  const json = resolutionsFile.parse(await (await request.get('/data/resolutions.json')).json());
  expect(rows).toHaveLength(json.length);
  for (const row of rows) {
    const record = json.find((r) => r.symbol === row[0]);
    expect(record?.adopted).toBe(row[4]);
    expect(String(record?.vote.inFavour)).toBe(row[header!.indexOf('in_favour')]);
  }
});

test('timeline.json and sources.json match their schemas and the content', async ({ request }) => {
  const timeline = timelineFile.parse(await (await request.get('/data/timeline.json')).json());
  expect(timeline.entries.filter((e) => e.kind === 'resolution')).toHaveLength(readResolutions().length);
  const sources = sourcesFile.parse(await (await request.get('/data/sources.json')).json());
  expect(sources.map((s) => s.published).sort()).toEqual(
    readSourceTexts()
      .map((a) => a.frontmatter.published.date)
      .sort(),
  );
  const js = await (await request.get('/data/timeline-timelinejs.json')).json();
  expect(js.events).toHaveLength(timeline.entries.length);
  expect(js.events[0]).toMatchObject({
    unique_id: timeline.entries[0]?.id,
    start_date: { year: timeline.entries[0]?.date.slice(0, 4) },
  });
});

test('each JSON download publishes a JSON Schema', async ({ request }) => {
  for (const name of ['resolutions', 'sources', 'timeline', 'votes']) {
    const schema = await (await request.get(`/data/schemas/${name}.schema.json`)).json();
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.title).toContain(`${name}.json`);
  }
});

test('the /data/ page lists every download with its true size', async ({ page, request }) => {
  await page.goto('/data/');
  const listed = await page
    .locator('a[data-download]')
    .evaluateAll((links) => links.map((a) => a.getAttribute('data-download')));
  expect(listed).toEqual([
    'resolutions.json',
    'resolutions.csv',
    'votes.json',
    'votes.csv',
    'votes-matrix.csv',
    'timeline.json',
    'timeline-timelinejs.json',
    'statements.json',
    'statements.csv',
    'follow-up.json',
    'follow-up.csv',
    'further-reading.json',
    'further-reading.csv',
    'further-reading.csl.json',
    'further-reading.ris',
    'further-reading.bib',
    'titles.json',
    'sources.json',
  ]);
  for (const file of listed) {
    const bytes = (await (await request.get(`/data/${file}`)).body()).length;
    await expect(
      page.locator('tr', { has: page.locator(`a[data-download="${file}"]`) }).locator('[data-bytes]'),
    ).toHaveAttribute('data-bytes', String(bytes));
  }
});

test('the feed and the sitemap are well-formed XML and every URL in them resolves', async ({ page, request }) => {
  const urls: string[] = [];
  for (const path of ['/rss.xml', '/sitemap-index.xml', '/sitemap-0.xml']) {
    const xml = await (await request.get(path)).text();
    await page.setContent('<html></html>');
    const parsed = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'application/xml');
      return {
        error: doc.querySelector('parsererror')?.textContent ?? null,
        urls: [...doc.querySelectorAll('loc, item > link')].map((n) => n.textContent ?? ''),
      };
    }, xml);
    expect(parsed.error, path).toBeNull();
    urls.push(...parsed.urls);
  }
  expect(urls.length).toBeGreaterThan(20);
  for (const url of urls) {
    expect(url.startsWith(site), url).toBe(true);
    expect((await request.get(url.slice(site.length))).status(), url).toBe(200);
  }
  expect(await (await request.get('/robots.txt')).text()).toContain(`Sitemap: ${site}/sitemap-index.xml`);
});
