import { expect, test } from '@playwright/test';
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
  // Written out by hand, not produced by the code under test: only the access date (the build's) varies.
  const [year, month, day] = (urldate as string).split('-').map(Number) as [number, number, number];
  const long = `${new Date(Date.UTC(year, month - 1, day)).toLocaleString('en-US', { month: 'long', timeZone: 'UTC' })} ${day}, ${year}`;
  const page37 = `${site}/resolutions/a-hrc-res-37-23/`;
  const title = 'Promoting mutually beneficial cooperation in the field of human rights';
  await expect(page.locator('#cite-apa')).toHaveText(
    `UN Human Rights Council. (2018, March 23). ${title} (A/HRC/RES/37/23). HRC Resolutions Archive. Retrieved ${long}, from ${page37}`,
  );
  await expect(page.locator('#cite-chicago')).toHaveText(
    `UN Human Rights Council. “${title}.” A/HRC/RES/37/23, March 23, 2018. HRC Resolutions Archive. Accessed ${long}. ${page37}.`,
  );
  await expect(page.locator('#cite-bibtex')).toHaveText(
    [
      '@misc{a-hrc-res-37-23,',
      '  author = {{UN Human Rights Council}},',
      `  title = {{${title}}},`,
      '  number = {A/HRC/RES/37/23},',
      '  date = {2018-03-23},',
      '  year = {2018},',
      '  howpublished = {HRC Resolutions Archive},',
      `  url = {${page37}},`,
      `  urldate = {${urldate}}`,
      '}',
    ].join('\n'),
  );
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
