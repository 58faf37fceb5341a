/**
 * A worker thread that turns one source-text file into its frontmatter and rendered HTML. The
 * loader runs several, so the build uses every core for the costliest step of the content layer.
 * Plain Node runs this file (types are stripped), so it imports only what Node can load by itself.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { pathToFileURL } from 'node:url';
import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { CORE_SCHEMA, load } from 'js-yaml';
import { mdxSyntaxIn, splitFrontmatter } from '../lib/frontmatter.ts';
import { sourceTextMarkdown } from '../remark/source-text-markdown.ts';
import type { RenderedText, RenderRequest, RenderResponse } from './render-protocol.ts';

const { base } = workerData as { base: string };
const processor = await createMarkdownProcessor({ ...sourceTextMarkdown(base), syntaxHighlight: false });

async function renderFile({ path, filePath, source }: RenderRequest): Promise<RenderedText> {
  const { frontmatter, body } = splitFrontmatter(source, filePath);
  let data: unknown;
  try {
    // YAML 1.2's core schema, as the schemas expect: an unquoted date stays text, not a Date.
    data = load(frontmatter, { schema: CORE_SCHEMA, filename: filePath });
  } catch (error) {
    throw new Error(`${filePath}: the frontmatter is not valid YAML: ${(error as Error).message}`);
  }
  const syntax = mdxSyntaxIn(body);
  if (syntax) throw new Error(`${filePath}: body: ${syntax}. Source texts are plain text; escape the character with a backslash`);
  const frontmatterData = (data ?? {}) as Record<string, unknown>;
  const { code, metadata } = await processor.render(body, { frontmatter: frontmatterData, fileURL: pathToFileURL(path) });
  return {
    data: frontmatterData,
    body,
    rendered: { html: code, metadata: { ...metadata, imagePaths: [...metadata.localImagePaths, ...metadata.remoteImagePaths] } },
  };
}

parentPort?.on('message', (request: RenderRequest) => {
  renderFile(request).then(
    (result) => parentPort?.postMessage({ id: request.id, result } satisfies RenderResponse),
    (error: unknown) => parentPort?.postMessage({ id: request.id, error: error instanceof Error ? error.message : String(error) } satisfies RenderResponse),
  );
});
