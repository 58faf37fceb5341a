import { createSatteriMarkdownProcessor } from '@astrojs/markdown-satteri';
import type { Element, Root } from 'hast';
import { describe, expect, it } from 'vitest';
import {
  captureParagraphs,
  checkAnnotations,
  checkFidelity,
  checkRemovedLines,
  escapeMarkdown,
  htmlTree,
  renderedBlocks,
} from '../../src/lib/fidelity.ts';
import { mdxSyntaxIn, usesComponents } from '../../src/lib/frontmatter.ts';
import { sourceTextMdxTree, sourceTextSatteri } from '../../src/markdown/source-text-markdown.ts';
import { readSourceTexts, readCapture } from '../support/content.ts';

const known = new Set(['A/HRC/RES/37/23']);
const satteri = await createSatteriMarkdownProcessor(sourceTextSatteri('/', known));
/** The two paths a body takes: Sätteri's HTML for a plain body, @mdx-js/mdx's tree for one with a note. */
const paths: Record<string, (markdown: string) => Promise<Root>> = {
  html: async (markdown) => htmlTree((await satteri.render(markdown, { frontmatter: {} })).code),
  mdx: (markdown) => sourceTextMdxTree(markdown, { frontmatter: {}, path: 'test.mdx', base: '/', known }),
};
const blocks = (html: string) => renderedBlocks(htmlTree(html));

const capture =
  'Title\nBy a reporter\n\nFirst paragraph,\u00a0with a no-break space.\nSecond paragraph.  \n\nFooter link';
const removed = [
  { line: 1, text: 'Title' },
  { line: 2, text: 'By a reporter' },
  { line: 7, text: 'Footer link' },
];

describe('the capture, less the declared lines', () => {
  it('keeps each remaining line as written, no-break spaces included, less the spaces and tabs at its ends', () => {
    expect(captureParagraphs(capture, removed)).toEqual([
      'First paragraph,\u00a0with a no-break space.',
      'Second paragraph.',
    ]);
    expect(captureParagraphs(' \tIndented\t \r\nends with a no-break space\u00a0\rlast', [])).toEqual([
      'Indented',
      'ends with a no-break space\u00a0',
      'last',
    ]);
  });

  it('drops lines of spaces and tabs only, but keeps a line of a no-break space', () => {
    expect(captureParagraphs('a\n \t \n\u00a0\nb', [])).toEqual(['a', '\u00a0', 'b']);
  });

  it('drops exactly the declared lines, counted from 1', () => {
    expect(captureParagraphs('one\ntwo\nthree', [{ line: 2, text: 'two' }])).toEqual(['one', 'three']);
  });

  it('refuses a declared line that is not there, not as declared, or declared twice', () => {
    expect(checkRemovedLines(capture, [{ line: 2, text: 'By the reporter' }])).toEqual([
      {
        field: 'capture.removed[0]',
        message: 'expected the text of capture line 2, which is "By a reporter"; found "By the reporter"',
      },
    ]);
    expect(checkRemovedLines(capture, [{ line: 99, text: 'x' }])).toEqual([
      { field: 'capture.removed[0]', message: 'expected a line of the capture; found line 99, but it has 7' },
    ]);
    expect(checkRemovedLines('a\r\nb', [{ line: 2, text: 'b' }])).toEqual([]);
    expect(
      checkRemovedLines(capture, [
        { line: 1, text: 'Title' },
        { line: 1, text: 'Title' },
      ]),
    ).toEqual([{ field: 'capture.removed[1]', message: 'expected each line once; found line 1 twice' }]);
  });
});

describe('the text a reader sees, block by block', () => {
  it('joins inline elements to their block and keeps every character, entities decoded', () => {
    expect(blocks('<p>a &amp; <span>b</span>&nbsp;c</p>\n<p>next</p>')).toEqual([
      { text: 'a & b\u00a0c', links: [], markup: [] },
      { text: 'next', links: [], markup: [] },
    ]);
  });

  it('trims only the line breaks between blocks, not the spaces a block holds', () => {
    expect(blocks('<p>\n one \n</p>').map((b) => b.text)).toEqual([' one ']);
    expect(blocks('<ul>\n<li>item</li>\n</ul>\n\n<p>\u00a0</p>')).toEqual([
      { text: 'item', links: [], markup: [] },
      { text: '\u00a0', links: [], markup: [] },
    ]);
  });

  it('counts headings and table cells as blocks of plain text, and names every other mark', () => {
    expect(blocks('<h2>Heading</h2><table><tr><td>cell</td></tr></table>')).toEqual([
      { text: 'Heading', links: [], markup: [] },
      { text: 'cell', links: [], markup: [] },
    ]);
    expect(blocks('<blockquote><p>q</p></blockquote>').map((b) => b.markup)).toEqual([['<blockquote>'], []]);
    expect(blocks('<p>a</p><hr><p>b</p>')).toEqual([
      { text: 'a', links: [], markup: [] },
      { text: '', links: [], markup: ['<hr>'] },
      { text: 'b', links: [], markup: [] },
    ]);
    expect(blocks('<p>line<br>break <em>e</em> <img src="x"></p>')).toEqual([
      { text: 'line\nbreak e ', links: [], markup: ['<br>', '<em>', '<img>'] },
    ]);
    expect(blocks('<p>a<!-- hidden --></p>')[0]?.markup).toEqual(['an HTML comment']);
  });

  it('records each link with whether the archive made it', () => {
    expect(blocks('<p><a href="https://x.org/">x</a> <a class="mention" href="/r/">y</a> <a>z</a></p>')).toEqual([
      {
        text: 'x y z',
        links: [
          { href: 'https://x.org/', archive: false },
          { href: '/r/', archive: true },
          { href: '', archive: false },
        ],
        markup: [],
      },
    ]);
    expect(blocks('<p><a href="/r/" class="other">m</a></p>')[0]?.links).toEqual([{ href: '/r/', archive: false }]);
  });

  it('keeps a block that holds only a link or only markup, and no block of white space', () => {
    expect(blocks('<p><a href="https://x.org/"></a></p>')).toHaveLength(1);
    expect(blocks('<p><img src="x"></p>')).toHaveLength(1);
    expect(blocks('<p> \n\t\r\f </p>\n<ul>\n</ul>')).toEqual([]);
  });

  it('leaves out scripts, styles and an editor’s note, whatever they hold', () => {
    expect(blocks('<p>on Tuesday<sup data-annotation-note><span>1 The Tuesday</span></sup> adopted</p>')).toEqual([
      { text: 'on Tuesday adopted', links: [], markup: [] },
    ]);
    expect(blocks('<p>a<script>x</script>b</p>')[0]?.text).toBe('ab');
    // The passage a note is about is marked and tied to the note: a wrapper, not markup of the text's own.
    expect(
      blocks('<p>on <mark aria-details="annotation-1">Tuesday</mark><span data-annotation-note>[1]</span></p>'),
    ).toEqual([{ text: 'on Tuesday', links: [], markup: [] }]);
    expect(blocks('<p>on <mark>Tuesday</mark></p>')[0]?.markup).toEqual(['<mark>']);
    expect(blocks('<p>on <em aria-details="annotation-1">Tuesday</em></p>')[0]?.markup).toEqual(['<em>']);
    expect(blocks('<p>a<style>x</style>b</p>')[0]?.text).toBe('ab');
  });

  const element = (tagName: string, text: string): Element => ({
    type: 'element',
    tagName,
    properties: {},
    children: [{ type: 'text', value: text }],
  });
  const around = (tagName: string): Root => ({
    type: 'root',
    children: [{ type: 'text', value: 'before' }, element(tagName, 'inside'), { type: 'text', value: 'after' }],
  });
  const plainBlocks = ['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'ul', 'ol', 'table', 'thead', 'tbody', 'tr'];
  for (const tagName of [...plainBlocks, 'th', 'td']) {
    it(`reads <${tagName}> as a block of plain text`, () => {
      expect(renderedBlocks(around(tagName)).map((b) => [b.text, b.markup])).toEqual([
        ['before', []],
        ['inside', []],
        ['after', []],
      ]);
    });
  }
  for (const tagName of ['blockquote', 'pre', 'hr']) {
    it(`reads <${tagName}> as a block that is markup`, () => {
      expect(renderedBlocks(around(tagName)).map((b) => [b.text, b.markup])).toEqual([
        ['before', []],
        ['inside', [`<${tagName}>`]],
        ['after', []],
      ]);
    });
  }
  for (const tagName of ['div', 'section', 'aside', 'figure', 'dl', 'em', 'code', 'sup']) {
    it(`reads <${tagName}> as markup inside the block`, () => {
      expect(renderedBlocks(around(tagName))).toEqual([
        { text: 'beforeinsideafter', links: [], markup: [`<${tagName}>`] },
      ]);
    });
  }
  for (const tagName of ['span', 'a']) {
    it(`reads <${tagName}> as part of the words`, () => {
      expect(renderedBlocks(around(tagName))[0]?.text).toBe('beforeinsideafter');
    });
  }

  it('trims every line break at the ends of a block, and nothing else', () => {
    expect(blocks('<p>\n\n x \n\n</p>').map((b) => b.text)).toEqual([' x ']);
  });
});

describe('verbatim, proved on either rendering path', () => {
  const body = 'First paragraph,\u00a0with a no-break space.\n\nSecond paragraph.\n';

  for (const [name, render] of Object.entries(paths)) {
    describe(`${name} path`, () => {
      it('accepts a body that renders to the capture', async () => {
        expect(checkFidelity(capture, removed, await render(body))).toEqual([]);
      });

      it('names the paragraph and the code point where a no-break space became a space', async () => {
        expect(checkFidelity(capture, removed, await render(body.replace('\u00a0', ' ')))).toEqual([
          {
            field: 'body',
            message:
              'paragraph 1 differs from the capture at character 17: expected “\u00a0” (U+00A0), as in "First paragraph,\u00a0with a no-break space."; found “ ” (U+0020), as in "First paragraph, with a no-break space."',
          },
        ]);
      });

      it('catches markup that changes what the capture says', async () => {
        expect(checkFidelity('Line one\n***\nLine two', [], await render('Line one\n\n***\n\nLine two'))).toEqual([
          {
            field: 'body',
            message:
              'paragraph 2 differs from the capture at character 1: expected “*” (U+002A), as in "***"; found the end of the paragraph, as in "". Markdown read the character as markup: escape it with a backslash',
          },
        ]);
        expect(checkFidelity('one word too', [], await render('one **word** *too*'))).toEqual([
          {
            field: 'body',
            message:
              'paragraph 1 renders as <strong>, <em>; expected plain text, as captured (escape the characters that make it markup)',
          },
        ]);
      });

      it('accepts http(s) links, an e-mail address and the archive’s own links; refuses any other target', async () => {
        expect(checkFidelity('See A/HRC/RES/37/23 now.', [], await render('See A/HRC/RES/37/23 now.'))).toEqual([]);
        expect(checkFidelity('x y', [], await render('[x](HTTPS://a.org) [y](http://b.org)'))).toEqual([]);
        expect(checkFidelity('write to a@b.org', [], await render('write to a@b.org'))).toEqual([]);
        for (const target of [
          'javascript:alert(1)',
          'mailto:a@b.org?x=y/z',
          'xmailto:a@b.org',
          'ftp://a.org',
          'xhttp://a.org',
        ]) {
          expect(checkFidelity('x', [], await render(`[x](${target})`))).toEqual([
            { field: 'body', message: `paragraph 1 links to ${JSON.stringify(target)}; expected http(s) links only` },
          ]);
        }
      });

      it('reports a missing and an extra paragraph', async () => {
        expect(checkFidelity(capture, removed, await render('First paragraph,\u00a0with a no-break space.'))).toEqual([
          {
            field: 'body',
            message: 'expected paragraph 2 of the capture, "Second paragraph."; found the end of the body',
          },
        ]);
        expect(checkFidelity(capture, removed, await render(`${body}\nThird.`))).toEqual([
          { field: 'body', message: 'expected the end of the capture; found an extra paragraph 3, "Third."' },
        ]);
      });
    });
  }

  it('shows a long paragraph around the difference, with ellipses where it is cut', () => {
    const want = `${'a'.repeat(40)}X${'b'.repeat(40)}`;
    const got = `${'a'.repeat(40)}Y${'b'.repeat(40)}`;
    expect(checkFidelity(want, [], htmlTree(`<p>${got}</p>`))).toEqual([
      {
        field: 'body',
        message: `paragraph 1 differs from the capture at character 41: expected “X” (U+0058), as in "…${'a'.repeat(30)}X${'b'.repeat(29)}…"; found “Y” (U+0059), as in "…${'a'.repeat(30)}Y${'b'.repeat(29)}…"`,
      },
    ]);
    expect(checkFidelity('short', [], htmlTree('<p>shirt</p>'))[0]?.message).toBe(
      'paragraph 1 differs from the capture at character 3: expected “o” (U+006F), as in "short"; found “i” (U+0069), as in "shirt"',
    );
    expect(checkFidelity('abc', [], htmlTree('<p>abcd</p>'))[0]?.message).toBe(
      'paragraph 1 differs from the capture at character 4: expected the end of the paragraph, as in "abc"; found “d” (U+0064), as in "abcd"',
    );
    expect(checkFidelity(`${'a'.repeat(61)}`, [], htmlTree('<p>b</p>'))[0]?.message).toContain(
      `as in "${'a'.repeat(30)}…"`,
    );
    // Thirty characters from the difference to the end: all shown, no ellipsis.
    expect(checkFidelity(`a${'b'.repeat(29)}`, [], htmlTree(`<p>c${'b'.repeat(29)}</p>`))[0]?.message).toBe(
      `paragraph 1 differs from the capture at character 1: expected “a” (U+0061), as in "a${'b'.repeat(29)}"; found “c” (U+0063), as in "c${'b'.repeat(29)}"`,
    );
  });

  it('stops at the first paragraph that differs, and reports the declared lines first', () => {
    const problems = checkFidelity('one\ntwo', [{ line: 5, text: 'x' }], htmlTree('<p>uno</p><p>dos</p>'));
    expect(problems.map((p) => p.field)).toEqual(['capture.removed[0]', 'body']);
  });

  it('reports markup and links of every paragraph, not only the first', () => {
    const html = '<p><em>a</em></p><p><a href="javascript:x">b</a></p>';
    expect(checkFidelity('a\nb', [], htmlTree(html)).map((p) => p.message.slice(0, 11))).toEqual([
      'paragraph 1',
      'paragraph 2',
    ]);
  });
});

describe('a tree from MDX', () => {
  const mdx = (markdown: string) => paths['mdx']?.(markdown) as Promise<Root>;

  it('reads an annotation’s passage, not its note', async () => {
    const tree = await mdx('Adopted on <Annotation note="Tuesday 23 March 2021.">Tuesday</Annotation> by a vote.');
    expect(renderedBlocks(tree)).toEqual([{ text: 'Adopted on Tuesday by a vote.', links: [], markup: [] }]);
    expect(checkAnnotations(tree)).toEqual([]);
  });

  it('names any other component, an expression, an import or export, and raw HTML', async () => {
    expect(renderedBlocks(await mdx('A <Other>b</Other> {1 + 2}'))[0]?.markup).toEqual([
      '<Other>',
      'an expression in braces',
    ]);
    expect(renderedBlocks(await mdx('{1 + 2}'))[0]?.markup).toEqual(['an expression in braces']);
    expect(renderedBlocks(await mdx('export const a = 1'))[0]?.markup).toEqual(['an import or export']);
    expect(renderedBlocks({ type: 'root', children: [{ type: 'raw', value: '<b>' }] } as Root)[0]?.markup).toEqual([
      'raw HTML',
    ]);
    expect(renderedBlocks({ type: 'root', children: [{ type: 'doctype' }] })).toEqual([]);
  });

  it('refuses an annotation without one plain note, or inside another', async () => {
    expect(checkAnnotations(await mdx('a <Annotation note="">b</Annotation>'))).toEqual([
      {
        field: 'body',
        message:
          'line 1: expected an annotation with one attribute, note="…", holding the note in plain words; found note=""',
      },
    ]);
    expect(checkAnnotations(await mdx('a <Annotation note="  ">b</Annotation>'))).toHaveLength(1);
    expect(checkAnnotations(await mdx('a <Annotation>b</Annotation>'))[0]?.message).toMatch(/found none$/);
    expect(checkAnnotations(await mdx('a <Annotation note="n" x="y">b</Annotation>'))[0]?.message).toMatch(
      /found note="n", x="y"$/,
    );
    expect(checkAnnotations(await mdx('a <Annotation note={n}>b</Annotation>'))[0]?.message).toMatch(
      /found note=an expression$/,
    );
    expect(checkAnnotations(await mdx('a <Annotation {...n}>b</Annotation>'))[0]?.message).toMatch(
      /found an expression$/,
    );
    expect(checkAnnotations(await mdx('a <Annotation title="n">b</Annotation>'))[0]?.message).toMatch(
      /found title="n"$/,
    );
    expect(
      checkAnnotations(await mdx('\na <Annotation note="n">b <Annotation note="m">c</Annotation></Annotation>')),
    ).toEqual([
      { field: 'body', message: 'line 2: expected an annotation outside any other; found one inside another' },
    ]);
    expect(
      checkAnnotations({
        type: 'root',
        children: [{ type: 'mdxJsxTextElement', name: 'Annotation', attributes: [], children: [] }],
      } as unknown as Root)[0]?.message,
    ).toMatch(/^expected an annotation/);
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
    '\tindented by a tab',
    '===',
    'A line ending with two spaces  ',
    '100. per cent',
    'export const a = 1;',
    'import x from "y"',
    'exports rose',
    'see http://example.org/a_b*c',
  ];
  for (const [name, render] of Object.entries(paths)) {
    it(`renders every tricky line as written once escaped (${name} path)`, async () => {
      for (const line of tricky) {
        expect(checkFidelity(line, [], await render(escapeMarkdown(line))), line).toEqual([]);
      }
    });
  }

  it('escapes only what needs it', () => {
    expect(escapeMarkdown('  plain words\t  ')).toBe('plain words');
    expect(escapeMarkdown('\u00a0kept\u00a0')).toBe('\u00a0kept\u00a0');
    expect(escapeMarkdown('a.b 1. c')).toBe('a.b 1. c');
    expect(escapeMarkdown('12) x')).toBe('12\\) x');
    expect(escapeMarkdown('x-y # z')).toBe('x-y # z');
    expect(escapeMarkdown('=x')).toBe('\\=x');
    expect(escapeMarkdown('export x')).toBe(' export x');
    expect(escapeMarkdown('exports x')).toBe('exports x');
    expect(escapeMarkdown('an import')).toBe('an import');
    expect(escapeMarkdown('a://b://c')).toBe('a\\://b\\://c');
    expect(escapeMarkdown('<&>')).toBe('\\<\\&\\>');
  });

  for (const article of readSourceTexts()) {
    it(`every line of ${article.frontmatter.capture.file}, escaped, renders as captured`, async () => {
      const captured = readCapture(article.frontmatter.capture.file);
      const lines = captureParagraphs(captured, []);
      const tree = await paths['html']?.(lines.map(escapeMarkdown).join('\n\n'));
      expect(checkFidelity(captured, [], tree as Root)).toEqual([]);
    });
  }
});

describe('annotations in the body', () => {
  const body = 'Adopted on <Annotation note="Tuesday 23 March 2021.">Tuesday</Annotation> by a vote.';

  it('are the one component a text may use; its passage is what the capture is checked against', () => {
    expect(usesComponents(body)).toBe(true);
    expect(usesComponents('Adopted on Tuesday.')).toBe(false);
    expect(mdxSyntaxIn(body)).toBeUndefined();
  });

  it('do not let other markup or code through, inside or outside them', () => {
    expect(mdxSyntaxIn('Adopted on <b>Tuesday</b>.')).toBe(
      'line 1, column 12 has "<", which MDX reads as markup; expected plain text: escape the character with a backslash',
    );
    expect(mdxSyntaxIn('On <Annotation note="x">{a}</Annotation>.')).toMatch(/^line 1, column 25 has "\{"/);
    expect(mdxSyntaxIn('On <Annotation note="{x}">a</Annotation>.')).toMatch(/^line 1, column 4 has "<"/);
    expect(mdxSyntaxIn('fine\nexport const a = 1')).toBe(
      'line 2 starts with "export", which MDX reads as code; expected text: begin the line with a space',
    );
    expect(mdxSyntaxIn(' export const a = 1\nexports rose\nescaped \\< and \\{')).toBeUndefined();
  });
});
