/**
 * Builds the Pagefind search index of the written site, and fails on any Pagefind error (the index
 * is part of the site: nothing half-built is published). It runs as a step of its own after
 * `astro build` has exited (scripts/index-search.mjs), so that Pagefind never holds its memory while
 * Astro still holds the whole site's: at 10,000 texts the two together were the build's peak.
 * Indexes the elements marked `data-pagefind-body` (source texts, resolutions, States) and, as
 * records of their own, the sessions and context events of the generated timeline.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type * as PagefindApi from 'pagefind';
import { timelineSearchRecords, type TimelineFile } from '../lib/search.ts';

type Pagefind = Pick<typeof PagefindApi, 'createIndex' | 'close'>;

export interface IndexSiteOptions {
  /** The built site on disk. */
  dir: string;
  pagefind: Pagefind;
  logger: { info(message: string): void };
}

function fail(step: string, errors: readonly string[]): never {
  throw new Error(`Pagefind failed to ${step}:\n  ${errors.join('\n  ')}`);
}

export async function indexSite({
  dir,
  pagefind,
  logger,
}: IndexSiteOptions): Promise<{ pages: number; records: number }> {
  const started = performance.now();
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
  if (!index || errors.length > 0) fail('create an index', errors);
  try {
    const added = await index.addDirectory({ path: dir });
    if (added.errors.length > 0) fail('index the site', added.errors);
    const timeline = JSON.parse(await readFile(join(dir, 'data', 'timeline.json'), 'utf8')) as TimelineFile;
    const records = timelineSearchRecords(timeline);
    for (const record of records) {
      const result = await index.addCustomRecord(record);
      if (result.errors.length > 0) fail(`index the timeline entry ${record.url}`, result.errors);
    }
    const written = await index.writeFiles({ outputPath: join(dir, 'pagefind') });
    if (written.errors.length > 0) fail('write the index', written.errors);
    logger.info(
      `Indexed ${added.page_count} pages and ${records.length} timeline entries in ${Math.round(performance.now() - started)} ms`,
    );
    return { pages: added.page_count, records: records.length };
  } finally {
    await pagefind.close();
  }
}
