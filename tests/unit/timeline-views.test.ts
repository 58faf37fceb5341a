import { describe, expect, it } from 'vitest';
import { filterEntries, type TimelineEntry } from '../../src/lib/timeline.ts';
import { entryKinds } from '../../src/schemas/timeline-entry.ts';
import { timelineViews } from '../../src/lib/timeline-views.ts';

const entry = (id: string, kind: TimelineEntry['kind'], series?: TimelineEntry['series']): TimelineEntry => ({
  id,
  kind,
  date: '2020-01-01',
  title: id,
  ...(series ? { series } : {}),
});
const entries = [
  entry('s', 'session'),
  entry('e', 'event'),
  entry('dev', 'resolution', 'development'),
  entry('coop', 'resolution', 'cooperation'),
  entry('rel', 'resolution', 'related'),
  entry('f', 'follow-up'),
  entry('t', 'source-text'),
];

describe('the views of the timeline', () => {
  it('each keeps what its name says', () => {
    const kept = Object.fromEntries(
      timelineViews.map((v) => [v.id, filterEntries(entries, v.filter).map((e) => e.id)]),
    );
    expect(kept).toEqual({
      all: ['s', 'e', 'dev', 'coop', 'rel', 'f', 't'],
      resolutions: ['dev', 'coop', 'rel'],
      development: ['dev'],
      cooperation: ['coop'],
      related: ['rel'],
      'follow-up': ['f'],
      'source-texts': ['t'],
      sessions: ['s'],
      events: ['e'],
    });
  });

  it('has a label for each, names every view once and gives each kind a view of its own', () => {
    expect(new Set(timelineViews.map((v) => v.id)).size).toBe(timelineViews.length);
    expect(new Set(timelineViews.map((v) => v.label)).size).toBe(timelineViews.length);
    for (const view of timelineViews) expect(view.label).toMatch(/^[A-Z]\w+/);
    for (const kind of entryKinds)
      expect(
        timelineViews.some((v) => v.filter.kinds?.length === 1 && v.filter.kinds[0] === kind && !v.filter.series),
      ).toBe(true);
    expect(timelineViews[0]).toMatchObject({ id: 'all', label: 'Everything' });
  });
});
