// The build's second step (npm run build): indexes the site Astro has just written for search, in a
// process of its own once Astro's has ended and released its memory. Fails, naming the step, on any
// Pagefind error.
import { resolve } from 'node:path';
import * as pagefind from 'pagefind';
import { indexSite } from '../src/search/index-site.ts';

const dir = resolve(process.env.ARCHIVE_OUT_DIR ?? 'dist');
try {
  await indexSite({ dir, pagefind, logger: { info: (message) => console.log(`[search index] ${message}`) } });
} catch (error) {
  console.error(`[search index] ${dir}: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
