/**
 * Links the mentions of resolutions in a source text to the archive's pages, at build time, for
 * both Markdown pipelines (remark for MDX, Sätteri for plain bodies): the one place that decides
 * what a mention is, where it links and when a declared passage is a mistake.
 * The words are never changed: a matched run of text becomes the text of a link.
 */
import type { Link, PhrasingContent, Text } from 'mdast';
import { findMentions } from '../lib/mentions.ts';
import { pathWithBase, routes } from '../lib/paths.ts';
import { symbolToSlug } from '../lib/slugs.ts';

export interface MentionLinkOptions {
  base?: string | undefined;
  /**
   * The symbols of the resolutions the archive holds. A symbol written in the text for any other
   * resolution stays plain text (the page notes it and links the official record) rather than
   * becoming a link to a page that does not exist. Without it, every symbol is linked.
   */
  known?: ReadonlySet<string> | undefined;
}

interface DeclaredMention {
  resolutions: string[];
  passage: string;
  /** Its place in the frontmatter's list, so an error points at the right one. */
  index: number;
}

/** One resolution links to its page; several (a series named by its title) link to the list beside the text. */
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
 * A linker for one document: `link` turns a text node's value into the pieces that replace it (or
 * nothing when it mentions no resolution); `problems`, once every text is seen, names each declared
 * passage not found exactly once.
 */
export function mentionLinker(frontmatter: { mentions?: unknown } | undefined, options: MentionLinkOptions) {
  const base = options.base ?? '/';
  const { known } = options;
  const mentions = Array.isArray(frontmatter?.mentions) ? (frontmatter.mentions as DeclaredMention[]) : [];
  const declared = mentions.flatMap((m, index) => (typeof m.passage === 'string' ? [{ ...m, index }] : []));
  const passages = declared.map((m) => m.passage);
  const found = passages.map(() => 0);
  return {
    link(text: string): PhrasingContent[] | undefined {
      const matches = findMentions(text, passages).filter(
        (m) => m.passage >= 0 || !known || known.has(m.symbol as string),
      );
      if (matches.length === 0) return undefined;
      const pieces: PhrasingContent[] = [];
      let cursor = 0;
      for (const match of matches) {
        if (match.start > cursor) pieces.push({ type: 'text', value: text.slice(cursor, match.start) } satisfies Text);
        const symbols =
          match.passage >= 0 ? (declared[match.passage] as DeclaredMention).resolutions : [match.symbol as string];
        if (match.passage >= 0) found[match.passage] = (found[match.passage] ?? 0) + 1;
        pieces.push(mentionLink(text.slice(match.start, match.end), symbols, base));
        cursor = match.end;
      }
      if (cursor < text.length) pieces.push({ type: 'text', value: text.slice(cursor) });
      return pieces;
    },
    problems(): string[] {
      return passages.flatMap((passage, i) => {
        const count = found[i] ?? 0;
        if (count === 1) return [];
        const why =
          count === 0
            ? 'is not in the body; copy it exactly from the text'
            : `occurs ${count} times; lengthen it until it is unique`;
        return [
          `mentions[${declared[i]?.index}].passage: expected the passage in the body, exactly once; found ${JSON.stringify(passage)}, which ${why}`,
        ];
      });
    },
  };
}

/** The problems of one document as the error both pipelines throw, each line naming the file. */
export function mentionError(path: string | undefined, problems: readonly string[]): Error {
  return new Error(problems.map((problem) => `${path}: ${problem}`).join('\n'));
}
