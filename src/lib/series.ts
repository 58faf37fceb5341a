/** A resolution's neighbours in its series, by adoption date; a text outside a series has none. */
import { comparesVotes, type SeriesId } from '../schemas/series.ts';
import { compareIsoDates } from './dates.ts';

export interface SeriesMember {
  symbol: string;
  series: SeriesId;
  adopted: string | null;
}

export function seriesNeighbours<T extends SeriesMember>(
  all: readonly T[],
  symbol: string,
): { previous?: T; next?: T } {
  const self = all.find((member) => member.symbol === symbol);
  if (!self || !comparesVotes[self.series]) return {};
  const series = all
    .filter((member) => member.series === self.series && member.adopted !== null)
    .sort((a, b) => compareIsoDates(a.adopted as string, b.adopted as string));
  const index = series.indexOf(self);
  if (index < 0) return {};
  const previous = series[index - 1];
  const next = series[index + 1];
  return { ...(previous ? { previous } : {}), ...(next ? { next } : {}) };
}
