import { describe, expect, it } from 'vitest';
import type { CitationSource } from '../../src/lib/citations.ts';
import { schemaTypes, structuredData } from '../../src/lib/structured-data.ts';
import { sourceTextTypes } from '../../src/schemas/source-text.ts';

const resolution: CitationSource = {
  kind: 'resolution',
  key: 'a-hrc-res-37-23',
  title: 'Promoting mutually beneficial cooperation in the field of human rights',
  url: 'https://undocs.org/A/HRC/RES/37/23',
  archiveUrl: 'https://archive.example/resolutions/a-hrc-res-37-23/',
  date: '2018-03-23',
  symbol: 'A/HRC/RES/37/23',
  publisher: 'United Nations',
};

const text: CitationSource = {
  kind: 'official-statement',
  key: 'yu',
  title: 'Win-Win Cooperation',
  url: 'http://www.china-un.ch/eng/hom/t1538290.htm',
  archiveUrl: 'https://archive.example/articles/yu/',
  date: '2018-02-28',
  creator: { person: { family: 'Yu', given: 'Jianhua', asWritten: 'Yu Jianhua' } },
  publisher: 'Permanent Mission of China',
};

describe('schema.org data', () => {
  it('describes a resolution as legislation passed by the Council', () => {
    expect(structuredData({ source: resolution, schemaType: 'Legislation', description: 'A resolution.' })).toEqual({
      '@context': 'https://schema.org',
      '@type': 'Legislation',
      name: resolution.title,
      description: 'A resolution.',
      url: resolution.archiveUrl,
      inLanguage: 'en',
      isPartOf: { '@type': 'WebSite', name: 'HRC Resolutions Archive' },
      sameAs: resolution.url,
      legislationIdentifier: 'A/HRC/RES/37/23',
      legislationDate: '2018-03-23',
      legislationPassedBy: {
        '@type': 'Organization',
        name: 'Human Rights Council',
        parentOrganization: 'United Nations',
      },
      legislationType: 'Resolution',
    });
  });

  it('leaves out an unknown adoption date rather than writing null', () => {
    const data = structuredData({ source: { ...resolution, date: null }, schemaType: 'Legislation', description: '' });
    expect(data).not.toHaveProperty('legislationDate');
    expect(data).not.toHaveProperty('headline');
  });

  it('describes a source text by its author, publisher and date', () => {
    expect(structuredData({ source: text, schemaType: 'CreativeWork', description: 'A statement.' })).toEqual({
      '@context': 'https://schema.org',
      '@type': 'CreativeWork',
      name: text.title,
      headline: text.title,
      description: 'A statement.',
      url: text.archiveUrl,
      inLanguage: 'en',
      isPartOf: { '@type': 'WebSite', name: 'HRC Resolutions Archive' },
      sameAs: text.url,
      datePublished: '2018-02-28',
      author: { '@type': 'Person', name: 'Yu Jianhua', familyName: 'Yu', givenName: 'Jianhua' },
      publisher: { '@type': 'Organization', name: 'Permanent Mission of China' },
    });
  });

  it('names an agency as an organisation, and an unsigned text without an author', () => {
    const agency = structuredData({
      source: { ...text, kind: 'news-report', creator: { organisation: 'Xinhua' } },
      schemaType: 'NewsArticle',
      description: '',
    });
    expect(agency['author']).toEqual({ '@type': 'Organization', name: 'Xinhua' });
    const unsigned = structuredData({
      source: { ...text, creator: undefined, date: null },
      schemaType: 'CreativeWork',
      description: '',
    });
    expect(unsigned).not.toHaveProperty('author');
    expect(unsigned).not.toHaveProperty('datePublished');
    expect(unsigned).not.toHaveProperty('legislationType');
  });

  it('has a schema.org type for every kind of source text', () => {
    expect(Object.keys(schemaTypes).sort()).toEqual([...sourceTextTypes].sort());
    expect(schemaTypes).toEqual({
      'news-report': 'NewsArticle',
      commentary: 'NewsArticle',
      paper: 'Report',
      'official-statement': 'CreativeWork',
    });
  });
});
