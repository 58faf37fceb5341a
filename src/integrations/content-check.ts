/**
 * Reads every file of content/ once before Astro does, with the archive's own rules, and stops the
 * build on the first look at bad content: files in places the build does not read, a byte-order
 * mark, an empty file, YAML that does not parse, a list where a map is expected, a record that its
 * schema refuses. Every problem is printed in one format (file, field, expected, found), without a
 * stack trace, and the build ends before anything is written.
 */
import type { AstroIntegration } from 'astro';
import { readdir, readFile } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import { CORE_SCHEMA, DEFAULT_SCHEMA, load, YAMLException } from 'js-yaml';
import type { z } from 'zod';
import { checkLayout, checkText, keyedFiles, listFiles, type KeyedFile } from '../lib/content-layout.ts';
import { splitFrontmatter } from '../lib/frontmatter.ts';
import { describeValue, issueProblems, stopBuild, type Problem } from '../lib/problems.ts';
import { draftingSchema } from '../schemas/drafting.ts';
import { eventSchema } from '../schemas/event.ts';
import { followUpSchema } from '../schemas/follow-up.ts';
import { otherTitleSchema } from '../schemas/other-title.ts';
import { readingSchema } from '../schemas/reading.ts';
import { statementSchema } from '../schemas/statement.ts';
import { resolutionSchema } from '../schemas/resolution.ts';
import { seriesSchema } from '../schemas/series.ts';
import { seriesIds } from '../schemas/series.ts';
import { checkSeriesBody } from '../markdown/series-body.ts';
import { sessionSchema } from '../schemas/session.ts';
import { stateSchema } from '../schemas/state.ts';

/** The schema of each keyed file's records, and what one record is called in messages. */
const keyedSchemas: Record<KeyedFile, { schema: z.ZodType; record: string; key?: string }> = {
  'sessions.yaml': { schema: sessionSchema, record: 'session', key: '"35": { parts: …, sources: … }' },
  'states.yaml': { schema: stateSchema, record: 'State', key: 'united-kingdom: { name: …, iso3: … }' },
  'drafting.yaml': { schema: draftingSchema, record: 'resolution', key: 'a-hrc-res-37-23: { draftRecord: … }' },
  'events.yaml': { schema: eventSchema, record: 'event' },
  'statements.yaml': { schema: statementSchema, record: 'statement' },
  'follow-up.yaml': { schema: followUpSchema, record: 'follow-up record' },
  'further-reading.yaml': { schema: readingSchema, record: 'text' },
  'titles.yaml': { schema: otherTitleSchema, record: 'title' },
};

type Parsed = { ok: true; data: unknown } | { ok: false; problem: Problem };

/**
 * Where a YAML reader that knows timestamps (Astro's own loaders) would find a date where the archive
 * reads text: a date written without quotes. Refused, so that every reader of the file agrees.
 */
function unquotedDates(value: unknown, path: string[] = []): string[] {
  if (value instanceof Date) return [path.join('.')];
  if (Array.isArray(value))
    return value.flatMap((item, i) => unquotedDates(item, [...path.slice(0, -1), `${path.at(-1) ?? ''}[${i}]`]));
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([key, item]) => unquotedDates(item, [...path, key]));
  return [];
}

function parseYaml(file: string, text: string): Parsed {
  try {
    const data = load(text, { schema: CORE_SCHEMA, filename: file });
    const dates = unquotedDates(load(text, { schema: DEFAULT_SCHEMA }));
    if (dates.length > 0) {
      return {
        ok: false,
        problem: {
          file,
          field: dates[0] as string,
          message:
            "expected a date in quotes, e.g. '2021-05-28' (YAML reads an unquoted date as a timestamp); found an unquoted date",
        },
      };
    }
    return { ok: true, data };
  } catch (error) {
    const mark = error instanceof YAMLException ? error.mark : undefined;
    const where = mark ? `line ${mark.line + 1}, column ${mark.column + 1}` : '(file)';
    const reason = error instanceof YAMLException ? error.reason : String(error);
    return { ok: false, problem: { file, field: where, message: `expected valid YAML; found an error: ${reason}` } };
  }
}

const isMap = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
function validate(file: string, schema: z.ZodType, data: unknown, prefix: readonly PropertyKey[] = []): Problem[] {
  const result = schema.safeParse(data, { reportInput: true });
  return result.success
    ? []
    : issueProblems(
        file,
        result.error.issues.map((issue) => ({ ...issue, path: [...prefix, ...issue.path] })),
      );
}

/** Every problem in the content folder `dir`; files are named as `content/…` (the folder's own name). */
export async function checkContent(dir: string): Promise<Problem[]> {
  const root = resolve(dir);
  const label = basename(root);
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  const paths = entries
    .filter((e) => e.isFile())
    .map((e) =>
      join(e.parentPath, e.name)
        .slice(root.length + 1)
        .split('\\')
        .join('/'),
    );
  const problems = checkLayout(paths, label);
  const refused = new Set(problems.map((p) => p.file));
  const seriesPages = new Set<string>();
  const named = (path: string) => `${label}/${path}`;
  const read = async (path: string) => {
    const text = await readFile(join(root, path), 'utf8');
    const found = checkText(named(path), text);
    problems.push(...found);
    return found.length === 0 ? text : undefined;
  };

  for (const path of paths.filter((p) => !refused.has(named(p)))) {
    const [top, name] = path.split('/');
    if (name === undefined) continue;
    // Source texts and captures are read by their own loaders, which apply the same text rules: at
    // thousands of files, reading them twice would cost the build.
    if (top === 'resolutions') {
      const text = await read(path);
      if (text === undefined) continue;
      const parsed = parseYaml(named(path), text);
      if (!parsed.ok) problems.push(parsed.problem);
      else if (!isMap(parsed.data))
        problems.push({
          file: named(path),
          field: '(file)',
          message: `expected a map of fields (symbol: …, title: …); found ${describeValue(parsed.data)}`,
        });
      else problems.push(...validate(named(path), resolutionSchema, parsed.data));
    } else if (top === 'series') {
      const text = await read(path);
      if (text === undefined) continue;
      try {
        const { frontmatter, body } = splitFrontmatter(text, named(path));
        const parsed = parseYaml(named(path), frontmatter);
        if (!parsed.ok) problems.push(parsed.problem);
        else problems.push(...validate(named(path), seriesSchema, parsed.data));
        const stem = name.replace(/\.mdx$/, '');
        const series = parsed.ok && isMap(parsed.data) ? parsed.data['series'] : undefined;
        seriesPages.add(stem);
        if (typeof series === 'string' && series !== stem)
          problems.push({
            file: named(path),
            field: 'series',
            message: `expected the series the file is named for, “${stem}” (its page would replace that of “${series}”); found “${series}”`,
          });
        // The body starts after the frontmatter and its two --- lines.
        const offset = frontmatter.split('\n').length + 2;
        for (const problem of checkSeriesBody(body, offset))
          problems.push({
            file: named(path),
            field: problem.line ? `line ${problem.line}` : 'body',
            message: problem.message,
          });
      } catch (error) {
        problems.push({
          file: named(path),
          field: 'frontmatter',
          message: (error as Error).message.replace(`${named(path)}: `, ''),
        });
      }
    }
  }

  for (const series of seriesIds.filter((f) => !seriesPages.has(f)))
    problems.push({
      file: named(`series/${series}.mdx`),
      field: '(file)',
      message: `expected a page for the series “${series}”, which resolutions name and pages link to; found none`,
    });

  for (const name of keyedFiles) {
    if (!paths.includes(name)) {
      problems.push({ file: named(name), field: '(file)', message: 'expected this file; found none' });
      continue;
    }
    const text = await read(name);
    if (text === undefined) continue;
    const parsed = parseYaml(named(name), text);
    if (!parsed.ok) {
      problems.push(parsed.problem);
      continue;
    }
    const data = parsed.data;
    const { schema, record, key } = keyedSchemas[name];
    if (listFiles.includes(name)) {
      if (!Array.isArray(data)) {
        problems.push({
          file: named(name),
          field: '(file)',
          message: `expected a list of records, each with an id; found ${describeValue(data)}`,
        });
        continue;
      }
      const ids = new Map<string, number>();
      data.forEach((item, i) => {
        const id = isMap(item) && typeof item['id'] === 'string' ? item['id'] : undefined;
        if (!id) {
          problems.push({
            file: named(name),
            field: `[${i}].id`,
            message: `expected an id for each ${record}; found ${describeValue(isMap(item) ? item['id'] : item)}`,
          });
          return;
        }
        if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id))
          problems.push({
            file: named(name),
            field: `[${i}].id`,
            message: `expected an id of lowercase words and numbers joined by hyphens (it becomes a link); found “${id}”`,
          });
        const earlier = ids.get(id);
        if (earlier !== undefined)
          problems.push({
            file: named(name),
            field: `[${i}].id`,
            message: `expected a unique id; found “${id}”, already the id of ${record} [${earlier}]`,
          });
        ids.set(id, i);
        const { id: _id, ...rest } = item as Record<string, unknown>;
        problems.push(...validate(named(name), schema, rest, [id]));
      });
      continue;
    }
    if (!isMap(data)) {
      problems.push({
        file: named(name),
        field: '(file)',
        message: `expected a map keyed by id (${key ?? 'id: { … }'}); found ${describeValue(data)}`,
      });
      continue;
    }
    for (const [id, value] of Object.entries(data)) {
      if (name === 'sessions.yaml') {
        if (!/^[1-9]\d*$/.test(id))
          problems.push({
            file: named(name),
            field: id,
            message: `expected the session's number as its key (e.g. "35"); found “${id}”`,
          });
      } else if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id)) {
        problems.push({
          file: named(name),
          field: id,
          message: `expected the slug of the ${record}'s page as its key (lowercase words joined by hyphens); found “${id}”`,
        });
      }
      problems.push(...validate(named(name), schema, value, [id]));
    }
  }
  return problems;
}

export function contentCheckIntegration(options: { dir: string }): AstroIntegration {
  return {
    name: 'archive-content-check',
    hooks: {
      'astro:config:setup': async ({ logger, command }) => {
        if (command === 'preview') return;
        const problems = await checkContent(options.dir);
        if (problems.length > 0) stopBuild(problems, (text) => logger.error(text));
      },
    },
  };
}
