/**
 * A worker thread that turns one source-text file into its frontmatter and rendered HTML. The
 * loader runs several, so the build uses every core for the costliest step of the content layer.
 * Plain Node runs this file (types are stripped), so it imports only what Node can load by itself.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import { pathToFileURL } from 'node:url';
import { createSatteriMarkdownProcessor } from '@astrojs/markdown-satteri';
import { CORE_SCHEMA, load } from 'js-yaml';
import { checkText } from '../lib/content-layout.ts';
import { checkFidelity } from '../lib/fidelity.ts';
import { symbolsWrittenIn } from '../lib/mentions.ts';
import { mdxSyntaxIn, splitFrontmatter, usesComponents, withoutAnnotations } from '../lib/frontmatter.ts';
import { issueProblems, problemLine, type Problem } from '../lib/problems.ts';
import { articleSchema } from '../schemas/article.ts';
import { sourceTextSatteri } from '../markdown/source-text-markdown.ts';
import type { RenderedText, RenderRequest, RenderResponse } from './render-protocol.ts';

const { base, known, allMdx } = workerData as { base: string; known: string[]; allMdx: boolean };
const processor = await createSatteriMarkdownProcessor(sourceTextSatteri(base, new Set(known)));

/**
 * The Markdown renderer prints any error it meets with its stack before passing it on; an error of
 * ours (a mention passage not in the text) is a problem with the content, reported by the loader in
 * the archive's format, so the print is held back and the message freed of the renderer's wrapping.
 */
async function renderQuietly(body: string, frontmatter: Record<string, unknown>, path: string, filePath: string) {
  const print = console.error;
  console.error = () => {};
  try {
    return await processor.render(body, { frontmatter, fileURL: pathToFileURL(path) });
  } catch (error) {
    const message = (error as Error).message
      .replace(/^Failed to parse Markdown file "[^"]*":\s*/, '')
      .replace(/^Error: /, '');
    throw new Error(message.replaceAll(path, filePath), { cause: error });
  } finally {
    console.error = print;
  }
}

/** Problems travel back to the loader as lines of the archive's one format. */
const fail = (problems: readonly Problem[]): never => {
  throw new Error(problems.map(problemLine).join('\n'));
};

async function renderFile({ path, filePath, source }: RenderRequest): Promise<RenderedText> {
  const textProblems = checkText(filePath, source);
  if (textProblems.length > 0) fail(textProblems);
  let split: { frontmatter: string; body: string };
  try {
    split = splitFrontmatter(source, filePath);
  } catch {
    return fail([
      {
        file: filePath,
        field: 'frontmatter',
        message: 'expected YAML frontmatter between --- lines at the top of the file; found none',
      },
    ]);
  }
  const { frontmatter, body } = split;
  let data: unknown;
  try {
    // YAML 1.2's core schema, as the schemas expect: an unquoted date stays text, not a Date.
    data = load(frontmatter, { schema: CORE_SCHEMA, filename: filePath });
  } catch (error) {
    return fail([
      {
        file: filePath,
        field: 'frontmatter',
        message: `expected valid YAML (the frontmatter is not valid YAML); found an error: ${(error as { reason?: string }).reason ?? (error as Error).message}`,
      },
    ]);
  }
  const checked = articleSchema.safeParse(data, { reportInput: true });
  if (!checked.success) fail(issueProblems(filePath, checked.error.issues));
  const syntax = mdxSyntaxIn(body);
  if (syntax)
    fail([
      {
        file: filePath,
        field: 'body',
        message: `${syntax}. Source texts are plain text; escape the character with a backslash`,
      },
    ]);
  const frontmatterData = (data ?? {}) as Record<string, unknown>;
  // A body that uses a component is compiled by @astrojs/mdx when its page is built (as is every body
  // when allMdx is set, to prove the two paths give the same HTML); here its passages are still
  // proved against the capture, through the same pipeline, with the notes left out.
  const mdx = allMdx || usesComponents(body);
  const { code, metadata } = await renderQuietly(
    mdx ? withoutAnnotations(body) : body,
    frontmatterData,
    path,
    filePath,
  );
  // Verbatim by proof: the text the reader will see, against the capture, character for character.
  const capture = checked.data?.capture;
  if (capture) {
    const capturePath = join(dirname(dirname(path)), 'captures', capture.file);
    if (!existsSync(capturePath)) {
      fail([
        {
          file: filePath,
          field: 'capture.file',
          message: `expected a file in content/captures/; found no “${capture.file}” there`,
        },
      ]);
    }
    const captured = await readFile(capturePath, 'utf8');
    const problems = [
      ...checkText(`content/captures/${capture.file}`, captured),
      ...checkFidelity(captured, capture.removed, code).map((p) => ({ file: filePath, ...p })),
    ];
    if (problems.length > 0) fail(problems);
  }
  if (mdx) return { data: frontmatterData, body, mdx: true };
  const { headings, localImagePaths, remoteImagePaths } = metadata;
  return {
    data: frontmatterData,
    mdx: false,
    rendered: {
      html: code,
      metadata: {
        headings,
        localImagePaths,
        remoteImagePaths,
        imagePaths: [...localImagePaths, ...remoteImagePaths],
        symbolsWritten: symbolsWrittenIn(body),
      },
    },
  };
}

parentPort?.on('message', (request: RenderRequest) => {
  renderFile(request).then(
    (result) => parentPort?.postMessage({ id: request.id, result } satisfies RenderResponse),
    (error: unknown) =>
      parentPort?.postMessage({
        id: request.id,
        error: error instanceof Error ? error.message : String(error),
      } satisfies RenderResponse),
  );
});
