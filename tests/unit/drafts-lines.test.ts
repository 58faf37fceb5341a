import { CORE_SCHEMA, load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { dateIn, draftResolution, draftSourceText, slugOfTitle, type KnownLine } from '../../src/lib/drafts.ts';

/** The frontmatter of a draft, as YAML reads it. */
function frontmatter(mdx: string) {
  const [, yaml = ''] = /^---\n([\s\S]*?)\n---\n/.exec(mdx) ?? [];
  return load(yaml, { schema: CORE_SCHEMA }) as {
    title: string;
    published: { date: string; certainty: string; basis: string };
    capture: { file: string; removed: Array<{ line: number; text: string; kind: string; why: string }> };
  };
}
const bodyOf = (mdx: string) => mdx.replace(/^---\n[\s\S]*?\n---\n\n/, '');

describe('the dates a capture states', () => {
  it('reads a date with dashes, slashes or dots', () => {
    expect(dateIn('Posted 2018/03/24')).toBe('2018-03-24');
    expect(dateIn('2019.11.02 Beijing')).toBe('2019-11-02');
    expect(dateIn('x2018-03-24')).toBeUndefined();
  });

  it('reads a month name first or last, abbreviated or not, and pads the day', () => {
    expect(dateIn('January 5, 2019')).toBe('2019-01-05');
    expect(dateIn('Dec. 9, 2020')).toBe('2020-12-09');
    expect(dateIn('Sept 30, 2021')).toBe('2021-09-30');
    expect(dateIn('on 7 Nov 2017 in Geneva')).toBe('2017-11-07');
    expect(dateIn('31 December 2022')).toBe('2022-12-31');
  });

  it('reads every month by name, and a month by its first three letters', () => {
    const names = [
      'January',
      'February',
      'March',
      'April',
      'May',
      'June',
      'July',
      'August',
      'September',
      'October',
      'November',
      'December',
    ];
    expect(names.map((name) => dateIn(`${name} 1, 2020`))).toEqual(
      names.map((_, i) => `2020-${String(i + 1).padStart(2, '0')}-01`),
    );
    expect(names.map((name) => dateIn(`2 ${name.slice(0, 3).toUpperCase()} 2020`))).toEqual(
      names.map((_, i) => `2020-${String(i + 1).padStart(2, '0')}-02`),
    );
    // The French "octobre" shares its first three letters with October.
    expect(dateIn('5 octobre 2020')).toBe('2020-10-05');
  });

  it('reads nothing from a word that is not a month, or a date without its year', () => {
    expect(dateIn('Chapter 5, 2019')).toBeUndefined();
    expect(dateIn('5 Foo 2019')).toBeUndefined();
    expect(dateIn('March 5')).toBeUndefined();
    expect(dateIn('March 5, 1999')).toBeUndefined();
  });
});

describe('the slug of a title', () => {
  it('keeps letters and digits, without accents, ten words at most', () => {
    expect(slugOfTitle('Café: déjà vu — 2021!')).toBe('cafe-deja-vu-2021');
    expect(slugOfTitle('one two three four five six seven eight nine ten eleven')).toBe(
      'one-two-three-four-five-six-seven-eight-nine-ten',
    );
    expect(slugOfTitle('— !')).toBe('untitled');
  });
});

describe('a draft source text', () => {
  const known: KnownLine[] = [
    { text: 'Home | News', kind: 'boilerplate', declaredIn: 'a.mdx' },
    { text: 'A headline', kind: 'title', declaredIn: 'b.mdx' },
  ];

  it('takes the first line that is not boilerplate as the title, and the date line near it as metadata', () => {
    const capture = 'Home | News\r\n\r\n  A headline  \r\nMarch 24, 2018\r\nFirst *line*.\r\nHome | News';
    const draft = draftSourceText('cap.txt', capture, known);
    expect(draft.fileName).toBe('2018-03-24-a-headline.mdx');
    const data = frontmatter(draft.mdx);
    expect(data.title).toBe('A headline');
    expect(data.published).toEqual({
      date: '2018-03-24',
      certainty: 'stated-on-page',
      basis: 'Line 4 of the capture reads "March 24, 2018".',
    });
    expect(data.capture).toEqual({
      file: 'cap.txt',
      removed: [
        { line: 1, text: 'Home | News', kind: 'boilerplate', why: 'CHECK: site boilerplate, as declared in a.mdx.' },
        { line: 3, text: '  A headline  ', kind: 'title', why: 'CHECK: the headline, shown as the page title.' },
        { line: 4, text: 'March 24, 2018', kind: 'metadata', why: 'CHECK: the date line, kept in the provenance.' },
        { line: 6, text: 'Home | News', kind: 'boilerplate', why: 'CHECK: site boilerplate, as declared in a.mdx.' },
      ],
    });
    expect(bodyOf(draft.mdx)).toBe('First \\*line\\*.\n');
    expect(draft.mdx).toContain('# Drafted by npm run add:text from content/captures/cap.txt.');
    expect(draft.mdx).toContain("date: '2018-03-24' # CHECK: read from line 4\n");
    expect(draft.listing).toEqual([
      '   1  boilerplate  Home | News',
      '   2  (blank)      ',
      '   3  title          A headline  ',
      '   4  metadata     March 24, 2018',
      '   5  body         First *line*.',
      '   6  boilerplate  Home | News',
    ]);
  });

  it('looks for the date in the five lines after the title only, and never takes the title for it', () => {
    const late = draftSourceText('c.txt', ['Title 2020-01-01', 'a', 'b', 'c', 'd', 'e', '2021-03-25'].join('\n'), []);
    expect(late.fileName).toBe('undated-title-2020-01-01.mdx');
    expect(frontmatter(late.mdx).published).toEqual({ date: '', certainty: 'inferred', basis: '' });
    expect(late.mdx).toContain("date: '' # CHECK: not stated in the capture\n");
    expect(bodyOf(late.mdx)).toBe('a\n\nb\n\nc\n\nd\n\ne\n\n2021-03-25\n');
    const within = draftSourceText('c.txt', ['Title', 'a', 'b', 'c', 'd', '2021-03-25'].join('\n'), []);
    expect(frontmatter(within.mdx).published.date).toBe('2021-03-25');
  });

  it('reads lines ended by CR alone, and takes a line of spaces for a blank one', () => {
    const draft = draftSourceText('c.txt', '   \rHeadline\r \t \r  2021-03-25 09:30  \rBody.', []);
    expect(frontmatter(draft.mdx).title).toBe('Headline');
    expect(frontmatter(draft.mdx).published.basis).toBe('Line 4 of the capture reads "2021-03-25 09:30".');
    expect(draft.listing.map((line) => line.slice(6, 18).trim())).toEqual([
      '(blank)',
      'title',
      '(blank)',
      'metadata',
      'body',
    ]);
  });

  it('leaves a line another text declares as its title in the body: only boilerplate is proposed for removal', () => {
    const draft = draftSourceText('c.txt', 'Headline\nA headline\nRelated', [
      { text: 'A headline', kind: 'title', declaredIn: 'b.mdx' },
      { text: 'Related', kind: 'metadata', declaredIn: 'b.mdx' },
    ]);
    expect(bodyOf(draft.mdx)).toBe('A headline\n\nRelated\n');
  });

  it('takes a date from a boilerplate line above the title', () => {
    const draft = draftSourceText('c.txt', 'Updated 2021-03-25\nHeadline\nBody.', [
      { text: 'Updated 2021-03-25', kind: 'boilerplate', declaredIn: 'b.mdx' },
    ]);
    expect(draft.fileName).toBe('2021-03-25-headline.mdx');
    expect(draft.listing.map((line) => line.slice(6, 18).trim())).toEqual(['metadata', 'title', 'body']);
  });

  it('drafts an empty capture as an untitled, undated text', () => {
    const draft = draftSourceText('e.txt', '', []);
    expect(draft.fileName).toBe('undated-untitled.mdx');
    expect(frontmatter(draft.mdx).title).toBe('');
    expect(draft.listing).toEqual(['   1  (blank)      ']);
  });
});

describe('a draft resolution', () => {
  const template = [
    '# Template for a new resolution. Copy it',
    '# and fill it in.',
    '# Every fact is …',
    'symbol: A/HRC/RES/00/0',
    'session: 0 # must be a session',
    'note: see A/HRC/RES/00/0',
    '',
  ].join('\n');

  it('replaces only a template note at the top, and only the session line itself', () => {
    const moved = `note: last session: 0\n${template}`;
    const { yaml } = draftResolution(moved, 'A/HRC/RES/53/10');
    expect(yaml.split('\n').slice(0, 3)).toEqual([
      'note: last session: 0',
      '# Template for a new resolution. Copy it',
      '# and fill it in.',
    ]);
    expect(yaml).toContain('\nsession: 53\n');
  });

  it('replaces the template note with where the draft came from, and fills in the symbol and session', () => {
    expect(draftResolution(template, 'A/HRC/RES/53/10')).toEqual({
      fileName: 'a-hrc-res-53-10.yaml',
      yaml: [
        '# A/HRC/RES/53/10: drafted by npm run add:resolution from content/templates/resolution.yaml.',
        '# Every fact is …',
        'symbol: A/HRC/RES/53/10',
        'session: 53',
        'note: see A/HRC/RES/53/10',
        '',
      ].join('\n'),
    });
  });
});
