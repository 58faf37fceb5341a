/**
 * The small things a reader review found, each as a reader meets it: a line above a text that agrees
 * with its sidebar, sentences that read as sentences, a theme button that shows its state, one face
 * for headings, the series in reach, and downloads a spreadsheet opens right.
 */
import { expect, test } from '@playwright/test';

const yu = '/articles/2018-02-28-yu-jianhua-win-win-cooperation-for-the-common-cause/';

test('a text that names no resolution says so above it, as its sidebar does', async ({ page }) => {
  await page.goto(yu);
  await expect(page.locator('#mentions-line')).toContainText(
    'This text names no resolution; the archive sets A/HRC/RES/37/23 beside it for context.',
  );
  await expect(page.locator('#mentions-line')).not.toContainText('This text mentions');
});

test('the label above a statement names its publisher with its article', async ({ page }) => {
  await page.goto(yu);
  await expect(page.getByText('Official statement, as published by the Permanent Mission of')).toBeVisible();
});

test('the words of a text that refer to a resolution read as a sentence', async ({ page }) => {
  await page.goto('/articles/2021-03-25-china-champions-win-win-cooperation/');
  const line = page.locator('p', { hasText: 'The text calls it' }).filter({ hasText: '2020' });
  await expect(line.locator('q')).toHaveText('2020');
  await expect(page.getByText('The text refers to it as')).toHaveCount(0);
});

test('a State that sat but did not vote is not said to have cast its first vote', async ({ request }) => {
  const states = ['/states/', '/states/by-votes-not-cast/'];
  const html = await (await request.get(states[1] as string)).text();
  const slug = /<a href="\/states\/([\w-]+)\/">/.exec(html.slice(html.indexOf('<tbody')))?.[1];
  const page = await (await request.get(`/states/${slug}/`)).text();
  const rows = [...page.matchAll(/<tr[^>]*data-vote="notVoting"[^>]*>([\s\S]*?)<\/tr>/g)].map((m) => m[1]);
  expect(rows.length).toBeGreaterThan(0);
  for (const row of rows) expect(row).not.toContain('First vote');
});

test('the theme button looks pressed when the dark theme is on', async ({ page }) => {
  await page.goto('/about/');
  const button = page.locator('#theme-toggle');
  const look = () => button.evaluate((b) => getComputedStyle(b).backgroundColor);
  const off = await look();
  await button.click();
  await expect(button).toHaveAttribute('aria-pressed', 'true');
  expect(await look()).not.toBe(off);
});

test('headings on the About and series pages use the face of every other heading', async ({ page }) => {
  await page.goto('/resolutions/');
  const face = await page
    .locator('main h2')
    .first()
    .evaluate((h) => getComputedStyle(h).fontFamily);
  for (const path of ['/about/', '/series/cooperation/']) {
    await page.goto(path);
    expect(
      await page
        .locator('main h2')
        .first()
        .evaluate((h) => getComputedStyle(h).fontFamily),
      path,
    ).toBe(face);
  }
});

test('every page links the three series pages', async ({ page }) => {
  for (const path of ['/', '/states/india/']) {
    await page.goto(path);
    const series = page.getByRole('navigation', { name: 'Series pages' });
    for (const href of ['/series/development/', '/series/cooperation/', '/series/related/'])
      await expect(series.locator(`a[href="${href}"]`), path).toHaveCount(1);
  }
});

test('the CSV downloads open in Excel as UTF-8, and the dataset can be cited in BibTeX and RIS', async ({
  page,
  request,
}) => {
  for (const file of ['resolutions.csv', 'votes.csv', 'votes-matrix.csv', 'statements.csv']) {
    const bytes = await (await request.get(`/data/${file}`)).body();
    expect([...bytes.subarray(0, 3)], file).toEqual([0xef, 0xbb, 0xbf]);
  }
  await page.goto('/data/');
  await expect(page.locator('#dataset-bibtex')).toContainText('@misc{hrcarchive');
  const ris = await page.getByRole('link', { name: 'Download the citation as RIS' }).getAttribute('href');
  expect(decodeURIComponent(ris ?? '')).toContain('TY  - DATA');
});

test('the home page says which years the series and the other resolutions span', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('main p').first()).toContainText('Between 2017 and 2021');
  await expect(page.locator('main p').first()).toContainText('adopted between 2021 and 2022');
});

test('without JavaScript the header offers the search page rather than a box that would drop the query', async ({
  browser,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/resolutions/');
  const header = page.locator('header');
  await expect(header.locator('#site-search')).toBeHidden();
  await expect(header.getByRole('link', { name: 'Search', exact: true })).toHaveAttribute('href', '/search/');
  await context.close();
});
