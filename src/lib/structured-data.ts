/** schema.org JSON-LD for a resolution (Legislation) or a source text (NewsArticle, Report, CreativeWork). */
import { ARCHIVE_NAME, COUNCIL, type CitationSource } from './citations.ts';

/** The schema.org type for each kind of source text. */
export const schemaTypes: Record<string, string> = {
  'news-report': 'NewsArticle',
  commentary: 'NewsArticle',
  paper: 'Report',
  'official-statement': 'CreativeWork',
};

export function structuredData(input: {
  source: CitationSource;
  schemaType: string;
  description: string;
  sameAs?: string | undefined;
}): Record<string, unknown> {
  const { source, schemaType, description, sameAs } = input;
  const base: Record<string, unknown> = {
    '@context': 'https://schema.org',
    '@type': schemaType,
    name: source.title,
    headline: source.kind === 'source-text' ? source.title : undefined,
    description,
    url: source.url,
    inLanguage: 'en',
    isPartOf: { '@type': 'WebSite', name: ARCHIVE_NAME },
    ...(sameAs ? { sameAs } : {}),
  };
  if (source.kind === 'resolution') {
    Object.assign(base, {
      legislationIdentifier: source.symbol,
      legislationDate: source.date ?? undefined,
      legislationPassedBy: { '@type': 'Organization', name: COUNCIL },
      legislationType: 'Resolution',
    });
  } else {
    Object.assign(base, {
      datePublished: source.date ?? undefined,
      author: source.author ? { '@type': 'Thing', name: source.author } : undefined,
      publisher: source.publisher ? { '@type': 'Organization', name: source.publisher } : undefined,
    });
  }
  return JSON.parse(JSON.stringify(base)) as Record<string, unknown>;
}
