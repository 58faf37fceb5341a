/**
 * Loads the source texts: MDX files whose bodies are plain Markdown (a verbatim text has no JSX).
 * Each body is rendered once, here, by the configured remark pipeline (GFM, mention links), instead
 * of being compiled into a JavaScript module of its own: that is what lets the archive build
 * thousands of texts in seconds. A body that uses MDX syntax fails the build, naming the file.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Loader } from 'astro/loaders';
import { parse } from 'yaml';
import { mdxSyntaxIn, splitFrontmatter } from '../lib/frontmatter.ts';

/** Reads many files with a bounded number in flight, so thousands of small reads overlap. */
async function readAll(paths: readonly string[], inFlight = 64): Promise<string[]> {
  const texts: string[] = new Array(paths.length);
  let next = 0;
  const worker = async () => {
    while (next < paths.length) {
      const index = next;
      next += 1;
      texts[index] = await readFile(paths[index] as string, 'utf8');
    }
  };
  await Promise.all(Array.from({ length: Math.min(inFlight, paths.length) }, worker));
  return texts;
}

export function sourceTexts(options: { base: string }): Loader {
  return {
    name: 'archive-source-texts',
    load: async ({ store, parseData, renderMarkdown, generateDigest, config }) => {
      const dir = resolve(options.base);
      const root = config.root ? new URL(config.root).pathname : process.cwd();
      const files = (await readdir(dir, { recursive: true })).filter((name) => name.endsWith('.mdx')).sort();
      const sources = await readAll(files.map((name) => join(dir, name)));
      const seen = new Set<string>();
      for (const [index, name] of files.entries()) {
        const path = join(dir, name);
        const filePath = relative(root, path);
        const source = sources[index] as string;
        const id = name.replace(/\.mdx$/, '');
        const digest = generateDigest(source);
        seen.add(id);
        // Unchanged since the last build (the store persists in the cache): nothing to parse or render.
        if (store.get(id)?.digest === digest) continue;
        const { frontmatter, body } = splitFrontmatter(source, filePath);
        let raw: unknown;
        try {
          raw = parse(frontmatter);
        } catch (error) {
          throw new Error(`${filePath}: the frontmatter is not valid YAML: ${(error as Error).message}`);
        }
        const syntax = mdxSyntaxIn(body);
        if (syntax) throw new Error(`${filePath}: body: ${syntax}. Source texts are plain text; escape the character with a backslash`);
        const data = await parseData({ id, data: (raw ?? {}) as Record<string, unknown>, filePath });
        const rendered = await renderMarkdown(source, { fileURL: pathToFileURL(path) });
        store.set({ id, data, body, filePath, digest, rendered });
      }
      for (const id of store.keys()) if (!seen.has(id)) store.delete(id);
    },
  };
}
