/**
 * The names, symbols and titles a search that finds nothing may suggest (see lib/suggestions.ts): the
 * States, the resolutions and the series, a list that grows with the Council, not with the texts. A
 * source text's title is left out: at 10,000 texts the list would weigh a megabyte, and the index
 * finds a text by its own words.
 */
import type { Archive } from './archive.ts';
import { pathWithBase, routes } from '../lib/paths.ts';
import { searchTypes } from '../lib/search.ts';
import { shortSymbol } from '../lib/slugs.ts';
import type { Suggestion } from '../lib/suggestions.ts';
import { searchNames } from '../lib/state-names.ts';
import { seriesLabels } from '../lib/provenance.ts';
import { seriesIds } from '../schemas/series.ts';

export const SUGGESTIONS_FILE = 'search/suggestions.json';

export function suggestionList(archive: Archive): Suggestion[] {
  const latin = /^[\p{Script=Latin}\p{N}\s\p{P}]+$/u;
  return [
    ...archive.states.flatMap((state) =>
      [...new Set([state.name, ...searchNames(state.names)])]
        // Misspelt names are typed in Latin letters; the others are found exactly by the index.
        .filter((name) => latin.test(name))
        .map((text) => ({ text, kind: searchTypes.state, url: pathWithBase(routes.state(state.slug)) })),
    ),
    ...archive.resolutions.flatMap((r) => {
      const url = pathWithBase(routes.resolution(r.slug));
      return [
        { text: r.data.symbol, kind: searchTypes.resolution, url },
        { text: shortSymbol(r.data.symbol), kind: searchTypes.resolution, url },
        { text: r.data.title, kind: searchTypes.resolution, url },
      ];
    }),
    ...seriesIds.map((id) => ({ text: seriesLabels[id].name, kind: 'Series', url: pathWithBase(routes.series(id)) })),
  ];
}
