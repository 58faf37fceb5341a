import type { APIRoute } from 'astro';
import { pathWithBase, routes } from '../lib/paths.ts';

/** Everything may be crawled; the sitemap lists every page. */
export const GET: APIRoute = ({ site }) => {
  const sitemap = new URL(pathWithBase(routes.sitemap()), site);
  return new Response(`User-agent: *\nAllow: /\n\nSitemap: ${sitemap.href}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
};
