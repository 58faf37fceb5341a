/**
 * One source-text file to its frontmatter and rendered body, with every check a text must pass: the
 * file's bytes, its frontmatter against the schema, a body that is plain text, and the verbatim proof
 * against its capture, on the tree of the path that will render it (Sätteri's HTML for a plain body,
 * @mdx-js/mdx's tree for a body with an editor's note). The worker threads run this; tests call it
 * directly, on both paths.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Root } from 'hast';
import { CORE_SCHEMA, load } from 'js-yaml';
import { checkText, decodeCapture } from '../lib/content-layout.ts';
import { checkAnnotations, checkFidelity, htmlTree } from '../lib/fidelity.ts';
import { symbolsWrittenIn } from '../lib/mentions.ts';
import { mdxSyntaxIn, splitFrontmatter, usesComponents } from '../lib/frontmatter.ts';
import { issueProblems, problemLine, type Problem } from '../lib/problems.ts';
import { sourceTextSchema } from '../schemas/source-text.ts';
import type { RenderedText, RenderRequest } from './render-protocol.ts';

/** The two renderers of a body: Sätteri's HTML, and the tree @mdx-js/mdx builds (as @astrojs/mdx will). */
export interface BodyRenderers {
  html(
    body: string,
    frontmatter: Record<string, unknown>,
    fileURL: URL,
  ): Promise<{
    code: string;
    metadata: { headings: RenderedHeading[]; localImagePaths: string[]; remoteImagePaths: string[] };
  }>;
  mdxTree(body: string, frontmatter: Record<string, unknown>, path: string): Promise<Root>;
}

interface RenderedHeading {
  depth: number;
  slug: string;
  text: string;
}

/** Problems travel as one error whose lines are the archive's one format. */
const fail = (problems: readonly Problem[]): never => {
  throw new Error(problems.map(problemLine).join('\n'));
};

/**
 * A renderer prints any error it meets with its stack before passing it on; an error of ours (a
 * mention passage not in the text) is a problem with the content, reported in the archive's format,
 * so the print is held back and the message freed of the renderer's wrapping.
 */
async function quietly<T>(render: () => Promise<T>, path: string, filePath: string): Promise<T> {
  const print = console.error;
  console.error = () => {};
  try {
    return await render();
  } catch (error) {
    const message = (error as Error).message
      .replace(/^Failed to parse Markdown file "[^"]*":\s*/, '')
      .replace(/^Error: /, '');
    throw new Error(message.replaceAll(path, filePath), { cause: error });
  } finally {
    console.error = print;
  }
}

function parseFrontmatter(source: string, filePath: string): { data: unknown; body: string } {
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
  try {
    // YAML 1.2's core schema, as the schemas expect: an unquoted date stays text, not a Date.
    return { data: load(split.frontmatter, { schema: CORE_SCHEMA, filename: filePath }), body: split.body };
  } catch (error) {
    return fail([
      {
        file: filePath,
        field: 'frontmatter',
        message: `expected valid YAML (the frontmatter is not valid YAML); found an error: ${(error as { reason?: string }).reason ?? (error as Error).message}`,
      },
    ]);
  }
}

async function readCapture(path: string, filePath: string, file: string): Promise<string> {
  const capturePath = join(dirname(dirname(path)), 'captures', file);
  if (!existsSync(capturePath)) {
    fail([
      {
        file: filePath,
        field: 'capture.file',
        message: `expected a file in content/captures/; found no “${file}” there`,
      },
    ]);
  }
  const bytes = await readFile(capturePath);
  const { text, problems } = decodeCapture(`content/captures/${file}`, bytes);
  if (problems.length > 0) fail(problems);
  return text;
}

/** `allMdx`: render every body on the MDX path, to prove the two paths give the same page. */
export async function renderSourceText(
  { path, filePath, source }: Omit<RenderRequest, 'id'>,
  renderers: BodyRenderers,
  allMdx = false,
): Promise<RenderedText> {
  const textProblems = checkText(filePath, source);
  if (textProblems.length > 0) fail(textProblems);
  const { data, body } = parseFrontmatter(source, filePath);
  const checked = sourceTextSchema.safeParse(data, { reportInput: true });
  if (!checked.success) fail(issueProblems(filePath, checked.error.issues));
  const syntax = mdxSyntaxIn(body);
  if (syntax) fail([{ file: filePath, field: 'body', message: syntax }]);
  const frontmatter = (data ?? {}) as Record<string, unknown>;
  const capture = checked.data?.capture;
  // A body that uses a component is compiled by @astrojs/mdx when its page is built; the proof reads
  // the tree that compiler builds from it, notes left out.
  const mdx = allMdx || usesComponents(body);
  let rendered: Awaited<ReturnType<BodyRenderers['html']>> | undefined;
  let tree: Root;
  if (mdx) {
    tree = await quietly(() => renderers.mdxTree(body, frontmatter, path), path, filePath);
  } else {
    rendered = await quietly(() => renderers.html(body, frontmatter, pathToFileURL(path)), path, filePath);
    tree = htmlTree(rendered.code);
  }
  const problems: Problem[] = checkAnnotations(tree).map((p) => ({ file: filePath, ...p }));
  if (capture) {
    const captured = await readCapture(path, filePath, capture.file);
    problems.push(...checkFidelity(captured, capture.removed, tree).map((p) => ({ file: filePath, ...p })));
  }
  if (problems.length > 0) fail(problems);
  if (rendered === undefined) return { data: frontmatter, body, mdx: true };
  const { headings, localImagePaths, remoteImagePaths } = rendered.metadata;
  return {
    data: frontmatter,
    mdx: false,
    rendered: {
      html: rendered.code,
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
