/** A State that sat on the Council in one of the archive's roll-calls: content/states.yaml, keyed by slug. */
import { z } from 'zod';
import { webUrl } from './common.ts';

/** The UN's six official languages, in the UN's order (English alphabetical), with their names. */
export const unLanguages = ['ar', 'zh', 'en', 'fr', 'ru', 'es'] as const;
export type UnLanguage = (typeof unLanguages)[number];
export const unLanguageLabels: Record<UnLanguage, string> = {
  ar: 'Arabic',
  zh: 'Chinese',
  en: 'English',
  fr: 'French',
  ru: 'Russian',
  es: 'Spanish',
};

/**
 * A name people use for the State that CLDR, the source of every other name the archive gives, does
 * not hold. Each one says where it is used.
 */
export const stateAliasSchema = z.object({
  name: z.string().min(1, { error: 'expected the name as people write it' }),
  lang: z.enum(unLanguages, { error: `expected the language of the name, one of: ${unLanguages.join(', ')}` }),
  source: webUrl,
  why: z.string().min(1, { error: 'expected a sentence saying where the name is used' }),
});

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
  aliases: z.array(stateAliasSchema).optional(),
});
