/**
 * Long lists (the source texts, at thousands) are split into numbered pages, so no page grows
 * with the archive. Page 1 lives at the list's own address; page n at `<list>page/<n>/`.
 */

export interface Page<T> {
  /** 1-based. */
  number: number;
  /** How many pages the list has; at least 1, even for an empty list. */
  count: number;
  items: T[];
  /** 1-based positions of the first and last item on this page, for "41–60 of 250". */
  first: number;
  last: number;
  total: number;
}

export function paginate<T>(items: readonly T[], size: number): Page<T>[] {
  if (!Number.isInteger(size) || size < 1) throw new Error(`A page holds at least one item; got ${size}`);
  const count = Math.max(1, Math.ceil(items.length / size));
  return Array.from({ length: count }, (_, index) => {
    const pageItems = items.slice(index * size, (index + 1) * size);
    return {
      number: index + 1,
      count,
      items: pageItems,
      first: pageItems.length === 0 ? 0 : index * size + 1,
      last: index * size + pageItems.length,
      total: items.length,
    };
  });
}

/** The site path of page `number` of the list at `listPath` ("/articles/"). */
export function pagePath(listPath: string, number: number): string {
  return number <= 1 ? listPath : `${listPath}page/${number}/`;
}

/**
 * The page numbers worth a link from page `current` of `count`: the first, the last, and the two
 * on either side of the current one; `null` stands for a gap ("…").
 */
export function pageLinks(current: number, count: number): (number | null)[] {
  // A missing neighbour is filled in below as a gap of one page: swapping current - 1 and current + 1
  // draws the same links.
  const wanted = new Set(
    // Stryker disable next-line ArithmeticOperator: equivalent, as above
    [1, count, current - 2, current - 1, current, current + 1, current + 2].filter((n) => n >= 1 && n <= count),
  );
  const sorted = [...wanted].sort((a, b) => a - b);
  const links: (number | null)[] = [];
  for (const [index, number] of sorted.entries()) {
    const previous = sorted[index - 1];
    // Stryker disable next-line ConditionalExpression: without a previous page the difference is NaN, never > 1
    if (previous !== undefined && number - previous > 1) links.push(number - previous === 2 ? number - 1 : null);
    links.push(number);
  }
  return links;
}
