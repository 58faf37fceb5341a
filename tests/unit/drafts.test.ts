import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { CORE_SCHEMA, load } from 'js-yaml';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dateIn, draftResolution, draftSourceText, type KnownLine } from '../../src/lib/drafts.ts';
import { checkFidelity, htmlTree } from '../../src/lib/fidelity.ts';
import { splitFrontmatter } from '../../src/lib/frontmatter.ts';
import { resolutionSchema } from '../../src/schemas/resolution.ts';
import { sourceTextMarkdown } from '../../src/markdown/source-text-markdown.ts';
import { contentRoot, readSourceTexts, readCapture } from '../support/content.ts';

const processor = await createMarkdownProcessor({ ...sourceTextMarkdown('/'), syntaxHighlight: false });

describe('drafting a source text from its capture', () => {
  const sourceTexts = readSourceTexts();
  for (const article of sourceTexts) {
    it(`${article.frontmatter.capture.file}: the draft renders exactly to its capture, with the other texts' boilerplate proposed`, async () => {
      // As if the text were new: what the archive knows comes from the other texts only.
      const known: KnownLine[] = sourceTexts
        .filter((a) => a !== article)
        .flatMap((a) =>
          a.frontmatter.capture.removed.map((r) => ({
            text: r.text,
            kind: r.kind as KnownLine['kind'],
            declaredIn: a.file,
          })),
        );
      const capture = readCapture(article.frontmatter.capture.file);
      const draft = draftSourceText(article.frontmatter.capture.file, capture, known);
      const { frontmatter, body } = splitFrontmatter(draft.mdx, draft.fileName);
      const data = load(frontmatter, { schema: CORE_SCHEMA }) as {
        title: string;
        capture: { removed: Array<{ line: number; text: string; kind: string }> };
      };
      const html = (await processor.render(body, { frontmatter: {} })).code;
      expect(checkFidelity(capture, data.capture.removed, htmlTree(html))).toEqual([]);
      const proposed = data.capture.removed.filter((r) => r.kind === 'boilerplate').map((r) => r.text);
      expect(proposed.every((text) => known.some((k) => k.text === text))).toBe(true);
      expect(draft.listing).toHaveLength(capture.replace(/\r\n?/g, '\n').split('\n').length);
      expect(draft.mdx).toContain('# CHECK');
    });
  }

  it('proposes the lines another text of the same site already declares', () => {
    const known: KnownLine[] = [{ text: 'Related news', kind: 'boilerplate', declaredIn: 'a.mdx' }];
    const draft = draftSourceText('x.txt', 'A headline\n\n2021-03-25 09:30\n\nBody.\n\nRelated news', known);
    expect(draft.fileName).toBe('2021-03-25-a-headline.mdx');
    expect(draft.listing.map((line) => line.trim().split(/\s+/).slice(0, 2).join(' '))).toEqual([
      '1 title',
      '2 (blank)',
      '3 metadata',
      '4 (blank)',
      '5 body',
      '6 (blank)',
      '7 boilerplate',
    ]);
  });

  it('reads the dates captures state', () => {
    expect(dateIn('2021-03-25 09:30:58Xinhua')).toBe('2021-03-25');
    expect(dateIn('Updated: March 24, 2018 10:12')).toBe('2018-03-24');
    expect(dateIn('Geneva, 28 February 2018')).toBe('2018-02-28');
    expect(dateIn('No date here')).toBeUndefined();
  });
});

describe('drafting a resolution from the template', () => {
  const template = readFileSync(join(contentRoot, 'templates', 'resolution.yaml'), 'utf8');

  it('fills in the symbol and the session, and the build will still ask for the facts', () => {
    const { fileName, yaml } = draftResolution(template, 'A/HRC/RES/50/1');
    expect(fileName).toBe('a-hrc-res-50-1.yaml');
    const data = load(yaml, { schema: CORE_SCHEMA }) as Record<string, unknown>;
    expect(data['symbol']).toBe('A/HRC/RES/50/1');
    expect(data['session']).toBe(50);
    expect(yaml).not.toContain('A/HRC/RES/00/0');
    // Every example the template holds is a placeholder the build names, field by field, until an
    // editor has written the fact; nothing else of the draft's shape is refused.
    const result = resolutionSchema.safeParse(data);
    expect(result.success ? [] : result.error.issues.map((i) => i.path.join('.'))).toEqual([
      'title',
      'adopted.value',
      'adopted.sources.0',
      'mainSponsors.sources.0',
      'vote.description',
      'vote.sources.0',
      'keyPoints.0.text',
      'keyPoints.0.sources.0',
      'confidence',
      'sources.0',
    ]);
  });

  it('refuses what is not a symbol', () => {
    expect(() => draftResolution(template, 'HRC 50/1')).toThrow('“HRC 50/1” is not a resolution symbol');
  });
});
