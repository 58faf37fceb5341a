import { readFileSync } from 'node:fs';
import { expect, test, type Locator } from '@playwright/test';
import { symbolToSlug } from '../../src/lib/slugs.ts';
import { readSourceTexts, readResolutions } from '../support/content.ts';

const site = 'https://hrc-archive.example.org';

/** The RIS record a "Download RIS" link carries, and proof that the browser saves it as a file. */
async function risText(link: Locator): Promise<string> {
  const [download] = await Promise.all([link.page().waitForEvent('download'), link.click()]);
  const path = await download.path();
  expect(download.suggestedFilename()).toMatch(/\.ris$/);
  return readFileSync(path, 'utf8');
}

test('a resolution is cited as the UN document, with the archive page as an optional second line', async ({ page }) => {
  const r = readResolutions().find((x) => x.symbol === 'A/HRC/RES/37/23');
  if (!r) throw new Error('37/23 is missing');
  const slug = symbolToSlug(r.symbol);
  await page.goto(`/resolutions/${slug}/`);
  const data = await page.evaluate(() =>
    JSON.parse(document.querySelector('script[type="application/ld+json"]')?.textContent ?? '{}'),
  );
  expect(data['@type']).toBe('Legislation');
  expect(data.legislationIdentifier).toBe(r.symbol);
  expect(data.legislationDate).toBe(r.adopted.value);
  expect(data.sameAs).toBe('https://undocs.org/A/HRC/RES/37/23');
  // Written out by hand, not produced by the code under test.
  const title = 'Promoting mutually beneficial cooperation in the field of human rights';
  await expect(page.locator('#cite-apa')).toHaveText(
    `Human Rights Council. (2018). ${title} (A/HRC/RES/37/23). United Nations. https://undocs.org/A/HRC/RES/37/23`,
  );
  await expect(page.locator('#cite-apa i')).toHaveText(title);
  await expect(page.locator('#cite-archive')).toHaveText(`Archived at ${site}/resolutions/a-hrc-res-37-23/`);
  await expect(page.locator('#cite-chicago')).toHaveText(
    `Human Rights Council. ${title}. Resolution A/HRC/RES/37/23, adopted March 23, 2018. United Nations. https://undocs.org/A/HRC/RES/37/23.`,
  );
  await expect(page.locator('#cite-bibtex')).toHaveText(
    [
      '@techreport{a-hrc-res-37-23,',
      '  author = {{Human Rights Council}},',
      `  title = {{${title}}},`,
      '  type = {Resolution},',
      '  number = {A/HRC/RES/37/23},',
      '  institution = {United Nations},',
      '  date = {2018-03-23},',
      '  year = {2018},',
      '  month = mar,',
      '  url = {https://undocs.org/A/HRC/RES/37/23},',
      `  note = {Archived at ${site}/resolutions/a-hrc-res-37-23/}`,
      '}',
    ].join('\n'),
  );
  const section = page.locator('section[aria-labelledby="cite"]');
  await expect(section).not.toContainText('Retrieved');
  await expect(section).not.toContainText('Accessed');
  await expect(page.locator('meta[name="citation_technical_report_number"]')).toHaveAttribute('content', r.symbol);
  const risLink = page.getByRole('link', { name: 'Download RIS' });
  await expect(risLink).toHaveAttribute('download', `${slug}.ris`);
  expect((await risText(risLink)).split('\r\n')).toEqual([
    'TY  - GOVDOC',
    'AU  - Human Rights Council',
    `TI  - ${title}`,
    'SN  - A/HRC/RES/37/23',
    'PB  - United Nations',
    'M3  - Resolution',
    'PY  - 2018',
    'DA  - 2018/03/23/',
    'UR  - https://undocs.org/A/HRC/RES/37/23',
    `N1  - Archived at ${site}/resolutions/a-hrc-res-37-23/`,
    'ER  -',
    '',
  ]);
});

test('a statement is cited under its speaker, family name first, as a statement and not a news article', async ({
  page,
}) => {
  const slug = '2018-02-28-yu-jianhua-win-win-cooperation-for-the-common-cause';
  await page.goto(`/articles/${slug}/`);
  const title = 'Win-Win Cooperation for the Common Cause of Human Rights';
  const mission = "Permanent Mission of the People's Republic of China to the UN Office at Geneva";
  const original = readSourceTexts().find((a) => a.slug === slug)?.frontmatter.originalUrl;
  expect(original).toMatch(/^http/);
  await expect(page.locator('#cite-apa')).toHaveText(
    `Yu, J. (2018, February 28). ${title} [Statement]. ${mission}. ${original}`,
  );
  await expect(page.locator('#cite-chicago')).toHaveText(
    `Yu Jianhua. “${title}.” Statement. ${mission}, February 28, 2018. ${original}.`,
  );
  await expect(page.locator('meta[name="citation_author"]')).toHaveAttribute('content', 'Yu, Jianhua');
  const data = await page.evaluate(() =>
    JSON.parse(document.querySelector('script[type="application/ld+json"]')?.textContent ?? '{}'),
  );
  expect(data.author).toEqual({ '@type': 'Person', name: 'Yu Jianhua', familyName: 'Yu', givenName: 'Jianhua' });
  const lines = (await risText(page.getByRole('link', { name: 'Download RIS' }))).split('\r\n');
  expect(lines[0]).toBe('TY  - GOVDOC');
  expect(lines).toContain('AU  - Yu, Jianhua');
  expect(lines).toContain(`PB  - ${mission}`);
});

for (const article of readSourceTexts()) {
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
    await expect(page.locator('#cite-apa')).toContainText(article.frontmatter.originalUrl);
    await expect(page.locator('#cite-archive')).toHaveText(`Archived at ${site}/articles/${article.slug}/`);
  });
}

test('the copy button copies the citation', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/resolutions/a-hrc-res-37-23/');
  await page.getByRole('button', { name: 'Copy the APA citation' }).click();
  await expect(page.locator('#copy-status')).toHaveText('APA citation copied to the clipboard.');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
    'Human Rights Council. (2018). Promoting mutually beneficial cooperation in the field of human rights (A/HRC/RES/37/23). United Nations. https://undocs.org/A/HRC/RES/37/23',
  );
});
