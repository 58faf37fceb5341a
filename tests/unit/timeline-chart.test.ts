import { describe, expect, it } from 'vitest';
import { positionInYear, timelineChart } from '../../src/lib/timeline-chart.ts';
import type { TimelineEntry } from '../../src/lib/timeline.ts';

const entry = (id: string, kind: TimelineEntry['kind'], date: string, endDate?: string): TimelineEntry => ({
  id,
  kind,
  date,
  title: id,
  ...(endDate ? { endDate } : {}),
});

describe('the timeline drawn to scale', () => {
  it('places a day by its share of its own year, leap years included', () => {
    expect(positionInYear('2018-01-01')).toBe(0);
    expect(positionInYear('2018-12-31', 'end')).toBe(100);
    expect(positionInYear('2018-07-02')).toBeCloseTo((182 / 365) * 100, 2);
    expect(positionInYear('2020-07-02')).toBeCloseTo((183 / 366) * 100, 2);
  });

  it('gives every year of the span a row, empty or not, and a session its width', () => {
    const chart = timelineChart([entry('s37', 'session', '2018-02-26', '2018-03-23')], { from: 2017, to: 2019 });
    expect(chart.years.map((y) => [y.year, y.marks.length])).toEqual([
      [2017, 0],
      [2018, 1],
      [2019, 0],
    ]);
    const [mark] = chart.years[1]?.marks ?? [];
    expect(mark?.x).toBeCloseTo((56 / 365) * 100, 2);
    expect(mark?.width).toBeCloseTo((26 / 365) * 100, 2);
  });

  it('splits a session that runs across New Year between its two rows', () => {
    const chart = timelineChart([entry('s', 'session', '2019-12-16', '2020-01-10')], { from: 2019, to: 2020 });
    const [late, early] = chart.years.map((y) => y.marks[0]);
    expect((late?.x ?? 0) + (late?.width ?? 0)).toBeCloseTo(100, 5);
    expect(early?.x).toBe(0);
    expect(early?.width).toBeCloseTo((10 / 366) * 100, 2);
  });

  it('keeps what falls outside the span beside the chart, and writes a label near the right edge leftwards', () => {
    const chart = timelineChart(
      [
        entry('late', 'source-text', '2024-03-29'),
        entry('r', 'resolution', '2021-12-20'),
        entry('q', 'resolution', '2021-03-23'),
      ],
      { from: 2017, to: 2022 },
    );
    expect(chart.outside.map((e) => e.id)).toEqual(['late']);
    expect(chart.years.find((y) => y.year === 2021)?.marks.map((m) => [m.entry.id, m.anchor])).toEqual([
      ['q', 'start'],
      ['r', 'end'],
    ]);
  });
});
