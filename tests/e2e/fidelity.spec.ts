import { expect, test } from '@playwright/test';
import { captureParagraphs } from '../../src/lib/fidelity.ts';
import { readArticles, readCapture } from '../support/content.ts';

// What a reader sees of the body, block by block, is the capture less the declared lines: every
// character, no-break spaces included; and the removed boilerplate is not there.
for (const article of readArticles()) {
  test(`${article.slug} renders its capture verbatim`, async ({ page }) => {
    await page.goto(`/articles/${article.slug}/`);
    const blocks = await page
      .locator('[data-article-body]')
      .locator('p, h1, h2, h3, h4, h5, h6, li, blockquote, pre')
      .evaluateAll((elements) => elements.map((el) => el.textContent ?? ''));
    const expected = captureParagraphs(
      readCapture(article.frontmatter.capture.file),
      article.frontmatter.capture.removed,
    );
    expect(blocks).toEqual(expected);
    const text = blocks.join('\n');
    for (const line of article.frontmatter.capture.removed.filter(
      (r) => r.kind === 'boilerplate' && r.text.trim().length > 12,
    )) {
      expect(text, `boilerplate “${line.text}” left in the body`).not.toContain(line.text.trim());
    }
  });
}
