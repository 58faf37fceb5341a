import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import { describe, expect, it } from 'vitest';
import {
  apa,
  bibtex,
  bibtexEscape,
  chicago,
  datasetBibtex,
  datasetRis,
  ris,
  textCitation,
  type CitationSource,
} from '../../src/lib/citations.ts';
import { sourceTextSchema } from '../../src/schemas/source-text.ts';
import { readSourceTexts, readResolutions } from '../support/content.ts';

const archive = 'https://archive.example';

const resolution: CitationSource = {
  kind: 'resolution',
  key: 'a-hrc-res-37-23',
  title: 'Promoting mutually beneficial cooperation in the field of human rights',
  url: 'https://undocs.org/A/HRC/RES/37/23',
  archiveUrl: `${archive}/resolutions/a-hrc-res-37-23/`,
  date: '2018-03-23',
  symbol: 'A/HRC/RES/37/23',
  publisher: 'United Nations',
};

const statement: CitationSource = {
  kind: 'official-statement',
  key: 'yu',
  title: 'Win-Win Cooperation for the Common Cause of Human Rights',
  url: 'http://www.china-un.ch/eng/hom/t1538290.htm',
  archiveUrl: `${archive}/articles/yu/`,
  date: '2018-02-28',
  creator: { person: { family: 'Yu', given: 'Jianhua', asWritten: 'Yu Jianhua' } },
  publisher: "Permanent Mission of the People's Republic of China to the UN Office at Geneva",
};

const agencyReport: CitationSource = {
  kind: 'news-report',
  key: 'xinhua',
  title: 'UN rights body adopts China-sponsored resolution on mutually beneficial cooperation',
  url: 'http://www.chinahumanrights.org/html/2018/PHOTOS_0324/964.html',
  archiveUrl: `${archive}/articles/xinhua/`,
  date: '2018-03-24',
  creator: { organisation: 'Xinhua' },
  publisher: 'chinahumanrights.org',
};

describe('citations of a resolution: the UN document', () => {
  it('APA 7 names the Council, the year, the symbol and undocs.org', () => {
    expect(apa(resolution)).toBe(
      'Human Rights Council. (2018). Promoting mutually beneficial cooperation in the field of human rights (A/HRC/RES/37/23). United Nations. https://undocs.org/A/HRC/RES/37/23',
    );
  });

  it('Chicago', () => {
    expect(chicago(resolution)).toBe(
      'Human Rights Council. Promoting mutually beneficial cooperation in the field of human rights. Resolution A/HRC/RES/37/23, adopted March 23, 2018. United Nations. https://undocs.org/A/HRC/RES/37/23.',
    );
  });

  it('BibTeX: a numbered report of the United Nations', () => {
    expect(bibtex(resolution)).toBe(
      [
        '@techreport{a-hrc-res-37-23,',
        '  author = {{Human Rights Council}},',
        '  title = {{Promoting mutually beneficial cooperation in the field of human rights}},',
        '  type = {Resolution},',
        '  number = {A/HRC/RES/37/23},',
        '  institution = {United Nations},',
        '  date = {2018-03-23},',
        '  year = {2018},',
        '  month = mar,',
        '  url = {https://undocs.org/A/HRC/RES/37/23},',
        '  note = {Archived at https://archive.example/resolutions/a-hrc-res-37-23/}',
        '}',
      ].join('\n'),
    );
  });

  it('RIS: a government document with its symbol as the number', () => {
    expect(ris(resolution).split('\r\n')).toEqual([
      'TY  - GOVDOC',
      'AU  - Human Rights Council',
      'TI  - Promoting mutually beneficial cooperation in the field of human rights',
      'SN  - A/HRC/RES/37/23',
      'PB  - United Nations',
      'M3  - Resolution',
      'PY  - 2018',
      'DA  - 2018/03/23/',
      'UR  - https://undocs.org/A/HRC/RES/37/23',
      'N1  - Archived at https://archive.example/resolutions/a-hrc-res-37-23/',
      'ER  -',
      '',
    ]);
  });
});

describe('citations of a statement by a person', () => {
  it('APA 7: family name and initial, the kind of work in brackets, the publisher, the original address', () => {
    expect(apa(statement)).toBe(
      "Yu, J. (2018, February 28). Win-Win Cooperation for the Common Cause of Human Rights [Statement]. Permanent Mission of the People's Republic of China to the UN Office at Geneva. http://www.china-un.ch/eng/hom/t1538290.htm",
    );
  });

  it('APA 7 keeps the hyphen of a hyphenated given name in its initials, and gives each given name one', () => {
    const person = (given: string, asWritten: string) => ({
      ...statement,
      creator: { person: { family: 'Dupont', given, asWritten } },
    });
    expect(apa(person('Jean-Pierre', 'Jean-Pierre Dupont'))).toMatch(/^Dupont, J\.-P\. \(2018, February 28\)\. /);
    expect(apa(person('jean  marie', 'jean marie Dupont'))).toMatch(/^Dupont, J\. M\. \(/);
    expect(apa(person('Anne-Marie Claire', 'Anne-Marie Claire Dupont'))).toMatch(/^Dupont, A\.-M\. C\. \(/);
  });

  it('Chicago keeps a Chinese name in its own order, without a comma', () => {
    expect(chicago(statement)).toBe(
      "Yu Jianhua. “Win-Win Cooperation for the Common Cause of Human Rights.” Statement. Permanent Mission of the People's Republic of China to the UN Office at Geneva, February 28, 2018. http://www.china-un.ch/eng/hom/t1538290.htm.",
    );
    const western = { ...statement, creator: { person: { family: 'Smith', given: 'Jane', asWritten: 'Jane Smith' } } };
    expect(chicago(western)).toMatch(/^Smith, Jane\. “/);
  });

  it('RIS: the person as "family, given"; a statement is not a news article', () => {
    const lines = ris(statement).split('\r\n');
    expect(lines[0]).toBe('TY  - GOVDOC');
    expect(lines).toContain('AU  - Yu, Jianhua');
    expect(lines).toContain('M3  - Statement');
  });

  it('BibTeX: @misc with how it was issued and its publisher, never "organization"', () => {
    const entry = bibtex(statement);
    expect(entry).toMatch(/^@misc\{yu,\n {2}author = \{Yu, Jianhua\},/);
    expect(entry).toContain(
      "howpublished = {Statement, Permanent Mission of the People's Republic of China to the UN Office at Geneva}",
    );
    expect(entry).not.toContain('organization');
  });
});

describe('citations of a news report filed by an agency', () => {
  it('APA 7 names the agency and the site', () => {
    expect(apa(agencyReport)).toBe(
      'Xinhua. (2018, March 24). UN rights body adopts China-sponsored resolution on mutually beneficial cooperation. chinahumanrights.org. http://www.chinahumanrights.org/html/2018/PHOTOS_0324/964.html',
    );
  });

  it('an unsigned text is cited by its title, and a site that is its own author is not named twice', () => {
    expect(apa({ ...agencyReport, creator: undefined })).toBe(
      'UN rights body adopts China-sponsored resolution on mutually beneficial cooperation. (2018, March 24). chinahumanrights.org. http://www.chinahumanrights.org/html/2018/PHOTOS_0324/964.html',
    );
    expect(apa({ ...agencyReport, creator: { organisation: 'chinahumanrights.org' } })).toBe(
      'chinahumanrights.org. (2018, March 24). UN rights body adopts China-sponsored resolution on mutually beneficial cooperation. http://www.chinahumanrights.org/html/2018/PHOTOS_0324/964.html',
    );
  });

  it('a title ending in a question mark takes no full stop', () => {
    expect(apa({ ...agencyReport, title: 'Who gains?' })).toContain('Who gains? chinahumanrights.org.');
  });

  it('BibTeX: an article in the site that ran it, the agency kept whole; TeX markup escaped', () => {
    const entry = bibtex({ ...agencyReport, title: 'Rights & duties: 100% of 50_000 {cases}' });
    expect(entry).toMatch(/^@article\{xinhua,\n {2}author = \{\{Xinhua\}\},/);
    expect(entry).toContain('journal = {chinahumanrights.org}');
    expect(entry).toContain('title = {{Rights \\& duties: 100\\% of 50\\_000 \\{cases\\}}}');
  });
});

describe('what a citation says when a fact is missing, and the other kinds of work', () => {
  const undated = { ...resolution, date: null, symbol: undefined };

  it('cites a resolution without its date or symbol as n.d., with no empty fields', () => {
    expect(apa(undated)).toBe(
      'Human Rights Council. (n.d.). Promoting mutually beneficial cooperation in the field of human rights. United Nations. https://undocs.org/A/HRC/RES/37/23',
    );
    expect(chicago({ ...resolution, date: null })).toBe(
      'Human Rights Council. Promoting mutually beneficial cooperation in the field of human rights. Resolution A/HRC/RES/37/23. United Nations. https://undocs.org/A/HRC/RES/37/23.',
    );
    expect(bibtex(undated)).not.toMatch(/ (date|year|month) = /);
    expect(
      ris(undated)
        .split('\r\n')
        .filter((line) => /^(PY|DA|SN) /.test(line)),
    ).toEqual([]);
  });

  it('RIS: a resolution is published by the United Nations, a news text has no kind of work', () => {
    const lines = ris({ ...resolution, publisher: 'Somebody else' }).split('\r\n');
    expect(lines).toContain('PB  - United Nations');
    expect(lines).toContain('M3  - Resolution');
    const news = ris(agencyReport).split('\r\n');
    expect(news.filter((line) => /^(M3|PB|SN) /.test(line))).toEqual([]);
    expect(news).toContain('PY  - 2018');
    expect(news).toContain('DA  - 2018/03/24/');
  });

  it('Chicago: an agency as the author, an unsigned text by its title, an undated one n.d.', () => {
    expect(chicago(agencyReport)).toBe(
      'Xinhua. “UN rights body adopts China-sponsored resolution on mutually beneficial cooperation.” chinahumanrights.org, March 24, 2018. http://www.chinahumanrights.org/html/2018/PHOTOS_0324/964.html.',
    );
    expect(chicago({ ...agencyReport, creator: undefined, date: null })).toBe(
      '“UN rights body adopts China-sponsored resolution on mutually beneficial cooperation.” chinahumanrights.org, n.d. http://www.chinahumanrights.org/html/2018/PHOTOS_0324/964.html.',
    );
    expect(apa({ ...agencyReport, date: null })).toContain('Xinhua. (n.d.). UN rights body');
  });

  it('a paper is described as one, and a question mark inside a title is not its end', () => {
    const paper = { ...statement, kind: 'paper' as const };
    expect(apa(paper)).toContain('Human Rights [Paper]. ');
    expect(bibtex(paper)).toContain("howpublished = {Paper, Permanent Mission of the People's Republic");
    expect(ris(paper).split('\r\n')).toContain('M3  - Paper');
    expect(apa({ ...agencyReport, title: 'Who? Us' })).toContain('Who? Us. chinahumanrights.org.');
  });

  it('BibTeX: a person by name, an organisation and the Council kept whole in double braces', () => {
    expect(bibtex(statement)).toContain('author = {Yu, Jianhua},');
    expect(bibtex(agencyReport)).toContain('author = {{Xinhua}},');
    expect(bibtex(resolution)).toContain('author = {{Human Rights Council}},');
    expect(bibtex(resolution)).toContain('  type = {Resolution},\n  number = {A/HRC/RES/37/23},');
    expect(bibtex({ ...agencyReport, creator: undefined })).not.toContain('author =');
  });

  it('BibTeX: escapes the characters TeX reads as commands, and names every month as BibTeX does', () => {
    expect(bibtexEscape('a\\b ~ ^ & % $ # _ { }')).toBe(
      'a\\textbackslash{}b \\textasciitilde{} \\textasciicircum{} \\& \\% \\$ \\# \\_ \\{ \\}',
    );
    const months = Array.from(
      { length: 12 },
      (_, i) => /month = (\w+)/.exec(bibtex({ ...resolution, date: `2019-${String(i + 1).padStart(2, '0')}-15` }))?.[1],
    );
    expect(months).toEqual(['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec']);
  });
});

// The round trip: what the archive emits is read back by citation-js, the parser behind several
// reference managers' importers, and must give the same authors, dates, titles and numbers.
type CslName = { family?: string; given?: string; literal?: string };
interface Csl {
  type: string;
  title: string;
  author?: CslName[];
  reporter?: string;
  issued?: { 'date-parts': number[][] };
  number?: string;
  publisher?: string;
  'container-title'?: string;
  URL?: string;
}

function parse(text: string): Csl {
  const records = new Cite(text).data as Csl[];
  expect(records).toHaveLength(1);
  return records[0] as Csl;
}

function expectedAuthor(source: CitationSource): CslName[] | undefined {
  if (source.kind === 'resolution') return [{ literal: 'Human Rights Council' }];
  if (!source.creator) return undefined;
  return 'person' in source.creator
    ? [{ family: source.creator.person.family, given: source.creator.person.given }]
    : [{ literal: source.creator.organisation }];
}

/** Parsers may keep an organisation whole as a literal or as a family name alone: both cite it right. */
function normaliseAuthors(names: CslName[] | undefined): CslName[] | undefined {
  return names?.map((n): CslName => (n.literal || n.given || !n.family ? n : { literal: n.family }));
}

const realSources: CitationSource[] = [
  ...readSourceTexts().map((a) => {
    const data = sourceTextSchema.parse(a.frontmatter);
    return textCitation(data, a.slug, `${archive}/articles/${a.slug}/`);
  }),
  ...readResolutions().map((r) => ({
    kind: 'resolution' as const,
    key: r.file,
    title: r.title as string,
    url: `https://undocs.org/${r.symbol}`,
    archiveUrl: `${archive}/resolutions/${r.file}/`,
    date: (r.adopted as { value: string }).value,
    symbol: r.symbol as string,
    publisher: 'United Nations',
  })),
];

describe('round trip through citation-js', () => {
  it('covers every text and resolution, with the people the texts name', () => {
    expect(realSources.length).toBeGreaterThanOrEqual(13);
    const people = realSources.flatMap((s) => (s.creator && 'person' in s.creator ? [s.creator.person] : []));
    expect(people.map((p) => `${p.family}, ${p.given}`).sort()).toEqual(['Liu, Xinsheng', 'Yu, Jianhua']);
  });

  for (const source of realSources) {
    it(`${source.key}: BibTeX reads back the same`, () => {
      const csl = parse(bibtex(source));
      expect(normaliseAuthors(csl.author)).toEqual(expectedAuthor(source));
      expect(csl.title).toBe(source.title);
      expect(csl.issued?.['date-parts'][0]).toEqual(source.date?.split('-').map(Number));
      expect(csl.URL).toBe(source.url);
      if (source.symbol) expect(csl.number).toBe(source.symbol);
      if (source.kind === 'news-report' || source.kind === 'commentary') {
        expect(csl['container-title']).toBe(source.publisher);
      } else expect(csl.publisher).toBe(source.publisher);
    });

    it(`${source.key}: RIS reads back the same`, () => {
      const csl = parse(ris(source));
      // The RIS specification calls a newspaper article's AU its reporter, and the parser keeps that role.
      const names = csl.type === 'article-newspaper' && csl.reporter ? [{ literal: csl.reporter }] : csl.author;
      expect(normaliseAuthors(names)).toEqual(expectedAuthor(source));
      expect(csl.title).toBe(source.title);
      // RIS keeps the year in PY, which is what the parser takes for the date of these types.
      expect(csl.issued?.['date-parts'][0]?.[0]).toBe(Number(source.date?.slice(0, 4)));
      expect(csl.URL).toBe(source.url);
      if (source.symbol) expect(csl.number).toBe(source.symbol);
      if (source.kind === 'news-report' || source.kind === 'commentary') {
        expect(csl.type).toBe('article-newspaper');
        expect(csl['container-title']).toBe(source.publisher);
      } else expect(csl.publisher).toBe(source.publisher);
    });
  }
});

describe('the dataset as one cited work', () => {
  const dataset = { title: 'A data set, 2017–2022', edition: '2026-12-05', url: 'https://archive.test/data/' };

  it('in BibTeX, the archive as the author, the edition and the address', () => {
    expect(datasetBibtex(dataset)).toBe(
      [
        '@misc{hrcarchive2026,',
        '  author = {{HRC Resolutions Archive}},',
        '  title = {{A data set, 2017–2022}},',
        '  year = {2026},',
        '  howpublished = {Data set, edition of 2026-12-05},',
        '  url = {https://archive.test/data/},',
        '}',
      ].join('\n'),
    );
  });

  it('in RIS, a data set with its edition', () => {
    expect(datasetRis(dataset).split('\r\n')).toEqual([
      'TY  - DATA',
      'AU  - HRC Resolutions Archive',
      'TI  - A data set, 2017–2022',
      'PY  - 2026',
      'ET  - 2026-12-05',
      'UR  - https://archive.test/data/',
      'ER  - ',
    ]);
  });
});
