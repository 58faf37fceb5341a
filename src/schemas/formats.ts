/**
 * The written forms the schemas accept (a calendar date, a resolution symbol, a slug) and the size of
 * the Council. Defined here, with the schemas that enforce them; src/lib builds on them, never the
 * other way round.
 */

/** The Human Rights Council's members: every roll-call names this many States. */
export const COUNCIL_MEMBERS = 47;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar date written YYYY-MM-DD (so 2021-02-30 is false). */
export function isIsoDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

export const RESOLUTION_SYMBOL = /^A\/HRC\/RES\/(\d{1,2})\/(\d{1,3})$/;
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function isResolutionSymbol(symbol: string): boolean {
  return RESOLUTION_SYMBOL.test(symbol);
}

export function isSlug(value: string): boolean {
  return SLUG.test(value);
}
