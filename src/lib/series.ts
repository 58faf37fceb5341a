/** A resolution's neighbours in its series, by adoption date. */
import { compareIsoDates } from './dates.ts';

export interface SeriesMember {
  symbol: string;
  family: string;
  adopted: string | null;
}

export function seriesNeighbours<T extends SeriesMember>(
  all: readonly T[],
  symbol: string,
): { previous?: T; next?: T } {
  const self = all.find((member) => member.symbol === symbol);
  if (!self) return {};
  const series = all
    .filter((member) => member.family === self.family && member.adopted !== null)
    .sort((a, b) => compareIsoDates(a.adopted as string, b.adopted as string));
  const index = series.indexOf(self);
  if (index < 0) return {};
  const previous = series[index - 1];
  const next = series[index + 1];
  return { ...(previous ? { previous } : {}), ...(next ? { next } : {}) };
}
