import { describe, expect, it } from 'vitest';
import { cldrNames } from '../../src/data/cldr.ts';
import {
  alpha2ByAlpha3,
  namesIn,
  searchNames,
  stateNameProblems,
  stateNames,
  type CldrNames,
} from '../../src/lib/state-names.ts';

const tiny: CldrNames = {
  alpha2ByAlpha3: new Map([['GBR', 'GB']]),
  territories: {
    ar: { GB: 'المملكة المتحدة' },
    zh: { GB: '英国' },
    en: { GB: 'United Kingdom', 'GB-alt-short': 'UK', 'GB-alt-variant': 'United Kingdom' },
    fr: { GB: 'Royaume-Uni', 'GB-alt-short': 'R.-U.' },
    ru: { GB: 'Великобритания', 'GB-alt-short': 'Британия' },
    es: {},
  },
};
const alias = { name: 'Great Britain', lang: 'en', source: 'https://www.un.org/', why: 'Used.' } as const;

describe('a State’s names', () => {
  it('maps CLDR’s two-letter regions to their alpha-3 codes, leaving out numeric areas and regions without one', () => {
    expect(alpha2ByAlpha3({ GB: { _alpha3: 'GBR', _numeric: '826' }, '001': { _alpha3: 'WLD' }, ZZ: {} })).toEqual(
      new Map([['GBR', 'GB']]),
    );
  });

  it('gives the name in each of the six languages CLDR has, in the UN’s order, with the other forms that differ', () => {
    expect(stateNames('GBR', [alias], tiny)).toEqual({
      alpha2: 'GB',
      languages: [
        { lang: 'ar', name: 'المملكة المتحدة', otherForms: [] },
        { lang: 'zh', name: '英国', otherForms: [] },
        { lang: 'en', name: 'United Kingdom', otherForms: ['UK'] },
        { lang: 'fr', name: 'Royaume-Uni', otherForms: ['R.-U.'] },
        { lang: 'ru', name: 'Великобритания', otherForms: ['Британия'] },
      ],
      aliases: [alias],
    });
    expect(stateNames('XXX', [], tiny)).toBeUndefined();
  });

  it('lists every name a reader may search by once', () => {
    const names = stateNames('GBR', [alias], tiny);
    expect(names && searchNames(names)).toEqual([
      'المملكة المتحدة',
      '英国',
      'United Kingdom',
      'UK',
      'Royaume-Uni',
      'R.-U.',
      'Великобритания',
      'Британия',
      'Great Britain',
    ]);
  });

  it('reads the real CLDR: the names people use, in all six languages', () => {
    const uk = stateNames('GBR', [], cldrNames);
    expect(uk?.languages.map((l) => l.lang)).toEqual(['ar', 'zh', 'en', 'fr', 'ru', 'es']);
    expect(uk?.languages.find((l) => l.lang === 'en')?.otherForms).toContain('UK');
    expect(stateNames('CIV', [], cldrNames)?.languages.find((l) => l.lang === 'en')?.otherForms).toContain(
      'Ivory Coast',
    );
    expect(stateNames('KOR', [], cldrNames)?.languages.find((l) => l.lang === 'en')?.name).toBe('South Korea');
  });

  it('refuses a code CLDR does not know and an alias CLDR already gives, naming the file and the field', () => {
    expect(
      stateNameProblems(
        [
          { slug: 'atlantis', iso3: 'ATL', aliases: [] },
          { slug: 'united-kingdom', iso3: 'GBR', aliases: [alias, { ...alias, name: 'UK' }] },
        ],
        tiny,
        'content/states.yaml',
      ),
    ).toEqual([
      {
        file: 'content/states.yaml',
        field: 'atlantis.iso3',
        message:
          "expected an ISO 3166-1 alpha-3 code CLDR knows, to give the State's names in the UN's six languages; found “ATL”",
      },
      {
        file: 'content/states.yaml',
        field: 'united-kingdom.aliases[1].name',
        message: 'expected a name CLDR lacks (CLDR already gives “UK”); found it again',
      },
    ]);
  });
});

describe('the names in one language', () => {
  it('gives the usual name, its other forms and the aliases in that language', () => {
    const names = stateNames('GBR', [alias, { ...alias, name: 'Grande-Bretagne', lang: 'fr' }], tiny);
    expect(names && namesIn(names, 'en')).toEqual(['United Kingdom', 'UK', 'Great Britain']);
    expect(names && namesIn(names, 'fr')).toEqual(['Royaume-Uni', 'R.-U.', 'Grande-Bretagne']);
    expect(names && namesIn(names, 'es')).toEqual([]);
  });
});
