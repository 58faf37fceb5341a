/**
 * The wiring of the content checks, proved by real `astro build`s: bad content found at each stage
 * (the content check, a body on each render path, the checks between records) ends the build with a
 * non-zero exit, the archive's one message format, and no stack trace. Every kind of mistake is
 * tested in-process, without a build, in tests/unit/bad-content.test.ts.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { astroBuild } from '../support/astro-build.ts';
import { contentRoot, editContent } from '../support/content.ts';

const scratch = mkdtempSync(join(tmpdir(), 'archive-bad-build-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const article = 'articles/2021-03-25-china-champions-win-win-cooperation.mdx';
const plainArticle = 'articles/2018-03-24-un-rights-body-adopts-mutually-beneficial-cooperation.mdx';

function build(name: string, mutate: (dir: string) => void): { status: number | null; output: string } {
  const dir = join(scratch, name);
  cpSync(contentRoot, join(dir, 'content'), { recursive: true });
  mutate(join(dir, 'content'));
  return astroBuild({
    ARCHIVE_CONTENT_DIR: join(dir, 'content'),
    ARCHIVE_OUT_DIR: join(dir, 'dist'),
    ARCHIVE_CACHE_DIR: join(dir, 'cache'),
  });
}

const edit = editContent;

const stages: Array<{ name: string; mutate: (dir: string) => void; lines: string[] }> = [
  {
    name: 'the content check: a series page that imports code',
    mutate: (d) => edit(d, 'series/related.mdx', (t) => `${t}\nimport x from './x.ts'\n`),
    lines: ['series/related.mdx: line '],
  },
  {
    // Both render paths at once: the loader reports every bad text before the build ends.
    name: 'a plain body (Sätteri) and a body with an editor’s note (MDX), neither its capture',
    mutate: (d) => {
      edit(d, plainArticle, (t) => t.replace('GENEVA, March 24, 2018 -- The UN', 'GENEVA, March 24, 2018 -- A UN'));
      edit(d, article, (t) =>
        t.replace('resolution on Tuesday, a representative', 'resolution on Wednesday, a representative'),
      );
    },
    lines: [
      '2018-03-24-un-rights-body-adopts-mutually-beneficial-cooperation.mdx: body: paragraph 1 differs from the capture at character 27',
      '2021-03-25-china-champions-win-win-cooperation.mdx: body: paragraph 16 differs from the capture',
    ],
  },
  {
    // With it, a State the maps cannot place: Gibraltar's code is ISO's, but Natural Earth draws no land for it.
    name: 'the checks between records: a stated position the roll-call contradicts, a State with no shape',
    mutate: (d) => {
      edit(d, 'statements.yaml', (t) =>
        t.replace(/(- id: 37-23-united-states-explanation-of-vote[\s\S]*?)position: against/, '$1position: for'),
      );
      edit(d, 'states.yaml', (t) => t.replace('  iso3: LUX\n', '  iso3: GIB\n'));
    },
    lines: [
      '37-23-united-states-explanation-of-vote.position: expected a position that agrees with the roll-call',
      'states.yaml: luxembourg.iso3: Natural Earth (world-atlas) has no shape for GIB (ISO numeric 292)',
    ],
  },
];

describe('bad content ends a real build', () => {
  // The control, the unchanged content, is built by `npm test` itself (and by the test below, changed slightly).
  it.each(stages)('at $name', ({ name, mutate, lines }) => {
    const { status, output } = build(name.replace(/\W+/g, '-'), mutate);
    expect(status, output).not.toBe(0);
    expect(output).toMatch(/The archive's content has \d+ problems?:\n/);
    for (const line of lines) expect(output).toContain(line);
    // The problem is in the content, not in the code: the reader gets the archive's message, not a stack trace.
    expect(output).not.toContain('Stack trace');
    expect(output).not.toMatch(/\n\s+at .*\(.*:\d+:\d+\)/);
    // Nothing half-built: no page was written.
    expect(() => readFileSync(join(scratch, name.replace(/\W+/g, '-'), 'dist', 'index.html'))).toThrow();
  });
});

describe('a symbol for a resolution the archive does not hold', () => {
  it('is shown as written, unlinked, with a note that links the official record', () => {
    const name = 'unknown-symbol';
    const capture = 'captures/000_363bef6214b8bf8b.txt';
    const { status, output } = build(name, (d) => {
      for (const file of [article, capture])
        edit(d, file, (t) =>
          t.replace(
            'resolution on Tuesday, a representative',
            'resolution on Tuesday, after A/HRC/RES/38/1, a representative',
          ),
        );
    });
    expect(status, output).toBe(0);
    const html = readFileSync(
      join(scratch, name, 'dist/articles/2021-03-25-china-champions-win-win-cooperation/index.html'),
      'utf8',
    );
    expect(html).toContain('resolution on Tuesday, after A/HRC/RES/38/1, a representative');
    expect(html).not.toContain('href="/resolutions/a-hrc-res-38-1/"');
    expect(html).toMatch(/The text also names A\/HRC\/RES\/38\/1, a resolution the archive does not hold yet/);
    expect(html).toContain('href="https://undocs.org/A/HRC/RES/38/1"');
  });
});
