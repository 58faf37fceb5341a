/**
 * The mention linker as a Sätteri plugin, for the plain bodies the content layer renders itself
 * (Sätteri parses in Rust, several times faster than remark; tests hold its HTML equal to remark's).
 * A declared passage that is missing, or found more than once, fails the build.
 */
import { fileURLToPath } from 'node:url';
import type { MdastPluginEntry } from 'satteri';
import { mentionError, mentionLinker, type MentionLinkOptions } from './mention-links.ts';

export function satteriLinkMentions(options: MentionLinkOptions = {}): MdastPluginEntry {
  // A factory: Sätteri calls it once per document, so each document counts its own passages.
  return () => {
    let linker: ReturnType<typeof mentionLinker> | undefined;
    return {
      name: 'link-mentions',
      before(_root, ctx) {
        const astro = (ctx.data as { astro?: { frontmatter?: { mentions?: unknown } } }).astro;
        linker = mentionLinker(astro?.frontmatter, options);
      },
      text(node, ctx) {
        // Text already inside a link (an address written out) stays as it is. Code has no text children.
        const insideLink = (child: Parameters<typeof ctx.parent>[0]): boolean => {
          const parent = ctx.parent(child);
          return (
            parent !== undefined && (parent.type === 'link' || parent.type === 'linkReference' || insideLink(parent))
          );
        };
        if (insideLink(node)) return;
        const pieces = linker?.link(node.value);
        if (pieces) ctx.replaceNode(node, pieces);
      },
      after(_root, ctx) {
        const problems = linker?.problems() ?? [];
        if (problems.length > 0) throw mentionError(ctx.fileURL && fileURLToPath(ctx.fileURL), problems);
      },
    };
  };
}
