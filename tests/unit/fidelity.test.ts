import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { describe, expect, it } from 'vitest';
import {
  captureParagraphs,
  checkFidelity,
  checkRemovedLines,
  escapeMarkdown,
  renderedBlocks,
} from '../../src/lib/fidelity.ts';
import { mdxSyntaxIn, usesComponents, withoutAnnotations } from '../../src/lib/frontmatter.ts';
import { sourceTextMarkdown } from '../../src/markdown/source-text-markdown.ts';
import { readArticles, readCapture } from '../support/content.ts';

const processor = await createMarkdownProcessor({
  ...sourceTextMarkdown('/', new Set(['A/HRC/RES/37/23'])),
  syntaxHighlight: false,
});
const render = async (markdown: string) => (await processor.render(markdown, { frontmatter: {} })).code;

const capture =
  'Title\nBy a reporter\n\nFirst paragraph,\u00a0with a no-break space.\nSecond paragraph.  \n\nFooter link';
const removed = [
  { line: 1, text: 'Title' },
  { line: 2, text: 'By a reporter' },
  { line: 7, text: 'Footer link' },
];

describe('the capture, less the declared lines', () => {
  it('keeps each remaining line as written, no-break spaces included, less the spaces at its ends', () => {
    expect(captureParagraphs(capture, removed)).toEqual([
      'First paragraph,\u00a0with a no-break space.',
      'Second paragraph.',
    ]);
  });

  it('refuses a declared line that is not there, or not as declared', () => {
    expect(checkRemovedLines(capture, [{ line: 2, text: 'By the reporter' }])).toEqual([
      {
        field: 'capture.removed[0]',
        message: 'expected the text of capture line 2, which is "By a reporter"; found "By the reporter"',
      },
    ]);
    expect(checkRemovedLines(capture, [{ line: 99, text: 'x' }])[0]?.message).toBe(
      'expected a line of the capture; found line 99, but it has 7',
    );
  });
});

describe('verbatim, proved on the rendered body', () => {
  const body = 'First paragraph,\u00a0with a no-break space.\n\nSecond paragraph.\n';

  it('accepts a body that renders to the capture', async () => {
    expect(checkFidelity(capture, removed, await render(body))).toEqual([]);
  });

  it('names the paragraph and the code point where a no-break space became a space', async () => {
    expect(checkFidelity(capture, removed, await render(body.replace('\u00a0', ' ')))).toMatchInlineSnapshot(`
      [
        {
          "field": "body",
          "message": "paragraph 1 differs from the capture at character 17: expected “ ” (U+00A0), as in "First paragraph, with a no-break space."; found “ ” (U+0020), as in "First paragraph, with a no-break space."",
        },
      ]
    `);
  });

  it('catches markup that changes what the capture says: a rule, emphasis, a link to anything but http(s)', async () => {
    const rule = 'Line one\n***\nLine two';
    expect(checkFidelity(rule, [], await render('Line one\n\n***\n\nLine two'))[0]?.message).toMatch(
      /^paragraph 2 differs from the capture at character 1: expected “\*”.*escape it with a backslash$/,
    );
    expect(checkFidelity('a *word* here', [], await render('a *word* here'))[0]?.message).toMatch(
      /paragraph 1 differs .* expected “\*”/,
    );
    expect(checkFidelity('x', [], await render('[x](javascript:alert(1))'))).toEqual([
      { field: 'body', message: 'paragraph 1 links to "javascript:alert(1)"; expected http(s) links only' },
    ]);
    expect(checkFidelity('one word', [], await render('one **word**'))[0]?.message).toMatch(/renders as <strong>/);
  });

  it('accepts the archive’s own links on mentions of resolutions', async () => {
    expect(checkFidelity('See A/HRC/RES/37/23 now.', [], await render('See A/HRC/RES/37/23 now.'))).toEqual([]);
  });

  it('reports a missing and an extra paragraph', async () => {
    expect(
      checkFidelity(capture, removed, await render('First paragraph,\u00a0with a no-break space.'))[0]?.message,
    ).toBe('expected paragraph 2 of the capture, "Second paragraph."; found the end of the body');
    expect(checkFidelity(capture, removed, await render(`${body}\nThird.`))[0]?.message).toBe(
      'expected the end of the capture; found an extra paragraph 3, "Third."',
    );
  });

  it('leaves an editor’s note out of the text it checks', () => {
    expect(
      renderedBlocks('<p>on Tuesday<sup data-annotation-note>1 The Tuesday is 23 March.</sup> adopted</p>').map(
        (b) => b.text,
      ),
    ).toEqual(['on Tuesday adopted']);
  });
});

describe('any capture can be archived', () => {
  const tricky = [
    '***',
    '---',
    '# Not a heading',
    '1. Not a list',
    '2) Nor this',
    '- nor this',
    '+ nor this',
    '> not a quote',
    'a *word* and _another_ and **strong**',
    '[text](javascript:alert(1)) and ![image](x.png)',
    'braces {like this} and <b>tags</b> and <https://example.org>',
    'a | table | row',
    'back\\slash and `code` and ~~struck~~',
    'an &amp; entity and &copy; and &#169;',
    'mail someone@example.org or www.example.org',
    'no-break\u00a0space and thin\u2009space',
    '    indented like code',
    '===',
    'A line ending with two spaces  ',
    '100. per cent',
  ];
  for (const line of tricky) {
    it(`renders ${JSON.stringify(line)} as written once escaped`, async () => {
      const html = await render(escapeMarkdown(line));
      expect(checkFidelity(line, [], html)).toEqual([]);
    });
  }

  for (const article of readArticles()) {
    it(`every line of ${article.frontmatter.capture.file}, escaped, renders as captured`, async () => {
      const captured = readCapture(article.frontmatter.capture.file);
      const lines = captureParagraphs(captured, []);
      const html = await render(lines.map(escapeMarkdown).join('\n\n'));
      expect(checkFidelity(captured, [], html)).toEqual([]);
    });

    it(`${article.slug}: the body renders to its capture`, async () => {
      const captured = readCapture(article.frontmatter.capture.file);
      expect(
        checkFidelity(captured, article.frontmatter.capture.removed, await render(withoutAnnotations(article.body))),
      ).toEqual([]);
    });
  }
});

describe('annotations', () => {
  const body = 'Adopted on <Annotation note="Tuesday 23 March 2021.">Tuesday</Annotation> by a vote.';

  it('are the one component a text may use; its passage is what the capture is checked against', () => {
    expect(usesComponents(body)).toBe(true);
    expect(usesComponents('Adopted on Tuesday.')).toBe(false);
    expect(withoutAnnotations(body)).toBe('Adopted on Tuesday by a vote.');
    expect(mdxSyntaxIn(body)).toBeUndefined();
  });

  it('do not let other markup through, inside or outside them', () => {
    expect(mdxSyntaxIn('Adopted on <b>Tuesday</b>.')).toBe('line 1, column 12 has "<", which MDX reads as markup');
    expect(mdxSyntaxIn('On <Annotation note="x">{a}</Annotation>.')).toBe(
      'line 1, column 25 has "{", which MDX reads as markup',
    );
    expect(mdxSyntaxIn('On <Annotation note="{x}">a</Annotation>.')).toBe(
      'line 1, column 4 has "<", which MDX reads as markup',
    );
  });
});
