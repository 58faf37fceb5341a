/**
 * After the build, every page's security policy goes first in its head, and short addresses keep the
 * `#fragment` on their way to the permanent page (see lib/policy-first.ts); links whose text is their
 * address are marked so that paper prints it once (lib/print-links.ts).
 */
import type { AstroIntegration } from 'astro';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { mapLimit } from '../lib/concurrency.ts';
import { cspHash, keepFragmentScript } from '../lib/inline-scripts.ts';
import { pagePolicy, withFragmentKept, withPolicyFirst } from '../lib/policy-first.ts';
import { markUrlTextLinks } from '../lib/print-links.ts';

export function policyFirstIntegration(): AstroIntegration {
  return {
    name: 'archive-policy-first',
    hooks: {
      'astro:build:done': async ({ dir }) => {
        const root = fileURLToPath(dir);
        const pages = (await readdir(root, { recursive: true })).filter((name) => name.endsWith('.html')).sort();
        const home = await readFile(join(root, 'index.html'), 'utf8');
        const policy = pagePolicy(home);
        if (policy === undefined) {
          throw new Error('index.html: expected a content-security-policy <meta> to copy to every page; found none');
        }
        await mapLimit(pages, 32, async (name) => {
          const path = join(root, name);
          const html = await readFile(path, 'utf8');
          const moved = markUrlTextLinks(
            withFragmentKept(withPolicyFirst(html, policy), keepFragmentScript, cspHash(keepFragmentScript)),
          );
          if (moved !== html) await writeFile(path, moved);
        });
      },
    },
  };
}
