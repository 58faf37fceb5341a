import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { CORE_SCHEMA, load } from 'js-yaml';
import { positionInYear } from '../../src/lib/timeline-chart.ts';
import { timelineViews } from '../../src/lib/timeline-views.ts';
import { shortSymbol, symbolToSlug } from '../../src/lib/slugs.ts';
import { contentRoot, readSourceTexts, readResolutions } from '../support/content.ts';

test('the timeline is in chronological order, with an anchor per year and per entry', async ({ page }) => {
  await page.goto('/timeline/');
  const dates = await page
    .locator('ol > li[id] > p > time')
    .evaluateAll((els) => els.map((el) => el.getAttribute('datetime') ?? ''));
  expect(dates.length).toBeGreaterThan(20);
  expect(dates).toEqual([...dates].sort());
  for (const year of [2017, 2018, 2019, 2020, 2021, 2022])
    await expect(page.locator(`h2#y${year}`)).toHaveText(String(year));
  const ids = await page.locator('ol > li[id]').evaluateAll((els) => els.map((el) => el.id));
  expect(new Set(ids).size).toBe(ids.length);
});

test('every resolution and source text is on the timeline, with the votes visible', async ({ page }) => {
  await page.goto('/timeline/');
  for (const r of readResolutions()) {
    const entry = page.locator(`li#${r.file.replace('.yaml', '')}`);
    await expect(entry).toContainText(r.symbol);
    await expect(entry.getByRole('img')).toHaveAttribute('aria-label', new RegExp(`${r.vote.inFavour} in favour`));
  }
  for (const a of readSourceTexts()) await expect(page.locator(`li#text-${a.slug}`)).toHaveCount(1);
});

test.describe('filters work without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  for (const view of timelineViews.filter((v) => v.id !== 'all')) {
    test(`${view.label}`, async ({ page }) => {
      await page.goto('/timeline/');
      await page
        .getByRole('navigation', { name: 'Filter the timeline' })
        .getByRole('link', { name: view.label, exact: true })
        .click();
      await expect(page).toHaveURL(`/timeline/${view.id}/`);
      const kinds = await page
        .locator('ol > li[data-kind]')
        .evaluateAll((els) => els.map((el) => el.getAttribute('data-kind')));
      expect(kinds.length).toBeGreaterThan(0);
      for (const kind of kinds) expect(view.filter.kinds).toContain(kind);
    });
  }
});

const yamlFile = (name: string) => load(readFileSync(join(contentRoot, name), 'utf8'), { schema: CORE_SCHEMA });

test('the timeline opens with a chart drawn at build time: a row a year, every session, resolution, text and event a link', async ({
  page,
}) => {
  await page.goto('/timeline/');
  const chart = page.locator('figure.timeline-chart');
  // Drawn before the list, with no script of its own.
  expect(await chart.evaluate((el) => el.compareDocumentPosition(document.querySelector('ol')!) & 4)).toBe(4);
  expect(await page.locator('script[src]').count()).toBe(0);
  const rows = chart.locator('svg.chart-year');
  await expect(rows).toHaveCount(6);
  expect(await rows.evaluateAll((els) => els.map((el) => el.getAttribute('aria-label')))).toEqual([
    '2017',
    '2018',
    '2019',
    '2020',
    '2021',
    '2022',
  ]);
  for (const r of readResolutions()) {
    const slug = symbolToSlug(r.symbol);
    const link = chart.locator(`a[href="/resolutions/${slug}/"]`);
    await expect(link).toHaveCount(1);
    await expect(link).toContainText(shortSymbol(r.symbol));
    await expect(link).toHaveAccessibleName(
      new RegExp(`^${shortSymbol(r.symbol)}, Resolution: ${r.symbol}.*${r.vote.inFavour} in favour`),
    );
    // To scale: the mark stands at the adoption day's share of its year.
    await expect(link.locator('svg')).toHaveAttribute('x', `${positionInYear(r.adopted.value)}%`);
    await expect(link.locator('rect.fill-yes')).toHaveCount(1);
  }
  for (const a of readSourceTexts()) {
    const inSpan = Number(a.frontmatter.published.date.slice(0, 4)) <= 2022;
    // A dot leads to the text's entry in the list, which names it: a touch screen shows no tooltip.
    const drawn = chart.locator(`svg a[href="#text-${a.slug}"]`);
    await expect(drawn).toHaveCount(inSpan ? 1 : 0);
    if (!inSpan) await expect(chart.locator(`p a[href="#text-${a.slug}"]`)).toHaveCount(1);
  }
  const sessions = Object.keys(yamlFile('sessions.yaml') as Record<string, unknown>);
  for (const n of sessions) await expect(chart.locator(`a[href="#session-${n}"]`)).toContainText(n);
  const events = yamlFile('events.yaml') as Array<{ id: string }>;
  for (const e of events) await expect(chart.locator(`a[href="#event-${e.id}"]`)).toHaveCount(1);
  await expect(chart.getByRole('list', { name: 'Legend' })).toContainText('Council session');
});

test('the marks are reached with the keyboard in date order, and followed', async ({ page }) => {
  await page.goto('/timeline/');
  const chart = page.locator('figure.timeline-chart');
  const focused = (selector: string) => chart.locator(selector).evaluate((el) => el === document.activeElement);
  await chart.locator('a[href="#session-37"]').focus();
  await page.keyboard.press('Tab');
  expect(await focused('a[href="#text-2018-02-28-yu-jianhua-win-win-cooperation-for-the-common-cause"]')).toBe(true);
  await page.keyboard.press('Tab');
  expect(await focused('a[href="/resolutions/a-hrc-res-37-23/"]')).toBe(true);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL('/resolutions/a-hrc-res-37-23/');
});

test('the list has no empty years: a filtered view names the years without entries once', async ({ page }) => {
  await page.goto('/timeline/source-texts/');
  await expect(page.getByText('No entries this year')).toHaveCount(0);
  const headings = await page.locator('section > h2').allTextContents();
  for (const heading of headings)
    await expect(page.locator(`section:has(> h2:text-is("${heading}")) li`)).not.toHaveCount(0);
  await expect(page.locator('#years-without-entries')).toHaveText('Nothing in this view falls in 2017, 2019 or 2020.');
  await page.goto('/timeline/');
  await expect(page.locator('#years-without-entries')).toHaveCount(0);
  for (const heading of await page.locator('section > h2').allTextContents())
    await expect(page.locator(`section:has(> h2:text-is("${heading}")) li`)).not.toHaveCount(0);
});

test('arriving from a search result marks the entry', async ({ page }) => {
  await page.goto('/timeline/?pagefind-highlight=xinjiang#event-2022-10-06-xinjiang-debate-draft-decision');
  const entry = page.locator('li#event-2022-10-06-xinjiang-debate-draft-decision');
  await expect(entry).toBeInViewport();
  const [marked, plain] = await Promise.all([
    entry.evaluate((el) => getComputedStyle(el).backgroundColor),
    page.locator('li#session-51').evaluate((el) => getComputedStyle(el).backgroundColor),
  ]);
  expect(marked).not.toBe(plain);
});

test('the chart prints, each year whole, on a phone it fits the width', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/timeline/');
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  const label = page.locator('figure.timeline-chart a[href="/resolutions/a-hrc-res-37-23/"] text');
  const box = await label.boundingBox();
  expect(box?.height ?? 0).toBeGreaterThanOrEqual(10);
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('figure.timeline-chart svg.chart-year').first()).toBeVisible();
  expect(
    await page
      .locator('svg.chart-year')
      .first()
      .evaluate((el) => getComputedStyle(el).breakInside),
  ).toBe('avoid');
});

test('a small mark leads to its entry in the list, which names it and stands out', async ({ page }) => {
  await page.goto('/timeline/');
  await page.locator('figure.timeline-chart a[href^="#text-"]').first().click();
  const entry = page.locator('li[data-kind="source-text"]:target');
  await expect(entry).toHaveCount(1);
  await expect(entry.locator('a').first()).toHaveAttribute('href', /^\/articles\//);
  expect(await entry.evaluate((li) => getComputedStyle(li).outlineStyle)).toBe('solid');
});
