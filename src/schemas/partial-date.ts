/** A date known to the day, the month or only the year: `2018-03-23`, `2018-03`, `2018`. */
import { z } from 'zod';
import { isIsoDate } from './formats.ts';

export function isPartialDate(value: string): boolean {
  if (/^\d{4}$/.test(value)) return true;
  if (/^\d{4}-(0[1-9]|1[0-2])$/.test(value)) return true;
  return isIsoDate(value);
}

export const partialDate = z
  .string({ error: 'expected a date written YYYY-MM-DD, YYYY-MM or YYYY (in quotes in YAML)' })
  .refine(isPartialDate, { error: 'expected a real date written YYYY-MM-DD, or YYYY-MM, or YYYY' });
