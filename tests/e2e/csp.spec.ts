/**
 * Every page type, and a search, under the site's Content Security Policy: no violation, no console error.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { distRoot, htmlFiles } from '../support/site.ts';

const pages = [
  '/',
  '/articles/',
  '/articles/2021-03-25-china-champions-win-win-cooperation/',
  '/resolutions/',
  '/resolutions/a-hrc-res-37-23/',
  '/timeline/',
  '/timeline/resolutions/',
  '/404.html',
];

function watch(page: Page): string[] {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`error: ${error.message}`));
  return problems;
}

async function violations(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { cspViolations?: string[] }).cspViolations ?? []);
}

test.beforeEach(async ({ page }) => {
  await page.addInitScript(() => {
    const list: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = list;
    document.addEventListener('securitypolicyviolation', (e) =>
      list.push(`${e.violatedDirective}: ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`),
    );
  });
});

test('every page declares a policy without unsafe-inline scripts', async ({ page }) => {
  for (const path of pages) {
    await page.goto(path);
    const policy = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
    expect(policy, path).toMatch(/script-src 'self' 'wasm-unsafe-eval'/);
    expect(policy, path).not.toContain('unsafe-inline');
    expect(policy, path).not.toContain("'unsafe-eval'");
  }
});

test('reading pages, the theme toggle and the highlighter run under the policy', async ({ page }) => {
  const problems = watch(page);
  for (const path of pages) {
    await page.goto(path, { waitUntil: 'networkidle' });
    if (path !== '/404.html') await page.getByRole('button', { name: 'Dark theme' }).click();
    expect(await violations(page), path).toEqual([]);
  }
  await page.goto('/articles/2021-03-25-china-champions-win-win-cooperation/?pagefind-highlight=multilateralism');
  await expect(page.locator('mark.pagefind-highlight').first()).toBeVisible();
  expect(await violations(page)).toEqual([]);
  expect(problems.filter((p) => !p.includes('404'))).toEqual([]);
});

test('a search, a filter and a result run under the policy', async ({ page }) => {
  const problems = watch(page);
  await page.goto('/search/?q=cooperation&type=resolution');
  await expect(page.locator('#search-results li a').first()).toBeVisible();
  await page.locator('#search-input').fill('vaccines');
  await expect(page.locator('#search-summary')).toContainText('vaccines');
  expect(await violations(page)).toEqual([]);
  expect(problems).toEqual([]);
});

test('on every built page, the short addresses included, the policy comes first in the head, before any script', () => {
  const late: string[] = [];
  const files = htmlFiles();
  expect(files.filter((file) => /^resolutions\/37-23\//.test(file))).toHaveLength(1);
  for (const page of files) {
    const html = readFileSync(join(distRoot, page), 'utf8');
    const head =
      /^<!doctype html>(?:<html[^>]*>)?(?:<head>)?<meta charset="utf-8"><meta http-equiv="content-security-policy" content="([^"]*)">/i.exec(
        html,
      );
    if (!head || !head[1]?.includes("script-src 'self'")) late.push(page);
  }
  expect(late).toEqual([]);
});
