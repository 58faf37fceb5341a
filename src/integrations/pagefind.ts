/**
 * Builds the Pagefind search index after Astro has written the site, and fails the build on any
 * Pagefind error (the index is part of the site: nothing half-built is published).
 * Indexes the elements marked `data-pagefind-body` (source texts, resolutions) and, as records of
 * their own, the sessions and context events of the generated timeline.
 */
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type * as PagefindApi from 'pagefind';
import { timelineSearchRecords, type TimelineFile } from '../lib/search.ts';

type Pagefind = Pick<typeof PagefindApi, 'createIndex' | 'close'>;

export interface IndexSiteOptions {
  /** The built site on disk. */
  dir: string;
  pagefind: Pagefind;
  logger: Pick<AstroIntegrationLogger, 'info'>;
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

export function pagefindIntegration(): AstroIntegration {
  return {
    name: 'archive-pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const pagefind = await import('pagefind');
        await indexSite({ dir: fileURLToPath(dir), pagefind, logger });
      },
    },
  };
}
