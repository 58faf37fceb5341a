/** A State that sat on the Council in one of the archive's roll-calls: content/states.yaml, keyed by slug. */
import { z } from 'zod';

export const stateSchema = z.object({
  name: z
    .string({ error: 'expected the name as the OHCHR voting catalogue writes it' })
    .min(1, { error: 'expected a non-empty name' })
    .refine((name) => !/,/.test(name), {
      error:
        'expected the UN short name as the OHCHR catalogue gives it, not an ISO name with an inverted part ("Congo, the Democratic Republic of the")',
    }),
  iso3: z
    .string()
    .regex(/^[A-Z]{3}$/, { error: 'expected an ISO 3166-1 alpha-3 code: three capital letters, e.g. GBR' }),
});
