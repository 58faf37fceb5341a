import { mkdirSync, mkdtempSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { indexSite } from '../../src/search/index-site.ts';
import { INDEX_CHUNK_SIZE_ENV, indexChunkSize } from '../../src/lib/search.ts';

function siteWithTimeline(): string {
  const dir = mkdtempSync(join(tmpdir(), 'archive-pagefind-'));
  mkdirSync(join(dir, 'data'));
  writeFileSync(
    join(dir, 'data', 'timeline.json'),
    JSON.stringify({
      entries: [
        { id: 'session-37', kind: 'session', date: '2018-02-26', endDate: '2018-03-23', title: '37th session' },
      ],
    }),
  );
  writeFileSync(
    join(dir, 'data', 'further-reading.json'),
    JSON.stringify([
      {
        id: 'us-eov',
        archiveUrl: 'https://archive.test/further-reading/#reading-us-eov',
        voices: { 'A/HRC/RES/37/23': 'state-against' },
        title: 'EOV on Mutually Beneficial Cooperation',
        described: false,
        lang: 'en',
        creators: [{ name: 'Jason Mack', series: 'Mack', given: 'Jason', role: 'speaker' }],
        publisher: 'United States Mission to the UN in Geneva',
        issued: '2018-03-23',
        dateInferred: false,
        kind: 'explanation-of-vote',
        voice: 'state',
        state: 'United States',
        resolutions: ['A/HRC/RES/37/23'],
        summary: 'The United States explained its vote against.',
        url: 'https://geneva.usmission.gov/2018/03/23/eov/',
        sources: [],
      },
    ]),
  );
  writeFileSync(
    join(dir, 'data', 'titles.json'),
    JSON.stringify([
      {
        symbol: 'A/HRC/RES/37/23',
        slug: 'a-hrc-res-37-23',
        series: 'cooperation',
        title: 'Promoting mutually beneficial cooperation in the field of human rights',
        wordings: [
          {
            id: 'cooperation-zh-xinhua-2018',
            renders: 'Promoting mutually beneficial cooperation in the field of human rights',
            lang: 'zh',
            text: '在人权领域促进合作共赢',
            publisher: 'Xinhua',
            issued: '2018-03-24',
            about: 'A/HRC/RES/37/23',
            url: 'http://www.xinhuanet.com/2018-03/24/c_1122584321.htm',
          },
        ],
      },
    ]),
  );
  return dir;
}

/** Fragments as Pagefind 1.6 writes them: gzip, its signature, then the record as JSON. */
const pagefindFragments: Record<string, Buffer> = {
  en_new: gzipSync(`pagefind_dcd${JSON.stringify({ url: '/articles/b/', meta: { sort_date: '2021-03-25' } })}`),
  en_old: gzipSync(
    `pagefind_dcd${JSON.stringify({ url: '/timeline/#session-37', meta: { sort_date: '2018-02-26' } })}`,
  ),
  en_state: gzipSync(`pagefind_dcd${JSON.stringify({ url: '/states/ghana/', meta: {} })}`),
};

function fakePagefind(
  overrides: {
    addDirectoryErrors?: string[];
    writeErrors?: string[];
    createErrors?: string[];
    htmlErrors?: string[];
    fragments?: Record<string, Buffer>;
  } = {},
) {
  const index = {
    addDirectory: vi.fn(async () => ({ errors: overrides.addDirectoryErrors ?? [], page_count: 13 })),
    addCustomRecord: vi.fn(async () => ({ errors: [], file: { uniqueWords: 1, url: '', meta: {} } })),
    addHTMLFile: vi.fn(async () => ({
      errors: overrides.htmlErrors ?? [],
      file: { uniqueWords: 1, url: '', meta: {} },
    })),
    writeFiles: vi.fn(async ({ outputPath }: { outputPath: string }) => {
      mkdirSync(join(outputPath, 'fragment'), { recursive: true });
      for (const [id, bytes] of Object.entries(overrides.fragments ?? pagefindFragments))
        writeFileSync(join(outputPath, 'fragment', `${id}.pf_fragment`), bytes);
      return { errors: overrides.writeErrors ?? [], outputPath };
    }),
  };
  return {
    index,
    pagefind: {
      createIndex: vi.fn(async () => ({ errors: overrides.createErrors ?? [], index: index as never })),
      close: vi.fn(async () => null),
    },
  };
}

const logger = { info: vi.fn() };

describe('the Pagefind build step', () => {
  afterEach(() => {
    delete process.env[INDEX_CHUNK_SIZE_ENV];
  });

  it('cuts the index into chunks sized for the site, set before Pagefind starts, unless set by hand', async () => {
    const dir = siteWithTimeline();
    // 60 MB of pages, as a larger archive would build: the chunk grows with the square root.
    mkdirSync(join(dir, 'articles', 'a'), { recursive: true });
    // Sparse files: their size is read, never their bytes. A file other than a page does not count.
    for (const name of ['a/index.html', 'notes.txt']) {
      writeFileSync(join(dir, 'articles', name), '');
      truncateSync(join(dir, 'articles', name), 60_000_000);
    }
    const { pagefind } = fakePagefind();
    let seen: string | undefined;
    pagefind.createIndex.mockImplementationOnce(async () => {
      seen = process.env[INDEX_CHUNK_SIZE_ENV];
      return { errors: [], index: fakePagefind().index as never };
    });
    await indexSite({ dir, pagefind, logger });
    expect(seen).toBe(String(indexChunkSize(60_000_000)));

    process.env[INDEX_CHUNK_SIZE_ENV] = '4000';
    await indexSite({ dir, pagefind: fakePagefind().pagefind, logger });
    expect(process.env[INDEX_CHUNK_SIZE_ENV]).toBe('4000');
  });

  it('indexes the site and its records (timeline, further reading, titles), writes the bundle, and closes', async () => {
    const dir = siteWithTimeline();
    const { pagefind, index } = fakePagefind();
    await expect(indexSite({ dir, pagefind, logger })).resolves.toEqual({ pages: 13, records: 3 });
    expect(index.addDirectory).toHaveBeenCalledWith({ path: dir });
    expect(index.addCustomRecord).toHaveBeenCalledWith(expect.objectContaining({ url: '/timeline/#session-37' }));
    expect(index.addHTMLFile).toHaveBeenCalledWith(
      expect.objectContaining({ url: '/further-reading/#reading-us-eov' }),
    );
    expect(index.addHTMLFile).toHaveBeenCalledWith(
      expect.objectContaining({
        url: '/resolutions/a-hrc-res-37-23/#other-titles',
        content: expect.stringContaining(' 合作共赢'),
      }),
    );
    expect(index.writeFiles).toHaveBeenCalledWith({ outputPath: join(dir, 'pagefind') });
    expect(pagefind.close).toHaveBeenCalled();
    expect(logger.info).toHaveBeenCalledWith(
      expect.stringMatching(
        /^Indexed 13 pages, 1 timeline entries and 2 records of further reading and titles in \d+ ms, in chunks of 1000 word places$/,
      ),
    );
    // The date order, read back from the fragments: records with a date, oldest first.
    expect(JSON.parse(readFileSync(join(dir, 'search', 'date-order.json'), 'utf8'))).toEqual({
      oldestFirst: ['en_old', 'en_new'],
    });
  });

  it('fails the build, naming the file and the field, when the data it reads back is not of its schema', async () => {
    const dir = siteWithTimeline();
    const timeline = join(dir, 'data', 'timeline.json');
    writeFileSync(timeline, readFileSync(timeline, 'utf8').replace('"kind":"session"', '"kind":"meeting"'));
    const { pagefind } = fakePagefind();
    await expect(indexSite({ dir, pagefind, logger })).rejects.toThrow(
      /^The search index failed to read data\/timeline\.json:\n {2}entries\.0\.kind: /,
    );
  });

  it('fails the build, naming the file, when a fragment is not in the format the date order reads', async () => {
    const { pagefind } = fakePagefind({ fragments: { en_odd: gzipSync('{"url":"/x/"}') } });
    await expect(indexSite({ dir: siteWithTimeline(), pagefind, logger })).rejects.toThrow(
      'The search index failed to write the date order:\n  en_odd.pf_fragment: expected a Pagefind 1.6 fragment; found another format',
    );
    expect(pagefind.close).toHaveBeenCalled();
  });

  it('fails the build on an indexing error, and still closes Pagefind', async () => {
    const { pagefind } = fakePagefind({ addDirectoryErrors: ['bad HTML in x.html'] });
    await expect(indexSite({ dir: siteWithTimeline(), pagefind, logger })).rejects.toThrow(
      'The search index failed to index the site:\n  bad HTML in x.html',
    );
    expect(pagefind.close).toHaveBeenCalled();
  });

  it('fails the build, naming the record, when a record of further reading or titles cannot be indexed', async () => {
    const { pagefind } = fakePagefind({ htmlErrors: ['bad record'] });
    await expect(indexSite({ dir: siteWithTimeline(), pagefind, logger })).rejects.toThrow(
      'The search index failed to index the record /further-reading/#reading-us-eov:\n  bad record',
    );
    expect(pagefind.close).toHaveBeenCalled();
  });

  it('fails the build when the index cannot be written or created', async () => {
    await expect(
      indexSite({
        dir: siteWithTimeline(),
        pagefind: fakePagefind({ writeErrors: ['disk full'] }).pagefind,
        logger,
      }),
    ).rejects.toThrow(/failed to write the index:\n {2}disk full/);
    await expect(
      indexSite({
        dir: siteWithTimeline(),
        pagefind: fakePagefind({ createErrors: ['no binary'] }).pagefind,
        logger,
      }),
    ).rejects.toThrow(/failed to create an index/);
  });
});
