import { describe, expect, it } from 'vitest';
import { pageLinks, pagePath, paginate } from '../../src/lib/pagination.ts';

describe('paginate', () => {
  const items = Array.from({ length: 120 }, (_, i) => i + 1);

  it('splits a list into full pages and a last partial one', () => {
    const pages = paginate(items, 50);
    expect(pages.map((p) => [p.number, p.items.length, p.first, p.last])).toEqual([
      [1, 50, 1, 50],
      [2, 50, 51, 100],
      [3, 20, 101, 120],
    ]);
    expect(pages.every((p) => p.count === 3 && p.total === 120)).toBe(true);
    expect(pages.flatMap((p) => p.items)).toEqual(items);
  });

  it('gives an empty list one empty page', () => {
    expect(paginate([], 50)).toEqual([{ number: 1, count: 1, items: [], first: 0, last: 0, total: 0 }]);
  });

  it('refuses a page size that is not a positive whole number', () => {
    expect(() => paginate(items, 0)).toThrow(/at least one item; got 0/);
    expect(() => paginate(items, 2.5)).toThrow(/got 2.5/);
    expect(paginate(['a', 'b'], 1).map((p) => p.items)).toEqual([['a'], ['b']]);
  });
});

describe('page addresses and links', () => {
  it('keeps page 1 at the list address', () => {
    expect(pagePath('/articles/', 1)).toBe('/articles/');
    expect(pagePath('/articles/', 7)).toBe('/articles/page/7/');
  });

  it('links the ends and the neighbourhood of the current page, with gaps between', () => {
    expect(pageLinks(1, 1)).toEqual([1]);
    expect(pageLinks(1, 3)).toEqual([1, 2, 3]);
    expect(pageLinks(10, 200)).toEqual([1, null, 8, 9, 10, 11, 12, null, 200]);
    // A gap of one page is shown as that page, not as "…".
    expect(pageLinks(4, 200)).toEqual([1, 2, 3, 4, 5, 6, null, 200]);
    expect(pageLinks(200, 200)).toEqual([1, null, 198, 199, 200]);
    expect(pageLinks(6, 10)).toEqual([1, null, 4, 5, 6, 7, 8, 9, 10]);
  });
});
