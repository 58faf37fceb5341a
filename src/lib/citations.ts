/**
 * "Cite this page": APA 7, Chicago (bibliography) and BibTeX strings, and an RIS record, for a
 * resolution or a source text as held by the archive, with its permanent URL and the access date.
 */

import { dateParts } from './dates.ts';

export const ARCHIVE_NAME = 'HRC Resolutions Archive';
export const COUNCIL = 'UN Human Rights Council';

export interface CitationSource {
  kind: 'resolution' | 'source-text';
  /** Used as the BibTeX key: the page's slug. */
  key: string;
  title: string;
  /** The archive page's permanent URL. */
  url: string;
  /** The date the page was generated, taken as the access date (YYYY-MM-DD). */
  accessed: string;
  /** Adoption or publication date (YYYY-MM-DD), when known. */
  date: string | null;
  symbol?: string | undefined;
  /** The person or agency responsible for a source text (author, speaker or wire agency). */
  author?: string | undefined;
  /** The site or body that published a source text. */
  publisher?: string | undefined;
}

/** `2018-03-23` → `March 23, 2018` (the US form both APA and Chicago use). */
function monthDayYear(iso: string): string {
  const { year, monthName, day } = dateParts(iso);
  return `${monthName} ${day}, ${year}`;
}

/** Who a citation names first: the Council for a resolution; the author, agency or publisher of a source text. */
export function creator(source: CitationSource): string {
  return source.kind === 'resolution' ? COUNCIL : (source.author ?? source.publisher ?? ARCHIVE_NAME);
}

function withFinalStop(text: string): string {
  return /[.?!]$/.test(text) ? text : `${text}.`;
}

export function apa(source: CitationSource): string {
  const date = source.date
    ? (({ year, monthName, day }) => `${year}, ${monthName} ${day}`)(dateParts(source.date))
    : 'n.d.';
  const title = source.symbol ? `${source.title} (${source.symbol})` : source.title;
  const container =
    source.kind === 'source-text' && source.publisher && source.publisher !== creator(source)
      ? `${source.publisher}; `
      : '';
  return `${creator(source)}. (${date}). ${withFinalStop(title)} ${container}${ARCHIVE_NAME}. Retrieved ${monthDayYear(source.accessed)}, from ${source.url}`;
}

export function chicago(source: CitationSource): string {
  const pieces = [`${creator(source)}.`, `“${withFinalStop(source.title)}”`];
  if (source.kind === 'resolution') {
    pieces.push(`${source.symbol ?? ''}${source.date ? `, ${monthDayYear(source.date)}` : ''}.`);
  } else {
    const publisher = source.publisher && source.publisher !== creator(source) ? source.publisher : '';
    const when = source.date ? monthDayYear(source.date) : 'n.d.';
    pieces.push(`${publisher ? `${publisher}, ` : ''}${when}.`);
  }
  pieces.push(`${ARCHIVE_NAME}.`, `Accessed ${monthDayYear(source.accessed)}.`, `${source.url}.`);
  return pieces.join(' ');
}

function bibtexEscape(text: string): string {
  return text.replace(
    /[\\{}&%$#_~^]/g,
    (c) => ({ '\\': '\\textbackslash{}', '~': '\\textasciitilde{}', '^': '\\textasciicircum{}' })[c] ?? `\\${c}`,
  );
}

export function bibtex(source: CitationSource): string {
  const fields: Array<[string, string]> = [
    ['author', `{${bibtexEscape(creator(source))}}`],
    ['title', `{${bibtexEscape(source.title)}}`],
  ];
  if (source.symbol) fields.push(['number', bibtexEscape(source.symbol)]);
  if (source.kind === 'source-text' && source.publisher) fields.push(['organization', bibtexEscape(source.publisher)]);
  if (source.date) fields.push(['date', source.date], ['year', source.date.slice(0, 4)]);
  fields.push(['howpublished', ARCHIVE_NAME], ['url', source.url], ['urldate', source.accessed]);
  return `@misc{${source.key},\n${fields.map(([name, value]) => `  ${name} = {${value}}`).join(',\n')}\n}`;
}

/** RIS, the tagged format reference managers import (Zotero, EndNote, Mendeley). */
export function ris(source: CitationSource): string {
  const slashes = (iso: string) => iso.replaceAll('-', '/');
  const lines: Array<[string, string]> = [
    ['TY', source.kind === 'resolution' ? 'GOVDOC' : 'NEWS'],
    ['AU', creator(source)],
    ['TI', source.title],
  ];
  if (source.symbol) lines.push(['M1', source.symbol]);
  if (source.kind === 'source-text' && source.publisher) lines.push(['T2', source.publisher]);
  if (source.date) lines.push(['DA', slashes(source.date)], ['PY', source.date.slice(0, 4)]);
  lines.push(['DB', ARCHIVE_NAME], ['UR', source.url], ['Y2', slashes(source.accessed)], ['ER', '']);
  return `${lines.map(([tag, value]) => `${tag}  - ${value}`.trimEnd()).join('\r\n')}\r\n`;
}
