/** The citation record of every resolution and source text, from the archive's data. */
import type { SourceText, Resolution } from './archive.ts';
import { textCitation, UNITED_NATIONS, type CitationSource } from '../lib/citations.ts';
import { absoluteUrl, routes } from '../lib/paths.ts';
import { officialRecordUrl } from '../lib/slugs.ts';

export function resolutionCitation(r: Resolution): CitationSource {
  return {
    kind: 'resolution',
    key: r.slug,
    title: r.data.title,
    url: officialRecordUrl(r.data.symbol),
    archiveUrl: absoluteUrl(routes.resolution(r.slug)),
    date: r.data.adopted.value,
    symbol: r.data.symbol,
    publisher: UNITED_NATIONS,
  };
}

export function sourceTextCitation(a: SourceText): CitationSource {
  return textCitation(a.data, a.slug, absoluteUrl(routes.sourceText(a.slug)));
}
