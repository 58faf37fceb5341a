import { timelineFile } from '../../src/schemas/timeline-entry.ts';
import { describe, expect, it } from 'vitest';
import {
  followUpCsv,
  followUpFile,
  jsonSchemaOf,
  readingsCsv,
  readingsFile,
  resolutionsCsv,
  resolutionsFile,
  sourcesFile,
  statementsCsv,
  statementsFile,
  timelineJs,
  titlesFile,
  toCsv,
  voteWords,
  votesCsv,
  votesFile,
  votesMatrixCsv,
  type FollowUpRecord,
  type ReadingRecord,
  type ResolutionRecord,
  type StateVoteRecord,
  type StatementRecord,
} from '../../src/lib/open-data.ts';
import type { z } from 'zod';

/** A CSV without quoted fields as objects keyed by the header row. */
function table(csv: string): { header: string[]; rows: Array<Record<string, string>> } {
  expect(csv.endsWith('\r\n')).toBe(true);
  const [header = [], ...rows] = csv
    .slice(0, -2)
    .split('\r\n')
    .map((line) => line.split(','));
  return { header, rows: rows.map((row) => Object.fromEntries(header.map((h, i) => [h, row[i] ?? '']))) };
}

describe('CSV', () => {
  it('writes a header row and quotes what needs quoting, with CRLF line ends', () => {
    const csv = toCsv(
      [
        { a: 'plain', b: 'with, comma' },
        { a: 'say "hi"', b: 'two\nlines' },
        { a: null, b: 3 },
        { a: undefined, b: 'cr\ronly' },
      ],
      [
        ['a', (r) => r.a],
        ['b', (r) => r.b],
      ],
    );
    expect(csv).toBe('a,b\r\nplain,"with, comma"\r\n"say ""hi""","two\nlines"\r\n,3\r\n,"cr\ronly"\r\n');
  });

  it('quotes a header that needs it, and writes a header alone for no rows', () => {
    expect(toCsv([], [['a, b', () => 'x']])).toBe('"a, b"\r\n');
  });
});

const resolution: ResolutionRecord = {
  symbol: 'A/HRC/RES/37/23',
  slug: 'a-hrc-res-37-23',
  url: 'https://archive.example/resolutions/a-hrc-res-37-23/',
  officialRecord: 'https://undocs.org/A/HRC/RES/37/23',
  title: 'Promoting mutually beneficial cooperation',
  series: 'cooperation',
  session: 37,
  adopted: '2018-03-23',
  adoptedStatus: 'confirmed',
  meeting: '56th meeting',
  draftSymbol: 'A/HRC/37/L.36',
  vote: {
    kind: 'recorded',
    inFavour: 28,
    against: 1,
    abstaining: 17,
    status: 'single-source',
    sources: ['https://un.example/a'],
    rollCall: 'https://searchlibrary.ohchr.org/record/1',
  },
  mainSponsors: ['China', 'Cuba'],
  sources: ['https://un.example/a'],
};

describe('resolutions.csv', () => {
  it('writes one row per resolution, the vote flattened, the sponsors in one field', () => {
    const { header, rows } = table(resolutionsCsv([resolution, { ...resolution, symbol: 'X', mainSponsors: null }]));
    expect(header).toEqual([
      'symbol',
      'title',
      'series',
      'session',
      'adopted',
      'adopted_status',
      'meeting',
      'draft_symbol',
      'vote_kind',
      'in_favour',
      'against',
      'abstaining',
      'vote_status',
      'roll_call',
      'main_sponsors',
      'url',
      'official_record',
    ]);
    expect(rows[0]).toEqual({
      symbol: 'A/HRC/RES/37/23',
      title: 'Promoting mutually beneficial cooperation',
      series: 'cooperation',
      session: '37',
      adopted: '2018-03-23',
      adopted_status: 'confirmed',
      meeting: '56th meeting',
      draft_symbol: 'A/HRC/37/L.36',
      vote_kind: 'recorded',
      in_favour: '28',
      against: '1',
      abstaining: '17',
      vote_status: 'single-source',
      roll_call: 'https://searchlibrary.ohchr.org/record/1',
      main_sponsors: 'China; Cuba',
      url: 'https://archive.example/resolutions/a-hrc-res-37-23/',
      official_record: 'https://undocs.org/A/HRC/RES/37/23',
    });
    expect(rows[1]?.['main_sponsors']).toBe('');
  });
});

const vote = (state: string, iso3: string, symbol: string, adopted: string, v: string): StateVoteRecord => ({
  symbol,
  adopted,
  state,
  iso3,
  vote: v,
  status: 'single-source',
  source: 'https://searchlibrary.ohchr.org/record/1',
  confirmedBy: [],
});

describe('votes', () => {
  it('writes each vote as a reader says it, "did not vote" apart from abstaining', () => {
    expect(voteWords).toEqual({
      inFavour: 'in favour',
      against: 'against',
      abstaining: 'abstaining',
      notVoting: 'did not vote',
    });
  });

  it('long form: one row per State and resolution, with the sources that confirm it', () => {
    const confirmed = {
      ...vote('Cuba', 'CUB', 'A/HRC/RES/37/23', '2018-03-23', 'in favour'),
      status: 'confirmed' as const,
      confirmedBy: ['https://a.example/', 'https://b.example/'],
    };
    const { header, rows } = table(votesCsv([confirmed]));
    expect(header).toEqual(['symbol', 'adopted', 'state', 'iso3', 'vote', 'status', 'source', 'confirmed_by']);
    expect(rows).toEqual([
      {
        symbol: 'A/HRC/RES/37/23',
        adopted: '2018-03-23',
        state: 'Cuba',
        iso3: 'CUB',
        vote: 'in favour',
        status: 'confirmed',
        source: 'https://searchlibrary.ohchr.org/record/1',
        confirmed_by: 'https://a.example/ https://b.example/',
      },
    ]);
  });

  it('wide form: States by name, resolutions oldest first whatever their symbols, empty where not a member', () => {
    const csv = votesMatrixCsv([
      vote('Cuba', 'CUB', 'A/HRC/RES/9/1', '2021-01-01', 'against'),
      vote('Angola', 'AGO', 'A/HRC/RES/10/1', '2019-01-01', 'in favour'),
      vote('Cuba', 'CUB', 'A/HRC/RES/10/1', '2019-01-01', 'abstaining'),
      vote('Åland', 'ALA', 'A/HRC/RES/9/1', '2021-01-01', 'did not vote'),
      vote('Brazil', 'BRA', 'A/HRC/RES/8/1', '2020-01-01', 'in favour'),
    ]);
    expect(csv.split('\r\n')).toEqual([
      'state,iso3,A/HRC/RES/10/1,A/HRC/RES/8/1,A/HRC/RES/9/1',
      'Åland,ALA,,,did not vote',
      'Angola,AGO,in favour,,',
      'Brazil,BRA,,in favour,',
      'Cuba,CUB,abstaining,,against',
      '',
    ]);
  });

  it('publishes the four vote words and two statuses, and nothing else', () => {
    const record = { ...vote('Cuba', 'CUB', 'A/HRC/RES/37/23', '2018-03-23', 'did not vote') };
    expect(votesFile.safeParse([record]).success).toBe(true);
    expect(votesFile.safeParse([{ ...record, status: 'confirmed' }]).success).toBe(true);
    expect(votesFile.safeParse([{ ...record, status: 'unconfirmed' }]).success).toBe(false);
    expect(votesFile.safeParse([{ ...record, vote: 'yes' }]).success).toBe(false);
  });
});

describe('TimelineJS', () => {
  it('maps entries to events with dates split into parts and a stable id', () => {
    const js = timelineJs(
      [
        {
          id: 'a-hrc-res-37-23',
          kind: 'resolution',
          date: '2018-03-23',
          title: 'Promoting…',
          symbol: 'A/HRC/RES/37/23',
          href: '/resolutions/a-hrc-res-37-23/',
        },
        {
          id: 'session-37',
          kind: 'session',
          date: '2018-02-26',
          endDate: '2018-03-23',
          title: '37th session',
          detail: 'Geneva',
        },
      ],
      'https://archive.example/hrc/',
    );
    expect(js['events']).toEqual([
      {
        unique_id: 'a-hrc-res-37-23',
        start_date: { year: '2018', month: '03', day: '23' },
        text: { headline: 'A/HRC/RES/37/23: Promoting…', text: '' },
        group: 'resolution',
        url: 'https://archive.example/resolutions/a-hrc-res-37-23/',
      },
      {
        unique_id: 'session-37',
        start_date: { year: '2018', month: '02', day: '26' },
        end_date: { year: '2018', month: '03', day: '23' },
        text: { headline: '37th session', text: 'Geneva' },
        group: 'session',
      },
    ]);
  });

  it('opens with a title slide naming the archive', () => {
    const title = timelineJs([], 'https://archive.example/')['title'] as { text: { headline: string; text: string } };
    expect(title.text.headline).toBe('HRC Resolutions Archive');
    expect(title.text.text).toMatch(/Human Rights Council/);
  });
});

/** Every property's description in a JSON Schema, by its path (`items.vote.rollCall`). */
function descriptions(schema: unknown, path = ''): Record<string, string> {
  if (!schema || typeof schema !== 'object') return {};
  const s = schema as Record<string, unknown>;
  const found: Record<string, string> = {};
  if (typeof s['description'] === 'string') found[path] = s['description'];
  for (const [key, value] of Object.entries((s['properties'] as Record<string, unknown>) ?? {}))
    Object.assign(found, descriptions(value, path ? `${path}.${key}` : key));
  for (const part of [s['items'], ...((s['allOf'] as unknown[]) ?? []), ...((s['anyOf'] as unknown[]) ?? [])])
    Object.assign(found, descriptions(part, path));
  return found;
}

describe('JSON Schema', () => {
  it('is draft 2020-12 and describes an array of resolutions', () => {
    const schema = jsonSchemaOf(resolutionsFile, 'resolutions.json');
    expect(schema).toMatchObject({
      title: 'resolutions.json',
      $schema: 'https://json-schema.org/draft/2020-12/schema',
      type: 'array',
    });
  });

  const documented: Array<[string, z.ZodType, Record<string, RegExp>]> = [
    [
      'resolutions',
      resolutionsFile,
      {
        symbol: /symbol/,
        url: /archive/,
        officialRecord: /undocs/,
        adopted: /YYYY-MM-DD/,
        'vote.rollCall': /votes\.json/,
      },
    ],
    ['sources', sourcesFile, { published: /YYYY-MM-DD/, capture: /captured/ }],
    ['timeline', timelineFile, { 'entries.label': /session/ }],
    [
      'votes',
      votesFile,
      {
        symbol: /symbol/,
        adopted: /YYYY-MM-DD/,
        state: /OHCHR/,
        iso3: /3166/,
        status: /single-source/,
        source: /voting record/,
        confirmedBy: /[Ss]ources/,
      },
    ],
    ['statements', statementsFile, { id: /id/, archiveUrl: /archive/ }],
    ['follow-up', followUpFile, { id: /id/, archiveUrl: /archive/ }],
    ['further reading', readingsFile, { id: /id/, archiveUrl: /archive/, voices: /voice/ }],
  ];
  for (const [name, schema, expected] of documented) {
    it(`${name}: says what each field holds where its name does not`, () => {
      const found = descriptions(jsonSchemaOf(schema, name));
      for (const [field, pattern] of Object.entries(expected)) expect(found[field], field).toMatch(pattern);
    });
  }
});

/** The property names of the objects at a path of a JSON Schema (`items.mentions.items`), merged across allOf. */
function fieldsAt(schema: unknown, path: string[]): string[] {
  const s = schema as Record<string, unknown>;
  const parts = [s, ...((s['allOf'] as Array<Record<string, unknown>>) ?? [])];
  if (path.length === 0) return parts.flatMap((p) => Object.keys((p['properties'] as object) ?? {})).sort();
  const [step, ...rest] = path as [string, ...string[]];
  const next = parts
    .map((p) => (step === 'items' ? p['items'] : (p['properties'] as Record<string, unknown> | undefined)?.[step]))
    .find((n) => n !== undefined);
  return fieldsAt(next, rest);
}

describe('the shape of each download', () => {
  it('sources: each mention with its resolutions and how it was identified', () => {
    const schema = jsonSchemaOf(sourcesFile, 'sources.json');
    expect(fieldsAt(schema, ['items', 'mentions', 'items'])).toEqual(['identification', 'resolutions']);
  });

  it('titles: each resolution with its wordings, each wording with its id and its record', () => {
    const schema = jsonSchemaOf(titlesFile, 'titles.json');
    expect(fieldsAt(schema, ['items'])).toEqual(['series', 'slug', 'symbol', 'title', 'wordings']);
    expect(fieldsAt(schema, ['items', 'wordings', 'items'])).toEqual(
      expect.arrayContaining(['id', 'renders', 'lang', 'text', 'publisher', 'issued', 'url']),
    );
    expect(descriptions(schema)['title']).toMatch(/official English title/);
  });

  it('timeline: the vote of a resolution as its three counts', () => {
    const schema = jsonSchemaOf(timelineFile, 'timeline.json');
    expect(fieldsAt(schema, ['entries', 'items', 'vote'])).toEqual(['abstaining', 'against', 'inFavour']);
  });
});

const archiveUrl = 'https://archive.example/statements/#s1';
const statement: StatementRecord = {
  id: 's1',
  archiveUrl,
  resolution: 'A/HRC/RES/37/23',
  date: '2018-03-23',
  speaker: { state: 'Cuba', onBehalfOf: 'ALBA', person: 'A. Person', role: 'Ambassador' },
  stage: 'explanation-of-vote',
  position: 'for',
  summary: 'It supports the text.',
  reportedBy: 'UN News',
  status: 'confirmed',
  sources: ['https://a.example/', 'https://b.example/'],
};

describe('statements, follow-up and further reading as CSV', () => {
  it('statements: one row per statement, every field', () => {
    const { header, rows } = table(
      statementsCsv([statement, { ...statement, id: 's2', speaker: { organisation: 'An NGO' } }]),
    );
    expect(header).toEqual([
      'id',
      'resolution',
      'date',
      'state',
      'organisation',
      'on_behalf_of',
      'person',
      'role',
      'stage',
      'position',
      'summary',
      'reported_by',
      'status',
      'sources',
      'archive_url',
    ]);
    expect(rows[0]).toEqual({
      id: 's1',
      resolution: 'A/HRC/RES/37/23',
      date: '2018-03-23',
      state: 'Cuba',
      organisation: '',
      on_behalf_of: 'ALBA',
      person: 'A. Person',
      role: 'Ambassador',
      stage: 'explanation-of-vote',
      position: 'for',
      summary: 'It supports the text.',
      reported_by: 'UN News',
      status: 'confirmed',
      sources: 'https://a.example/ https://b.example/',
      archive_url: archiveUrl,
    });
    expect(rows[1]).toMatchObject({ id: 's2', state: '', organisation: 'An NGO' });
  });

  it('follow-up: one row per request, the dates it was held where known', () => {
    const held: FollowUpRecord = {
      id: 'f1',
      archiveUrl,
      resolution: 'A/HRC/RES/37/23',
      kind: 'seminar',
      title: 'A seminar',
      request: 'Hold a seminar',
      requestSources: ['https://a.example/'],
      outcome: 'Held',
      held: { date: '2019-06-01', endDate: '2019-06-02' },
      when: 'June 2019',
      document: 'A/HRC/43/1',
      status: 'single-source',
      sources: ['https://a.example/', 'https://b.example/'],
    };
    const { header, rows } = table(followUpCsv([held, { ...held, id: 'f2', held: undefined, document: null }]));
    expect(header).toEqual([
      'id',
      'resolution',
      'kind',
      'title',
      'request',
      'outcome',
      'held',
      'held_until',
      'when',
      'document',
      'status',
      'sources',
      'archive_url',
    ]);
    expect(rows[0]).toEqual({
      id: 'f1',
      resolution: 'A/HRC/RES/37/23',
      kind: 'seminar',
      title: 'A seminar',
      request: 'Hold a seminar',
      outcome: 'Held',
      held: '2019-06-01',
      held_until: '2019-06-02',
      when: 'June 2019',
      document: 'A/HRC/43/1',
      status: 'single-source',
      sources: 'https://a.example/ https://b.example/',
      archive_url: archiveUrl,
    });
    expect(rows[1]).toMatchObject({ id: 'f2', held: '', held_until: '', document: '' });
  });

  it('further reading: one row per text, its creators, resolutions and voices each in one field', () => {
    const reading: ReadingRecord = {
      id: 'r1',
      archiveUrl,
      voices: { 'A/HRC/RES/37/23': 'state-inFavour', 'A/HRC/RES/43/21': 'sponsor' },
      title: 'On cooperation',
      described: true,
      lang: 'en',
      creators: [
        { name: 'Ann Author', role: 'author' },
        { name: 'Bo Writer', role: 'author' },
      ],
      publisher: 'A Journal',
      issued: '2019-05',
      dateInferred: false,
      kind: 'analysis',
      voice: 'state',
      state: 'Cuba',
      resolutions: ['A/HRC/RES/37/23', 'A/HRC/RES/43/21'],
      summary: 'An analysis.',
      url: 'https://journal.example/1',
      sources: [],
    };
    const { header, rows } = table(readingsCsv([reading, { ...reading, id: 'r2', described: false }]));
    expect(header).toEqual([
      'id',
      'title',
      'title_described',
      'language',
      'creators',
      'publisher',
      'issued',
      'kind',
      'voice',
      'state',
      'resolutions',
      'voices',
      'summary',
      'url',
      'archive_url',
    ]);
    expect(rows[0]).toEqual({
      id: 'r1',
      title: 'On cooperation',
      title_described: 'yes',
      language: 'en',
      creators: 'Ann Author; Bo Writer',
      publisher: 'A Journal',
      issued: '2019-05',
      kind: 'analysis',
      voice: 'state',
      state: 'Cuba',
      resolutions: 'A/HRC/RES/37/23 A/HRC/RES/43/21',
      voices: 'A/HRC/RES/37/23: state-inFavour; A/HRC/RES/43/21: sponsor',
      summary: 'An analysis.',
      url: 'https://journal.example/1',
      archive_url: archiveUrl,
    });
    expect(rows[1]?.['title_described']).toBe('no');
  });
});
