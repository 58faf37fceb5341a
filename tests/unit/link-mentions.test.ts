import { pathToFileURL } from 'node:url';
import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { createSatteriMarkdownProcessor } from '@astrojs/markdown-satteri';
import type { Root } from 'mdast';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { remarkLinkMentions } from '../../src/markdown/remark-link-mentions.ts';
import { sourceTextMarkdown, sourceTextSatteri } from '../../src/markdown/source-text-markdown.ts';
import { canonicalHtml } from '../support/html.ts';

function paragraph(text: string): Root {
  return { type: 'root', children: [{ type: 'paragraph', children: [{ type: 'text', value: text }] }] };
}

function run(tree: Root, mentions: unknown[], base = '/') {
  const file = new VFile({ path: 'content/articles/x.mdx', data: { astro: { frontmatter: { mentions } } } as never });
  remarkLinkMentions({ base })(tree, file);
  return tree;
}

describe('remarkLinkMentions', () => {
  it('links a passage to its resolution page and keeps the words', () => {
    const tree = run(
      paragraph('two previous resolutions adopted in 2020 and 2018, this is'),
      [
        { resolutions: ['A/HRC/RES/43/21'], passage: '2020' },
        { resolutions: ['A/HRC/RES/37/23'], passage: '2018' },
      ],
      '/hrc/',
    );
    expect(tree.children[0]).toMatchObject({
      children: [
        { type: 'text', value: 'two previous resolutions adopted in ' },
        { type: 'link', url: '/hrc/resolutions/a-hrc-res-43-21/', children: [{ value: '2020' }] },
        { type: 'text', value: ' and ' },
        { type: 'link', url: '/hrc/resolutions/a-hrc-res-37-23/', children: [{ value: '2018' }] },
        { type: 'text', value: ', this is' },
      ],
    });
  });

  it('links a passage naming several resolutions to the list beside the text', () => {
    const tree = run(paragraph('entitled “The Contribution of Development” has been'), [
      { resolutions: ['A/HRC/RES/35/21', 'A/HRC/RES/41/19'], passage: 'The Contribution of Development' },
    ]);
    expect(tree.children[0]).toMatchObject({ children: [{}, { type: 'link', url: '#mentioned-resolutions' }, {}] });
  });

  it('links a symbol written in the text even if not declared', () => {
    const tree = run(paragraph('see A/HRC/RES/46/13.'), []);
    expect(tree.children[0]).toMatchObject({
      children: [{ value: 'see ' }, { type: 'link', url: '/resolutions/a-hrc-res-46-13/' }, { value: '.' }],
    });
  });

  it('leaves text inside existing links alone', () => {
    const tree: Root = {
      type: 'root',
      children: [
        {
          type: 'paragraph',
          children: [
            {
              type: 'link',
              url: 'https://undocs.org/A/HRC/RES/37/23',
              children: [{ type: 'text', value: 'A/HRC/RES/37/23' }],
            },
          ],
        },
      ],
    };
    run(tree, []);
    expect(tree.children[0]).toMatchObject({
      children: [
        {
          type: 'link',
          url: 'https://undocs.org/A/HRC/RES/37/23',
          children: [{ type: 'text', value: 'A/HRC/RES/37/23' }],
        },
      ],
    });
  });

  it('fails the build, naming the file, when a declared passage is not in the text', () => {
    expect(() =>
      run(paragraph('nothing here'), [{ resolutions: ['A/HRC/RES/37/23'], passage: 'mutually beneficial' }]),
    ).toThrow(
      'content/articles/x.mdx: mentions[0].passage: expected the passage in the body, exactly once; found "mutually beneficial", which is not in the body; copy it exactly from the text',
    );
  });

  it('fails when a passage is ambiguous', () => {
    expect(() => run(paragraph('2018 and 2018'), [{ resolutions: ['A/HRC/RES/37/23'], passage: '2018' }])).toThrow(
      /occurs 2 times; lengthen it/,
    );
  });
});

describe('symbols of resolutions the archive does not hold', () => {
  it('links the ones it holds and leaves the others as plain text', () => {
    const tree = paragraph('See A/HRC/RES/37/23 and A/HRC/RES/38/1.');
    remarkLinkMentions({ known: new Set(['A/HRC/RES/37/23']) })(tree, new VFile({ path: 'content/articles/x.mdx' }));
    expect(JSON.stringify(tree)).toContain('"url":"/resolutions/a-hrc-res-37-23/"');
    expect(JSON.stringify(tree)).not.toContain('a-hrc-res-38-1');
    expect(JSON.stringify(tree)).toContain('and A/HRC/RES/38/1.');
  });
});

describe('the two pipelines (Sätteri for plain bodies, remark for MDX) give the same HTML', async () => {
  const known = new Set(['A/HRC/RES/37/23', 'A/HRC/RES/43/21']);
  const remark = await createMarkdownProcessor({ ...sourceTextMarkdown('/hrc/', known), syntaxHighlight: false });
  const satteri = await createSatteriMarkdownProcessor(sourceTextSatteri('/hrc/', known));
  const render = (processor: typeof remark, body: string, mentions: unknown[]) =>
    processor.render(body, { frontmatter: { mentions }, fileURL: pathToFileURL('/site/content/articles/x.mdx') });
  const bodies: Array<[string, string, unknown[]]> = [
    [
      'a declared passage and a symbol',
      'Adopted in 2020, after A/HRC/RES/37/23.',
      [{ resolutions: ['A/HRC/RES/43/21'], passage: 'in 2020' }],
    ],
    [
      'a passage across a line break',
      'The Contribution\nof Development, it said.',
      [{ resolutions: ['A/HRC/RES/37/23', 'A/HRC/RES/43/21'], passage: 'Contribution of Development' }],
    ],
    [
      'a symbol inside a link, an address and emphasis',
      '[A/HRC/RES/37/23](https://undocs.org/A/HRC/RES/37/23), https://undocs.org/A/HRC/RES/37/23 and *A/HRC/RES/37/23*.',
      [],
    ],
    ['a symbol the archive does not hold', 'See A/HRC/RES/38/1 and A/HRC/RES/43/21.', []],
    ['quotes, dashes and escapes kept as written', '"Win-win" -- 1... \\<b\\> & \\*not emphasis\\*', []],
    [
      'a heading, a list, a table and a quotation',
      '## Note\n\n- one A/HRC/RES/37/23\n- two\n\n| a | b |\n| - | - |\n| 1 | 2 |\n\n> quoted',
      [],
    ],
  ];
  it.each(bodies)('%s', async (_name, body, mentions) => {
    const [a, b] = await Promise.all([render(remark, body, mentions), render(satteri, body, mentions)]);
    expect(canonicalHtml(b.code)).toBe(canonicalHtml(a.code));
    expect(b.code).toContain('<');
    expect(b.metadata.headings).toEqual(a.metadata.headings);
  });

  it.each([
    [
      'missing',
      'nothing here',
      /mentions\[0\]\.passage: expected the passage in the body, exactly once; found "2018", which is not in the body/,
    ],
    ['ambiguous', '2018 and 2018', /found "2018", which occurs 2 times; lengthen it until it is unique/],
  ])('fails alike on a %s passage, naming the file', async (_name, body, message) => {
    const mentions = [{ resolutions: ['A/HRC/RES/37/23'], passage: '2018' }];
    for (const processor of [remark, satteri]) {
      await expect(render(processor, body, mentions)).rejects.toThrow(message);
      await expect(render(processor, body, mentions)).rejects.toThrow('/site/content/articles/x.mdx: mentions[0]');
    }
  });
});
