/**
 * Finding mentions of resolutions in a source text: the passages the research identifies,
 * and resolution symbols written out. Pure text in, positions out; the remark plugin links them.
 */

export interface TextMatch {
  start: number;
  end: number;
  /** Index into the passages given, or -1 for a symbol found by its form. */
  passage: number;
  symbol?: string;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A passage matches across any white space, including a line break inside a paragraph. */
export function passagePattern(passage: string): RegExp {
  const words = passage.trim().split(/\s+/).map(escapeRegExp);
  return new RegExp(`(?<![\\p{L}\\p{N}])${words.join('\\s+')}(?![\\p{L}\\p{N}])`, 'gu');
}

export function findPassage(text: string, passage: string): Array<{ start: number; end: number }> {
  return [...text.matchAll(passagePattern(passage))].map((match) => ({
    start: match.index,
    end: match.index + match[0].length,
  }));
}

const SYMBOL = /A\/HRC\/RES\/\d{1,2}\/\d{1,3}(?!\d)/g;

/**
 * Resolution symbols written in the text, except where they are part of a URL or a path
 * (a symbol inside `https://undocs.org/A/HRC/RES/37/23` is already a link target, not prose).
 */
export function findSymbols(text: string): TextMatch[] {
  const found: TextMatch[] = [];
  for (const match of text.matchAll(SYMBOL)) {
    const before = text.slice(0, match.index);
    // Stryker disable next-line MethodExpression,Regex: the test reads only the last character, the text's own
    const token = before.slice(before.search(/\S*$/));
    // Stryker disable next-line ConditionalExpression,StringLiteral: an empty token fails the pattern as well
    if (token !== '' && /[/:.\w]$/.test(token)) continue;
    found.push({ start: match.index, end: match.index + match[0].length, passage: -1, symbol: match[0] });
  }
  return found;
}

/** The distinct resolution symbols written in a text, in the order they first appear. */
export function symbolsWrittenIn(text: string): string[] {
  return [...new Set(findSymbols(text).map((match) => match.symbol as string))];
}

/** All passages and symbols in one text, earliest first, overlapping matches dropped. */
export function findMentions(text: string, passages: readonly string[]): TextMatch[] {
  const all: TextMatch[] = [
    ...passages.flatMap((passage, index) => findPassage(text, passage).map((m) => ({ ...m, passage: index }))),
    ...findSymbols(text),
  ].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: TextMatch[] = [];
  for (const match of all) {
    const last = kept.at(-1);
    if (!last || match.start >= last.end) kept.push(match);
  }
  return kept;
}
