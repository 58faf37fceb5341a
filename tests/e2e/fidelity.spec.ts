import { expect, test } from '@playwright/test';
import { captureParagraphs } from '../../src/lib/fidelity.ts';
import { readSourceTexts, readCapture } from '../support/content.ts';

// What a reader sees of the body, block by block, is the capture less the declared lines: every
// character, no-break spaces included; and the removed boilerplate is not there.
for (const article of readSourceTexts()) {
  test(`${article.slug} renders its capture verbatim`, async ({ page }) => {
    await page.goto(`/articles/${article.slug}/`);
    const blocks = await page
      .locator('[data-article-body]')
      .locator('p, h1, h2, h3, h4, h5, h6, li, blockquote, pre')
      .evaluateAll((elements) =>
        elements.map((el) => {
          // An editor's note is the archive's, not the source's: the passage it annotates is what is proved.
          const copy = el.cloneNode(true) as Element;
          for (const note of copy.querySelectorAll('[data-annotation-note]')) note.remove();
          return copy.textContent ?? '';
        }),
      );
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

test('an editor’s note on a passage: numbered, labelled as the archive’s, readable without JavaScript and in print', async ({
  page,
}) => {
  await page.goto('/articles/2021-03-25-china-champions-win-win-cooperation/');
  const annotated = page.locator('[data-article-body] .annotated');
  await expect(annotated).toHaveText('Tuesday');
  const note = page.locator('[data-article-body] [data-annotation-note]');
  await expect(note).toHaveCount(1);
  await expect(note).toContainText('[1]');
  await expect(note).toContainText("Archive's note: Tuesday 23 March 2021");
  await page.emulateMedia({ media: 'print' });
  await expect(note).toBeVisible();
});
