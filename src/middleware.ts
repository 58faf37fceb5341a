/**
 * Every page as Astro renders it, before it is written: its security policy first in its head
 * (lib/policy-first.ts), and links whose text is their address marked for print (lib/print-links.ts).
 * Done here, on the page in memory, rather than by reading every written page back and writing it
 * again: at 10,000 texts that second pass took 5–6 s. Astro's redirect pages (short addresses) do not
 * pass through here; integrations/policy-first.ts finishes those once they are written.
 */
import { defineMiddleware } from 'astro:middleware';
import { pagePolicy, withPolicyFirst } from './lib/policy-first.ts';
import { markUrlTextLinks } from './lib/print-links.ts';

export const onRequest = defineMiddleware(async (context, next) => {
  const response = await next();
  if (!response.headers.get('content-type')?.startsWith('text/html')) return response;
  const html = await response.text();
  const policy = pagePolicy(html);
  if (policy === undefined)
    throw new Error(`${context.url.pathname}: expected a content-security-policy <meta>; found none`);
  return new Response(markUrlTextLinks(withPolicyFirst(html, policy)), {
    status: response.status,
    headers: response.headers,
  });
});
