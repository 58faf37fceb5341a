/**
 * A worker thread that turns source-text files into their frontmatter and rendered HTML (see
 * render-text.ts). The loader runs several, so the build uses every core for the costliest step of
 * the content layer. Plain Node runs this file (types are stripped), so it imports only what Node can
 * load by itself.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { createSatteriMarkdownProcessor } from '@astrojs/markdown-satteri';
import { sourceTextMdxTree, sourceTextSatteri } from '../markdown/source-text-markdown.ts';
import type { RenderRequest, RenderResponse } from './render-protocol.ts';
import { renderSourceText, type BodyRenderers } from './render-text.ts';

const { base, known, allMdx } = workerData as { base: string; known: string[]; allMdx: boolean };
const knownSymbols = new Set(known);
const processor = await createSatteriMarkdownProcessor(sourceTextSatteri(base, knownSymbols));
const renderers: BodyRenderers = {
  html: (body, frontmatter, fileURL) => processor.render(body, { frontmatter, fileURL }),
  mdxTree: (body, frontmatter, path) => sourceTextMdxTree(body, { frontmatter, path, base, known: knownSymbols }),
};

parentPort?.on('message', (request: RenderRequest) => {
  renderSourceText(request, renderers, allMdx).then(
    (result) => parentPort?.postMessage({ id: request.id, result } satisfies RenderResponse),
    (error: unknown) =>
      parentPort?.postMessage({
        id: request.id,
        error: error instanceof Error ? error.message : String(error),
      } satisfies RenderResponse),
  );
});
