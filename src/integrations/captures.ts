/**
 * Publishes the captures (content/captures/) at /captures/ byte for byte: copied, not rendered, so a
 * reader downloads exactly the file the archive checked its text against, and ten thousand captures
 * cost a file copy each instead of a page render. The dev server serves them from the folder.
 */
import type { AstroIntegration } from 'astro';
import { createReadStream } from 'node:fs';
import { copyFile, mkdir, readdir, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { mapLimit } from '../lib/concurrency.ts';
import { pathWithBase, routes } from '../lib/paths.ts';

const captureName = /^[\w.-]+\.txt$/;

export function capturesIntegration(options: { dir: string }): AstroIntegration {
  const source = resolve(options.dir);
  let prefix = routes.capture('');
  return {
    name: 'archive-captures',
    hooks: {
      'astro:config:done': ({ config }) => {
        prefix = pathWithBase(routes.capture(''), config.base);
      },
      'astro:server:setup': ({ server }) => {
        server.middlewares.use((request, response, next) => {
          // Capture names are plain ([\w.-]), so the raw path is the name: nothing to decode.
          const name = request.url?.startsWith(prefix) ? (request.url.slice(prefix.length).split('?')[0] ?? '') : '';
          if (!captureName.test(name)) return next();
          const path = join(source, name);
          stat(path).then(
            () => {
              response.setHeader('Content-Type', 'text/plain; charset=utf-8');
              createReadStream(path).pipe(response);
            },
            () => next(),
          );
        });
      },
      'astro:build:done': async ({ dir }) => {
        const target = join(fileURLToPath(dir), routes.capture(''));
        await mkdir(target, { recursive: true });
        const names = (await readdir(source)).filter((name) => captureName.test(name));
        // A few copies in flight at once: fs.cp with a filter takes seconds for ten thousand files.
        await mapLimit(names, 16, (name) => copyFile(join(source, name), join(target, name)));
      },
    },
  };
}
