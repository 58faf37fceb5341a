import type { APIRoute } from 'astro';
import { getArchive } from '../../data/archive.ts';
import type { TimelineFile } from '../../lib/search.ts';

/** The generated timeline as data: the same entries the timeline page shows, in the same order. */
export const GET: APIRoute = async () => {
  const { timeline } = await getArchive();
  const file: TimelineFile = { entries: timeline };
  return new Response(JSON.stringify(file, null, 2), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
