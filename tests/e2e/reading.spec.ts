import { expect, test, type Page } from '@playwright/test';
import { builtPages } from '../support/site.ts';

const readingPages = builtPages().filter((path) => path !== '/search/');

test('reading pages ship no JavaScript beyond the theme toggle (≤ 1 KB)', async ({ request }) => {
  for (const path of readingPages) {
    const html = await (await request.get(path)).text();
    // Data blocks (JSON-LD) are not JavaScript.
    const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)]
      .filter((m) => !/type="application\/ld\+json"/.test(m[1] ?? ''))
      .map((m) => ({ src: /\ssrc=/.test(m[1] ?? ''), bytes: new TextEncoder().encode(m[2] ?? '').length }));
    expect(
      scripts.filter((s) => s.src),
      path,
    ).toEqual([]);
    expect(
      scripts.reduce((sum, s) => sum + s.bytes, 0),
      path,
    ).toBeLessThanOrEqual(1024);
  }
});

test('the theme toggle switches, survives a reload, and applies before first paint', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/');
  const toggle = page.getByRole('button', { name: 'Dark theme' });
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await toggle.click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  const dark = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  // The theme must be set by the time the document is parsed, before any paint of the body.
  await page.addInitScript(() => {
    document.addEventListener('readystatechange', () => {
      if (document.readyState === 'interactive')
        (window as unknown as { themeAtParse: string }).themeAtParse = document.documentElement.dataset.theme ?? 'none';
    });
  });
  await page.reload();
  expect(await page.evaluate(() => (window as unknown as { themeAtParse: string }).themeAtParse)).toBe('dark');
  expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe(dark);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false, colorScheme: 'dark' });
  test('pages read fully and follow the system theme', async ({ page }) => {
    await page.goto('/articles/2018-03-24-un-rights-body-adopts-mutually-beneficial-cooperation/');
    await expect(page.locator('[data-article-body]')).toContainText('The UN Human Rights Council on Friday adopted');
    await expect(page.locator('#theme-toggle')).toBeHidden();
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(21, 22, 24)');
  });

  test('the search page says plainly that search needs JavaScript and offers the indexes', async ({ page }) => {
    await page.goto('/search/?q=cooperation');
    await expect(page.getByText('Search runs in your browser and needs JavaScript, which is off here')).toBeVisible();
    await expect(page.getByRole('main').getByRole('link', { name: 'all resolutions' })).toBeVisible();
  });
});

test('the print stylesheet hides navigation and prints link addresses', async ({ page }) => {
  await page.goto('/articles/2021-03-25-china-champions-win-win-cooperation/');
  await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
  const after = (selector: string) =>
    page
      .locator(selector)
      .first()
      .evaluate((el) => getComputedStyle(el, '::after').content);
  expect(await after('main a[href^="http"]:not([data-url-text])')).toContain('http');
  // A link whose text is its address prints it once.
  expect(await after('main a[data-url-text]')).toBe('none');
  expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(255, 255, 255)');
});

/** Presses Tab until `done` holds, checking that every element that takes focus shows it. */
async function tabUntil(
  page: Page,
  done: () => Promise<boolean>,
  key: 'Tab' | 'Shift+Tab' = 'Tab',
  limit = 80,
): Promise<void> {
  for (let i = 0; i < limit; i += 1) {
    await page.keyboard.press(key);
    const focus = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return { visible: true, label: 'body' };
      const style = getComputedStyle(el);
      const box = el.getBoundingClientRect();
      const indicated = (style.outlineStyle !== 'none' && style.outlineWidth !== '0px') || style.boxShadow !== 'none';
      return {
        visible: indicated && box.width > 0 && box.height > 0,
        label: `${el.tagName} ${el.textContent?.trim().slice(0, 40) ?? ''}`,
      };
    });
    expect(focus.visible, `focus is not visible on ${focus.label}`).toBe(true);
    if (await done()) return;
  }
  throw new Error('Tab never reached its target');
}

test("by keyboard alone: from the home page to a resolution's vote table, then a search, focus visible throughout", async ({
  page,
}) => {
  await page.goto('/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#main$/);
  await tabUntil(page, () => page.evaluate(() => document.activeElement?.textContent === 'A/HRC/RES/37/23'));
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/resolutions\/a-hrc-res-37-23\/$/);
  await tabUntil(page, () => page.evaluate(() => document.activeElement?.getAttribute('href') === '#vote'));
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#vote$/);
  await expect(page.locator('section[aria-labelledby="vote"] table')).toBeInViewport();
  // Back up to the header's search box, still without a mouse.
  await tabUntil(page, () => page.evaluate(() => document.activeElement?.id === 'site-search'), 'Shift+Tab');
  await page.keyboard.type('vaccines');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL('/search/?q=vaccines');
  await expect(page.locator('#search-results li a').first()).toBeVisible();
  await tabUntil(page, () => page.evaluate(() => !!document.activeElement?.closest('#search-results')));
  await page.keyboard.press('Enter');
  await expect(page).not.toHaveURL(/\/search\//);
});

test('the 404 page is served for an unknown address', async ({ page }) => {
  const response = await page.goto('/resolutions/a-hrc-res-99-99/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
});

test('on a phone the home page shows every vote and its labels without sideways scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/');
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  const table = page.locator('table', { has: page.locator('thead') }).first();
  await expect(table.getByRole('columnheader', { name: 'Vote (in favour–against–abstaining)' })).toBeVisible();
  for (const tally of await table.locator('tbody .tabular-nums').all()) {
    const box = await tally.boundingBox();
    expect(box && box.x + box.width).toBeLessThanOrEqual(390);
  }
});
