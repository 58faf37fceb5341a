/**
 * CLDR's territory names in the UN's six languages and its code mappings, read from Unicode's own
 * packages (cldr-core, cldr-localenames-full) at build time, so that names do not depend on the ICU
 * data of the Node that runs the build.
 */
import codeMappings from 'cldr-core/supplemental/codeMappings.json' with { type: 'json' };
import ar from 'cldr-localenames-full/main/ar/territories.json' with { type: 'json' };
import en from 'cldr-localenames-full/main/en/territories.json' with { type: 'json' };
import es from 'cldr-localenames-full/main/es/territories.json' with { type: 'json' };
import fr from 'cldr-localenames-full/main/fr/territories.json' with { type: 'json' };
import ru from 'cldr-localenames-full/main/ru/territories.json' with { type: 'json' };
import zh from 'cldr-localenames-full/main/zh/territories.json' with { type: 'json' };
import { alpha2ByAlpha3, type CldrNames } from '../lib/state-names.ts';

export const cldrNames: CldrNames = {
  alpha2ByAlpha3: alpha2ByAlpha3(codeMappings.supplemental.codeMappings),
  territories: {
    ar: ar.main.ar.localeDisplayNames.territories,
    zh: zh.main.zh.localeDisplayNames.territories,
    en: en.main.en.localeDisplayNames.territories,
    fr: fr.main.fr.localeDisplayNames.territories,
    ru: ru.main.ru.localeDisplayNames.territories,
    es: es.main.es.localeDisplayNames.territories,
  },
};
