/**
 * The one Markdown pipeline for source texts, in the two processors that run it: GitHub-flavoured
 * Markdown, links on mentions of resolutions, and no typographic rewriting (no smart quotes), because
 * a source text is shown exactly as published. The content layer renders plain bodies with Sätteri
 * (several times faster); @astrojs/mdx compiles the bodies that use a component, and the series
 * pages, with remark and remark-gfm. Tests hold the two to the same HTML, body by body.
 */
import type { UnifiedProcessorOptions } from '@astrojs/markdown-remark';
import type { SatteriMarkdownProcessorOptions } from '@astrojs/markdown-satteri';
import { createProcessor } from '@mdx-js/mdx';
import type { Root as HastRoot } from 'hast';
import remarkGfm from 'remark-gfm';
import { VFile } from 'vfile';
import { remarkLinkMentions } from './remark-link-mentions.ts';
import { satteriLinkMentions } from './satteri-link-mentions.ts';

/** `known`: the symbols of the resolutions the archive holds; only these are linked. */
export function sourceTextMarkdown(base: string, known?: ReadonlySet<string>): UnifiedProcessorOptions {
  return { gfm: false, smartypants: false, remarkPlugins: [remarkGfm, [remarkLinkMentions, { base, known }]] };
}

/** The same pipeline for Sätteri. */
export function sourceTextSatteri(base: string, known?: ReadonlySet<string>): SatteriMarkdownProcessorOptions {
  return {
    gfm: true,
    smartypants: false,
    syntaxHighlight: false,
    mdastPlugins: [satteriLinkMentions({ base, known })],
  };
}

/**
 * The tree @mdx-js/mdx builds from a body with the same pipeline, as @astrojs/mdx will when it
 * compiles the page: what the verbatim proof reads for a body that uses a component.
 */
export async function sourceTextMdxTree(
  body: string,
  options: { frontmatter: Record<string, unknown>; path: string; base: string; known?: ReadonlySet<string> },
): Promise<HastRoot> {
  let tree: HastRoot | undefined;
  const processor = createProcessor({
    remarkPlugins: [remarkGfm, [remarkLinkMentions, { base: options.base, known: options.known }]],
    rehypePlugins: [
      () => (built: HastRoot) => {
        tree = structuredClone(built);
      },
    ],
  });
  const file = new VFile({ value: body, path: options.path, data: { astro: { frontmatter: options.frontmatter } } });
  // The processor's types end at its compiler (a program); what `parse` gives is what `run` takes.
  await processor.run(processor.parse(file) as unknown as Parameters<typeof processor.run>[0], file);
  if (tree === undefined) throw new Error(`${options.path}: the MDX compiler gave no tree`);
  return tree;
}
