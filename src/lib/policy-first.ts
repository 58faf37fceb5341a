/**
 * A security policy given in a `<meta>` governs only what follows it, so it must come first in
 * `<head>`, right after the character set (which the parser must meet in the first bytes). Astro
 * writes it after the head's other elements, the theme script among them, and the short-address pages
 * it generates carry none; the built pages are put right here.
 */

const policyMeta = /<meta http-equiv="content-security-policy" content="[^"]*">/i;
const charsetMeta = /<meta charset="utf-8">/i;

/** The policy of a built page, or undefined when it has none. */
export function pagePolicy(html: string): string | undefined {
  return policyMeta.exec(html)?.[0];
}

/**
 * The page with its policy first in `<head>`: its own where it has one, otherwise `policy` (a page
 * Astro writes without one, such as a short address that leads to a resolution's permanent one).
 */
export function withPolicyFirst(html: string, policy: string): string {
  const own = pagePolicy(html);
  const rest = own === undefined ? html : html.replace(own, '');
  const charset = charsetMeta.exec(rest);
  if (charset) return rest.replace(charset[0], `${charset[0]}${own ?? policy}`);
  // A page without a character set (Astro's redirect pages) gets one, then the policy, at the very top.
  const doctype = /^<!doctype html>/i.exec(rest);
  const at = doctype ? doctype[0].length : 0;
  return `${rest.slice(0, at)}<meta charset="utf-8">${own ?? policy}${rest.slice(at)}`;
}

const refreshMeta = /<meta http-equiv="refresh" content="0;url=[^"]*">/i;

/**
 * A short address's page with the script that keeps the `#fragment` on the way to the permanent page,
 * right after the refresh it reads, and the script's hash in that page's policy alone (no other page
 * carries the script, so no other page's policy names it); any other page as it is.
 */
export function withFragmentKept(html: string, script: string, hash: string): string {
  const refresh = refreshMeta.exec(html);
  const tag = `<script>${script}</script>`;
  if (!refresh || html.includes(tag)) return html;
  const allowed = html.replace(
    /(<meta http-equiv="content-security-policy" content="[^"]*script-src [^;"]*)/i,
    `$1 '${hash}'`,
  );
  return allowed.replace(refresh[0], `${refresh[0]}${tag}`);
}
