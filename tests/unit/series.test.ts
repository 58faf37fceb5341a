import { describe, expect, it } from 'vitest';
import { seriesNeighbours, type SeriesMember } from '../../src/lib/series.ts';

const all: SeriesMember[] = [
  { symbol: 'A/HRC/RES/43/21', series: 'cooperation', adopted: '2020-06-22' },
  { symbol: 'A/HRC/RES/37/23', series: 'cooperation', adopted: '2018-03-23' },
  { symbol: 'A/HRC/RES/41/19', series: 'development', adopted: '2019-07-12' },
  { symbol: 'A/HRC/RES/46/13', series: 'cooperation', adopted: '2021-03-23' },
  { symbol: 'A/HRC/RES/48/7', series: 'related', adopted: '2021-10-08' },
  { symbol: 'A/HRC/RES/49/19', series: 'related', adopted: '2022-04-01' },
];

describe('series neighbours', () => {
  it('finds the previous and next resolution of the same series by date', () => {
    const { previous, next } = seriesNeighbours(all, 'A/HRC/RES/43/21');
    expect(previous?.symbol).toBe('A/HRC/RES/37/23');
    expect(next?.symbol).toBe('A/HRC/RES/46/13');
  });

  it('has no neighbour across series or past the ends', () => {
    expect(seriesNeighbours(all, 'A/HRC/RES/41/19')).toEqual({});
    expect(seriesNeighbours(all, 'A/HRC/RES/37/23').previous).toBeUndefined();
  });

  it('counts only the dated texts of the same series, and gives the first its next', () => {
    const withUndated: SeriesMember[] = [
      ...all,
      { symbol: 'A/HRC/RES/40/1', series: 'cooperation', adopted: null },
      { symbol: 'A/HRC/RES/38/1', series: 'development', adopted: '2019-01-01' },
    ];
    expect(seriesNeighbours(withUndated, 'A/HRC/RES/37/23')).toEqual({ next: all[0] });
    expect(seriesNeighbours(withUndated, 'A/HRC/RES/40/1')).toEqual({});
    expect(seriesNeighbours(withUndated, 'A/HRC/RES/41/19')).toEqual({ previous: withUndated.at(-1) });
  });

  it('gives no neighbour to texts that are not a series, even of the same group', () => {
    expect(seriesNeighbours(all, 'A/HRC/RES/48/7')).toEqual({});
    expect(seriesNeighbours(all, 'A/HRC/RES/49/19')).toEqual({});
  });
});
