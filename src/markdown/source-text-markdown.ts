/**
 * The one Markdown pipeline for source texts, in the two processors that run it: GitHub-flavoured
 * Markdown, links on mentions of resolutions, and no typographic rewriting (no smart quotes), because
 * a source text is shown exactly as published. The content layer renders plain bodies with Sätteri
 * (several times faster); @astrojs/mdx compiles the bodies that use a component, and the series
 * pages, with remark and remark-gfm. Tests hold the two to the same HTML, body by body.
 */
import type { UnifiedProcessorOptions } from '@astrojs/markdown-remark';
import type { SatteriMarkdownProcessorOptions } from '@astrojs/markdown-satteri';
import remarkGfm from 'remark-gfm';
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
