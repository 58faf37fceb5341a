/**
 * A State's names in the UN's six languages, as CLDR (the Unicode Common Locale Data Repository)
 * gives them: the usual name, and its short and variant forms ("UK", "Ivory Coast"), plus the few
 * names CLDR lacks, kept in content/states.yaml with their sources.
 */
import { unLanguages, type UnLanguage, type stateAliasSchema } from '../schemas/state.ts';
import type { Problem } from './problems.ts';
import type { z } from 'zod';

export type StateAlias = z.output<typeof stateAliasSchema>;

/** CLDR's tables as the build reads them: territory names per language, keyed GB, GB-alt-short, GB-alt-variant. */
export interface CldrNames {
  alpha2ByAlpha3: ReadonlyMap<string, string>;
  territories: Readonly<Record<UnLanguage, Readonly<Record<string, string>>>>;
}

export interface NameInLanguage {
  lang: UnLanguage;
  name: string;
  /** CLDR's short and variant forms, where they differ from the name. */
  otherForms: string[];
}

export interface StateNames {
  /** The ISO 3166-1 alpha-2 code CLDR files the names under. */
  alpha2: string;
  languages: NameInLanguage[];
  aliases: StateAlias[];
}

/** CLDR's code mappings give each two-letter region its alpha-3 code; regions without one are left out. */
export function alpha2ByAlpha3(
  codeMappings: Readonly<Record<string, Readonly<Record<string, string>>>>,
): Map<string, string> {
  const byAlpha3 = new Map<string, string>();
  for (const [region, codes] of Object.entries(codeMappings)) {
    const alpha3 = codes['_alpha3'];
    if (/^[A-Z]{2}$/.test(region) && alpha3 !== undefined) byAlpha3.set(alpha3, region);
  }
  return byAlpha3;
}

const alternatives = ['short', 'variant'] as const;

/** The State's names, or undefined where CLDR knows no region with that alpha-3 code. */
export function stateNames(iso3: string, aliases: readonly StateAlias[], cldr: CldrNames): StateNames | undefined {
  const alpha2 = cldr.alpha2ByAlpha3.get(iso3);
  if (alpha2 === undefined) return undefined;
  const languages = unLanguages.flatMap((lang): NameInLanguage[] => {
    const territories = cldr.territories[lang];
    const name = territories[alpha2];
    if (name === undefined) return [];
    const otherForms = alternatives
      .map((alt) => territories[`${alpha2}-alt-${alt}`])
      .filter((form): form is string => form !== undefined && form !== name);
    return [{ lang, name, otherForms: [...new Set(otherForms)] }];
  });
  return { alpha2, languages, aliases: [...aliases] };
}

/** The names readers use in one language: the usual name, its short and variant forms, and the aliases in it. */
export function namesIn(names: StateNames, lang: UnLanguage): string[] {
  return [
    ...names.languages.filter((l) => l.lang === lang).flatMap((l) => [l.name, ...l.otherForms]),
    ...names.aliases.filter((alias) => alias.lang === lang).map((alias) => alias.name),
  ];
}

/** Every name a reader may search the State by, each once. */
export function searchNames(names: StateNames): string[] {
  return [
    ...new Set([
      ...names.languages.flatMap((l) => [l.name, ...l.otherForms]),
      ...names.aliases.map((alias) => alias.name),
    ]),
  ];
}

/** A State CLDR cannot name, or a name in content/states.yaml that CLDR already gives. */
export function stateNameProblems(
  states: ReadonlyArray<{ slug: string; iso3: string; aliases: readonly StateAlias[] }>,
  cldr: CldrNames,
  file: string,
): Problem[] {
  return states.flatMap((state): Problem[] => {
    const names = stateNames(state.iso3, state.aliases, cldr);
    if (names === undefined)
      return [
        {
          file,
          field: `${state.slug}.iso3`,
          message: `expected an ISO 3166-1 alpha-3 code CLDR knows, to give the State's names in the UN's six languages; found “${state.iso3}”`,
        },
      ];
    const fromCldr = new Set(names.languages.flatMap((l) => [l.name, ...l.otherForms]));
    return state.aliases.flatMap((alias, i): Problem[] =>
      fromCldr.has(alias.name)
        ? [
            {
              file,
              field: `${state.slug}.aliases[${i}].name`,
              message: `expected a name CLDR lacks (CLDR already gives “${alias.name}”); found it again`,
            },
          ]
        : [],
    );
  });
}
