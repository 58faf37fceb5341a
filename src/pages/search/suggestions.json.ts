import type { APIRoute } from 'astro';
import { getArchive } from '../../data/archive.ts';
import { suggestionList } from '../../data/suggestions.ts';

/** Fetched by the search page only when a search finds nothing. */
export const GET: APIRoute = async () =>
  new Response(JSON.stringify(suggestionList(await getArchive())), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
