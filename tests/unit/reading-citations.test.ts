import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import { describe, expect, it } from 'vitest';
import {
  readingBibtex,
  readingCsl,
  readingRis,
  readingsCslJson,
  type CitableReading,
} from '../../src/lib/reading-citations.ts';
import type { ReadingKind } from '../../src/schemas/reading.ts';
import { readingSchema } from '../../src/schemas/reading.ts';

const eov: CitableReading = {
  id: 'us-mission-eov-37-23',
  archiveUrl: 'https://archive.example/further-reading/#reading-us-mission-eov-37-23',
  data: readingSchema.parse({
    title: 'EOV on Mutually Beneficial Cooperation – HRC37 Resolution L.36',
    lang: 'en',
    creators: [{ name: 'Jason Mack', family: 'Mack', given: 'Jason', role: 'speaker' }],
    publisher: 'United States Mission to the UN in Geneva',
    issued: '2018-03-23',
    kind: 'explanation-of-vote',
    voice: 'state',
    state: 'United States',
    resolutions: ['A/HRC/RES/37/23'],
    summary: 'Explains the vote against.',
    url: 'https://geneva.usmission.gov/2018/03/23/eov-on-mutually-beneficial-cooperation-l-36/',
  }),
};
const news: CitableReading = {
  id: 'sinopsis-2020',
  archiveUrl: 'https://archive.example/further-reading/#reading-sinopsis-2020',
  data: readingSchema.parse({
    title: "China's win-win at the UN Human Rights Council: Just not for human rights",
    lang: 'en',
    creators: [{ name: 'Sinopsis' }],
    publisher: 'Sinopsis',
    issued: '2020-06',
    kind: 'news',
    voice: 'analyst',
    resolutions: ['A/HRC/RES/43/21'],
    summary: 'Argues against the draft.',
    url: 'https://sinopsis.cz/en/worden-win-win/',
  }),
};

type Parsed = {
  title?: string;
  author?: Array<{ family?: string; given?: string; literal?: string }>;
  issued?: { 'date-parts'?: number[][] };
  URL?: string;
  publisher?: string;
  'container-title'?: string;
};

describe('further reading for reference managers', () => {
  it('writes CSL-JSON that a CSL processor reads back whole, keeping a date known only to the month', () => {
    const parsed = new Cite(readingsCslJson([eov, news])).data as Parsed[];
    expect(parsed).toHaveLength(2);
    expect(parsed[0]).toMatchObject({
      title: eov.data.title,
      author: [{ family: 'Mack', given: 'Jason' }],
      issued: { 'date-parts': [[2018, 3, 23]] },
      URL: eov.data.url,
      publisher: 'United States Mission to the UN in Geneva',
    });
    expect(parsed[1]).toMatchObject({ issued: { 'date-parts': [[2020, 6]] }, 'container-title': 'Sinopsis' });
    expect(readingCsl(eov)).toMatchObject({ type: 'speech', language: 'en', abstract: 'Explains the vote against.' });
    expect(readingCsl(news)['author']).toEqual([{ literal: 'Sinopsis' }]);
  });

  it('writes RIS that an importer reads back: a statement as a government document, news in its paper', () => {
    const [statement] = new Cite(readingRis(eov)).data as Parsed[];
    expect(statement).toMatchObject({
      title: eov.data.title,
      author: [{ family: 'Mack', given: 'Jason' }],
      URL: eov.data.url,
    });
    expect(readingRis(eov)).toMatch(/^TY {2}- GOVDOC\r\n/);
    expect(readingRis(eov)).toContain('DA  - 2018/03/23/\r\n');
    expect(readingRis(news)).toMatch(/^TY {2}- NEWS\r\n/);
    expect(readingRis(news)).toContain('T2  - Sinopsis\r\n');
    expect(readingRis(news)).toContain('DA  - 2020/06//\r\n');
    expect(readingRis(news)).toMatch(/ER {2}-\r\n$/);
  });

  it('writes BibTeX that a parser reads back, the month only where it is known', () => {
    const [parsed] = new Cite(readingBibtex(eov)).data as Parsed[];
    expect(parsed).toMatchObject({ title: eov.data.title, author: [{ family: 'Mack', given: 'Jason' }] });
    expect(readingBibtex(eov)).toContain('month = mar');
    expect(readingBibtex(eov)).toContain('date = {2018-03-23}');
    expect(readingBibtex(news)).toContain('author = {{Sinopsis}}');
    expect(readingBibtex(news)).not.toContain('date =');
    expect(readingBibtex({ ...news, data: { ...news.data, issued: '2020' } })).not.toContain('month');
  });
});

describe('the type each kind of text is cited as', () => {
  const as = (kind: ReadingKind) => {
    const reading = { ...news, data: { ...news.data, kind } };
    return [readingCsl(reading)['type'], /^TY {2}- (\w+)/.exec(readingRis(reading))?.[1]];
  };

  it('a statement that was delivered is a speech, in RIS a government document', () => {
    for (const kind of ['explanation-of-vote', 'official-statement', 'press-briefing'] as const)
      expect(as(kind), kind).toEqual(['speech', 'GOVDOC']);
  });

  it('an NGO statement is a document, NGO commentary a web page, an analysis or a UN summary a report', () => {
    expect(as('ngo-statement')).toEqual(['document', 'RPRT']);
    expect(as('ngo-commentary')).toEqual(['webpage', 'ELEC']);
    expect(as('analysis')).toEqual(['report', 'RPRT']);
    expect(as('meeting-summary')).toEqual(['report', 'RPRT']);
  });

  it('news, opinion and editorials are newspaper articles, in the paper that ran them', () => {
    for (const kind of ['news', 'opinion', 'editorial'] as const) {
      expect(as(kind), kind).toEqual(['article-newspaper', 'NEWS']);
      const reading = { ...news, data: { ...news.data, kind } };
      expect(readingCsl(reading)['container-title']).toBe('Sinopsis');
      expect(readingRis(reading)).toContain('T2  - Sinopsis\r\n');
    }
    for (const kind of ['analysis', 'ngo-commentary'] as const) {
      const reading = { ...news, data: { ...news.data, kind } };
      expect(readingCsl(reading)['container-title']).toBeUndefined();
      expect(readingRis(reading)).toContain('PB  - Sinopsis\r\n');
    }
  });
});

describe('every field of a reference', () => {
  const twoAuthors: CitableReading = {
    ...news,
    data: {
      ...news.data,
      described: true,
      creators: [
        { name: 'Ann Lee', family: 'Lee', given: 'Ann', role: 'author' },
        { name: 'Prince', family: 'Prince', role: 'author' },
      ],
    },
  };

  it('RIS: each creator, the year, the date as precisely as known, language, abstract, address and place', () => {
    expect(readingRis(twoAuthors).split('\r\n')).toEqual([
      'TY  - NEWS',
      'AU  - Lee, Ann',
      'AU  - Prince',
      `TI  - ${news.data.title}`,
      'T2  - Sinopsis',
      'PY  - 2020',
      'DA  - 2020/06//',
      'LA  - en',
      'AB  - Argues against the draft.',
      'UR  - https://sinopsis.cz/en/worden-win-win/',
      'N1  - Listed at https://archive.example/further-reading/#reading-sinopsis-2020',
      'ER  -',
      '',
    ]);
    const yearOnly = readingRis({ ...eov, data: { ...eov.data, issued: '2018', creators: [] } }).split('\r\n');
    expect(yearOnly).toContain('PY  - 2018');
    expect(yearOnly.filter((line) => /^(DA|AU) /.test(line))).toEqual([]);
    expect(yearOnly).toContain('PB  - United States Mission to the UN in Geneva');
  });

  it('BibTeX: creators joined by "and", a name without its parts kept whole', () => {
    expect(readingBibtex(twoAuthors)).toBe(
      [
        '@misc{sinopsis-2020,',
        '  author = {Lee, Ann and {Prince}},',
        `  title = {{${news.data.title}}},`,
        '  howpublished = {Sinopsis},',
        '  publisher = {Sinopsis},',
        '  year = {2020},',
        '  month = jun,',
        '  language = {en},',
        '  url = {https://sinopsis.cz/en/worden-win-win/},',
        '  note = {Listed at https://archive.example/further-reading/#reading-sinopsis-2020}',
        '}',
      ].join('\n'),
    );
    expect(readingBibtex({ ...news, data: { ...news.data, creators: [] } })).toMatch(
      /^@misc\{sinopsis-2020,\n {2}title = /,
    );
  });

  it('CSL: a name without its parts as a literal, no author for an unsigned text, a described title noted', () => {
    expect(readingCsl(twoAuthors)).toMatchObject({
      author: [{ family: 'Lee', given: 'Ann' }, { literal: 'Prince' }],
      note: 'Title supplied by the archive. Listed at https://archive.example/further-reading/#reading-sinopsis-2020',
    });
    expect(readingCsl(news)['note']).toBe('Listed at https://archive.example/further-reading/#reading-sinopsis-2020');
    expect(readingCsl({ ...news, data: { ...news.data, creators: [] } })).not.toHaveProperty('author');
  });
});
