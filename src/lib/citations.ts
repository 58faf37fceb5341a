/**
 * "Cite this page": APA 7, Chicago (bibliography), BibTeX and RIS for a resolution or a source text.
 *
 * A resolution is cited as the UN document it is (the Council as author, its symbol, the official text
 * at undocs.org); a source text as what its publisher put out (its author, speaker or agency, the
 * original address). The archive's own page is offered as a second line, never as the work itself, and
 * no build date is given as an access date: the archive's pages change between editions, the works do not.
 */

import type { ArticleData } from '../schemas/source-text.ts';
import { dateParts } from './dates.ts';

export const ARCHIVE_NAME = 'HRC Resolutions Archive';
/** How APA and the UN's own style name the Council as the author of its resolutions. */
export const COUNCIL = 'Human Rights Council';
export const UNITED_NATIONS = 'United Nations';

export interface PersonName {
  family: string;
  given: string;
  /** As the source writes it: tells whether the family name comes first (as in Chinese names). */
  asWritten: string;
}

/** A person, or a body or agency cited under its own name. */
export type Creator = { person: PersonName } | { organisation: string };

export interface CitationSource {
  kind: 'resolution' | ArticleData['type'];
  /** The page's slug: the BibTeX key and the RIS file's name. */
  key: string;
  title: string;
  /** Where the work itself is: the official text at undocs.org, or the source text's original address. */
  url: string;
  /** The archive page that holds it. */
  archiveUrl: string;
  /** Adoption or publication date (YYYY-MM-DD), when known. */
  date: string | null;
  symbol?: string | undefined;
  /** Absent for an unsigned text, which APA then cites by its title. */
  creator?: Creator | undefined;
  /** The body or site that issued it: the United Nations, a news site, a mission. */
  publisher: string;
}

/** The bracketed description APA puts after the title of a work that is not an article or a report. */
const workDescriptions: Partial<Record<CitationSource['kind'], string>> = {
  'official-statement': 'Statement',
  paper: 'Paper',
};

function familyFirst(name: PersonName): boolean {
  return name.asWritten.toLocaleLowerCase('en').startsWith(`${name.family} `.toLocaleLowerCase('en'));
}

function initials(given: string): string {
  return given
    .split(/[\s]+/)
    .map((part) =>
      part
        .split('-')
        .map((piece) => `${piece.charAt(0).toLocaleUpperCase('en')}.`)
        .join('-'),
    )
    .join(' ');
}

function withFinalStop(text: string): string {
  return /[.?!]$/.test(text) ? text : `${text}.`;
}

/** `2018-03-23` → `March 23, 2018` (the US form both APA and Chicago use). */
function monthDayYear(iso: string): string {
  const { year, monthName, day } = dateParts(iso);
  return `${monthName} ${day}, ${year}`;
}

/** The name a reference list sorts by: "Yu, J." in APA; what a text without an author is filed under. */
export function creatorName(source: CitationSource): string | null {
  if (source.kind === 'resolution') return COUNCIL;
  if (!source.creator) return null;
  return 'person' in source.creator
    ? `${source.creator.person.family}, ${source.creator.person.given}`
    : source.creator.organisation;
}

/** APA 7 in three parts, so that a page can set the title in italics and a clipboard can take plain text. */
export interface ApaReference {
  lead: string;
  title: string;
  rest: string;
}

export function apaParts(source: CitationSource): ApaReference {
  if (source.kind === 'resolution') {
    const year = source.date ? dateParts(source.date).year : 'n.d.';
    return {
      lead: `${COUNCIL}. (${year}). `,
      title: source.title,
      rest: `${source.symbol ? ` (${source.symbol})` : ''}. ${UNITED_NATIONS}. ${source.url}`,
    };
  }
  const date = source.date
    ? (({ year, monthName, day }) => `${year}, ${monthName} ${day}`)(dateParts(source.date))
    : 'n.d.';
  const description = workDescriptions[source.kind];
  const creator = source.creator;
  const author = !creator
    ? null
    : 'person' in creator
      ? `${creator.person.family}, ${initials(creator.person.given)}`
      : creator.organisation;
  // APA leaves out the site's name when it is also the author.
  const site = author === source.publisher ? '' : `${withFinalStop(source.publisher)} `;
  // A title that ends in its own question mark takes no full stop after it.
  const afterTitle = description ? ` [${description}].` : /[.?!]$/.test(source.title) ? '' : '.';
  if (!author) {
    return { lead: '', title: source.title, rest: `${afterTitle} (${date}). ${site}${source.url}` };
  }
  return {
    lead: `${withFinalStop(author)} (${date}). `,
    title: source.title,
    rest: `${afterTitle} ${site}${source.url}`,
  };
}

export function apa(source: CitationSource): string {
  const { lead, title, rest } = apaParts(source);
  return `${lead}${title}${rest}`;
}

export function chicago(source: CitationSource): string {
  if (source.kind === 'resolution') {
    const adopted = source.date ? `, adopted ${monthDayYear(source.date)}` : '';
    return `${COUNCIL}. ${withFinalStop(source.title)} Resolution ${source.symbol ?? ''}${adopted}. ${UNITED_NATIONS}. ${source.url}.`;
  }
  const creator = source.creator;
  // Chicago keeps a name written family name first as it is, without inverting it with a comma.
  const author = !creator
    ? ''
    : 'person' in creator
      ? familyFirst(creator.person)
        ? `${creator.person.family} ${creator.person.given}. `
        : `${creator.person.family}, ${creator.person.given}. `
      : `${withFinalStop(creator.organisation)} `;
  const description = workDescriptions[source.kind];
  const when = source.date ? monthDayYear(source.date) : 'n.d.';
  // "n.d." ends in its own full stop: no second one after it.
  return `${author}“${withFinalStop(source.title)}” ${description ? `${description}. ` : ''}${withFinalStop(`${source.publisher}, ${when}`)} ${source.url}.`;
}

export function bibtexEscape(text: string): string {
  return text.replace(
    /[\\{}&%$#_~^]/g,
    (c) => ({ '\\': '\\textbackslash{}', '~': '\\textasciitilde{}', '^': '\\textasciicircum{}' })[c] ?? `\\${c}`,
  );
}

export const BIBTEX_MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** An organisation in double braces, so that BibTeX does not read "Human Rights Council" as a person. */
function bibtexAuthor(source: CitationSource): string | null {
  const name = creatorName(source);
  if (!name) return null;
  // A resolution has no creator, so the first two tests guard only what the type allows.
  // Stryker disable next-line LogicalOperator,ConditionalExpression,StringLiteral: equivalent, as above
  const person = source.kind !== 'resolution' && source.creator !== undefined && 'person' in source.creator;
  return person ? bibtexEscape(name) : `{${bibtexEscape(name)}}`;
}

/**
 * A resolution as a numbered report of its institution (@techreport), a news text as an article in
 * the site that ran it (@article), a statement or paper as @misc with how it was issued: the fields
 * BibTeX's standard styles and biblatex print for each.
 */
export function bibtex(source: CitationSource): string {
  const fields: Array<[string, string]> = [];
  const author = bibtexAuthor(source);
  if (author) fields.push(['author', author]);
  fields.push(['title', `{${bibtexEscape(source.title)}}`]);
  let entryType: string;
  if (source.kind === 'resolution') {
    entryType = 'techreport';
    fields.push(['type', 'Resolution'], ['number', bibtexEscape(source.symbol ?? '')], ['institution', UNITED_NATIONS]);
  } else if (source.kind === 'news-report' || source.kind === 'commentary') {
    entryType = 'article';
    fields.push(['journal', bibtexEscape(source.publisher)]);
  } else {
    entryType = 'misc';
    const description = workDescriptions[source.kind];
    fields.push(
      ['howpublished', bibtexEscape(description ? `${description}, ${source.publisher}` : source.publisher)],
      ['publisher', bibtexEscape(source.publisher)],
    );
  }
  if (source.date) {
    const { year, month } = dateParts(source.date);
    fields.push(['date', source.date], ['year', String(year)], ['month', BIBTEX_MONTHS[month - 1] as string]);
  }
  fields.push(['url', source.url], ['note', `Archived at ${source.archiveUrl}`]);
  const body = fields.map(([name, value]) => `  ${name} = ${name === 'month' ? value : `{${value}}`}`).join(',\n');
  return `@${entryType}{${source.key},\n${body}\n}`;
}

/**
 * RIS, the tagged format reference managers import (Zotero, EndNote, Mendeley). The type decides how
 * the other tags are read: a resolution and a mission's statement are government documents (GOVDOC,
 * symbol in SN), a paper a report (RPRT), a news text or commentary a newspaper article (NEWS, site in T2).
 */
export function ris(source: CitationSource): string {
  const type =
    source.kind === 'resolution' || source.kind === 'official-statement'
      ? 'GOVDOC'
      : source.kind === 'paper'
        ? 'RPRT'
        : 'NEWS';
  const lines: Array<[string, string]> = [['TY', type]];
  const author = creatorName(source);
  if (author) lines.push(['AU', author]);
  lines.push(['TI', source.title]);
  if (source.symbol) lines.push(['SN', source.symbol]);
  if (type === 'NEWS') lines.push(['T2', source.publisher]);
  else lines.push(['PB', source.kind === 'resolution' ? UNITED_NATIONS : source.publisher]);
  const description = source.kind === 'resolution' ? 'Resolution' : workDescriptions[source.kind];
  if (description) lines.push(['M3', description]);
  if (source.date) {
    lines.push(['PY', source.date.slice(0, 4)], ['DA', `${source.date.replaceAll('-', '/')}/`]);
  }
  lines.push(['UR', source.url], ['N1', `Archived at ${source.archiveUrl}`], ['ER', '']);
  return `${lines.map(([tag, value]) => `${tag}  - ${value}`.trimEnd()).join('\r\n')}\r\n`;
}

/** A source text's citation from its frontmatter: who wrote or said it, or the agency that filed it. */
export function textCitation(
  text: Pick<
    ArticleData,
    'type' | 'title' | 'originalUrl' | 'published' | 'author' | 'speaker' | 'republishedFrom' | 'publisher'
  >,
  key: string,
  archiveUrl: string,
): CitationSource {
  const person = text.author ?? text.speaker;
  return {
    kind: text.type,
    key,
    title: text.title,
    url: text.originalUrl,
    archiveUrl,
    date: text.published.date,
    creator: person
      ? { person: { family: person.family, given: person.given, asWritten: person.name } }
      : text.republishedFrom
        ? { organisation: text.republishedFrom }
        : undefined,
    publisher: text.publisher.name,
  };
}

/** The archive's data as one cited work: the dataset, its edition (the build's date) and address. */
export interface DatasetCitation {
  title: string;
  edition: string;
  url: string;
}

export function datasetBibtex(d: DatasetCitation): string {
  const year = d.edition.slice(0, 4);
  return [
    `@misc{hrcarchive${year},`,
    `  author = {{${bibtexEscape(ARCHIVE_NAME)}}},`,
    `  title = {{${bibtexEscape(d.title)}}},`,
    `  year = {${year}},`,
    `  howpublished = {Data set, edition of ${d.edition}},`,
    `  url = {${d.url}},`,
    '}',
  ].join('\n');
}

export function datasetRis(d: DatasetCitation): string {
  return [
    'TY  - DATA',
    `AU  - ${ARCHIVE_NAME}`,
    `TI  - ${d.title}`,
    `PY  - ${d.edition.slice(0, 4)}`,
    `ET  - ${d.edition}`,
    `UR  - ${d.url}`,
    'ER  - ',
  ].join('\r\n');
}
