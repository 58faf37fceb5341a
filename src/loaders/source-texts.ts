/**
 * Loads the source texts: MDX files whose bodies are plain Markdown (a verbatim text has no JSX).
 * Each body is rendered once, here, by the source-text Markdown pipeline (GFM, mention links), instead
 * of being compiled into a JavaScript module of its own, and the rendering is spread over worker
 * threads: that is what lets the archive build thousands of texts in seconds. A body that uses MDX
 * syntax fails the build, naming the file.
 */
import { readdir, readFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { Loader } from 'astro/loaders';
import { mapLimit } from '../lib/concurrency.ts';
import { stopBuild } from '../lib/problems.ts';
import type { RenderedText, RenderRequest, RenderResponse } from './render-protocol.ts';

/** Texts each worker should have before another is worth its start-up (loading the Markdown pipeline). */
const textsPerWorker = 100;

/** Renders files on worker threads, spread evenly; `close` ends the workers. */
function renderPool(siteBase: string, known: readonly string[], count: number) {
  const size = Math.max(1, Math.min(availableParallelism(), Math.ceil(count / textsPerWorker)));
  const pending = new Map<number, { resolve: (text: RenderedText) => void; reject: (error: Error) => void }>();
  const workers = Array.from({ length: size }, () => {
    const worker = new Worker(new URL('./render-worker.ts', import.meta.url), {
      workerData: { base: siteBase, known, allMdx: process.env['ARCHIVE_ALL_TEXTS_AS_MDX'] === '1' },
    });
    worker.on('message', (response: RenderResponse) => {
      const request = pending.get(response.id);
      pending.delete(response.id);
      if (response.error !== undefined) request?.reject(new Error(response.error));
      else request?.resolve(response.result);
    });
    const failAll = (error: Error) => {
      for (const request of pending.values()) request.reject(error);
      pending.clear();
    };
    worker.on('error', failAll);
    // A worker that dies without an error (out of memory, killed) must not leave the build waiting.
    worker.on('exit', (code) =>
      failAll(new Error(`A Markdown render worker stopped (exit code ${code}) before finishing`)),
    );
    return worker;
  });
  let next = 0;
  return {
    render(request: Omit<RenderRequest, 'id'>): Promise<RenderedText> {
      const id = next;
      next += 1;
      const promise = new Promise<RenderedText>((resolvePromise, reject) =>
        pending.set(id, { resolve: resolvePromise, reject }),
      );
      (workers[id % workers.length] as Worker).postMessage({ ...request, id } satisfies RenderRequest);
      return promise;
    },
    close: () => Promise.all(workers.map((worker) => worker.terminate())),
  };
}

/**
 * `base`: the folder of source texts; `known`: the symbols of the resolutions the archive holds
 * (only these are linked).
 */
export function sourceTextLoader(options: { base: string; known: () => ReadonlySet<string> }): Loader {
  return {
    name: 'archive-source-texts',
    load: async ({ store, parseData, generateDigest, config, logger }) => {
      const dir = resolve(options.base);
      const root = config.root ? new URL(config.root).pathname : process.cwd();
      const files = (await readdir(dir, { recursive: true })).filter((name) => name.endsWith('.mdx')).sort();
      const sources = await mapLimit(files, 64, (name) => readFile(join(dir, name), 'utf8'));
      const ids = files.map((name) => name.replace(/\.mdx$/, ''));
      const digests = sources.map((source) => generateDigest(source));
      // Unchanged since the last build (the store persists in the cache): nothing to parse or render.
      const changed = ids.flatMap((id, index) => (store.get(id)?.digest === digests[index] ? [] : [index]));
      const changedIndexes = new Set(changed);
      ids.forEach((id, index) => {
        const cached = changedIndexes.has(index) ? undefined : store.get(id);
        // An unchanged text compiled as MDX must still be among the modules Astro imports.
        if (cached?.deferredRender && cached.filePath) store.addModuleImport(cached.filePath);
      });
      if (changed.length > 0) {
        const pool = renderPool(config.base, [...options.known()], changed.length);
        // Every file is handed out at once; results are stored in file order, so the store is the same on every build.
        const renders = changed.map((index) => {
          const path = join(dir, files[index] as string);
          const filePath = relative(root, path);
          const promise = pool.render({ path, filePath, source: sources[index] as string });
          return { index, filePath, promise };
        });
        try {
          const settled = await Promise.allSettled(renders.map((r) => r.promise));
          const failures = settled.flatMap((result) =>
            result.status === 'rejected' ? [(result.reason as Error).message] : [],
          );
          if (failures.length > 0) {
            // Every bad file at once, in the archive's format, and no stack trace: the build ends here.
            stopBuild(
              failures.flatMap((message) => message.split('\n')),
              (text) => logger.error(text),
            );
          }
          for (const { index, filePath, promise } of renders) {
            const text = await promise;
            const id = ids[index] as string;
            const data = await parseData({ id, data: text.data, filePath });
            const entry = { id, data, filePath, digest: digests[index] as string };
            // A text that uses a component is compiled by @astrojs/mdx when its page is rendered.
            store.set(
              text.mdx ? { ...entry, body: text.body, deferredRender: true } : { ...entry, rendered: text.rendered },
            );
          }
        } finally {
          await pool.close();
        }
      }
      const seen = new Set(ids);
      for (const id of store.keys()) if (!seen.has(id)) store.delete(id);
    },
  };
}
