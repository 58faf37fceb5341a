/**
 * When a search finds nothing, the nearest names, symbols and titles the archive holds: a short list
 * made at build time (search/suggestions.json), fetched only then, matched by edit distance so that
 * a misspelt name ("Inda", "Untied Kingdom") or symbol ("46/31") still leads somewhere.
 */

export interface Suggestion {
  text: string;
  /** What the text names, as the result line says it: "State", "Resolution", "Source text"… */
  kind: string;
  url: string;
}

/**
 * The number of single edits from one text to the other: a letter inserted, deleted or replaced, or
 * two neighbours swapped ("Indai", "46/31"), the commonest slip of a typing hand.
 */
export function editDistance(a: string, b: string): number {
  const rows: number[][] = [Array.from({ length: b.length + 1 }, (_, j) => j)];
  for (let i = 1; i <= a.length; i += 1) {
    const row = [i];
    for (let j = 1; j <= b.length; j += 1) {
      const above = rows[i - 1] as number[];
      let best = Math.min(
        (above[j] as number) + 1,
        (row[j - 1] as number) + 1,
        (above[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        best = Math.min(best, ((rows[i - 2] as number[])[j - 2] as number) + 1);
      row.push(best);
    }
    rows.push(row);
  }
  return (rows[a.length] as number[])[b.length] as number;
}

const folded = (text: string) =>
  text.normalize('NFKD').replace(/\p{M}/gu, '').toLocaleLowerCase('en').replace(/\s+/g, ' ').trim();

/**
 * How far the query is from a suggestion: from the whole text, or from its run of as many words as
 * the query has, whichever is nearer (so "cooperaton" is one edit from a title that holds "cooperation").
 */
function distance(query: string, text: string): number {
  const words = text.split(' ');
  const span = query.split(' ').length;
  let best = editDistance(query, text);
  for (let start = 0; start + span <= words.length; start += 1)
    best = Math.min(best, editDistance(query, words.slice(start, start + span).join(' ')));
  return best;
}

/** Up to `limit` suggestions within a few edits of the query (one per four letters, at least one), nearest first. */
export function nearestSuggestions(query: string, suggestions: readonly Suggestion[], limit = 5): Suggestion[] {
  const wanted = folded(query);
  if (wanted.length < 2) return [];
  const allowed = Math.max(1, Math.floor(wanted.length / 4));
  const ranked = suggestions
    .map((suggestion) => ({ suggestion, away: distance(wanted, folded(suggestion.text)) }))
    .filter(({ away }) => away <= allowed)
    // Equally near, the list's own order decides: a page's main name comes before its other names.
    .sort((a, b) => a.away - b.away);
  // A page named several ways (a State in six languages) is suggested once, by its nearest name.
  const nearest: Suggestion[] = [];
  for (const { suggestion } of ranked) {
    if (nearest.length === limit) break;
    if (!nearest.some((s) => s.url === suggestion.url)) nearest.push(suggestion);
  }
  return nearest;
}
