/** Plain-language labels for the archive's controlled vocabularies, one for each value the schemas allow. */
import type { articleTypes, dateCertainties, mentionIdentifications, removedLineKinds } from '../schemas/article.ts';
import type { factStatuses } from '../schemas/common.ts';
import type { families } from '../schemas/family.ts';

type Labels<T extends readonly string[], V = string> = Record<T[number], V>;

export const articleTypeLabels: Labels<typeof articleTypes> = {
  'news-report': 'News report',
  commentary: 'Commentary',
  paper: 'Paper',
  'official-statement': 'Official statement',
};

export const dateCertaintyLabels: Labels<typeof dateCertainties> = {
  'stated-on-page': 'stated on the page',
  'from-url': 'taken from the page address',
  'from-other-sources': 'established from other sources',
  inferred: 'inferred',
};

export const factStatusLabels: Labels<typeof factStatuses, { label: string; explanation: string }> = {
  confirmed: { label: 'Confirmed', explanation: 'stated by two or more independent sources' },
  'single-source': { label: 'Single source', explanation: 'stated by one source only' },
  unconfirmed: {
    label: 'Unconfirmed',
    explanation: 'reported or inferred, but not confirmed by a source the archive could check',
  },
  'not-found': { label: 'Not in the archive yet', explanation: 'no source for it was found; see the official record' },
};

export const identificationLabels: Labels<typeof mentionIdentifications> = {
  confirmed: 'The research confirms that the text means this resolution.',
  inferred: 'That the text means this resolution is inferred from the session and the date.',
  context: 'The text does not name this resolution; it is shown for context.',
};

export const removedKindLabels: Labels<typeof removedLineKinds> = {
  title: 'Title (shown as the page title)',
  metadata: 'Metadata (shown in this panel)',
  boilerplate: 'Site boilerplate',
};

export const familyLabels: Labels<typeof families, { name: string; short: string }> = {
  development: { name: 'The contribution of development to the enjoyment of all human rights', short: 'Development' },
  cooperation: {
    name: 'Promoting mutually beneficial cooperation in the field of human rights',
    short: 'Mutually beneficial cooperation',
  },
  related: { name: 'Related China-led texts', short: 'Related China-led text' },
};

/** A host name for showing where a link goes: `http://www.ecns.cn/news/…` → `ecns.cn`. */
export function hostOf(url: string): string {
  return new URL(url).hostname.replace(/^www\./, '');
}
