/** Reads the archive's content files directly, independently of Astro, for tests to compare against. */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CORE_SCHEMA, load } from 'js-yaml';

export const contentRoot = join(import.meta.dirname, '..', '..', 'content');

export interface SourceTextFile {
  file: string;
  slug: string;
  frontmatter: {
    title: string;
    type: string;
    originalUrl: string;
    published: { date: string };
    capture: { file: string; removed: Array<{ line: number; text: string; kind: string }> };
    mentions: Array<{ resolutions: string[]; passage?: string }>;
  };
  body: string;
}

export function readSourceTexts(root = contentRoot): SourceTextFile[] {
  const dir = join(root, 'articles');
  return readdirSync(dir)
    .filter((name) => name.endsWith('.mdx'))
    .sort()
    .map((name) => {
      const source = readFileSync(join(dir, name), 'utf8');
      const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(source);
      if (!match) throw new Error(`${name}: no frontmatter`);
      return {
        file: name,
        slug: name.replace(/\.mdx$/, ''),
        frontmatter: load(match[1] as string, { schema: CORE_SCHEMA }) as SourceTextFile['frontmatter'],
        body: match[2] as string,
      };
    });
}

export function readCapture(file: string, root = contentRoot): string {
  return readFileSync(join(root, 'captures', file), 'utf8');
}

// The files' own shape is what the tests compare, so it is read untyped.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function readResolutions(root = contentRoot): Array<Record<string, any>> {
  const dir = join(root, 'resolutions');
  return readdirSync(dir)
    .filter((name) => name.endsWith('.yaml'))
    .sort()
    .map((name) => ({
      file: name,
      ...(load(readFileSync(join(dir, name), 'utf8'), { schema: CORE_SCHEMA }) as Record<string, unknown>),
    }));
}

export interface StateFileRecord {
  slug: string;
  name: string;
  iso3: string;
}

export function readStates(root = contentRoot): StateFileRecord[] {
  const map = load(readFileSync(join(root, 'states.yaml'), 'utf8'), { schema: CORE_SCHEMA }) as Record<
    string,
    { name: string; iso3: string }
  >;
  return Object.entries(map).map(([slug, s]) => ({ slug, ...s }));
}

export const voteGroupsInFiles = ['inFavour', 'against', 'abstaining', 'notVoting'] as const;
export type GroupInFile = (typeof voteGroupsInFiles)[number];

export interface ExpectedVote {
  symbol: string;
  adopted: string;
  series: string;
  state: StateFileRecord;
  group: GroupInFile;
  confirmedBy: string[];
  record: string;
}

/** Every per-State vote, read straight from the resolution and States files: what the pages and downloads must show. */
export function expectedVotes(root = contentRoot): ExpectedVote[] {
  const byName = new Map(readStates(root).map((s) => [s.name, s]));
  return readResolutions(root)
    .filter((r) => r.vote.rollCall)
    .flatMap((r) =>
      voteGroupsInFiles.flatMap((group) =>
        (r.vote.rollCall[group] ?? []).map((name: string) => {
          const state = byName.get(name);
          if (!state) throw new Error(`${r.symbol}: ${name} is not in states.yaml`);
          const confirmedBy = (r.vote.rollCall.confirmations ?? [])
            .filter((c: { covers?: string; vote?: string; states?: string[] }) =>
              c.covers === 'every-vote-cast' ? group !== 'notVoting' : c.vote === group && c.states?.includes(name),
            )
            .map((c: { source: string }) => c.source);
          return {
            symbol: r.symbol,
            adopted: r.adopted.value,
            series: r.series,
            state,
            group,
            confirmedBy,
            record: r.vote.rollCall.record,
          };
        }),
      ),
    );
}

/** Every YAML content file's text, for telling a name as written from words run together. */
export function readContentText(root = contentRoot): string {
  const files = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
      entry.isDirectory()
        ? files(join(dir, entry.name))
        : entry.name.endsWith('.yaml')
          ? [readFileSync(join(dir, entry.name), 'utf8')]
          : [],
    );
  return files(root).join('\n');
}

/** Changes one file of a copy of content/; a change that changes nothing would prove nothing, so it throws. */
export function editContent(dir: string, file: string, change: (text: string) => string): void {
  const path = join(dir, file);
  const before = readFileSync(path, 'utf8');
  const after = change(before);
  if (after === before) throw new Error(`The mutation of ${file} changed nothing; the test would prove nothing`);
  writeFileSync(path, after);
}
