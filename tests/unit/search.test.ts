import { describe, expect, it } from 'vitest';
import {
  dateOrder,
  filterSlug,
  orderByDate,
  SORT_DATE_META,
  parseSort,
  readSearchState,
  searchFilterValues,
  symbolAliases,
  pagefindQuery,
  shortNamePins,
  pinFirst,
  onlyStopWords,
  stateVoteAnchors,
  atStateVote,
  timelineSearchRecords,
  writeSearchState,
  cjkSearchWords,
  readingSearchPages,
  titleSearchPages,
  indexChunkSize,
} from '../../src/lib/search.ts';
import type { TimelineEntry } from '../../src/lib/timeline.ts';

const entries: TimelineEntry[] = [
  {
    id: 'session-37',
    kind: 'session',
    date: '2018-02-26',
    endDate: '2018-03-23',
    title: '37th regular session of the Human Rights Council',
  },
  {
    id: 'a-hrc-res-37-23',
    kind: 'resolution',
    date: '2018-03-23',
    title: 'Promoting…',
    series: 'cooperation',
    symbol: 'A/HRC/RES/37/23',
  },
  { id: 'text-x', kind: 'source-text', date: '2021-03-25', title: 'China champions…', detail: 'ecns.cn' },
  {
    id: 'event-y',
    kind: 'event',
    date: '2022-10-06',
    title: 'Council rejects a draft decision',
    detail: '17 in favour',
  },
];
const values = searchFilterValues(entries);

describe('search records for the timeline', () => {
  it('indexes sessions and events only, each opening the timeline at its entry, relative to the site like a page', () => {
    const records = timelineSearchRecords({ entries });
    expect(records.map((r) => r.url)).toEqual(['/timeline/#session-37', '/timeline/#event-y']);
    expect(records[0]).toMatchObject({
      meta: {
        title: '37th regular session of the Human Rights Council',
        date: '26 February–23 March 2018',
        [SORT_DATE_META]: '2018-02-26',
      },
      filters: { type: ['Session or event'], year: ['2018'] },
    });
    expect(records[1]?.content).toContain('17 in favour');
    expect(records[0]?.content).toBe('37th regular session of the Human Rights Council. 26 February–23 March 2018. ');
  });
});

describe('search records for what a resolution set in motion', () => {
  it('indexes follow-up under its own type, its text the title, the date and the detail as sentences', () => {
    const [record] = timelineSearchRecords({
      entries: [
        { id: 'follow-up-1', kind: 'follow-up', date: '2019-06-01', title: 'A seminar', detail: 'Held in Geneva' },
        { id: 'text-x', kind: 'source-text', date: '2021-03-25', title: 'China champions…' },
        { id: 'res', kind: 'resolution', date: '2018-03-23', title: 'Promoting…' },
      ],
    });
    expect(record).toEqual({
      url: '/timeline/#follow-up-1',
      content: 'A seminar. 1 June 2019. Held in Geneva',
      language: 'en',
      meta: {
        title: 'A seminar',
        date: '1 June 2019',
        kind: 'Set in motion by a resolution',
        [SORT_DATE_META]: '2019-06-01',
      },
      filters: { type: ['Set in motion by a resolution'], year: ['2019'] },
    });
  });
});

describe('filters in the URL', () => {
  it("lists each filter's values from the entries", () => {
    expect(values).toEqual({
      type: [
        'Source text',
        'Resolution',
        'State',
        'Session or event',
        'Further reading',
        'Set in motion by a resolution',
      ],
      year: ['2018', '2021', '2022'],
      series: ['Mutually beneficial cooperation'],
      publisher: ['ecns.cn'],
    });
  });

  it('lists the years and the series by name in order, whatever the order of the entries', () => {
    const unordered = searchFilterValues([
      { id: 'b', kind: 'resolution', date: '2022-01-01', title: 'B', series: 'related' },
      { id: 'a', kind: 'resolution', date: '2019-01-01', title: 'A', series: 'development' },
    ]);
    expect(unordered.year).toEqual(['2019', '2022']);
    expect(unordered.series).toEqual(['Development', 'Other China-led resolution']);
  });

  it('writes readable slugs', () => {
    expect(filterSlug('Source text')).toBe('source-text');
    expect(filterSlug('Mutually beneficial cooperation')).toBe('mutually-beneficial-cooperation');
    expect(filterSlug('ecns.cn')).toBe('ecns-cn');
    expect(filterSlug(' Set in motion:  by a resolution! ')).toBe('set-in-motion-by-a-resolution');
  });

  it('reads the series filter under its former name, family, so links shared before the rename still filter', () => {
    expect(readSearchState('?q=vaccines&family=mutually-beneficial-cooperation', values)).toEqual({
      query: 'vaccines',
      filters: { series: ['Mutually beneficial cooperation'] },
    });
    expect(writeSearchState({ query: 'vaccines', filters: { series: ['Mutually beneficial cooperation'] } })).toBe(
      '?q=vaccines&series=mutually-beneficial-cooperation',
    );
  });

  it('round-trips a search through the URL', () => {
    const state = { query: 'vaccines', filters: { type: ['Source text'], year: ['2021'] } };
    const url = writeSearchState(state);
    expect(url).toBe('?q=vaccines&type=source-text&year=2021');
    expect(readSearchState(url, values)).toEqual(state);
  });

  it('writes equal searches as equal addresses, whatever order the filters were chosen in', () => {
    const one = writeSearchState({
      query: 'vaccines',
      filters: { year: ['2021', '2018'], type: ['Source text', 'Resolution'] },
    });
    const other = writeSearchState({
      query: 'vaccines',
      filters: { type: ['Resolution', 'Source text'], year: ['2018', '2021'] },
    });
    expect(one).toBe('?q=vaccines&type=resolution&type=source-text&year=2018&year=2021');
    expect(other).toBe(one);
    // Sorting the filters leaves the chosen values themselves alone.
    const chosen = { type: ['Source text', 'Resolution'] };
    writeSearchState({ query: '', filters: chosen });
    expect(chosen.type).toEqual(['Source text', 'Resolution']);
  });

  it('ignores unknown filters and values, and caps the query', () => {
    expect(readSearchState(`?q=${'a'.repeat(900)}&type=nonsense&colour=red`, values)).toEqual({
      query: 'a'.repeat(500),
      filters: {},
    });
  });

  it('writes at most 500 characters of a pasted wall of text into the address', () => {
    const wall = 'mutually beneficial cooperation '.repeat(100);
    const written = new URLSearchParams(writeSearchState({ query: wall, filters: {} })).get('q');
    expect(written).toBe(wall.slice(0, 500));
  });

  it('reads an address without a query as an empty one', () => {
    expect(readSearchState('?type=source-text', values)).toEqual({ query: '', filters: { type: ['Source text'] } });
  });

  it('writes nothing for an empty search', () => {
    expect(writeSearchState({ query: ' ', filters: {} })).toBe('');
  });

  it('reads the order', () => {
    expect(parseSort('date-desc')).toEqual({ date: 'desc' });
    expect(parseSort('date-asc')).toEqual({ date: 'asc' });
    expect(parseSort('relevance')).toBeUndefined();
  });
});

describe('the query Pagefind is asked', () => {
  it('matches a lone word of up to three letters as a whole word, and leaves every other query as typed', () => {
    expect(pagefindQuery('UK')).toBe('"UK"');
    expect(pagefindQuery(' in ')).toBe('"in"');
    expect(pagefindQuery('a')).toBe('"a"');
    expect(pagefindQuery('英国')).toBe('"英国"');
    expect(pagefindQuery('Inda')).toBe('Inda');
    expect(pagefindQuery('UK vote')).toBe('UK vote');
    expect(pagefindQuery('L.36')).toBe('L.36');
    expect(pagefindQuery('46')).toBe('46');
  });
});

describe('symbol aliases', () => {
  it('gives every form readers type, and the draft symbol', () => {
    expect(symbolAliases('A/HRC/RES/37/23', 'A/HRC/37/L.36')).toEqual([
      '37/23',
      'res 37/23',
      'HRC 37/23',
      'HRC res 37/23',
      'HRC/RES/37/23',
      'resolution 37/23',
      'A/HRC/37/L.36',
      'L.36',
    ]);
  });

  it('takes the draft symbol out of a longer note', () => {
    expect(symbolAliases('A/HRC/RES/49/19', 'A/HRC/49/L.28 (as orally revised)').slice(-2)).toEqual([
      'A/HRC/49/L.28',
      'L.28',
    ]);
    expect(symbolAliases('A/HRC/RES/41/19', null)).toHaveLength(6);
    expect(symbolAliases('A/HRC/RES/41/19', 'not given')).toHaveLength(6);
    expect(symbolAliases('A/HRC/RES/43/21', 'A/HRC/43/L.31/Rev.12').slice(-2)).toEqual([
      'A/HRC/43/L.31/Rev.12',
      'L.31/Rev.12',
    ]);
  });
});

describe('the date order', () => {
  const order = dateOrder([
    { id: 'en_state', url: '/states/ghana/' },
    { id: 'en_b', url: '/articles/b/', date: '2018-03-23' },
    { id: 'en_session', url: '/timeline/#session-37', date: '2018-02-26' },
    { id: 'en_a', url: '/articles/a/', date: '2018-03-23' },
    { id: 'en_late', url: '/articles/late/', date: '2024-03-29' },
  ]);

  it('lists the records with a date, oldest first, the same day by address', () => {
    expect(order.oldestFirst).toEqual(['en_session', 'en_a', 'en_b', 'en_late']);
  });

  it('orders results either way, and keeps records without a date after them, by relevance', () => {
    const results = ['en_state', 'en_b', 'en_other', 'en_late', 'en_session'].map((id) => ({ id }));
    const ids = (direction: 'asc' | 'desc') => orderByDate(results, order, direction).map((r) => r.id);
    expect(ids('desc')).toEqual(['en_late', 'en_b', 'en_session', 'en_state', 'en_other']);
    expect(ids('asc')).toEqual(['en_session', 'en_b', 'en_late', 'en_state', 'en_other']);
    expect(results.map((r) => r.id)).toEqual(['en_state', 'en_b', 'en_other', 'en_late', 'en_session']);
  });
});

describe('records for further reading and titles in other languages', () => {
  it('finds a run of Chinese characters anywhere in a title, since the index splits words at spaces', () => {
    expect(cjkSearchWords('在人权领域促进合作共赢')).toEqual([
      '在人权领域促进合作共赢',
      '人权领域促进合作共赢',
      '权领域促进合作共赢',
      '领域促进合作共赢',
      '域促进合作共赢',
      '促进合作共赢',
      '进合作共赢',
      '合作共赢',
      '作共赢',
      '共赢',
    ]);
    expect(cjkSearchWords('Promotion de la coopération')).toEqual([]);
    expect(cjkSearchWords('人権分野における協力・ウィンウィン')).toContain('ウィンウィン');
  });

  it("opens a title's wording where a page shows it: the resolution it was about, else its series", () => {
    const pages = titleSearchPages([
      {
        symbol: 'A/HRC/RES/37/23',
        slug: 'a-hrc-res-37-23',
        series: 'cooperation',
        title: 'Promoting mutually beneficial cooperation in the field of human rights',
        wordings: [{ text: '合作共赢', about: 'A/HRC/RES/37/23' }, { text: '互利合作' }],
      },
      {
        symbol: 'A/HRC/RES/43/21',
        slug: 'a-hrc-res-43-21',
        series: 'cooperation',
        title: 'Promoting mutually beneficial cooperation in the field of human rights',
        wordings: [{ text: '互利合作' }],
      },
    ]);
    expect(pages.map((p) => p.url)).toEqual([
      '/resolutions/a-hrc-res-37-23/#other-titles',
      '/series/cooperation/#other-titles',
    ]);
    expect(pages[0]?.html).toContain('合作共赢 作共赢 共赢');
    expect(pages[0]?.html).not.toContain('互利合作');
    // Only the wordings are searched: the symbol and the English title are the page's own.
    expect(pages[0]?.html).toContain('data-pagefind-meta="label:A/HRC/RES/37/23: Promoting');
    expect(pages[0]?.html).not.toMatch(/<p[^>]*>[^<]*Promoting/);
    expect(pages[0]?.html).toContain('<p data-pagefind-weight="0.5">');
    expect(pages[1]?.html.match(/互利合作/g)).toHaveLength(1);
    expect(pages[1]?.html).not.toContain('合作共赢');
    expect(pages[1]?.html).toContain(
      'data-pagefind-meta="label:Series: Promoting mutually beneficial cooperation in the field of human rights"',
    );
    expect(pages[1]?.html).toContain('<span data-pagefind-meta="kind:Series: its title in other languages"></span>');
    expect(pages[0]?.html).toContain(
      '<span data-pagefind-meta="kind:Resolution: its title in other languages"></span>',
    );
    expect(pages[0]?.html).toContain('<span data-pagefind-filter="type:Resolution"></span>');
    const [spanish, ...seriesPages] = titleSearchPages([
      {
        symbol: 'A/HRC/RES/37/23',
        slug: 'a-hrc-res-37-23',
        series: 'cooperation',
        title: 'Promoting',
        wordings: [{ text: 'Cooperación "mutuamente" beneficiosa & <más>', about: 'A/HRC/RES/37/23' }],
      },
    ]);
    expect(spanish?.url).toBe('/resolutions/a-hrc-res-37-23/#other-titles');
    // No wording of the series itself: no series page.
    expect(seriesPages).toEqual([]);
    expect(spanish?.html).toContain(
      '<p data-pagefind-weight="0.5">Cooperación &quot;mutuamente&quot; beneficiosa &amp; &lt;más&gt;</p>',
    );
  });

  it('makes each text of further reading a page of its own, weighted below the pages it is about', () => {
    const [page] = readingSearchPages([
      {
        id: 'japan-eov',
        title: 'Explanation of Vote on A/HRC/43/L.31/Rev.1 <draft>',
        creators: [{ name: 'Ken Okaniwa' }],
        publisher: 'Permanent Mission of Japan in Geneva',
        issued: '2020-06-22',
        summary: 'Japan explained its vote against.',
      },
    ]);
    expect(page?.url).toBe('/further-reading/#reading-japan-eov');
    expect(page?.html).toBe(
      '<!doctype html><html lang="en"><body><main data-pagefind-body>' +
        '<span data-pagefind-meta="label:Explanation of Vote on A/HRC/43/L.31/Rev.1 &lt;draft&gt;"></span>' +
        '<span data-pagefind-meta="date:2020-06-22"></span>' +
        '<span data-pagefind-meta="kind:Further reading: Permanent Mission of Japan in Geneva"></span>' +
        `<span data-pagefind-meta="${SORT_DATE_META}:2020-06-22"></span>` +
        '<span data-pagefind-filter="type:Further reading"></span><span data-pagefind-filter="year:2020"></span>' +
        '<p data-pagefind-weight="0.05">Explanation of Vote on … &lt;draft&gt;. Ken Okaniwa. Permanent Mission of Japan in Geneva. Japan explained its vote against</p>' +
        '</main></body></html>',
    );
    const [several] = readingSearchPages([
      {
        id: 'y',
        title: "The U.N. and 'win-win'",
        creators: [{ name: 'A. Writer' }, { name: 'B. Writer' }],
        publisher: 'A Journal',
        summary: 'On the U.N. votes.',
        issued: '2021-05',
      },
    ]);
    expect(several?.html).toContain(
      '>The U.N. and &#39;win-win&#39;. A. Writer, B. Writer. A Journal. On the U.N. votes</p>',
    );
    const [undated] = readingSearchPages([
      { id: 'x', title: 'T', creators: [], publisher: 'P', summary: 'S.', issued: '2020' },
    ]);
    expect(undated?.html).not.toContain(SORT_DATE_META);
    expect(undated?.html).toContain('year:2020');
    expect(undated?.html).toContain('<p data-pagefind-weight="0.05">T. P. S</p>');
    const [bare] = readingSearchPages([
      {
        id: 'z',
        title: 'On HRC/RES/46/13 and A/HRC/RES/37/23',
        creators: [],
        publisher: 'P',
        summary: 'S',
        issued: '2020',
      },
    ]);
    expect(bare?.html).toContain('>On … and …. P. S</p>');
  });
});

describe('short State names and stop words', () => {
  it('pins each Latin or Cyrillic name of up to three letters to its State, and a name two States share to neither', () => {
    expect(
      shortNamePins([
        { slug: 'united-kingdom', names: ['United Kingdom', 'UK', 'RU', '英国'] },
        { slug: 'united-states', names: ['United States', 'US', 'США', 'USA'] },
        { slug: 'russian-federation', names: ['Russia', 'RU'] },
      ]),
    ).toEqual({
      uk: '/states/united-kingdom/',
      us: '/states/united-states/',
      сша: '/states/united-states/',
      usa: '/states/united-states/',
    });
  });

  it('moves the pinned page first where it is among the results, and leaves the order alone otherwise', () => {
    const results = [{ url: '/a/' }, { url: '/b/' }, { url: '/c/' }];
    expect(pinFirst(results, '/c/').map((r) => r.url)).toEqual(['/c/', '/a/', '/b/']);
    expect(pinFirst(results, '/a/').map((r) => r.url)).toEqual(['/a/', '/b/', '/c/']);
    expect(pinFirst(results, '/z/').map((r) => r.url)).toEqual(['/a/', '/b/', '/c/']);
    expect(pinFirst(results, undefined).map((r) => r.url)).toEqual(['/a/', '/b/', '/c/']);
  });

  it('knows a query of stop words only', () => {
    expect(onlyStopWords('the of and')).toBe(true);
    expect(onlyStopWords('The')).toBe(true);
    expect(onlyStopWords('the right to development')).toBe(false);
    expect(onlyStopWords('37/23')).toBe(false);
    expect(onlyStopWords('')).toBe(false);
  });
});

describe('a resolution found by a State’s name opens at its vote', () => {
  const anchors = stateVoteAnchors([
    { names: ['Congo'], anchor: 'vote-congo' },
    { names: ['Democratic Republic of the Congo', 'Congo (DRC)'], anchor: 'vote-democratic-republic-of-the-congo' },
    { names: ["Côte d'Ivoire", 'Ivory Coast'], anchor: 'vote-cote-d-ivoire' },
  ]);

  it('keys each name as lower-case words', () => {
    expect(anchors).toEqual({
      congo: 'vote-congo',
      'democratic republic of the congo': 'vote-democratic-republic-of-the-congo',
      'congo drc': 'vote-democratic-republic-of-the-congo',
      "côte d'ivoire": 'vote-cote-d-ivoire',
      'ivory coast': 'vote-cote-d-ivoire',
    });
  });

  it('adds the anchor of the longest name the query holds whole, to resolution pages only', () => {
    expect(atStateVote('/resolutions/a-hrc-res-46-13/', 'Congo', anchors)).toBe(
      '/resolutions/a-hrc-res-46-13/#vote-congo',
    );
    expect(atStateVote('/resolutions/a-hrc-res-46-13/?pagefind-highlight=ivory', 'ivory coast vote', anchors)).toBe(
      '/resolutions/a-hrc-res-46-13/?pagefind-highlight=ivory#vote-cote-d-ivoire',
    );
    expect(atStateVote('/hrc/resolutions/a-hrc-res-46-13/', 'Democratic Republic of the Congo', anchors)).toBe(
      '/hrc/resolutions/a-hrc-res-46-13/#vote-democratic-republic-of-the-congo',
    );
    expect(atStateVote('/resolutions/a-hrc-res-46-13/', 'Congolese', anchors)).toBe('/resolutions/a-hrc-res-46-13/');
    expect(atStateVote('/states/congo/', 'Congo', anchors)).toBe('/states/congo/');
    expect(atStateVote('/resolutions/a-hrc-res-46-13/#other-titles', 'Congo', anchors)).toBe(
      '/resolutions/a-hrc-res-46-13/#other-titles',
    );
  });
});

describe('indexChunkSize', () => {
  it('grows with the square root of the site, between 1,000 and 20,000 word places', () => {
    // 120 bytes of HTML a word place; the best chunk is √(places × 13 ÷ 1.5).
    expect(indexChunkSize(120 * 150_000)).toBe(1140);
    expect(indexChunkSize(120 * 600_000)).toBe(2280);
    expect(indexChunkSize(5_000_000)).toBe(1000);
    expect(indexChunkSize(120 * 50_000_000)).toBe(20_000);
    expect(indexChunkSize(120 * 46_153_846)).toBe(20_000);
    expect(indexChunkSize(120 * 46_000_000)).toBe(19_967);
  });
});
