import { expect, test } from '@playwright/test';
import { timelineViews } from '../../src/lib/timeline-views.ts';
import { readArticles, readResolutions } from '../support/content.ts';

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
  for (const a of readArticles()) await expect(page.locator(`li#text-${a.slug}`)).toHaveCount(1);
});

test.describe('filters work without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  for (const view of timelineViews.filter((v) => v.id !== 'all')) {
    test(`${view.label}`, async ({ page }) => {
      await page.goto('/timeline/');
      await page
        .getByRole('navigation', { name: 'Filter the timeline' })
        .getByRole('link', { name: view.label })
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
