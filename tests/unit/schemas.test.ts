/**
 * The single-record rules live in the schemas; these are their messages, as an editor reads them.
 */
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { fieldPath, issueProblems } from '../../src/lib/problems.ts';
import { sourceTextSchema } from '../../src/schemas/source-text.ts';
import { eventSchema } from '../../src/schemas/event.ts';
import { resolutionSchema } from '../../src/schemas/resolution.ts';
import { sessionSchema } from '../../src/schemas/session.ts';
import { stateSchema } from '../../src/schemas/state.ts';
import { readSourceTexts, readResolutions } from '../support/content.ts';

function problems(schema: z.ZodType, data: unknown): string[] {
  const result = schema.safeParse(data, { reportInput: true });
  return result.success ? [] : issueProblems('f.yaml', result.error.issues).map((p) => `${p.field}: ${p.message}`);
}

const real = readResolutions().find((r) => r.symbol === 'A/HRC/RES/41/19') ?? {};
const { file: _file, ...resolution } = real;
const withVote = (vote: Record<string, unknown>) => ({ ...resolution, vote: { ...resolution.vote, ...vote } });

describe('resolution', () => {
  it('names the field a file written before the rename still uses', () => {
    const { series, ...before } = resolution;
    expect(problems(resolutionSchema, { ...before, family: series, familyNote: 'outside both' })).toEqual([
      'series: expected one of: development, cooperation, related; found nothing',
      'family: expected `series` instead: the field was renamed; found “development”',
      'familyNote: expected `seriesNote` instead: the field was renamed; found “outside both”',
    ]);
  });

  it('accepts a real record', () => {
    expect(problems(resolutionSchema, resolution)).toEqual([]);
    // Statements are records of their own now; a list left in a resolution's file is refused, not dropped.
    expect(problems(resolutionSchema, { ...resolution, statements: [] })[0]).toContain(
      'statements: expected no statements here: each is a record of its own in content/statements.yaml',
    );
  });

  it('refuses a vote kind that contradicts its counts, a partial set of counts, and more than 47 votes', () => {
    expect(problems(resolutionSchema, withVote({ kind: 'without-vote' }))).toMatchInlineSnapshot(`
      [
        "vote.kind: expected recorded, since counts or a roll-call are given; found without-vote (a text adopted without a vote has neither)",
      ]
    `);
    expect(problems(resolutionSchema, withVote({ against: null, rollCall: undefined }))).toMatchInlineSnapshot(`
      [
        "vote.inFavour: expected all three counts (inFavour, against, abstaining) or none; found 2",
        "vote.status: expected not-found, since no value is given; found single-source",
      ]
    `);
    expect(problems(resolutionSchema, withVote({ inFavour: 48, rollCall: undefined }))).toMatchInlineSnapshot(`
      [
        "vote: expected at most the Council's 47 votes in all; found 61",
        "vote.inFavour: expected at most the Council's 47 members; found 48",
      ]
    `);
  });

  it('applies the confirmation levels to every fact', () => {
    expect(
      problems(resolutionSchema, {
        ...resolution,
        meeting: { value: '40th meeting', status: 'confirmed', sources: ['https://a.example/'] },
      }),
    ).toMatchInlineSnapshot(`
      [
        "meeting.sources: expected two or more different sources for a confirmed fact (or status single-source); found 1",
      ]
    `);
    expect(
      problems(resolutionSchema, { ...resolution, amendments: { value: 'None', status: 'not-found', sources: [] } }),
    ).toMatchInlineSnapshot(`
      [
        "amendments.status: expected a status other than not-found, since a value is given; found not-found",
      ]
    `);
  });

  it('refuses a co-sponsor list marked complete that is not there, and a title a page cannot wrap', () => {
    expect(
      problems(resolutionSchema, {
        ...resolution,
        coSponsors: { value: null, complete: true, status: 'not-found', sources: [] },
      }),
    ).toMatchInlineSnapshot(`
      [
        "coSponsors.complete: expected complete: false while the list is not in the archive (value: null); found complete: true",
      ]
    `);
    expect(
      problems(resolutionSchema, {
        ...resolution,
        title: 'Thecontributionofdevelopmenttotheenjoymentofallhumanrights',
      }),
    ).toMatchInlineSnapshot(`
      [
        "title: expected words of at most 40 characters, so that the page can wrap the title; found “Thecontributionofdevelopmenttotheenjoymentofallhumanrights”",
      ]
    `);
  });

  it('says what was expected and what was found when a map is a list', () => {
    expect(problems(resolutionSchema, { ...resolution, vote: [resolution.vote] })).toMatchInlineSnapshot(`
      [
        "vote: expected a map of key: value pairs; found a list of 1",
      ]
    `);
  });
});

describe('session', () => {
  it('refuses an end before the start, and parts out of order', () => {
    expect(
      problems(sessionSchema, { parts: [{ start: '2018-03-23', end: '2018-02-26' }], sources: ['https://a.example/'] }),
    ).toMatchInlineSnapshot(`
      [
        "parts[0].end: expected the end on or after the start (2018-03-23); found 2018-02-26",
      ]
    `);
    expect(
      problems(sessionSchema, {
        parts: [
          { start: '2020-03-01', end: '2020-03-13' },
          { start: '2020-03-10', end: '2020-06-22' },
        ],
        sources: ['https://a.example/'],
      }),
    ).toMatchInlineSnapshot(`
      [
        "parts[1].start: expected a date after the end of the part before (2020-03-13); found 2020-03-10",
      ]
    `);
  });
});

describe('event', () => {
  const event = {
    date: '2021-05-28',
    kind: 'meeting',
    title: 'A seminar',
    summary: 'What it was.',
    status: 'single-source',
    sources: ['https://a.example/'],
  };
  it('applies the confirmation levels and the Council size to events too', () => {
    expect(problems(eventSchema, event)).toEqual([]);
    expect(problems(eventSchema, { ...event, status: 'confirmed' })).toMatchInlineSnapshot(`
      [
        "sources: expected two or more different sources for a confirmed fact (or status single-source); found 1",
      ]
    `);
    expect(problems(eventSchema, { ...event, kind: 'vote', vote: { inFavour: 30, against: 13, abstaining: 5 } }))
      .toMatchInlineSnapshot(`
      [
        "vote: expected at most the Council's 47 votes in all; found 48",
      ]
    `);
  });
});

describe('State', () => {
  it('refuses an ISO name and a code that is not alpha-3', () => {
    expect(problems(stateSchema, { name: 'Congo, the Democratic Republic of the', iso3: 'CD' })).toMatchInlineSnapshot(`
      [
        "name: expected the UN short name as the OHCHR catalogue gives it, not an ISO name with an inverted part ("Congo, the Democratic Republic of the"); found “Congo, the Democratic Republic of the”",
        "iso3: expected an ISO 3166-1 alpha-3 code: three capital letters, e.g. GBR; found “CD”",
      ]
    `);
  });
});

describe('source text', () => {
  const statement = readSourceTexts().find((a) => a.slug.includes('yu-jianhua'))?.frontmatter as Record<
    string,
    unknown
  >;
  it('needs the family and given names of the person a citation names, in either order of the name', () => {
    expect(problems(sourceTextSchema, statement)).toEqual([]);
    const speaker = statement.speaker as Record<string, unknown>;
    const { family: _family, ...withoutFamily } = speaker;
    expect(problems(sourceTextSchema, { ...statement, speaker: withoutFamily })).toMatchInlineSnapshot(`
      [
        "speaker.family: expected the family name, as the source spells it, for citations; found nothing",
      ]
    `);
    expect(problems(sourceTextSchema, { ...statement, speaker: { ...speaker, given: 'Jian' } })).toMatchInlineSnapshot(`
      [
        "speaker.name: expected the family and given names in one order or the other ("Yu Jian" or "Jian Yu"); found “Yu Jianhua”",
      ]
    `);
    expect(problems(sourceTextSchema, { ...statement, speaker: { ...speaker, name: 'Jianhua Yu' } })).toEqual([]);
  });
});

describe('field paths', () => {
  it('reads as an editor writes them', () => {
    expect(fieldPath(['vote', 'rollCall', 'inFavour', 3])).toBe('vote.rollCall.inFavour[3]');
    expect(fieldPath([])).toBe('');
  });
});
