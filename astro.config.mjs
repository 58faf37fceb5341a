// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { unified } from '@astrojs/markdown-remark';
import { dirname, join, resolve } from 'node:path';
import tailwindcss from '@tailwindcss/vite';
import { contentDir, diskIsCaseSensitive, heldResolutionSymbols, heldStates } from './src/content-dir.ts';
import { addressAliases } from './src/lib/address-aliases.ts';
import { capturesIntegration } from './src/integrations/captures.ts';
import { contentCheckIntegration } from './src/integrations/content-check.ts';
import { policyFirstIntegration } from './src/integrations/policy-first.ts';
import { inlineScriptHashes } from './src/lib/inline-scripts.ts';
import { sourceTextMarkdown } from './src/markdown/source-text-markdown.ts';

// Everything a deployment may vary comes from the environment, so that tests and the
// benchmark can build the same code against another content folder, base path or output folder.
const base = process.env.ARCHIVE_BASE ?? '/';
const placeholderSite = 'https://hrc-archive.example.org';
const site = process.env.ARCHIVE_SITE ?? placeholderSite;
// A build meant for publishing must know the public origin: canonical links, citations and the feed
// carry it, and a placeholder there would be copied into every reference to the archive.
if (process.env.ARCHIVE_DEPLOY === '1' && site === placeholderSite) {
  throw new Error(
    `ARCHIVE_DEPLOY=1 but ARCHIVE_SITE is not set: expected the public origin (e.g. https://example.github.io), found the placeholder ${placeholderSite}`,
  );
}
// Readers of the published archive must be told where to report an error.
if (process.env.ARCHIVE_DEPLOY === '1' && !process.env.ARCHIVE_REPORT_URL && !process.env.GITHUB_REPOSITORY) {
  throw new Error(
    'ARCHIVE_DEPLOY=1 but ARCHIVE_REPORT_URL is not set: expected where readers report an error (an https: issue form or a mailto: address), found nothing',
  );
}
// Addresses people type or paste lead to the permanent one (src/lib/address-aliases.ts): each a
// static page with a canonical link, so no server rules are needed, and a script that keeps the
// #fragment (src/integrations/policy-first.ts). Capitals are left out where the output disk ignores
// case (macOS by default), since that page would overwrite the permanent one.
const outDir = process.env.ARCHIVE_OUT_DIR ?? './dist';
const redirects = Object.fromEntries(
  addressAliases({
    resolutions: [...heldResolutionSymbols(contentDir)],
    states: heldStates(contentDir),
    capitalsFit: diskIsCaseSensitive(dirname(resolve(outDir))),
  }).map((alias) => [`/${alias.from}`, `${base.replace(/\/$/, '')}/${alias.to}/`]),
);

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  redirects,
  outDir,
  cacheDir: process.env.ARCHIVE_CACHE_DIR ?? './node_modules/.astro',
  build: { format: 'directory', inlineStylesheets: 'never', concurrency: 8 },
  devToolbar: { enabled: false },
  // A strict policy: scripts and styles only from the site itself or hashed by Astro; Pagefind's
  // search additionally needs WebAssembly and its web worker, and nothing more.
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "connect-src 'self'",
        "worker-src 'self' blob:",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"], hashes: inlineScriptHashes(base) },
    },
  },
  markdown: {
    // Source texts hold no code: without a highlighter, no inline styles the CSP would refuse, and no Shiki start-up.
    syntaxHighlight: false,
    // Source texts are rendered by the content loader's workers with this same pipeline.
    processor: unified(sourceTextMarkdown(base, heldResolutionSymbols(contentDir))),
  },
  integrations: [
    contentCheckIntegration({ dir: contentDir }),
    mdx(),
    sitemap({ filter: (page) => !page.includes('/timeline/') || /\/timeline\/$/.test(page) }),
    capturesIntegration({ dir: join(contentDir, 'captures') }),
    policyFirstIntegration(),
  ],
  vite: { plugins: [tailwindcss()] },
});
