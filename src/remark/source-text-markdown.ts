/**
 * The one Markdown pipeline for source texts, used by the site's Markdown configuration and by the
 * workers that render the texts: GitHub-flavoured Markdown, links on mentions of resolutions, and no
 * typographic rewriting (no smart quotes), because a source text is shown exactly as published.
 */
import type { UnifiedProcessorOptions } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import { remarkLinkMentions } from './link-mentions.ts';

/** `known`: the symbols of the resolutions the archive holds; only these are linked. */
export function sourceTextMarkdown(base: string, known?: ReadonlySet<string>): UnifiedProcessorOptions {
  return { gfm: false, smartypants: false, remarkPlugins: [remarkGfm, [remarkLinkMentions, { base, known }]] };
}
