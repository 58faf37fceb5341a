import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { formatDate } from '../../src/lib/dates.ts';
import { symbolToSlug } from '../../src/lib/slugs.ts';
import { contentRoot, readSourceTexts } from '../support/content.ts';

const sourceTexts = readSourceTexts();

test('the home page lists every source text, newest first, with publisher, type and date', async ({ page }) => {
  await page.goto('/');
  const dates = await page
    .locator('#texts ~ ol time, section[aria-labelledby="texts"] ol time')
    .evaluateAll((els) => els.map((el) => el.getAttribute('datetime')));
  expect(dates).toHaveLength(sourceTexts.length);
  expect(dates).toEqual([...dates].sort().reverse());
});

for (const article of sourceTexts) {
  test.describe(article.slug, () => {
    test.beforeEach(async ({ page }) => {
      await page.goto(`/articles/${article.slug}/`);
    });

    test('shows its title, a plain label and its provenance', async ({ page }) => {
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(article.frontmatter.title);
      await expect(page.getByText("reproduced verbatim, errors included; it is not the archive's view")).toBeVisible();
      const provenance = page.locator('section[aria-labelledby="provenance"]');
      await expect(provenance).toContainText(formatDate(article.frontmatter.published.date));
      await expect(provenance.getByRole('link', { name: article.frontmatter.capture.file })).toBeVisible();
      await expect(provenance.locator('table tr')).toHaveCount(article.frontmatter.capture.removed.length + 1);
    });

    test('links every mention the research identifies, words unchanged', async ({ page }) => {
      for (const mention of article.frontmatter.mentions.filter((m) => m.passage)) {
        const link = page.locator('[data-article-body] a.mention', { hasText: mention.passage as string });
        await expect(link).toHaveCount(1);
        await expect(link).toHaveAttribute('data-mention', mention.resolutions.join(' '));
        const href = await link.getAttribute('href');
        expect(href).toBe(
          mention.resolutions.length === 1
            ? `/resolutions/${symbolToSlug(mention.resolutions[0] as string)}/`
            : '#mentioned-resolutions',
        );
      }
    });

    test('sets the official record of each mentioned resolution beside the text', async ({ page }) => {
      const record = page.locator('#mentioned-resolutions');
      for (const symbol of new Set(article.frontmatter.mentions.flatMap((m) => m.resolutions))) {
        await expect(record.getByRole('link', { name: symbol, exact: true })).toBeVisible();
        await expect(record.locator(`a[href="https://undocs.org/${symbol}"]`)).toHaveCount(1);
      }
    });

    test('shows the timeline rail with this text marked and its resolutions highlighted', async ({ page }) => {
      const rail = page.getByRole('navigation', { name: 'Timeline' });
      await expect(rail.locator('[aria-current="true"]')).toHaveCount(1);
      await expect(rail.locator('[aria-current="true"] time')).toHaveAttribute(
        'datetime',
        article.frontmatter.published.date,
      );
      const mentioned = new Set(article.frontmatter.mentions.flatMap((m) => m.resolutions));
      await expect(rail.locator('li.bg-mark')).toHaveCount(mentioned.size);
    });
  });
}

test('every capture is published unedited, byte for byte', async ({ request }) => {
  for (const article of sourceTexts) {
    const file = article.frontmatter.capture.file;
    const response = await request.get(`/captures/${file}`);
    expect(response.ok()).toBe(true);
    expect(Buffer.compare(await response.body(), readFileSync(join(contentRoot, 'captures', file))), file).toBe(0);
  }
});

test('on a phone, a text says near the top which resolutions it mentions, with a link to their official record', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  for (const article of sourceTexts.filter((a) => a.frontmatter.mentions.length > 0)) {
    await page.goto(`/articles/${article.slug}/`);
    const line = page.locator('#mentions-line');
    for (const symbol of new Set(article.frontmatter.mentions.flatMap((m) => m.resolutions)))
      await expect(line).toContainText(symbol);
    const box = await line.boundingBox();
    expect(box && box.y + box.height, article.slug).toBeLessThanOrEqual(1200);
    await line.getByRole('link').click();
    await expect(page.locator('#mentioned-resolutions')).toBeInViewport();
  }
});
