import { describe, expect, it } from 'vitest';
import {
  entryKindLabels,
  filterEntries,
  groupByYear,
  yearsWithout,
  railEntries,
  seriesTimeline,
  sortEntries,
  type TimelineEntry,
} from '../../src/lib/timeline.ts';

const entry = (
  id: string,
  kind: TimelineEntry['kind'],
  date: string,
  extra: Partial<TimelineEntry> = {},
): TimelineEntry => ({ id, kind, date, title: id, ...extra });

describe('timeline', () => {
  it('orders by date', () => {
    const sorted = sortEntries([entry('b', 'resolution', '2019-07-12'), entry('a', 'resolution', '2017-06-22')]);
    expect(sorted.map((e) => e.id)).toEqual(['a', 'b']);
  });

  it('orders same-day entries: session, event, resolution, then source text', () => {
    const sorted = sortEntries([
      entry('text', 'source-text', '2022-02-28'),
      entry('res', 'resolution', '2022-02-28'),
      entry('event', 'event', '2022-02-28'),
      entry('session', 'session', '2022-02-28'),
    ]);
    expect(sorted.map((e) => e.id)).toEqual(['session', 'event', 'res', 'text']);
  });

  it('refuses two entries with one anchor', () => {
    expect(() => sortEntries([entry('x', 'event', '2020-01-01'), entry('x', 'event', '2021-01-01')])).toThrow(
      /share the id "x"/,
    );
  });

  it('groups entries by year, with no group for a year without entries, and names those years once', () => {
    const entries = [entry('a', 'resolution', '2017-06-22'), entry('b', 'resolution', '2019-07-12')];
    expect(groupByYear(entries).map((y) => [y.year, y.entries.length])).toEqual([
      [2017, 1],
      [2019, 1],
    ]);
    expect(yearsWithout(entries, { from: 2017, to: 2020 })).toEqual([2018, 2020]);
  });

  it('keeps an entry outside the span in a year of its own', () => {
    expect(groupByYear([entry('late', 'source-text', '2024-03-29')]).map((y) => y.year)).toEqual([2024]);
  });

  it('filters by kind and by series', () => {
    const all = [
      entry('dev', 'resolution', '2017-06-22', { series: 'development' }),
      entry('coop', 'resolution', '2018-03-23', { series: 'cooperation' }),
      entry('text', 'source-text', '2018-03-24'),
    ];
    expect(filterEntries(all, { kinds: ['resolution'], series: 'cooperation' }).map((e) => e.id)).toEqual(['coop']);
    expect(filterEntries(all, { kinds: ['source-text'] }).map((e) => e.id)).toEqual(['text']);
  });

  it('marks the current text and highlights what it mentions, and keeps a resolution with no vote', () => {
    const all = [
      entry('session-37', 'session', '2018-02-26'),
      entry('session-38', 'session', '2018-06-18'),
      entry('a-hrc-res-37-23', 'resolution', '2018-03-23', {
        symbol: 'A/HRC/RES/37/23',
        vote: { inFavour: null, against: null, abstaining: null },
      }),
      entry('text-x', 'source-text', '2018-03-24', { sourceTextId: 'x' }),
    ];
    const rail = railEntries(all, {
      sourceTextId: 'x',
      mentioned: new Set(['A/HRC/RES/37/23']),
      sessions: new Set([37]),
    });
    expect(rail.map((e) => [e.id, e.current, e.highlighted])).toEqual([
      ['session-37', false, false],
      ['a-hrc-res-37-23', false, true],
      ['text-x', true, false],
    ]);
  });
});

describe('the timeline, further', () => {
  it('orders entries of one day and kind by title, then by id', () => {
    const same = [
      entry('b', 'resolution', '2018-03-23', { title: 'Zeta' }),
      entry('c', 'resolution', '2018-03-23', { title: 'Alpha' }),
      entry('a', 'resolution', '2018-03-23', { title: 'Alpha' }),
    ];
    expect(sortEntries(same).map((e) => e.id)).toEqual(['a', 'c', 'b']);
  });

  it('groups entries given in any order in date order within each year', () => {
    const years = groupByYear([
      entry('late', 'event', '2018-11-01'),
      entry('next', 'event', '2019-01-01'),
      entry('early', 'event', '2018-02-01'),
    ]);
    expect(years.map((y) => [y.year, y.entries.map((e) => e.id)])).toEqual([
      [2018, ['early', 'late']],
      [2019, ['next']],
    ]);
  });

  it("keeps everything that is not a resolution under a series' filter", () => {
    const mixed = [
      entry('s', 'session', '2018-01-01'),
      entry('dev', 'resolution', '2018-01-02', { series: 'development' }),
      entry('coop', 'resolution', '2018-01-03', { series: 'cooperation' }),
      entry('t', 'source-text', '2018-01-04'),
    ];
    expect(filterEntries(mixed, { series: 'development' }).map((e) => e.id)).toEqual(['s', 'dev', 't']);
  });

  it('draws the rail in timeline order, texts among the resolutions, and highlights only what has a symbol', () => {
    const all = [
      entry('session-37', 'session', '2018-02-26'),
      entry('text-a', 'source-text', '2018-03-01', { sourceTextId: 'a' }),
      entry('res-1', 'resolution', '2018-03-23', { symbol: 'A/HRC/RES/37/23' }),
      entry('text-b', 'source-text', '2018-04-01', { sourceTextId: 'b' }),
      entry('res-2', 'resolution', '2018-06-01', { symbol: 'A/HRC/RES/38/1' }),
    ];
    const rail = railEntries(all, {
      sourceTextId: 'b',
      mentioned: new Set(['A/HRC/RES/38/1']),
      sessions: new Set([37]),
    });
    expect(rail.map((e) => [e.id, e.current, e.highlighted])).toEqual([
      ['session-37', false, false],
      ['text-a', false, false],
      ['res-1', false, false],
      ['text-b', true, false],
      ['res-2', false, true],
    ]);
    const elsewhere = railEntries(all, { sourceTextId: 'unknown', mentioned: new Set(), sessions: new Set() });
    expect(elsewhere.map((e) => e.id)).toEqual(['res-1', 'res-2']);
  });

  it('names each kind of entry, once', () => {
    const labels = Object.values(entryKindLabels);
    expect(new Set(labels).size).toBe(5);
    for (const label of labels) expect(label).toMatch(/^[A-Z][a-z]+/);
    expect(entryKindLabels.event).toBe('Context event');
    expect(entryKindLabels['follow-up']).toBe('Set in motion by a resolution');
  });
});

describe('the rail at scale', () => {
  it('keeps only the nearest source texts, so its length does not grow with the archive', () => {
    const texts = Array.from({ length: 1000 }, (_, i) =>
      entry(
        `text-${i}`,
        'source-text',
        `20${String(10 + Math.floor(i / 100)).padStart(2, '0')}-01-${String((i % 28) + 1).padStart(2, '0')}`,
        { sourceTextId: `a${i}` },
      ),
    );
    const rail = railEntries([...texts, entry('r', 'resolution', '2015-01-01', { symbol: 'A/HRC/RES/1/1' })], {
      sourceTextId: 'a500',
      mentioned: new Set(),
      sessions: new Set(),
      neighbours: 2,
    });
    expect(rail.filter((e) => e.kind === 'source-text')).toHaveLength(5);
    expect(rail.filter((e) => e.current).map((e) => e.sourceTextId)).toEqual(['a500']);
    expect(rail.some((e) => e.kind === 'resolution')).toBe(true);
  });
});

describe('a series timeline', () => {
  const entries = sortEntries([
    { id: 'session-35', kind: 'session', date: '2017-06-06', endDate: '2017-06-23', title: '35th session' },
    { id: 'session-37', kind: 'session', date: '2018-02-26', endDate: '2018-03-23', title: '37th session' },
    { id: 'a-hrc-res-35-21', kind: 'resolution', date: '2017-06-22', title: 'Development', series: 'development' },
    { id: 'a-hrc-res-37-23', kind: 'resolution', date: '2018-03-23', title: 'Cooperation', series: 'cooperation' },
    { id: 'text-a', kind: 'source-text', date: '2018-03-24', title: 'About cooperation', sourceTextId: 'a' },
    { id: 'text-b', kind: 'source-text', date: '2021-03-25', title: 'About development', sourceTextId: 'b' },
    { id: 'event-x', kind: 'event', date: '2019-01-01', title: 'Event' },
    // Only a resolution belongs to a series, only a source text is kept for what it mentions.
    { id: 'event-y', kind: 'event', date: '2020-01-01', title: 'Event', series: 'development' },
    { id: 'follow-up-b', kind: 'follow-up', date: '2022-01-01', title: 'Follow-up', sourceTextId: 'b' },
  ]);

  it('keeps the series, its sessions and the texts that mention it, and no empty year', () => {
    const years = seriesTimeline(entries, {
      series: 'development',
      sessions: new Set([35]),
      sourceTextIds: new Set(['b']),
    });
    expect(years.map((y) => [y.year, y.entries.map((e) => e.id)])).toEqual([
      [2017, ['session-35', 'a-hrc-res-35-21']],
      [2021, ['text-b']],
    ]);
  });
});
