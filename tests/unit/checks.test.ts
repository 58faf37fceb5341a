import { describe, expect, it } from 'vitest';
import { checkArchive, checkSourceTexts, type ArchiveRecords, type ResolutionFacts } from '../../src/lib/checks.ts';

function resolution(overrides: Partial<ResolutionFacts> = {}): ResolutionFacts {
  return {
    file: 'content/resolutions/a-hrc-res-37-23.yaml',
    symbol: 'A/HRC/RES/37/23',
    session: 37,
    adopted: '2018-03-23',
    vote: { inFavour: 2, against: 1, abstaining: 0, status: 'single-source', sources: ['https://a.example/'] },
    ...overrides,
  };
}

function archive(overrides: Partial<ArchiveRecords> = {}): ArchiveRecords {
  return {
    buildDate: '2026-01-01',
    states: [
      { file: 'content/states.yaml', slug: 'cuba', name: 'Cuba', iso3: 'CUB' },
      { file: 'content/states.yaml', slug: 'cote-d-ivoire', name: "Côte d'Ivoire", iso3: 'CIV' },
    ],
    resolutions: [resolution()],
    sessions: [{ number: 37, file: 'content/sessions.yaml', parts: [{ start: '2018-02-26', end: '2018-03-23' }] }],
    sourceTexts: [
      {
        file: 'content/articles/text.mdx',
        slug: 'text',
        capture: 'c.txt',
        published: '2021-03-25',
        mentions: [{ resolutions: ['A/HRC/RES/37/23'] }],
        sessions: [37],
      },
    ],
    events: [],
    ...overrides,
  };
}

describe('cross-checks', () => {
  it('refuses one capture for two texts: the same text would be published twice', () => {
    const base = archive().sourceTexts[0] as ArchiveRecords['sourceTexts'][number];
    const problems = checkSourceTexts(
      archive({ sourceTexts: [base, { ...base, file: 'content/articles/other.mdx', slug: 'other' }] }),
    );
    expect(problems).toEqual([
      {
        file: 'content/articles/other.mdx',
        field: 'capture.file',
        message:
          'expected a capture of its own; found c.txt, already the capture of content/articles/text.mdx (one text would be published twice)',
      },
    ]);
  });

  it('accepts a text published on the day the build stands for, and refuses one published after it', () => {
    const base = archive().sourceTexts[0] as ArchiveRecords['sourceTexts'][number];
    expect(checkSourceTexts(archive({ sourceTexts: [{ ...base, published: '2026-01-01' }] }))).toEqual([]);
    expect(
      checkSourceTexts(archive({ sourceTexts: [{ ...base, published: '2026-01-02' }] })).map((p) => p.field),
    ).toEqual(['published.date']);
  });

  it('passes a consistent archive', () => {
    expect(checkArchive(archive())).toEqual([]);
  });

  it('names file and field when an adoption date falls outside its session', () => {
    const r = resolution({ adopted: '2018-03-24' });
    expect(checkArchive(archive({ resolutions: [r] }))).toEqual([
      {
        file: 'content/resolutions/a-hrc-res-37-23.yaml',
        field: 'adopted.value',
        message: '2018-03-24 is outside session 37 (2018-02-26 to 2018-03-23)',
      },
    ]);
  });

  it('requires the file to be named for its symbol, and one file per symbol', () => {
    const renamed = resolution({ file: 'content/resolutions/res-37-23.yaml' });
    const problems = checkArchive(archive({ resolutions: [resolution(), renamed] }));
    expect(problems.map((p) => [p.file, p.field])).toEqual([
      ['content/resolutions/res-37-23.yaml', 'symbol'],
      ['content/resolutions/res-37-23.yaml', 'symbol'],
    ]);
    expect(problems[0]?.message).toMatch(/already used by content\/resolutions\/a-hrc-res-37-23.yaml/);
  });

  it('rejects an article mentioning a resolution the archive does not hold', () => {
    const base = archive();
    const article = { ...base.sourceTexts[0]!, mentions: [{ resolutions: ['A/HRC/RES/99/1'] }] };
    expect(checkArchive({ ...base, sourceTexts: [article] })).toEqual([
      {
        file: 'content/articles/text.mdx',
        field: 'mentions[0].resolutions',
        message: 'A/HRC/RES/99/1 has no file in content/resolutions/; expected a resolution the archive holds',
      },
    ]);
  });

  it('rejects a duplicate slug', () => {
    const base = archive();
    const other = { ...base.sourceTexts[0]!, file: 'content/articles/other.mdx', capture: 'other.txt' };
    const problems = checkArchive({ ...base, sourceTexts: [base.sourceTexts[0]!, other] });
    expect(problems.map((p) => `${p.file} ${p.field}`)).toEqual(['content/articles/other.mdx slug']);
  });

  it('refuses a publication date after the date of the build', () => {
    const base = archive();
    const article = { ...base.sourceTexts[0]!, published: '2026-01-02' };
    expect(checkArchive({ ...base, sourceTexts: [article] })).toEqual([
      {
        file: 'content/articles/text.mdx',
        field: 'published.date',
        message: 'expected a date on or before the date of this build (2026-01-01); found 2026-01-02',
      },
    ]);
  });

  it('refuses two State records for one State, by code or by a name spelt differently', () => {
    const base = archive();
    const states = [
      ...base.states,
      { file: 'content/states.yaml', slug: 'cote-divoire', name: 'Cote d’Ivoire', iso3: 'CUB' },
    ];
    expect(checkArchive({ ...base, states })).toEqual([
      {
        file: 'content/states.yaml',
        field: 'cote-divoire.iso3',
        message: 'CUB is also the code of cuba; expected one record per State',
      },
      {
        file: 'content/states.yaml',
        field: 'cote-divoire.name',
        message: "“Cote d’Ivoire” is the same name as cote-d-ivoire's; expected one record per State",
      },
    ]);
  });

  it('checks events against sessions and resolutions', () => {
    const events = [
      { file: 'content/events.yaml', id: 'e', date: '2018-04-01', session: 37, resolutions: ['A/HRC/RES/1/1'] },
    ];
    expect(checkArchive(archive({ events })).map((p) => p.field)).toEqual(['e.resolutions', 'e.date']);
  });
});
