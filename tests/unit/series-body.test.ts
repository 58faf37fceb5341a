import { describe, expect, it } from 'vitest';
import { checkSeriesBody } from '../../src/markdown/series-body.ts';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { splitFrontmatter } from '../../src/lib/frontmatter.ts';
import { contentRoot } from '../support/content.ts';

const prose = 'Adopted by a vote.[^a]\n\n| State | Vote |\n| --- | --- |\n| Cuba | Yes |\n\n[^a]: The OHCHR record.\n';

describe('a series page’s body', () => {
  it('may be Markdown with tables, footnotes, links and the archive’s components', () => {
    const body = `${prose}\n<SeriesVotes series="cooperation" />\n\nSee [the record](https://undocs.org/x), [a page](/resolutions/) and [mail](mailto:a@b.org).\n\n<SeriesTitles series="development" />`;
    expect(checkSeriesBody(body)).toEqual([]);
  });

  for (const name of readdirSync(join(contentRoot, 'series'))) {
    it(`content/series/${name} is as the rules say`, () => {
      const source = readFileSync(join(contentRoot, 'series', name), 'utf8');
      expect(checkSeriesBody(splitFrontmatter(source, name).body)).toEqual([]);
    });
  }

  it('refuses code, expressions, raw HTML and unknown components, naming the line in the file', () => {
    expect(checkSeriesBody('Text.\n\nexport const a = 1', 4)).toEqual([
      { line: 7, message: "expected Markdown and the archive's components; found an import or export, which is code" },
    ]);
    expect(checkSeriesBody("import x from './x.ts'")[0]?.message).toMatch(/found an import or export/);
    expect(checkSeriesBody('Sum {1+2}.')).toEqual([
      {
        line: 1,
        message:
          "expected Markdown and the archive's components; found an expression in braces (escape a brace with a backslash)",
      },
    ]);
    expect(checkSeriesBody('{1+2}')[0]?.message).toMatch(/an expression in braces/);
    expect(checkSeriesBody('a\n\n<script>alert(1)</script>')).toEqual([
      {
        line: 3,
        message:
          "expected Markdown and the archive's components (SeriesVotes, SeriesMaps, SeriesMatrix, SeriesTimeline, SeriesTitles); found <script>, which is HTML",
      },
    ]);
    expect(checkSeriesBody('An <img src="x" onerror="alert(1)" /> here')[0]?.message).toMatch(
      /found <img>, which is HTML$/,
    );
    expect(checkSeriesBody('<SeriesChart series="cooperation" />')[0]?.message).toMatch(
      /found <SeriesChart>, which is not one of them$/,
    );
    expect(checkSeriesBody('<>x</>')[0]?.message).toMatch(/found <>/);
    expect(checkSeriesBody('a <b')[0]).toMatchObject({
      line: 1,
      message: expect.stringMatching(/^expected Markdown and the archive's components; found text MDX cannot read: /),
    });
  });

  it('refuses a component without a series, with one that does not exist, or with anything else', () => {
    expect(checkSeriesBody('<SeriesVotes />')[0]?.message).toBe(
      'expected <SeriesVotes series="…"> to name the series it shows; found no series',
    );
    expect(checkSeriesBody('<SeriesVotes series="cooperaton" />')[0]?.message).toBe(
      "expected <SeriesVotes>'s series to be one of development, cooperation, related; found “cooperaton”",
    );
    expect(checkSeriesBody('<SeriesVotes series={x} />')[0]?.message).toMatch(/found an expression$/);
    expect(checkSeriesBody('<SeriesVotes series="related" limit="3" />')).toEqual([
      { line: 1, message: 'expected <SeriesVotes> to take one attribute, series="…"; found limit=…' },
    ]);
    expect(checkSeriesBody('<SeriesVotes series="related" {...x} />')[0]?.message).toMatch(/found an expression$/);
  });

  it('refuses a link that is not to the web or the archive, and a footnote without its source', () => {
    expect(checkSeriesBody('[x](javascript:alert(1))')).toEqual([
      { line: 1, message: 'expected a link to a web address or a page of the archive; found “javascript:alert(1)”' },
    ]);
    expect(checkSeriesBody('![x](data:image/png;base64,AA)')).toHaveLength(1);
    expect(checkSeriesBody('[x][d]\n\n[d]: vbscript:x')).toHaveLength(1);
    expect(checkSeriesBody('Said so.[^gone]\n\nMore.', 2)).toEqual([
      { line: 3, message: 'expected a definition for the footnote [^gone] (its source); found none' },
    ]);
  });
});
