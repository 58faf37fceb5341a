import { expect, test } from '@playwright/test';
import { apa, bibtex, chicago } from '../../src/lib/citations.ts';
import { symbolToSlug } from '../../src/lib/slugs.ts';
import { readArticles, readResolutions } from '../support/content.ts';

const site = 'https://hrc-archive.example.org';

test('a resolution page offers APA, Chicago and BibTeX exactly as the citation rules give them, and an RIS file', async ({
  page,
  request,
}) => {
  const r = readResolutions().find((x) => x.symbol === 'A/HRC/RES/37/23');
  if (!r) throw new Error('37/23 is missing');
  const slug = symbolToSlug(r.symbol);
  await page.goto(`/resolutions/${slug}/`);
  const accessed = (await page.locator('meta[name="citation_public_url"]').count())
    ? await page.evaluate(() =>
        JSON.parse(document.querySelector('script[type="application/ld+json"]')?.textContent ?? '{}'),
      )
    : {};
  expect(accessed['@type']).toBe('Legislation');
  expect(accessed.legislationIdentifier).toBe(r.symbol);
  expect(accessed.legislationDate).toBe(r.adopted.value);
  const urldate = /urldate = \{(\d{4}-\d{2}-\d{2})\}/.exec(
    (await page.locator('#cite-bibtex').textContent()) ?? '',
  )?.[1];
  expect(urldate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  const source = {
    kind: 'resolution' as const,
    key: slug,
    title: r.title,
    url: `${site}/resolutions/${slug}/`,
    accessed: urldate as string,
    date: r.adopted.value,
    symbol: r.symbol,
  };
  await expect(page.locator('#cite-apa')).toHaveText(apa(source));
  await expect(page.locator('#cite-chicago')).toHaveText(chicago(source));
  await expect(page.locator('#cite-bibtex')).toHaveText(bibtex(source));
  await expect(page.locator('meta[name="citation_technical_report_number"]')).toHaveAttribute('content', r.symbol);
  const risFile = await request.get(`/citations/${slug}.ris`);
  expect(risFile.ok()).toBe(true);
  const lines = (await risFile.text()).split('\r\n');
  expect(lines[0]).toBe('TY  - GOVDOC');
  expect(lines).toContain(`M1  - ${r.symbol}`);
  expect(lines.at(-2)).toBe('ER  -');
});

for (const article of readArticles()) {
  test(`${article.slug} carries citation metadata and structured data`, async ({ page }) => {
    await page.goto(`/articles/${article.slug}/`);
    await expect(page.locator('meta[name="citation_title"]')).toHaveAttribute('content', article.frontmatter.title);
    await expect(page.locator('meta[name="citation_publication_date"]')).toHaveAttribute(
      'content',
      article.frontmatter.published.date.replaceAll('-', '/'),
    );
    const data = await page.evaluate(() =>
      JSON.parse(document.querySelector('script[type="application/ld+json"]')?.textContent ?? '{}'),
    );
    expect(['NewsArticle', 'Report', 'CreativeWork']).toContain(data['@type']);
    expect(data.datePublished).toBe(article.frontmatter.published.date);
    await expect(page.locator('#cite-apa')).toContainText(`${site}/articles/${article.slug}/`);
  });
}

test('the copy button copies the citation', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/resolutions/a-hrc-res-37-23/');
  await page.getByRole('button', { name: 'Copy the APA citation' }).click();
  await expect(page.getByRole('button', { name: 'Copy the APA citation' })).toHaveText('Copied');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await page.locator('#cite-apa').textContent());
});
