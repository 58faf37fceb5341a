/** The citation record of every resolution and source text, from the archive's data. */
import { getArchive, type Article, type Resolution } from './archive.ts';
import { editionDate } from './build-info.ts';
import type { CitationSource } from '../lib/citations.ts';
import { absoluteUrl, routes } from '../lib/paths.ts';

export function resolutionCitation(r: Resolution): CitationSource {
  return {
    kind: 'resolution',
    key: r.slug,
    title: r.data.title,
    url: absoluteUrl(routes.resolution(r.slug)),
    accessed: editionDate,
    date: r.data.adopted.value,
    symbol: r.data.symbol,
  };
}

export function articleCitation(a: Article): CitationSource {
  const author = a.data.author?.name ?? a.data.speaker?.name ?? a.data.republishedFrom;
  return {
    kind: 'source-text',
    key: a.slug,
    title: a.data.title,
    url: absoluteUrl(routes.article(a.slug)),
    accessed: editionDate,
    date: a.data.published.date,
    author,
    publisher: a.data.publisher.name,
  };
}

export async function citationSources(): Promise<CitationSource[]> {
  const archive = await getArchive();
  return [...archive.resolutions.map(resolutionCitation), ...archive.articles.map(articleCitation)];
}
