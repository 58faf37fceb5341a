/**
 * Further reading as reference managers import it: CSL-JSON (Zotero, Mendeley and every CSL
 * processor), RIS and BibTeX. A date known only to the month or the year stays that precise.
 */
import type { ReadingData, ReadingKind } from '../schemas/reading.ts';
import { BIBTEX_MONTHS, bibtexEscape } from './citations.ts';

export interface CitableReading {
  id: string;
  data: ReadingData;
  /** The record's place in the archive (its anchor on the further-reading page). */
  archiveUrl: string;
}

/** CSL types: a delivered statement is a speech, a news text a newspaper article, an analysis a report. */
const cslTypes: Record<ReadingKind, string> = {
  'explanation-of-vote': 'speech',
  'official-statement': 'speech',
  'press-briefing': 'speech',
  'ngo-statement': 'document',
  'ngo-commentary': 'webpage',
  analysis: 'report',
  opinion: 'article-newspaper',
  editorial: 'article-newspaper',
  news: 'article-newspaper',
  'meeting-summary': 'report',
};

const risTypes: Record<ReadingKind, string> = {
  'explanation-of-vote': 'GOVDOC',
  'official-statement': 'GOVDOC',
  'press-briefing': 'GOVDOC',
  'ngo-statement': 'RPRT',
  'ngo-commentary': 'ELEC',
  analysis: 'RPRT',
  opinion: 'NEWS',
  editorial: 'NEWS',
  news: 'NEWS',
  'meeting-summary': 'RPRT',
};

function dateParts(issued: string): number[] {
  return issued.split('-').map(Number);
}

function creatorsOf(r: ReadingData) {
  return r.creators.map((c) => (c.family && c.given ? { family: c.family, given: c.given } : { literal: c.name }));
}

export function readingCsl(reading: CitableReading): Record<string, unknown> {
  const r = reading.data;
  const creators = creatorsOf(r);
  return {
    id: reading.id,
    type: cslTypes[r.kind],
    title: r.title,
    language: r.lang,
    ...(creators.length > 0 ? { author: creators } : {}),
    publisher: r.publisher,
    'container-title': r.kind === 'news' || r.kind === 'opinion' || r.kind === 'editorial' ? r.publisher : undefined,
    issued: { 'date-parts': [dateParts(r.issued)] },
    URL: r.url,
    abstract: r.summary,
    note: [r.described ? 'Title supplied by the archive.' : '', `Listed at ${reading.archiveUrl}`]
      .filter(Boolean)
      .join(' '),
  };
}

export function readingsCslJson(readings: readonly CitableReading[]): string {
  return `${JSON.stringify(readings.map(readingCsl), null, 2)}\n`;
}

export function readingRis(reading: CitableReading): string {
  const r = reading.data;
  const type = risTypes[r.kind];
  const lines: Array<[string, string]> = [['TY', type]];
  for (const c of r.creators) lines.push(['AU', c.family && c.given ? `${c.family}, ${c.given}` : c.name]);
  lines.push(['TI', r.title]);
  lines.push(type === 'NEWS' ? ['T2', r.publisher] : ['PB', r.publisher]);
  lines.push(['PY', r.issued.slice(0, 4)]);
  // RIS dates are YYYY/MM/DD/other: a month-only date leaves the day empty.
  if (r.issued.length > 4) lines.push(['DA', `${r.issued.replaceAll('-', '/')}${r.issued.length === 7 ? '//' : '/'}`]);
  lines.push(['LA', r.lang], ['AB', r.summary], ['UR', r.url], ['N1', `Listed at ${reading.archiveUrl}`], ['ER', '']);
  return `${lines.map(([tag, value]) => `${tag}  - ${value}`.trimEnd()).join('\r\n')}\r\n`;
}

export function readingBibtex(reading: CitableReading): string {
  const r = reading.data;
  const fields: Array<[string, string]> = [];
  if (r.creators.length > 0)
    fields.push([
      'author',
      r.creators
        .map((c) => (c.family && c.given ? bibtexEscape(`${c.family}, ${c.given}`) : `{${bibtexEscape(c.name)}}`))
        .join(' and '),
    ]);
  fields.push(['title', `{${bibtexEscape(r.title)}}`], ['howpublished', bibtexEscape(r.publisher)]);
  fields.push(['publisher', bibtexEscape(r.publisher)], ['year', r.issued.slice(0, 4)]);
  const month = dateParts(r.issued)[1];
  if (month) fields.push(['month', BIBTEX_MONTHS[month - 1] as string]);
  if (r.issued.length === 10) fields.push(['date', r.issued]);
  fields.push(['language', r.lang], ['url', r.url], ['note', `Listed at ${reading.archiveUrl}`]);
  const body = fields.map(([name, value]) => `  ${name} = ${name === 'month' ? value : `{${value}}`}`).join(',\n');
  return `@misc{${reading.id},\n${body}\n}`;
}
