import { expect, test } from '@playwright/test';
import { compareText, expectedParagraphs } from '../../src/lib/fidelity.ts';
import { readArticles, readCapture } from '../support/content.ts';

// The rendered body, as a reader sees it, must be the capture less the declared lines: same words, same order.
for (const article of readArticles()) {
  test(`${article.slug} renders its capture verbatim`, async ({ page }) => {
    await page.goto(`/articles/${article.slug}/`);
    const rendered = await page.locator('[data-article-body]').textContent();
    const expected = expectedParagraphs(
      readCapture(article.frontmatter.capture.file),
      article.frontmatter.capture.removed,
    );
    expect(compareText(expected, rendered ?? '')).toBeUndefined();
    // The removed boilerplate really is gone from the body.
    for (const line of article.frontmatter.capture.removed.filter((r) => r.kind === 'boilerplate')) {
      expect(compareText(expected, `${rendered} ${line.text}`)).toBeDefined();
    }
  });
}
