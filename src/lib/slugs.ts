/** Resolution symbols and the permanent slugs derived from them. */

import { isResolutionSymbol, isSlug, RESOLUTION_SYMBOL } from '../schemas/formats.ts';

export { isResolutionSymbol, isSlug };

/** `A/HRC/RES/37/23` → `a-hrc-res-37-23`: the resolution's permanent address. */
export function symbolToSlug(symbol: string): string {
  if (!isResolutionSymbol(symbol))
    throw new Error(`Not a resolution symbol: "${symbol}" (expected A/HRC/RES/<session>/<number>)`);
  return symbol.toLowerCase().replaceAll('/', '-');
}

/** Inverse of symbolToSlug; undefined for anything that is not a resolution slug. */
export function slugToSymbol(slug: string): string | undefined {
  const match = /^a-hrc-res-(\d{1,2})-(\d{1,3})$/.exec(slug);
  return match ? `A/HRC/RES/${match[1]}/${match[2]}` : undefined;
}

/** The session and number of a resolution, e.g. `{ session: 37, number: 23 }`. */
export function parseResolutionSymbol(symbol: string): { session: number; number: number } | undefined {
  const match = RESOLUTION_SYMBOL.exec(symbol);
  return match ? { session: Number(match[1]), number: Number(match[2]) } : undefined;
}

/** The short form readers use: `37/23`. */
export function shortSymbol(symbol: string): string {
  const parsed = parseResolutionSymbol(symbol);
  return parsed ? `${parsed.session}/${parsed.number}` : symbol;
}

/** The official text of any UN document is reachable at undocs.org by its symbol. */
export function officialRecordUrl(symbol: string): string {
  return `https://undocs.org/${symbol}`;
}
