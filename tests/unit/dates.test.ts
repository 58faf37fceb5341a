import { describe, expect, it } from 'vitest';
import {
  compareIsoDates,
  dateParts,
  formatDate,
  formatPartialDate,
  formatRange,
  isIsoDate,
  isWithin,
  yearOf,
} from '../../src/lib/dates.ts';

describe('dates', () => {
  it('accepts only real calendar dates', () => {
    expect(isIsoDate('2018-03-23')).toBe(true);
    expect(isIsoDate('2020-02-29')).toBe(true);
    expect(isIsoDate('2021-02-29')).toBe(false);
    expect(isIsoDate('2018-3-23')).toBe(false);
    expect(isIsoDate('23 March 2018')).toBe(false);
    expect(isIsoDate('2018-13-01')).toBe(false);
    expect(isIsoDate('2018-00-10')).toBe(false);
    expect(isIsoDate('2018-12-32')).toBe(false);
    expect(isIsoDate('x2018-03-23')).toBe(false);
    expect(isIsoDate('2018-03-23x')).toBe(false);
  });

  it('formats dates as UN documents do, without time-zone drift', () => {
    expect(formatDate('2018-03-23')).toBe('23 March 2018');
    expect(formatDate('2022-01-01')).toBe('1 January 2022');
    expect(yearOf('2017-06-22')).toBe(2017);
  });

  it('writes ranges compactly', () => {
    expect(formatRange('2017-06-06', '2017-06-23')).toBe('6–23 June 2017');
    expect(formatRange('2018-02-26', '2018-03-23')).toBe('26 February–23 March 2018');
    expect(formatRange('2021-12-30', '2022-01-02')).toBe('30 December 2021–2 January 2022');
  });

  it('includes both ends of a range', () => {
    expect(isWithin('2018-03-23', '2018-02-26', '2018-03-23')).toBe(true);
    expect(isWithin('2018-03-24', '2018-02-26', '2018-03-23')).toBe(false);
  });

  it('compares dates, a date equal to another (a text published on the day of the build) being neither after nor before it', () => {
    expect(compareIsoDates('2024-05-01', '2024-05-01')).toBe(0);
    expect(compareIsoDates('2024-04-30', '2024-05-01')).toBe(-1);
    expect(compareIsoDates('2024-05-02', '2024-05-01')).toBe(1);
    expect(compareIsoDates('2019-12-31', '2020-01-01')).toBe(-1);
  });

  it('includes the first day of a range, and nothing before it', () => {
    expect(isWithin('2018-02-26', '2018-02-26', '2018-03-23')).toBe(true);
    expect(isWithin('2018-02-25', '2018-02-26', '2018-03-23')).toBe(false);
  });

  it('names every month', () => {
    const months = Array.from({ length: 12 }, (_, i) => formatDate(`2019-${String(i + 1).padStart(2, '0')}-01`));
    expect(months).toEqual([
      '1 January 2019',
      '1 February 2019',
      '1 March 2019',
      '1 April 2019',
      '1 May 2019',
      '1 June 2019',
      '1 July 2019',
      '1 August 2019',
      '1 September 2019',
      '1 October 2019',
      '1 November 2019',
      '1 December 2019',
    ]);
  });

  it('names the parts of a date', () => {
    expect(dateParts('2018-03-09')).toEqual({ year: 2018, month: 3, monthName: 'March', day: 9 });
    expect(dateParts('2018-12-31').monthName).toBe('December');
    expect(() => dateParts('2018-02-30')).toThrow('Not an ISO date (YYYY-MM-DD): "2018-02-30"');
  });

  it('throws on a malformed date rather than printing nonsense', () => {
    expect(() => formatDate('2018-13-01')).toThrow(/Not an ISO date/);
  });
});

describe('dates known to the month or the year', () => {
  it('writes each as precisely as it is known', () => {
    expect(formatPartialDate('2018-03-23')).toBe('23 March 2018');
    expect(formatPartialDate('2018-03')).toBe('March 2018');
    expect(formatPartialDate('2018-12')).toBe('December 2018');
    expect(formatPartialDate('2018')).toBe('2018');
  });

  it('refuses what only ends like a year or a month', () => {
    expect(() => formatPartialDate('12018')).toThrow('"12018"');
    expect(() => formatPartialDate('12018-03')).toThrow('"12018-03"');
  });
});
