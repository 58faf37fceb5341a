/**
 * Builds the Pagefind search index of the written site, and fails on any Pagefind error (the index
 * is part of the site: nothing half-built is published). It runs as a step of its own after
 * `astro build` has exited (scripts/index-search.mjs), so that Pagefind never holds its memory while
 * Astro still holds the whole site's: at 10,000 texts the two together were the build's peak.
 * Indexes the elements marked `data-pagefind-body` (source texts, resolutions, States) and, as
 * records of their own, the sessions, context events and follow-up of the generated timeline, the
 * texts of further reading, and each resolution's titles in other languages.
 */
import { mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import type * as PagefindApi from 'pagefind';
import { mapLimit } from '../lib/concurrency.ts';
import {
  DATE_ORDER_FILE,
  dateOrder,
  INDEX_CHUNK_SIZE_ENV,
  indexChunkSize,
  readingSearchPages,
  SORT_DATE_META,
  timelineSearchRecords,
  titleSearchPages,
} from '../lib/search.ts';
import { readingsFile, titlesFile } from '../lib/open-data.ts';
import { timelineFile } from '../schemas/timeline-entry.ts';
import type { z } from 'zod';

type Pagefind = Pick<typeof PagefindApi, 'createIndex' | 'close'>;

export interface IndexSiteOptions {
  /** The built site on disk. */
  dir: string;
  pagefind: Pagefind;
  logger: { info(message: string): void };
}

function fail(step: string, errors: readonly string[]): never {
  throw new Error(`The search index failed to ${step}:\n  ${errors.join('\n  ')}`);
}

/** Pagefind's fragment files: gzip, a 12-byte signature, then the record as JSON. */
const FRAGMENT_SIGNATURE = 'pagefind_dcd';

/**
 * Writes the date order of the records (see DATE_ORDER_FILE), read back from the fragments Pagefind
 * has just written: a fragment's name is the id a search result carries.
 */
async function writeDateOrder(dir: string): Promise<void> {
  const fragments = join(dir, 'pagefind', 'fragment');
  const names = (await readdir(fragments)).filter((name) => name.endsWith('.pf_fragment'));
  const records = await mapLimit(names, 16, async (name) => {
    const raw = gunzipSync(await readFile(join(fragments, name)));
    if (raw.subarray(0, FRAGMENT_SIGNATURE.length).toString() !== FRAGMENT_SIGNATURE) {
      fail('write the date order', [`${name}: expected a Pagefind 1.6 fragment; found another format`]);
    }
    const fragment = JSON.parse(raw.subarray(FRAGMENT_SIGNATURE.length).toString()) as {
      url: string;
      meta: Record<string, string>;
    };
    return { id: name.slice(0, -'.pf_fragment'.length), url: fragment.url, date: fragment.meta[SORT_DATE_META] };
  });
  const file = join(dir, DATE_ORDER_FILE);
  await mkdir(dirname(file), { recursive: true });
  await writeFile(file, JSON.stringify(dateOrder(records)));
}

/** The bytes of every HTML page of the built site: the measure of the site the index's chunks are cut for. */
async function htmlBytes(dir: string): Promise<number> {
  const pages = (await readdir(dir, { recursive: true })).filter((name) => name.endsWith('.html'));
  const sizes = await mapLimit(pages, 64, async (name) => (await stat(join(dir, name))).size);
  return sizes.reduce((sum, size) => sum + size, 0);
}

export async function indexSite({
  dir,
  pagefind,
  logger,
}: IndexSiteOptions): Promise<{ pages: number; records: number }> {
  const started = performance.now();
  // Read by Pagefind's process, which the first call below starts with this environment; a value
  // already set (to compare chunk sizes by hand) is kept.
  process.env[INDEX_CHUNK_SIZE_ENV] ??= String(indexChunkSize(await htmlBytes(dir)));
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
  if (!index || errors.length > 0) fail('create an index', errors);
  try {
    const added = await index.addDirectory({ path: dir });
    if (added.errors.length > 0) fail('index the site', added.errors);
    // Read back as the build wrote them, and checked against the schemas they were written from.
    const data = async <S extends z.ZodType>(file: string, schema: S): Promise<z.output<S>> => {
      const parsed = schema.safeParse(JSON.parse(await readFile(join(dir, 'data', file), 'utf8')));
      if (!parsed.success)
        fail(
          `read data/${file}`,
          parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`),
        );
      return parsed.data as z.output<S>;
    };
    const records = timelineSearchRecords(await data('timeline.json', timelineFile));
    for (const record of records) {
      const result = await index.addCustomRecord(record);
      if (result.errors.length > 0) fail(`index the record ${record.url}`, result.errors);
    }
    const pages = [
      ...readingSearchPages(await data('further-reading.json', readingsFile)),
      ...titleSearchPages(await data('titles.json', titlesFile)),
    ];
    for (const page of pages) {
      const result = await index.addHTMLFile({ url: page.url, content: page.html });
      if (result.errors.length > 0) fail(`index the record ${page.url}`, result.errors);
    }
    const written = await index.writeFiles({ outputPath: join(dir, 'pagefind') });
    if (written.errors.length > 0) fail('write the index', written.errors);
    await writeDateOrder(dir);
    logger.info(
      `Indexed ${added.page_count} pages, ${records.length} timeline entries and ${pages.length} records of further reading and titles in ${Math.round(performance.now() - started)} ms, in chunks of ${process.env[INDEX_CHUNK_SIZE_ENV]} word places`,
    );
    return { pages: added.page_count, records: records.length + pages.length };
  } finally {
    await pagefind.close();
  }
}
