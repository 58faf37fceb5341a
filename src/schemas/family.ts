/** The series a resolution belongs to, and how pages name them. */
import { z } from 'zod';

export const families = ['development', 'cooperation', 'related'] as const;
export type Family = (typeof families)[number];
export const family = z.enum(families, { error: `expected one of: ${families.join(', ')}` });
