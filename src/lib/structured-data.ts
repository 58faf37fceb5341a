/** schema.org JSON-LD for a resolution (Legislation) or a source text (NewsArticle, Report, CreativeWork). */
import type { ArticleData } from '../schemas/source-text.ts';
import { ARCHIVE_NAME, COUNCIL, UNITED_NATIONS, type CitationSource } from './citations.ts';

/** The schema.org type for each kind of source text. */
export const schemaTypes: Record<ArticleData['type'], string> = {
  'news-report': 'NewsArticle',
  commentary: 'NewsArticle',
  paper: 'Report',
  'official-statement': 'CreativeWork',
};

export function structuredData(input: {
  source: CitationSource;
  schemaType: string;
  description: string;
}): Record<string, unknown> {
  const { source, schemaType, description } = input;
  const base: Record<string, unknown> = {
    '@context': 'https://schema.org',
    '@type': schemaType,
    name: source.title,
    headline: source.kind === 'resolution' ? undefined : source.title,
    description,
    url: source.archiveUrl,
    inLanguage: 'en',
    isPartOf: { '@type': 'WebSite', name: ARCHIVE_NAME },
    // The work itself, wherever its publisher keeps it.
    sameAs: source.url,
  };
  if (source.kind === 'resolution') {
    Object.assign(base, {
      legislationIdentifier: source.symbol,
      legislationDate: source.date ?? undefined,
      legislationPassedBy: { '@type': 'Organization', name: COUNCIL, parentOrganization: UNITED_NATIONS },
      legislationType: 'Resolution',
    });
  } else {
    Object.assign(base, {
      datePublished: source.date ?? undefined,
      author: !source.creator
        ? undefined
        : 'person' in source.creator
          ? {
              '@type': 'Person',
              name: source.creator.person.asWritten,
              familyName: source.creator.person.family,
              givenName: source.creator.person.given,
            }
          : { '@type': 'Organization', name: source.creator.organisation },
      publisher: { '@type': 'Organization', name: source.publisher },
    });
  }
  return JSON.parse(JSON.stringify(base)) as Record<string, unknown>;
}
