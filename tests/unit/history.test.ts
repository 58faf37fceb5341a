import { describe, expect, it } from 'vitest';
import { lastChangedByFile, latestDate } from '../../src/lib/history.ts';

describe('when each file last changed', () => {
  it("takes each file's first date in the log, which is newest first", () => {
    const log = [
      '@2024-05-02',
      '',
      'content/a.yaml',
      'content/b.mdx',
      '',
      '@2023-01-09',
      '',
      'content/a.yaml',
      'content/c.yaml',
    ].join('\n');
    expect([...lastChangedByFile(log)]).toEqual([
      ['content/a.yaml', '2024-05-02'],
      ['content/b.mdx', '2024-05-02'],
      ['content/c.yaml', '2023-01-09'],
    ]);
  });

  it('trims the date and the names, skips blank lines and names before the first date', () => {
    const log = 'stray.txt\n@2022-03-04 \r\n  content/a.yaml \r\n   \n@2021-01-01\n  content/a.yaml \n';
    expect([...lastChangedByFile(log)]).toEqual([['content/a.yaml', '2022-03-04']]);
  });

  it('reads an empty log as no dates', () => {
    expect(lastChangedByFile('').size).toBe(0);
  });
});

describe('the latest of some dates', () => {
  it('finds the latest wherever it stands, ignoring unknown dates', () => {
    expect(latestDate(['2021-01-02', null, '2023-06-30', undefined, '2022-12-31'])).toBe('2023-06-30');
    expect(latestDate([undefined, '2019-04-01', '2018-01-01'])).toBe('2019-04-01');
    expect(latestDate(['2018-01-01', '2019-04-01'])).toBe('2019-04-01');
  });

  it('is null when no date is known', () => {
    expect(latestDate([])).toBeNull();
    expect(latestDate([null, undefined, ''])).toBeNull();
  });
});
