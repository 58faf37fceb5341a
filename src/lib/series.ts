/** A resolution's neighbours in its series, by adoption date; a text outside a series has none. */
import { isSeries, type Family } from '../schemas/family.ts';
import { compareIsoDates } from './dates.ts';

export interface SeriesMember {
  symbol: string;
  family: Family;
  adopted: string | null;
}

export function seriesNeighbours<T extends SeriesMember>(
  all: readonly T[],
  symbol: string,
): { previous?: T; next?: T } {
  const self = all.find((member) => member.symbol === symbol);
  if (!self || !isSeries[self.family]) return {};
  const series = all
    .filter((member) => member.family === self.family && member.adopted !== null)
    .sort((a, b) => compareIsoDates(a.adopted as string, b.adopted as string));
  const index = series.indexOf(self);
  if (index < 0) return {};
  const previous = series[index - 1];
  const next = series[index + 1];
  return { ...(previous ? { previous } : {}), ...(next ? { next } : {}) };
}
