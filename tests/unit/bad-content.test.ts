/**
 * Bad content must stop the build with a message naming the file, the field and what was expected.
 * Each case copies content/ to a temporary folder, breaks one thing, and runs the build's checks on
 * it in-process, in the build's order (tests/support/content-problems.ts); a few real builds in
 * tests/builds/ prove the wiring: the exit code, the one message format, no stack trace.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { draftResolution } from '../../src/lib/drafts.ts';
import { contentRoot, editContent } from '../support/content.ts';
import { contentProblems } from '../support/content-problems.ts';

const scratch = mkdtempSync(join(tmpdir(), 'archive-bad-content-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const article = 'articles/2021-03-25-china-champions-win-win-cooperation.mdx';
const plainArticle = 'articles/2018-03-24-un-rights-body-adopts-mutually-beneficial-cooperation.mdx';
const resolution = 'resolutions/a-hrc-res-37-23.yaml';

async function problemsAfter(name: string, mutate: (dir: string) => void): Promise<string[]> {
  const dir = join(scratch, name, 'content');
  cpSync(contentRoot, dir, { recursive: true });
  mutate(dir);
  return contentProblems(dir);
}

const edit = editContent;

interface BadCase {
  name: string;
  mutate: (dir: string) => void;
  /** Every one of these must appear in the build's output: the file, the field, what was expected. */
  expected: string[];
}

const cases: BadCase[] = [
  {
    name: 'a resolution drafted with npm run add:resolution and not filled in',
    mutate: (d) => {
      const draft = draftResolution(readFileSync(join(d, 'templates/resolution.yaml'), 'utf8'), 'A/HRC/RES/50/1');
      writeFileSync(join(d, 'resolutions', draft.fileName), draft.yaml);
    },
    expected: [
      "content/resolutions/a-hrc-res-50-1.yaml: title: expected the title itself; found the drafting tool's placeholder",
      'content/resolutions/a-hrc-res-50-1.yaml: adopted.value: expected a real calendar date',
      "content/resolutions/a-hrc-res-50-1.yaml: adopted.sources[0]: expected the address of a real source; found an example address, the template's placeholder",
      "content/resolutions/a-hrc-res-50-1.yaml: keyPoints[0].text: expected the editor's own words; found the drafting tool's placeholder",
      "content/resolutions/a-hrc-res-50-1.yaml: confidence: expected the editor's own words",
      'content/resolutions/a-hrc-res-50-1.yaml: vote.description:',
    ],
  },
  {
    name: 'one word of a plain body changed',
    mutate: (d) =>
      edit(d, plainArticle, (t) => t.replace('GENEVA, March 24, 2018 -- The UN', 'GENEVA, March 24, 2018 -- A UN')),
    expected: [
      '2018-03-24-un-rights-body-adopts-mutually-beneficial-cooperation.mdx: body: paragraph 1 differs from the capture at character 27',
    ],
  },
  {
    name: 'two texts proved against one capture',
    mutate: (d) =>
      edit(d, plainArticle, (t) => t.replace('file: 001_43a991ee3840c5d2.txt', 'file: 000_363bef6214b8bf8b.txt')),
    expected: ['2018-03-24-un-rights-body-adopts-mutually-beneficial-cooperation.mdx: body: paragraph 1 differs'],
  },
  {
    name: 'a capture that is not UTF-8',
    mutate: (d) => {
      const path = join(d, 'captures/001_43a991ee3840c5d2.txt');
      writeFileSync(path, Buffer.from(readFileSync(path, 'latin1').replace('GENEVA', 'GEN\u00c8VA'), 'latin1'));
    },
    expected: [
      'content/captures/001_43a991ee3840c5d2.txt: (file): expected text in UTF-8; found bytes that are not UTF-8 on line',
    ],
  },
  {
    name: 'an editor’s note with nothing in it',
    mutate: (d) => edit(d, article, (t) => t.replace(/<Annotation note="[^"]*">/, '<Annotation note=" ">')),
    expected: [
      '2021-03-25-china-champions-win-win-cooperation.mdx: body: line',
      'expected an annotation with one attribute',
    ],
  },
  {
    name: 'a line of a text that MDX reads as code',
    mutate: (d) => edit(d, article, (t) => `${t}\nexport const a = 1\n`),
    expected: [
      '2021-03-25-china-champions-win-win-cooperation.mdx: body: line',
      'starts with "export", which MDX reads as code',
    ],
  },
  {
    name: 'a series page that imports code',
    mutate: (d) =>
      edit(d, 'series/cooperation.mdx', (t) => t.replace('## The votes', "import x from './x.ts'\n\n## The votes")),
    expected: [
      "content/series/cooperation.mdx: line 11: expected Markdown and the archive's components; found an import or export",
    ],
  },
  {
    name: 'a series page with a script, an expression and a javascript: link',
    mutate: (d) =>
      edit(d, 'series/cooperation.mdx', (t) =>
        t.replace('## The votes', '<script>alert(1)</script>\n\n{1+2} [x](javascript:alert(1))\n\n## The votes'),
      ),
    expected: [
      'content/series/cooperation.mdx: line 11: expected Markdown',
      'found <script>, which is HTML',
      "content/series/cooperation.mdx: line 13: expected Markdown and the archive's components; found an expression in braces",
      'found “javascript:alert(1)”',
    ],
  },
  {
    name: 'a series component for a series that does not exist',
    mutate: (d) =>
      edit(d, 'series/cooperation.mdx', (t) =>
        t.replace('<SeriesVotes series="cooperation" />', '<SeriesVotes series="cooperaton" />'),
      ),
    expected: [
      "content/series/cooperation.mdx: line 13: expected <SeriesVotes>'s series to be one of development, cooperation, related",
    ],
  },
  {
    name: 'a component the archive does not have',
    mutate: (d) =>
      edit(d, 'series/cooperation.mdx', (t) =>
        t.replace('<SeriesVotes series="cooperation" />', '<SeriesChart series="cooperation" />'),
      ),
    expected: ['content/series/cooperation.mdx: line 13:', 'found <SeriesChart>, which is not one of them'],
  },
  {
    name: 'a footnote without its source',
    mutate: (d) => edit(d, 'series/cooperation.mdx', (t) => t.replace(/^\[\^rightdocs\]:.*\n/m, '')),
    expected: [
      'content/series/cooperation.mdx: line 9: expected a definition for the footnote [^rightdocs] (its source); found none',
    ],
  },
  {
    name: 'a series file that names another series',
    mutate: (d) => edit(d, 'series/cooperation.mdx', (t) => t.replace('series: cooperation', 'series: development')),
    expected: ['content/series/cooperation.mdx: series: expected the series the file is named for, “cooperation”'],
  },
  {
    name: 'a series without its page',
    mutate: (d) => unlinkSync(join(d, 'series/related.mdx')),
    expected: ['content/series/related.mdx: (file): expected a page for the series “related”'],
  },
  {
    name: 'an article without a title',
    mutate: (d) => edit(d, article, (t) => t.replace(/^title: .*\n/m, '')),
    expected: ['2021-03-25-china-champions-win-win-cooperation.mdx', 'title', 'expected the title as published'],
  },
  {
    name: 'an impossible publication date',
    mutate: (d) => edit(d, article, (t) => t.replace("date: '2021-03-25'", "date: '2021-02-30'")),
    expected: [
      '2021-03-25-china-champions-win-win-cooperation.mdx',
      'published.date',
      'expected a real calendar date written YYYY-MM-DD',
    ],
  },
  {
    name: 'an unknown article type',
    mutate: (d) => edit(d, article, (t) => t.replace('type: news-report', 'type: blog-post')),
    expected: [
      '2021-03-25-china-champions-win-win-cooperation.mdx',
      'type',
      'expected one of: news-report, commentary, paper, official-statement',
    ],
  },
  {
    name: 'a removed line that is not in the capture',
    mutate: (d) => edit(d, article, (t) => t.replace('text: Related news', 'text: Related stories')),
    expected: ['2021-03-25-china-champions-win-win-cooperation.mdx', 'capture.removed[2]', 'which is "Related news"'],
  },
  {
    name: 'one word of a body changed',
    mutate: (d) =>
      edit(d, article, (t) =>
        t.replace('resolution on Tuesday, a representative', 'resolution on Wednesday, a representative'),
      ),
    expected: ['2021-03-25-china-champions-win-win-cooperation.mdx', 'body', 'paragraph 16 differs from the capture'],
  },
  {
    name: 'two source texts with one slug',
    mutate: (d) => {
      const copy = readFileSync(
        join(d, 'articles/2018-03-24-un-rights-body-adopts-mutually-beneficial-cooperation.mdx'),
        'utf8',
      );
      writeFileSync(
        join(d, 'articles/another-file.mdx'),
        copy.replace('---\n', '---\nslug: 2021-03-25-china-champions-win-win-cooperation\n'),
      );
    },
    expected: ['slug', '"2021-03-25-china-champions-win-win-cooperation" is already the slug of'],
  },
  {
    name: 'a mention passage that is not in the text',
    mutate: (d) => edit(d, article, (t) => t.replace("passage: '2020'", "passage: '2019'")),
    expected: [
      '2021-03-25-china-champions-win-win-cooperation.mdx',
      'mentions[1].passage: expected the passage in the body, exactly once; found "2019", which is not in the body',
    ],
  },
  {
    name: 'an article mentioning an unknown resolution',
    mutate: (d) => edit(d, article, (t) => t.replace('- A/HRC/RES/43/21', '- A/HRC/RES/43/99')),
    expected: [
      '2021-03-25-china-champions-win-win-cooperation.mdx',
      'mentions[1].resolutions',
      'A/HRC/RES/43/99 has no file in content/resolutions/',
    ],
  },
  {
    name: 'a malformed symbol',
    mutate: (d) => edit(d, resolution, (t) => t.replace('symbol: A/HRC/RES/37/23', 'symbol: A/HRC/RES/37-23')),
    expected: ['a-hrc-res-37-23.yaml', 'symbol', 'expected a resolution symbol such as A/HRC/RES/37/23'],
  },
  {
    name: 'two files for one symbol',
    mutate: (d) => cpSync(join(d, resolution), join(d, 'resolutions/a-hrc-res-37-23-copy.yaml')),
    expected: ['a-hrc-res-37-23-copy.yaml', 'symbol', 'A/HRC/RES/37/23 is already used by'],
  },
  {
    name: 'an adoption date outside its session',
    mutate: (d) => edit(d, resolution, (t) => t.replace("value: '2018-03-23'", "value: '2018-03-26'")),
    expected: ['a-hrc-res-37-23.yaml', 'adopted.value', '2018-03-26 is outside session 37 (2018-02-26 to 2018-03-23)'],
  },
  {
    name: 'a roll-call that does not add up to the official count',
    mutate: (d) => edit(d, resolution, (t) => t.replace('  abstaining: 17\n', '  abstaining: 16\n')),
    expected: [
      'a-hrc-res-37-23.yaml',
      'vote.rollCall.abstaining',
      'lists 17 States but the official total is 16; expected 16, or a discrepancy declared under vote.rollCall.discrepancy',
    ],
  },
  {
    name: 'a State in two groups of one vote',
    mutate: (d) =>
      edit(d, resolution, (t) => t.replace('    against:\n    - United States\n', '    against:\n    - Cuba\n')),
    expected: [
      'a-hrc-res-37-23.yaml',
      'vote.rollCall.against[0]',
      '“Cuba” is also listed under inFavour (vote.rollCall.inFavour[',
      'expected each State once in a vote',
    ],
  },
  {
    name: 'a State that is not in the States file',
    mutate: (d) =>
      edit(d, resolution, (t) =>
        t.replace('    against:\n    - United States\n', '    against:\n    - United States of Narnia\n'),
      ),
    expected: [
      'a-hrc-res-37-23.yaml',
      'vote.rollCall.against[0]',
      '“United States of Narnia” is not in content/states.yaml',
    ],
  },
  {
    name: 'a look-alike letter in a State name',
    mutate: (d) =>
      edit(d, resolution, (t) =>
        t.replace('    against:\n    - United States\n', '    against:\n    - United Stаtes\n'),
      ),
    expected: [
      'a-hrc-res-37-23.yaml',
      'vote.rollCall.against[0]',
      '“United Stаtes” is not written as in content/states.yaml: character 10 is “а” (U+0430); expected “United States”',
    ],
  },
  {
    name: 'a State record without an ISO code',
    mutate: (d) => edit(d, 'states.yaml', (t) => t.replace('  iso3: GBR\n', '  iso3: UK\n')),
    expected: ['states.yaml', 'united-kingdom', 'iso3', 'expected an ISO 3166-1 alpha-3 code'],
  },
  {
    name: 'a count above the Council’s 47 members',
    mutate: (d) =>
      edit(d, 'resolutions/a-hrc-res-41-19.yaml', (t) => t.replace('  inFavour: 33\n', '  inFavour: 48\n')),
    expected: ['a-hrc-res-41-19.yaml', 'vote.inFavour', "expected at most the Council's 47 members; found 48"],
  },
  {
    name: 'a fact without a source',
    mutate: (d) =>
      edit(d, 'resolutions/a-hrc-res-41-19.yaml', (t) =>
        t.replace(
          '  status: single-source\n  sources:\n  - https://searchlibrary.ohchr.org/record/27701\n  note: Given by the OHCHR voting record.\n',
          '  status: single-source\n  sources: []\n',
        ),
      ),
    expected: [
      'a-hrc-res-41-19.yaml',
      'agendaItem.sources',
      'expected at least one source for a single-source fact; found none',
    ],
  },
  {
    name: 'markup in a body',
    mutate: (d) =>
      edit(d, article, (t) =>
        t.replace('resolution on Tuesday, a representative', 'resolution on <b>Tuesday</b>, a representative'),
      ),
    expected: ['2021-03-25-china-champions-win-win-cooperation.mdx', 'body', 'has "<", which MDX reads as markup'],
  },
  {
    name: 'frontmatter that is not YAML',
    mutate: (d) => edit(d, article, (t) => t.replace('type: news-report', 'type: [news-report')),
    expected: ['2021-03-25-china-champions-win-win-cooperation.mdx', 'the frontmatter is not valid YAML'],
  },
  {
    name: 'a byte-order mark',
    mutate: (d) => edit(d, 'resolutions/a-hrc-res-41-19.yaml', (t) => `\uFEFF${t}`),
    expected: ['content/resolutions/a-hrc-res-41-19.yaml: (file): expected UTF-8 without a byte-order mark'],
  },
  {
    name: 'an empty source text',
    mutate: (d) => writeFileSync(join(d, article), ''),
    expected: [
      'content/articles/2021-03-25-china-champions-win-win-cooperation.mdx: (file): expected content; found an empty file',
    ],
  },
  {
    name: 'a resolution in a subfolder',
    mutate: (d) => {
      mkdirSync(join(d, 'resolutions/old'));
      cpSync(join(d, resolution), join(d, 'resolutions/old/a-hrc-res-37-23.yaml'));
    },
    expected: [
      'content/resolutions/old/a-hrc-res-37-23.yaml: (file): expected the file directly in content/resolutions/; found it in a subfolder',
    ],
  },
  {
    name: 'one record under two extensions',
    mutate: (d) => cpSync(join(d, resolution), join(d, 'resolutions/a-hrc-res-37-23.yml')),
    expected: [
      'content/resolutions/a-hrc-res-37-23.yml: (file): expected one file per record; found the same record also saved as content/resolutions/a-hrc-res-37-23.yaml',
    ],
  },
  {
    name: 'a list where a map is expected',
    mutate: (d) =>
      edit(d, 'states.yaml', (t) =>
        t
          .replace(/^ {2}aliases:\n(?: {4}.*\n)+/gm, '')
          .replace(/^(\w[\w-]*):\n {2}name: (.*)\n {2}iso3: (.*)$/gm, '- { slug: $1, name: $2, iso3: $3 }'),
      ),
    expected: [
      'content/states.yaml: (file): expected a map keyed by id (united-kingdom: { name: …, iso3: … }); found a list',
    ],
  },
  {
    name: 'a session that ends before it starts',
    mutate: (d) =>
      edit(d, 'sessions.yaml', (t) =>
        t.replace(
          'parts: [{ start: "2018-02-26", end: "2018-03-23" }]',
          'parts: [{ start: "2018-03-26", end: "2018-03-23" }]',
        ),
      ),
    expected: [
      'content/sessions.yaml: 37.parts[0].end: expected the end on or after the start (2018-03-26); found 2018-03-23',
    ],
  },
  {
    name: 'a session key that is not a number',
    mutate: (d) => edit(d, 'sessions.yaml', (t) => t.replace('"37":', '"37th":')),
    expected: ["content/sessions.yaml: 37th: expected the session's number as its key"],
  },
  {
    name: 'an event marked confirmed on one source',
    mutate: (d) => edit(d, 'events.yaml', (t) => t.replace('  status: single-source\n', '  status: confirmed\n')),
    expected: [
      'content/events.yaml: 2022-02-28-hrc49-high-level-segment.sources: expected two or more different sources for a confirmed fact',
    ],
  },
  {
    name: 'a no-break space in the capture typed as a space in the body',
    mutate: (d) => {
      edit(d, 'captures/000_363bef6214b8bf8b.txt', (t) => t.replace('on Tuesday adopted', 'on Tuesday\u00a0adopted'));
    },
    expected: [
      '2021-03-25-china-champions-win-win-cooperation.mdx: body: paragraph 1 differs from the capture at character',
      'expected “\u00a0” (U+00A0)',
      'found “ ” (U+0020)',
    ],
  },
  {
    name: 'a link in a body to anything but http(s)',
    mutate: (d) =>
      edit(d, article, (t) =>
        t.replace(
          'resolution on Tuesday, a representative',
          'resolution on [Tuesday](javascript:alert(1)), a representative',
        ),
      ),
    expected: [
      '2021-03-25-china-champions-win-win-cooperation.mdx: body: paragraph 16 links to "javascript:alert(1)"; expected http(s) links only',
    ],
  },
  {
    name: 'an annotated passage that is not the capture',
    mutate: (d) => edit(d, article, (t) => t.replace('>Tuesday</Annotation>', '>Wednesday</Annotation>')),
    expected: [
      '2021-03-25-china-champions-win-win-cooperation.mdx: body: paragraph 1 differs from the capture at character 49',
    ],
  },
  {
    name: 'a component other than an annotation',
    mutate: (d) =>
      edit(d, article, (t) => t.replace('<Annotation note=', '<Aside note=').replace('</Annotation>', '</Aside>')),
    expected: [
      '2021-03-25-china-champions-win-win-cooperation.mdx: body: line 2, column 49 has "<", which MDX reads as markup',
    ],
  },
  {
    name: 'a vote kind that contradicts its counts',
    mutate: (d) =>
      edit(d, 'resolutions/a-hrc-res-41-19.yaml', (t) => t.replace('  kind: recorded\n', '  kind: without-vote\n')),
    expected: [
      'content/resolutions/a-hrc-res-41-19.yaml: vote.kind: expected recorded, since counts or a roll-call are given',
    ],
  },
  {
    name: 'a title with no spaces',
    mutate: (d) =>
      edit(d, 'resolutions/a-hrc-res-41-19.yaml', (t) =>
        t.replace(/^title: .*$/m, 'title: Thecontributionofdevelopmenttotheenjoymentofallhumanrights'),
      ),
    expected: ['content/resolutions/a-hrc-res-41-19.yaml: title: expected words of at most 40 characters'],
  },
  {
    name: 'an event id used twice',
    mutate: (d) =>
      edit(d, 'events.yaml', (t) =>
        t.replace('- id: 2022-10-06-xinjiang-debate-draft-decision', '- id: 2022-02-28-hrc49-high-level-segment'),
      ),
    expected: ['content/events.yaml: [1].id: expected a unique id; found “2022-02-28-hrc49-high-level-segment”'],
  },
  {
    name: 'a publication date after the build',
    mutate: (d) => edit(d, article, (t) => t.replace("date: '2021-03-25'", "date: '2099-03-25'")),
    expected: [
      '2021-03-25-china-champions-win-win-cooperation.mdx: published.date: expected a date on or before the date of this build',
    ],
  },
  {
    name: 'a date without quotes',
    mutate: (d) => edit(d, 'events.yaml', (t) => t.replace('date: "2022-02-28"', 'date: 2022-02-28')),
    expected: ["content/events.yaml: [0].date: expected a date in quotes, e.g. '2021-05-28'"],
  },
  {
    name: "a State's stated position that its vote contradicts",
    mutate: (d) =>
      edit(d, 'statements.yaml', (t) =>
        t.replace(/(- id: 37-23-united-states-explanation-of-vote[\s\S]*?)position: against/, '$1position: for'),
      ),
    expected: [
      'content/statements.yaml: 37-23-united-states-explanation-of-vote.position: expected a position that agrees with the roll-call, by which United States voted against',
    ],
  },
  {
    name: 'a follow-up record that does not say where its missing document would be',
    mutate: (d) => edit(d, 'follow-up.yaml', (t) => t.replace('  lookIn: https://undocs.org/A/HRC/41/2\n', '')),
    expected: [
      'content/follow-up.yaml: 35-21-advisory-committee-study.lookIn: expected the address where the missing document or outcome would be found',
    ],
  },
  {
    name: 'invalid YAML',
    mutate: (d) => edit(d, 'resolutions/a-hrc-res-41-19.yaml', (t) => t.replace('session: 41', 'session: [41')),
    expected: ['a-hrc-res-41-19.yaml'],
  },
];

describe('bad content stops the build', () => {
  it('passes the unchanged content (the control)', async () => {
    expect(await problemsAfter('control', () => {})).toEqual([]);
  });

  it.each(cases)('$name', async ({ name, mutate, expected }) => {
    const lines = await problemsAfter(name.replace(/\W+/g, '-'), mutate);
    const output = lines.join('\n');
    expect(lines.length, 'expected at least one problem').toBeGreaterThan(0);
    for (const text of expected) expect(output).toContain(text);
    // Every line in the one format: the file, the field, the message.
    for (const line of lines) expect(line).toMatch(/^\S[^:]*: [^:]+: \S/);
  });
});
