import { describe, expect, it } from 'vitest';
import { apa, bibtex, chicago, ris, type CitationSource } from '../../src/lib/citations.ts';

const resolution: CitationSource = {
  kind: 'resolution',
  key: 'a-hrc-res-37-23',
  title: 'Promoting mutually beneficial cooperation in the field of human rights',
  url: 'https://archive.example/resolutions/a-hrc-res-37-23/',
  accessed: '2026-11-23',
  date: '2018-03-23',
  symbol: 'A/HRC/RES/37/23',
};

const text: CitationSource = {
  kind: 'source-text',
  key: '2018-03-24-un-rights-body-adopts-mutually-beneficial-cooperation',
  title: 'UN rights body adopts China-sponsored resolution on mutually beneficial cooperation',
  url: 'https://archive.example/articles/2018-03-24-un-rights-body-adopts-mutually-beneficial-cooperation/',
  accessed: '2026-11-23',
  date: '2018-03-24',
  author: 'Xinhua',
  publisher: 'chinahumanrights.org',
};

describe('citations of a resolution', () => {
  it('APA 7', () => {
    expect(apa(resolution)).toBe(
      'UN Human Rights Council. (2018, March 23). Promoting mutually beneficial cooperation in the field of human rights (A/HRC/RES/37/23). HRC Resolutions Archive. Retrieved November 23, 2026, from https://archive.example/resolutions/a-hrc-res-37-23/',
    );
  });

  it('Chicago', () => {
    expect(chicago(resolution)).toBe(
      'UN Human Rights Council. “Promoting mutually beneficial cooperation in the field of human rights.” A/HRC/RES/37/23, March 23, 2018. HRC Resolutions Archive. Accessed November 23, 2026. https://archive.example/resolutions/a-hrc-res-37-23/.',
    );
  });

  it('BibTeX', () => {
    expect(bibtex(resolution)).toBe(
      [
        '@misc{a-hrc-res-37-23,',
        '  author = {{UN Human Rights Council}},',
        '  title = {{Promoting mutually beneficial cooperation in the field of human rights}},',
        '  number = {A/HRC/RES/37/23},',
        '  date = {2018-03-23},',
        '  year = {2018},',
        '  howpublished = {HRC Resolutions Archive},',
        '  url = {https://archive.example/resolutions/a-hrc-res-37-23/},',
        '  urldate = {2026-11-23}',
        '}',
      ].join('\n'),
    );
  });

  it('RIS', () => {
    expect(ris(resolution).split('\r\n')).toEqual([
      'TY  - GOVDOC',
      'AU  - UN Human Rights Council',
      'TI  - Promoting mutually beneficial cooperation in the field of human rights',
      'M1  - A/HRC/RES/37/23',
      'DA  - 2018/03/23',
      'PY  - 2018',
      'DB  - HRC Resolutions Archive',
      'UR  - https://archive.example/resolutions/a-hrc-res-37-23/',
      'Y2  - 2026/11/23',
      'ER  -',
      '',
    ]);
  });
});

describe('citations of a source text', () => {
  it('APA 7 names the agency and the site that published it', () => {
    expect(apa(text)).toBe(
      'Xinhua. (2018, March 24). UN rights body adopts China-sponsored resolution on mutually beneficial cooperation. chinahumanrights.org; HRC Resolutions Archive. Retrieved November 23, 2026, from https://archive.example/articles/2018-03-24-un-rights-body-adopts-mutually-beneficial-cooperation/',
    );
  });

  it('Chicago', () => {
    expect(chicago(text)).toBe(
      'Xinhua. “UN rights body adopts China-sponsored resolution on mutually beneficial cooperation.” chinahumanrights.org, March 24, 2018. HRC Resolutions Archive. Accessed November 23, 2026. https://archive.example/articles/2018-03-24-un-rights-body-adopts-mutually-beneficial-cooperation/.',
    );
  });

  it('BibTeX escapes what TeX would read as markup', () => {
    const entry = bibtex({ ...text, title: 'Rights & duties: 100% of 50_000 {cases}' });
    expect(entry).toContain('title = {{Rights \\& duties: 100\\% of 50\\_000 \\{cases\\}}}');
    expect(entry).toContain('organization = {chinahumanrights.org}');
  });

  it('falls back to the publisher when no author is known, and to n.d. without a date', () => {
    expect(apa({ ...text, author: undefined, date: null })).toMatch(
      /^chinahumanrights\.org\. \(n\.d\.\)\. UN rights body/,
    );
  });
});
