/** Numbers the annotations of one page in order: a counter per page render. */
const counters = new WeakMap<object, number>();

export function nextAnnotationNumber(page: object): number {
  const next = (counters.get(page) ?? 0) + 1;
  counters.set(page, next);
  return next;
}
