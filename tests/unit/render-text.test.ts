/**
 * The function every source text goes through before the build may go on, on both of its paths: a
 * plain body (Sätteri's HTML) and a body with an editor's note (@mdx-js/mdx's tree). Each broken body
 * must stop it; if the proof were skipped on either path, these tests fail.
 */
import { createSatteriMarkdownProcessor } from '@astrojs/markdown-satteri';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderSourceText, type BodyRenderers } from '../../src/loaders/render-text.ts';
import { sourceTextMdxTree, sourceTextSatteri } from '../../src/markdown/source-text-markdown.ts';
import { contentRoot, readSourceTexts } from '../support/content.ts';

const known = new Set(['A/HRC/RES/35/21', 'A/HRC/RES/37/23', 'A/HRC/RES/43/21', 'A/HRC/RES/46/13']);
const satteri = await createSatteriMarkdownProcessor(sourceTextSatteri('/', known));
const renderers: BodyRenderers = {
  html: (body, frontmatter, fileURL) => satteri.render(body, { frontmatter, fileURL }),
  mdxTree: (body, frontmatter, path) => sourceTextMdxTree(body, { frontmatter, path, base: '/', known }),
};

const sourceTexts = readSourceTexts();
const plain = sourceTexts.find((a) => !a.body.includes('<Annotation'));
const annotated = sourceTexts.find((a) => a.body.includes('<Annotation'));
if (!plain || !annotated) throw new Error('expected a plain and an annotated source text among the real ones');

/** A content folder of its own, holding one text (changed by `edit`) and every capture. */
function render(article: NonNullable<typeof plain>, edit: (source: string) => string = (s) => s, allMdx = false) {
  const root = mkdtempSync(join(tmpdir(), 'render-text-'));
  mkdirSync(join(root, 'articles'));
  mkdirSync(join(root, 'captures'));
  const capture = article.frontmatter.capture.file;
  copyFileSync(join(contentRoot, 'captures', capture), join(root, 'captures', capture));
  const path = join(root, 'articles', article.file);
  const source = edit(readFileSync(join(contentRoot, 'articles', article.file), 'utf8'));
  writeFileSync(path, source);
  return renderSourceText({ path, filePath: `content/articles/${article.file}`, source }, renderers, allMdx);
}

/** The first word of the body's second paragraph, changed by one letter. */
const breakBody = (source: string) => {
  const end = source.indexOf('\n---\n', 4) + 5;
  const body = source.slice(end);
  const at = body.search(/[a-z]{4,}/);
  return source.slice(0, end) + body.slice(0, at) + 'X' + body.slice(at + 1);
};

describe('a plain source text', () => {
  it('renders to HTML, kept for its page', async () => {
    const text = await render(plain);
    expect(text.mdx).toBe(false);
    expect(text.rendered?.html).toContain('<p>');
    expect(text.rendered?.metadata.imagePaths).toEqual([]);
  });

  it('stops with the file, the field and the paragraph when the body differs from its capture', async () => {
    await expect(render(plain, breakBody)).rejects.toThrow(
      new RegExp(`^content/articles/${plain.file}: body: paragraph \\d+ differs from the capture at character \\d+`),
    );
  });

  it('is proved on the MDX path too, when every body is rendered as MDX', async () => {
    expect((await render(plain, undefined, true)).mdx).toBe(true);
    await expect(render(plain, breakBody, true)).rejects.toThrow(/body: paragraph \d+ differs from the capture/);
  });
});

describe('a source text with an editor’s note', () => {
  it('is left to @astrojs/mdx for its page, once proved', async () => {
    const text = await render(annotated);
    expect(text).toMatchObject({ mdx: true });
    expect(text.rendered).toBeUndefined();
  });

  it('stops when the body differs from its capture, outside or inside the note’s passage', async () => {
    await expect(render(annotated, breakBody)).rejects.toThrow(/: body: paragraph \d+ differs from the capture/);
    await expect(
      render(annotated, (s) => s.replace('>Tuesday</Annotation>', '>Tuesdays</Annotation>')),
    ).rejects.toThrow(/: body: paragraph \d+ differs from the capture/);
  });

  it('stops on a note that is empty', async () => {
    await expect(render(annotated, (s) => s.replace(/note="[^"]*"/, 'note=" "'))).rejects.toThrow(
      /: body: line \d+: expected an annotation with one attribute, note="…", holding the note in plain words; found note=" "$/,
    );
  });
});

describe('what stops any text before it is rendered', () => {
  it('a line MDX would read as code, named by its line', async () => {
    await expect(render(plain, (s) => `${s}\nexport const a = 1\n`)).rejects.toThrow(
      /: body: line \d+ starts with "export", which MDX reads as code/,
    );
  });

  it('a capture that is not there, or not UTF-8', async () => {
    await expect(render(plain, (s) => s.replace(/file: \S+/, 'file: missing.txt'))).rejects.toThrow(
      `content/articles/${plain.file}: capture.file: expected a file in content/captures/; found no “missing.txt” there`,
    );
    const latin1 = mkdtempSync(join(tmpdir(), 'render-text-'));
    mkdirSync(join(latin1, 'articles'));
    mkdirSync(join(latin1, 'captures'));
    writeFileSync(join(latin1, 'captures', 'x.txt'), Buffer.from([0x63, 0x61, 0x66, 0xe9]));
    const source = readFileSync(join(contentRoot, 'articles', plain.file), 'utf8').replace(/file: \S+/, 'file: x.txt');
    await expect(
      renderSourceText(
        { path: join(latin1, 'articles', plain.file), filePath: 'content/articles/t.mdx', source },
        renderers,
      ),
    ).rejects.toThrow(
      'content/captures/x.txt: (file): expected text in UTF-8; found bytes that are not UTF-8 on line 1, at byte 4 (save the capture again as UTF-8)',
    );
  });

  it('frontmatter that is missing, not YAML or not as the schema expects', async () => {
    await expect(render(plain, (s) => s.replace(/^---\n/, ''))).rejects.toThrow(
      /: frontmatter: expected YAML frontmatter between --- lines at the top of the file; found none$/,
    );
    await expect(render(plain, (s) => s.replace(/^---\n/, '---\ntitle: [\n'))).rejects.toThrow(
      /: frontmatter: expected valid YAML/,
    );
    await expect(render(plain, (s) => s.replace(/^title: .*$/m, 'title: 3'))).rejects.toThrow(
      /: title: expected the title as published; found 3$/,
    );
  });
});
