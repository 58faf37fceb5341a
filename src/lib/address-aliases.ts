/**
 * Addresses people guess or paste, each leading to a permanent page: a resolution by its short
 * symbol (/resolutions/46-13/, /resolutions/46/13/), its symbol as written or its slug in capitals;
 * a State by its ISO code in lower case (/states/gbr/) or by a name people use (/states/uk/,
 * /states/russia/). An alias never takes the address of a real page, and a name two States share
 * leads to neither.
 */
import { shortSymbol, symbolToSlug } from './slugs.ts';

export interface AddressAlias {
  /** The address typed, without the base or the slashes around it: `states/uk`. */
  from: string;
  /** The permanent page, likewise: `states/united-kingdom`. */
  to: string;
}

/** A name as an address segment: "South Korea" → `south-korea`, "Côte d’Ivoire" → `cote-d-ivoire`. */
export function nameSegment(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

export function addressAliases(input: {
  resolutions: readonly string[];
  states: ReadonlyArray<{ slug: string; iso3: string; names: readonly string[] }>;
  /** Whether the output disk tells `A-HRC-…` from `a-hrc-…` (macOS's does not, by default). */
  capitalsFit: boolean;
}): AddressAlias[] {
  const real = new Set([
    ...input.resolutions.map((symbol) => `resolutions/${symbolToSlug(symbol)}`),
    ...input.states.map((state) => `states/${state.slug}`),
  ]);
  const candidates = new Map<string, Set<string>>();
  const offer = (from: string, to: string) => {
    if (from === '' || real.has(from) || from.endsWith('/')) return;
    candidates.set(from, (candidates.get(from) ?? new Set()).add(to));
  };
  for (const symbol of input.resolutions) {
    const to = `resolutions/${symbolToSlug(symbol)}`;
    const short = shortSymbol(symbol);
    offer(`resolutions/${short.replace('/', '-')}`, to);
    offer(`resolutions/${short}`, to);
    offer(`resolutions/${symbol}`, to);
    if (input.capitalsFit) offer(`resolutions/${symbolToSlug(symbol).toUpperCase()}`, to);
  }
  for (const state of input.states) {
    const to = `states/${state.slug}`;
    offer(`states/${state.iso3.toLowerCase()}`, to);
    // Latin names only: an address in another script is typed rarely and percent-encoded when it is.
    for (const name of state.names)
      if (/^[\p{Script=Latin}\s\p{P}]+$/u.test(name)) offer(`states/${nameSegment(name)}`, to);
  }
  return [...candidates].flatMap(([from, targets]) =>
    targets.size === 1 ? [{ from, to: [...targets][0] as string }] : [],
  );
}
