/**
 * Links the mentions of resolutions in a source text to the archive's pages, at build time.
 * The words are never changed: a matched run of text becomes the text of a link.
 * A declared passage that is missing, or found more than once, fails the build.
 */
import type { Link, Parent, PhrasingContent, Root, Text } from 'mdast';
import type { VFile } from 'vfile';
import { SKIP, visit } from 'unist-util-visit';
import { findMentions } from '../lib/mentions.ts';
import { pathWithBase, routes } from '../lib/paths.ts';
import { symbolToSlug } from '../lib/slugs.ts';

interface DeclaredMention {
  resolutions: string[];
  passage?: string;
}

function mentionsOf(file: VFile): DeclaredMention[] {
  const frontmatter = (file.data as { astro?: { frontmatter?: { mentions?: unknown } } }).astro?.frontmatter;
  const mentions = frontmatter?.mentions;
  return Array.isArray(mentions) ? (mentions as DeclaredMention[]) : [];
}

/** One resolution links to its page; several (a family named by its title) link to the list beside the text. */
function linkTarget(symbols: readonly string[], base: string): string {
  if (symbols.length === 1) return pathWithBase(routes.resolution(symbolToSlug(symbols[0] as string)), base);
  return '#mentioned-resolutions';
}

function mentionLink(text: string, symbols: readonly string[], base: string): Link {
  return {
    type: 'link',
    url: linkTarget(symbols, base),
    children: [{ type: 'text', value: text }],
    data: { hProperties: { className: ['mention'], dataMention: symbols.join(' ') } },
  };
}

/**
 * `known`: the symbols of the resolutions the archive holds. A symbol written in the text for any
 * other resolution stays plain text (the page notes it and links the official record) rather than
 * becoming a link to a page that does not exist. Without `known`, every symbol is linked.
 */
export function remarkLinkMentions(options: { base?: string; known?: ReadonlySet<string> } = {}) {
  const base = options.base ?? '/';
  const known = options.known;
  return (tree: Root, file: VFile) => {
    // Keep each mention's index in the frontmatter, so an error points at the right one.
    const declared = mentionsOf(file).flatMap((m, index) =>
      typeof m.passage === 'string' ? [{ ...m, passage: m.passage, index }] : [],
    );
    const passages = declared.map((m) => m.passage);
    const found = passages.map(() => 0);

    visit(tree, (node, index, parent: Parent | undefined) => {
      if (node.type === 'link' || node.type === 'linkReference' || node.type === 'code' || node.type === 'inlineCode')
        return SKIP;
      if (node.type !== 'text' || parent === undefined || index === undefined) return;
      const text = (node as Text).value;
      const matches = findMentions(text, passages).filter(
        (m) => m.passage >= 0 || !known || known.has(m.symbol as string),
      );
      if (matches.length === 0) return;
      const pieces: PhrasingContent[] = [];
      let cursor = 0;
      for (const match of matches) {
        if (match.start > cursor) pieces.push({ type: 'text', value: text.slice(cursor, match.start) });
        const symbols =
          match.passage >= 0 ? (declared[match.passage] as DeclaredMention).resolutions : [match.symbol as string];
        if (match.passage >= 0) found[match.passage] = (found[match.passage] ?? 0) + 1;
        pieces.push(mentionLink(text.slice(match.start, match.end), symbols, base));
        cursor = match.end;
      }
      if (cursor < text.length) pieces.push({ type: 'text', value: text.slice(cursor) });
      parent.children.splice(index, 1, ...(pieces as Parent['children']));
      return [SKIP, index + pieces.length];
    });

    const problems = passages.flatMap((passage, i) => {
      const count = found[i] ?? 0;
      if (count === 1) return [];
      const why =
        count === 0
          ? 'is not in the body; copy it exactly from the text'
          : `occurs ${count} times; lengthen it until it is unique`;
      return [
        `mentions[${declared[i]?.index}].passage: expected the passage in the body, exactly once; found ${JSON.stringify(passage)}, which ${why.replace(/^is /, 'is ')}`,
      ];
    });
    if (problems.length > 0) {
      throw new Error(problems.map((problem) => `${file.path}: ${problem}`).join('\n'));
    }
  };
}
