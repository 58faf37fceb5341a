/** Where a page sits, when its record last changed, and how to report an error. */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { builtPages, distRoot } from '../support/site.ts';

const deepPages = [
  { path: '/resolutions/a-hrc-res-37-23/', trail: ['Home', 'Resolutions', 'A/HRC/RES/37/23'] },
  {
    path: '/articles/2018-02-28-yu-jianhua-win-win-cooperation-for-the-common-cause/',
    trail: ['Home', 'Source texts', 'Official statement, 28 February 2018'],
  },
  { path: '/states/india/', trail: ['Home', 'States', 'India'] },
  { path: '/series/cooperation/', trail: ['Home', 'Resolutions', 'Mutually beneficial cooperation series'] },
  { path: '/timeline/source-texts/', trail: ['Home', 'Timeline', 'Source texts'] },
  { path: '/votes/by-votes-in-favour/', trail: ['Home', 'Votes', 'by votes in favour'] },
];

for (const { path, trail } of deepPages) {
  test(`${path} says where it sits, each step a link back up`, async ({ page }) => {
    await page.goto(path);
    const crumbs = page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('listitem');
    await expect(crumbs).toHaveText(trail.map((label, i) => (i === 0 ? label : new RegExp(`›\\s*${label}`))));
    const links = page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link');
    await expect(links).toHaveCount(trail.length - 1);
    await expect(page.locator('nav[aria-label="Breadcrumb"] [aria-current="page"]')).toHaveText(trail.at(-1) ?? '');
    for (const href of await links.evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? '')))
      expect((await page.request.get(href)).status()).toBe(200);
  });
}

test('the home page and the sections have no breadcrumbs', async ({ page }) => {
  for (const path of ['/', '/resolutions/', '/timeline/', '/states/', '/votes/']) {
    await page.goto(path);
    await expect(page.getByRole('navigation', { name: 'Breadcrumb' })).toHaveCount(0);
  }
});

const lastCommitDate = (file: string) =>
  execFileSync('git', ['log', '-1', '--format=%cs', '--', file], { encoding: 'utf8' }).trim();

test('every page says when its record last changed, from the content history', () => {
  const pages = builtPages().filter((p) => p.endsWith('/'));
  expect(pages.length).toBeGreaterThan(100);
  for (const path of pages) {
    const html = readFileSync(join(distRoot, path, 'index.html'), 'utf8');
    if (/<meta http-equiv="refresh"/.test(html)) continue;
    expect(html, path).toMatch(/id="last-changed"[^>]*>[^<]*last changed on <time datetime="\d{4}-\d{2}-\d{2}">/);
  }
});

test("a resolution's and a text's date is its own file's last commit", async ({ page }) => {
  for (const [path, file] of [
    ['/resolutions/a-hrc-res-37-23/', 'content/resolutions/a-hrc-res-37-23.yaml'],
    [
      '/articles/2021-03-25-china-champions-win-win-cooperation/',
      'content/articles/2021-03-25-china-champions-win-win-cooperation.mdx',
    ],
  ] as const) {
    await page.goto(path);
    await expect(page.locator('#last-changed')).toContainText("This page's record last changed on");
    await expect(page.locator('#last-changed time')).toHaveAttribute('datetime', lastCommitDate(file));
  }
});

test('the About page says how to report an error, with no Markdown backticks on show', async ({ page }) => {
  await page.goto('/about/');
  await expect(page.locator('#errors')).toHaveText('Reporting an error');
  await expect(page.locator('#report')).toBeVisible();
  const text =
    (await page.locator('main').innerText()) +
    (await page
      .locator('main code')
      .first()
      .evaluate((el) => getComputedStyle(el, '::before').content));
  expect(text).not.toContain('`');
});
