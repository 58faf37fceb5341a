/**
 * Astro's redirect pages (the short addresses of lib/address-aliases.ts) are written without passing
 * through the middleware that puts every other page's security policy first (src/middleware.ts): once
 * they are written, each gets the home page's policy, first in its head, and the script that keeps the
 * `#fragment` on the way to the permanent page (see lib/policy-first.ts).
 */
import type { AstroIntegration } from 'astro';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { mapLimit } from '../lib/concurrency.ts';
import { cspHash, keepFragmentScript } from '../lib/inline-scripts.ts';
import { pagePolicy, withFragmentKept, withPolicyFirst } from '../lib/policy-first.ts';

export function policyFirstIntegration(): AstroIntegration {
  let redirectPages: string[] = [];
  return {
    name: 'archive-policy-first',
    hooks: {
      'astro:config:done': ({ config }) => {
        // With `build.format: 'directory'`, /resolutions/37-23 is written as resolutions/37-23/index.html.
        redirectPages = Object.keys(config.redirects).map((from) => join(from, 'index.html'));
      },
      'astro:build:done': async ({ dir }) => {
        const root = fileURLToPath(dir);
        const home = await readFile(join(root, 'index.html'), 'utf8');
        const policy = pagePolicy(home);
        if (policy === undefined) {
          throw new Error('index.html: expected a content-security-policy <meta> to copy to every page; found none');
        }
        await mapLimit(redirectPages, 32, async (name) => {
          const path = join(root, name);
          const html = await readFile(path, 'utf8');
          const moved = withFragmentKept(
            withPolicyFirst(html, policy),
            keepFragmentScript,
            cspHash(keepFragmentScript),
          );
          if (moved !== html) await writeFile(path, moved);
        });
      },
    },
  };
}
