import type { APIRoute, GetStaticPaths } from 'astro';
import { citationSources } from '../../data/citation-sources.ts';
import { ris } from '../../lib/citations.ts';

/** One RIS file per resolution and source text, for reference managers. */
export const getStaticPaths = (async () => {
  const sources = await citationSources();
  return sources.map((source) => ({ params: { key: source.key }, props: { source } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(ris((props as { source: Parameters<typeof ris>[0] }).source), {
    headers: { 'Content-Type': 'application/x-research-info-systems; charset=utf-8' },
  });
