/**
 * The mention linker as a remark plugin, for the bodies @astrojs/mdx compiles (texts with an editor's
 * note, series pages). A declared passage that is missing, or found more than once, fails the build.
 */
import type { Parent, Root, Text } from 'mdast';
import type { VFile } from 'vfile';
import { SKIP, visit } from 'unist-util-visit';
import { mentionError, mentionLinker, type MentionLinkOptions } from './mention-links.ts';

export function remarkLinkMentions(options: MentionLinkOptions = {}) {
  return (tree: Root, file: VFile) => {
    const frontmatter = (file.data as { astro?: { frontmatter?: { mentions?: unknown } } }).astro?.frontmatter;
    const linker = mentionLinker(frontmatter, options);
    visit(tree, (node, index, parent: Parent | undefined) => {
      if (node.type === 'link' || node.type === 'linkReference' || node.type === 'code' || node.type === 'inlineCode')
        return SKIP;
      if (node.type !== 'text' || parent === undefined || index === undefined) return;
      const pieces = linker.link((node as Text).value);
      if (!pieces) return;
      parent.children.splice(index, 1, ...(pieces as Parent['children']));
      return [SKIP, index + pieces.length];
    });
    const problems = linker.problems();
    if (problems.length > 0) throw mentionError(file.path, problems);
  };
}
