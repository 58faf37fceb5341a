/**
 * What the build would say of a content folder, found without a build: the same checks, in the same
 * order, called in-process (the content check, each source text through its render path, the checks
 * between records). A build stops at the first stage with problems; so does this.
 */
import { createSatteriMarkdownProcessor } from '@astrojs/markdown-satteri';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CORE_SCHEMA, load } from 'js-yaml';
import type { z } from 'zod';
import { checkContent } from '../../src/integrations/content-check.ts';
import { archiveProblems, type ContentRecords, type Entry } from '../../src/lib/archive-checks.ts';
import { keyedFiles, listFiles } from '../../src/lib/content-layout.ts';
import { heldResolutionSymbols } from '../../src/content-dir.ts';
import { problemLine } from '../../src/lib/problems.ts';
import { splitFrontmatter } from '../../src/lib/frontmatter.ts';
import { renderSourceText, type BodyRenderers } from '../../src/loaders/render-text.ts';
import { sourceTextMdxTree, sourceTextSatteri } from '../../src/markdown/source-text-markdown.ts';
import { sourceTextSchema } from '../../src/schemas/source-text.ts';
import { draftingSchema } from '../../src/schemas/drafting.ts';
import { eventSchema } from '../../src/schemas/event.ts';
import { followUpSchema } from '../../src/schemas/follow-up.ts';
import { otherTitleSchema } from '../../src/schemas/other-title.ts';
import { readingSchema } from '../../src/schemas/reading.ts';
import { resolutionSchema } from '../../src/schemas/resolution.ts';
import { sessionSchema } from '../../src/schemas/session.ts';
import { stateSchema } from '../../src/schemas/state.ts';
import { statementSchema } from '../../src/schemas/statement.ts';

const yaml = (path: string) => load(readFileSync(path, 'utf8'), { schema: CORE_SCHEMA });

function keyedEntries<S extends z.ZodType>(dir: string, file: (typeof keyedFiles)[number], schema: S) {
  const data = yaml(join(dir, file));
  const pairs: Array<[string, unknown]> = (listFiles as readonly string[]).includes(file)
    ? (data as Array<{ id: string }>).map(({ id, ...rest }) => [id, rest])
    : Object.entries(data as Record<string, unknown>);
  return pairs.map(([id, value]) => ({ id, filePath: `content/${file}`, data: schema.parse(value) as z.output<S> }));
}

/** Every problem line the build would print for the content folder `dir`, or none. */
export async function contentProblems(
  dir: string,
  buildDate = new Date().toISOString().slice(0, 10),
): Promise<string[]> {
  const checked = await checkContent(dir);
  if (checked.length > 0) return checked.map(problemLine);

  const known = heldResolutionSymbols(dir);
  const satteri = await createSatteriMarkdownProcessor(sourceTextSatteri('/', known));
  const renderers: BodyRenderers = {
    html: (body, frontmatter, fileURL) => satteri.render(body, { frontmatter, fileURL }),
    mdxTree: (body, frontmatter, path) => sourceTextMdxTree(body, { frontmatter, path, base: '/', known }),
  };
  const failures: string[] = [];
  const sourceTexts: Array<Entry<z.output<typeof sourceTextSchema>>> = [];
  for (const name of sourceTextFiles(dir)) {
    const path = join(dir, 'articles', name);
    const filePath = `content/articles/${name}`;
    try {
      const text = await renderSourceText({ path, filePath, source: readFileSync(path, 'utf8') }, renderers);
      sourceTexts.push({ id: name.replace(/\.mdx$/, ''), filePath, data: sourceTextSchema.parse(text.data) });
    } catch (error) {
      failures.push(...(error as Error).message.split('\n'));
    }
  }
  if (failures.length > 0) return failures;

  return archiveProblems(contentRecords(dir, sourceTexts), buildDate).map(problemLine);
}

const sourceTextFiles = (dir: string) =>
  readdirSync(join(dir, 'articles'))
    .filter((name) => name.endsWith('.mdx'))
    .sort();

/** The collections as the content layer would hold them; `sourceTexts`, if given, as rendering left them. */
export function contentRecords(dir: string, sourceTexts?: ContentRecords['sourceTexts']): ContentRecords {
  const resolutionFiles = readdirSync(join(dir, 'resolutions')).filter((name) => /\.ya?ml$/.test(name));
  return {
    sourceTexts:
      sourceTexts ??
      sourceTextFiles(dir).map((name) => ({
        id: name.replace(/\.mdx$/, ''),
        filePath: `content/articles/${name}`,
        data: sourceTextSchema.parse(
          load(splitFrontmatter(readFileSync(join(dir, 'articles', name), 'utf8'), name).frontmatter, {
            schema: CORE_SCHEMA,
          }),
        ),
      })),
    resolutions: resolutionFiles.map((name) => ({
      id: name.replace(/\.ya?ml$/, ''),
      filePath: `content/resolutions/${name}`,
      data: resolutionSchema.parse(yaml(join(dir, 'resolutions', name))),
    })),
    sessions: keyedEntries(dir, 'sessions.yaml', sessionSchema),
    events: keyedEntries(dir, 'events.yaml', eventSchema),
    states: keyedEntries(dir, 'states.yaml', stateSchema),
    statements: keyedEntries(dir, 'statements.yaml', statementSchema),
    drafting: keyedEntries(dir, 'drafting.yaml', draftingSchema),
    followUp: keyedEntries(dir, 'follow-up.yaml', followUpSchema),
    readings: keyedEntries(dir, 'further-reading.yaml', readingSchema),
    titles: keyedEntries(dir, 'titles.yaml', otherTitleSchema),
  };
}
