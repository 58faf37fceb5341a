import { describe, expect, it } from 'vitest';
import { mdxSyntaxIn, splitFrontmatter } from '../../src/lib/frontmatter.ts';

describe('a source text’s file', () => {
  it('splits into its frontmatter and its body, with either line ending', () => {
    expect(splitFrontmatter('---\ntitle: x\n---\nBody\n', 'a.mdx')).toEqual({
      frontmatter: 'title: x',
      body: 'Body\n',
    });
    expect(splitFrontmatter('---\r\ntitle: x\r\n---\r\nBody', 'a.mdx')).toEqual({
      frontmatter: 'title: x',
      body: 'Body',
    });
    expect(splitFrontmatter('---\ntitle: x\n---', 'a.mdx')).toEqual({ frontmatter: 'title: x', body: '' });
    expect(splitFrontmatter('---\na: 1\n---\nB\n---\nC', 'a.mdx').body).toBe('B\n---\nC');
  });

  it('is refused without frontmatter at the very top, naming the file', () => {
    expect(() => splitFrontmatter('Body\n---\ntitle: x\n---\n', 'content/articles/a.mdx')).toThrow(
      'content/articles/a.mdx: expected frontmatter between --- lines at the top of the file',
    );
    expect(() => splitFrontmatter('title: x\n', 'a.mdx')).toThrow();
  });
});

describe('MDX syntax in a body', () => {
  it('is found at the first column too, and named by line and column', () => {
    expect(mdxSyntaxIn('<b>x</b>')).toMatch(/^line 1, column 1 has "<"/);
    expect(mdxSyntaxIn('ok\n{x}')).toMatch(/^line 2, column 1 has "\{"/);
  });

  it('counts columns as the file has them, around an annotation', () => {
    expect(mdxSyntaxIn('a <Annotation note="n">b</Annotation> c }')).toMatch(/^line 1, column 41 has "\}"/);
    expect(mdxSyntaxIn('<Annotation note="n">b</Annotation>\n<')).toMatch(/^line 2, column 1 has "</);
  });
});
