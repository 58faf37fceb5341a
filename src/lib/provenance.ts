/** Plain-language labels for the archive's controlled vocabularies, one for each value the schemas allow. */
import type {
  sourceTextTypes,
  dateCertainties,
  mentionIdentifications,
  removedLineKinds,
} from '../schemas/source-text.ts';
import type { factStatuses } from '../schemas/common.ts';
import type { amendmentFates } from '../schemas/drafting.ts';
import type { seriesIds } from '../schemas/series.ts';
import type { followUpKinds } from '../schemas/follow-up.ts';
import type { readingKinds } from '../schemas/reading.ts';
import type { statementPositions, statementStages } from '../schemas/statement.ts';

type Labels<T extends readonly string[], V = string> = Record<T[number], V>;

export const sourceTextTypeLabels: Labels<typeof sourceTextTypes> = {
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

export const seriesLabels: Labels<typeof seriesIds, { name: string; short: string }> = {
  development: { name: 'The contribution of development to the enjoyment of all human rights', short: 'Development' },
  cooperation: {
    name: 'Promoting mutually beneficial cooperation in the field of human rights',
    short: 'Mutually beneficial cooperation',
  },
  related: { name: 'Other China-led resolutions', short: 'Other China-led resolution' },
};

export const statementStageLabels: Labels<typeof statementStages> = {
  introduction: 'presented the draft',
  'statement-at-adoption': 'spoke at the adoption',
  'explanation-of-vote': 'explained its vote',
  'explanation-of-position': 'explained its position',
  consultations: 'in the informal consultations',
  'press-briefing': 'at a press briefing',
  'ngo-statement': 'statement on the draft',
  comment: 'comment',
};

export const statementPositionLabels: Labels<typeof statementPositions> = {
  sponsor: 'Sponsor',
  for: 'For',
  against: 'Against',
  abstained: 'Abstained',
  concerns: 'Raised concerns',
};

export const followUpKindLabels: Labels<typeof followUpKinds> = {
  study: 'Study',
  seminar: 'Seminar',
  meeting: 'Council meeting',
  panel: 'Panel discussion',
  report: 'Report',
  workshop: 'Workshop',
};

export const readingKindLabels: Labels<typeof readingKinds> = {
  'explanation-of-vote': 'Explanation of vote',
  'official-statement': 'Official statement',
  'press-briefing': 'Press briefing',
  'ngo-statement': 'NGO statement',
  'ngo-commentary': 'NGO commentary',
  analysis: 'Analysis',
  opinion: 'Opinion',
  editorial: 'Editorial',
  news: 'News',
  'meeting-summary': 'UN meeting summary',
};

export const amendmentFateLabels: Labels<typeof amendmentFates> = {
  'adopted-by-vote': 'adopted by a vote',
  'accepted-by-sponsor': 'accepted by the sponsor',
  rejected: 'rejected',
  'not-known': 'what became of it is not in the archive yet',
};

/** A host name for showing where a link goes: `http://www.ecns.cn/news/…` → `ecns.cn`. */
export function hostOf(url: string): string {
  return new URL(url).hostname.replace(/^www\./, '');
}

/** `rtl` for a language written right to left (Arabic, Persian), so that it runs the right way in an English page. */
export function textDirection(lang: string): 'rtl' | undefined {
  // Node has the older `textInfo` getter; the standard now names it `getTextInfo()`.
  const locale = new Intl.Locale(lang) as Intl.Locale & {
    textInfo?: { direction: string };
    getTextInfo?: () => { direction: string };
  };
  // Stryker disable next-line OptionalChaining: the last `?.` guards a platform with neither getter; Node 22 has both
  return (locale.getTextInfo?.() ?? locale.textInfo)?.direction === 'rtl' ? 'rtl' : undefined;
}

/**
 * A publisher's name as it reads after "by": an office or mission takes "the" ("by the Permanent
 * Mission of…"); a site or a newspaper's own name does not ("by ecns.cn").
 */
export function publisherAfterBy(name: string): string {
  return /^(Permanent Mission|Mission|Ministry|Office|Embassy|Government|State Council|Information Office)\b/.test(name)
    ? `the ${name}`
    : name;
}
