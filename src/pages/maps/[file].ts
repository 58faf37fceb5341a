import type { APIRoute, GetStaticPaths } from 'astro';
import { sharedMap } from '../../data/world-map.ts';

/** The one file of country shapes every map of the site refers to. */
export const getStaticPaths = (() => [
  { params: { file: sharedMap().path.replace('/maps/', '') } },
]) satisfies GetStaticPaths;

export const GET: APIRoute = () =>
  new Response(sharedMap().svg, { headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' } });
