import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';

/** Each capture is published unedited, so anyone can check the archive's text against it. */
export const getStaticPaths = (async () => {
  const captures = await getCollection('captures');
  return captures.map((capture) => ({ params: { name: capture.id.replace(/\.txt$/, '') }, props: { text: capture.data.text } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => new Response((props as { text: string }).text, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
