import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { subpath } from '../../playwright.config.ts';
import { builtPages, distRoot } from '../support/site.ts';

/** Every href and src in a built page. */
function linksIn(html: string): string[] {
  return [...html.matchAll(/\s(?:href|src)="([^"]*)"/g)].map((m) => (m[1] as string).replaceAll('&amp;', '&'));
}

const builds = [
  { name: 'at the root', dir: distRoot, base: '/' },
  { name: `under ${subpath.base}`, dir: join(distRoot, '..', subpath.dir), base: subpath.base },
];

for (const build of builds) {
  test(`every internal link and asset resolves ${build.name}; external links are well-formed`, async ({ request }) => {
    const port = build.base === '/' ? 4322 : subpath.port;
    const checked = new Set<string>();
    const broken: string[] = [];
    for (const page of builtPages(build.dir)) {
      const html = readFileSync(join(build.dir, page.endsWith('/') ? `${page}index.html` : page), 'utf8');
      for (const link of linksIn(html)) {
        if (/^https?:\/\//.test(link)) {
          expect(() => new URL(link), `${page}: ${link}`).not.toThrow();
          continue;
        }
        // A fragment, or a record carried in the link itself (a citation's RIS).
        if (link.startsWith('#') || link.startsWith('data:')) continue;
        expect(link, `${page} links outside the base: ${link}`).toMatch(new RegExp(`^${build.base}`));
        const path = link.split(/[?#]/)[0] as string;
        if (checked.has(path)) continue;
        checked.add(path);
        const response = await request.get(`http://127.0.0.1:${port}${path}`);
        if (response.status() !== 200) broken.push(`${page} → ${path} (${response.status()})`);
      }
    }
    expect(checked.size).toBeGreaterThan(30);
    expect(broken).toEqual([]);
  });
}

test('search works under a sub-path, and its results stay under it', async ({ page }) => {
  await page.goto(`http://127.0.0.1:${subpath.port}${subpath.base}search/?q=37%2F23`);
  const first = page.locator('#search-results li a').first();
  await expect(first).toBeVisible();
  expect(await first.getAttribute('href')).toMatch(/^\/hrc\/resolutions\/a-hrc-res-37-23\/(\?|$)/);
  await first.click();
  await expect(page.locator('#symbol')).toHaveText('A/HRC/RES/37/23');
});

test('a session or event found under a sub-path opens the timeline under it, at its entry', async ({ page }) => {
  await page.goto(`http://127.0.0.1:${subpath.port}${subpath.base}search/?q=Xinjiang`);
  const first = page.locator('#search-results li a').first();
  await expect(first).toBeVisible();
  expect(await first.getAttribute('href')).toMatch(
    /^\/hrc\/timeline\/(\?[^#]*)?#event-2022-10-06-xinjiang-debate-draft-decision$/,
  );
  await first.click();
  await expect(page).toHaveURL(/\/hrc\/timeline\//);
  await expect(page.locator('#event-2022-10-06-xinjiang-debate-draft-decision')).toBeVisible();
});

test('the feed under a sub-path names the archive there as its channel, and links every item under it', () => {
  const feed = readFileSync(join(distRoot, '..', subpath.dir, 'rss.xml'), 'utf8');
  const links = [...feed.matchAll(/<link>([^<]*)<\/link>/g)].map((m) => m[1] as string);
  const home = `https://hrc-archive.example.org${subpath.base}`;
  expect(links[0]).toBe(home);
  expect(links.length).toBeGreaterThan(5);
  for (const link of links) expect(link.startsWith(home), link).toBe(true);
});
