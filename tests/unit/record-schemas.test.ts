import { describe, expect, it } from 'vitest';
import { draftingSchema } from '../../src/schemas/drafting.ts';
import { followUpSchema } from '../../src/schemas/follow-up.ts';
import { otherTitleSchema } from '../../src/schemas/other-title.ts';
import { isPartialDate } from '../../src/schemas/partial-date.ts';
import { readingSchema } from '../../src/schemas/reading.ts';
import { statementSchema } from '../../src/schemas/statement.ts';
import type { z } from 'zod';

const issues = (schema: z.ZodType, value: unknown) =>
  (schema.safeParse(value).error?.issues ?? []).map((i) => `${i.path.join('.')}: ${i.message}`);

const statement = {
  resolution: 'A/HRC/RES/37/23',
  date: '2018-03-23',
  speaker: { state: 'United States', person: 'Jason Mack' },
  stage: 'explanation-of-vote',
  position: 'against',
  summary: 'Voted no.',
  status: 'single-source',
  sources: ['https://source.test/a'],
};

describe('a statement', () => {
  it('is accepted with a State or an organisation as its speaker, not both and not neither', () => {
    expect(issues(statementSchema, statement)).toEqual([]);
    expect(issues(statementSchema, { ...statement, speaker: { organisation: 'Human Rights Watch' } })).toEqual([]);
    expect(issues(statementSchema, { ...statement, speaker: { person: 'Jason Mack' } })).toEqual([
      'speaker.state: expected either state or organisation (one of the two)',
    ]);
    expect(
      issues(statementSchema, { ...statement, speaker: { state: 'United States', organisation: 'Its mission' } }),
    ).toEqual(['speaker.state: expected either state or organisation (one of the two)']);
  });

  it('is confirmed only by two different sources', () => {
    expect(issues(statementSchema, { ...statement, status: 'confirmed' })).toEqual([
      'sources: expected two or more different sources for a confirmed fact (or status single-source); found 1',
    ]);
    expect(
      issues(statementSchema, { ...statement, status: 'confirmed', sources: ['https://e.org/a', 'https://e.org/a'] }),
    ).toHaveLength(1);
    expect(
      issues(statementSchema, { ...statement, status: 'confirmed', sources: ['https://e.org/a', 'https://e.org/b'] }),
    ).toEqual([]);
    expect(issues(statementSchema, { ...statement, status: 'not-found' })).toEqual([
      'status: expected confirmed, single-source or unconfirmed',
    ]);
    expect(issues(statementSchema, { ...statement, sources: [] })).toContain('sources: expected at least one source');
  });

  it("refuses a drafting tool's placeholder, an overlong summary or quotation, and an unknown stage", () => {
    expect(issues(statementSchema, { ...statement, summary: 'CHECK: the reason' })).toEqual([
      "summary: expected the editor's own words; found the drafting tool's placeholder (CHECK: …)",
    ]);
    expect(issues(statementSchema, { ...statement, summary: 'x'.repeat(401) })).toHaveLength(1);
    expect(issues(statementSchema, { ...statement, summary: 'x'.repeat(400) })).toEqual([]);
    expect(
      issues(statementSchema, {
        ...statement,
        quote: { text: 'x'.repeat(321), lang: 'en', source: 'https://e.org/a' },
      }),
    ).toEqual(['quote.text: expected at most one sentence (320 characters)']);
    expect(issues(statementSchema, { ...statement, stage: 'speech' })[0]).toMatch(
      /^stage: expected one of: introduction/,
    );
  });

  it('takes a date known to the day, the month or the year', () => {
    for (const date of ['2018', '2018-03', '2018-03-23'])
      expect(issues(statementSchema, { ...statement, date })).toEqual([]);
    for (const date of ['2018-13', '2018-02-30', '18-03-23', '2018-3']) expect(isPartialDate(date)).toBe(false);
  });
});

const followUp = {
  resolution: 'A/HRC/RES/41/19',
  kind: 'seminar',
  title: 'Seminar',
  request: 'A one-day seminar.',
  requestSources: ['https://source.test/r'],
  outcome: 'Held.',
  held: { date: '2021-05-28' },
  document: null,
  lookIn: 'https://undocs.org/A/HRC/RES/41/19',
  status: 'single-source',
  sources: ['https://source.test/o'],
};

describe('a follow-up record', () => {
  it('says where a missing document would be', () => {
    expect(issues(followUpSchema, followUp)).toEqual([]);
    const { lookIn: _lookIn, ...withoutLookIn } = followUp;
    expect(issues(followUpSchema, withoutLookIn)).toEqual([
      'lookIn: expected the address where the missing document or outcome would be found (lookIn)',
    ]);
    expect(issues(followUpSchema, { ...withoutLookIn, document: 'A/HRC/48/20' })).toEqual([]);
  });

  it('ties its status to its outcome', () => {
    expect(issues(followUpSchema, { ...followUp, outcome: null })).toEqual([
      'status: expected not-found, since no value is given; found single-source',
    ]);
    expect(issues(followUpSchema, { ...followUp, outcome: null, status: 'not-found', sources: [] })).toEqual([]);
    expect(issues(followUpSchema, { ...followUp, status: 'not-found' })).toEqual([
      'status: expected a status other than not-found, since a value is given; found not-found',
    ]);
    expect(issues(followUpSchema, { ...followUp, sources: [] })).toEqual([
      'sources: expected at least one source for a single-source fact; found none',
    ]);
    expect(issues(followUpSchema, { ...followUp, status: 'confirmed' })).toEqual([
      'sources: expected two or more different sources for a confirmed fact (or status single-source); found 1',
    ]);
  });

  it('refuses an end before the start', () => {
    expect(issues(followUpSchema, { ...followUp, held: { date: '2023-02-06', endDate: '2023-02-05' } })).toEqual([
      'held.endDate: expected an end date on or after 2023-02-06; found 2023-02-05',
    ]);
    expect(issues(followUpSchema, { ...followUp, held: { date: '2023-02-06', endDate: '2023-02-06' } })).toEqual([]);
  });
});

const reading = {
  title: 'EOV on Mutually Beneficial Cooperation',
  lang: 'en',
  publisher: 'United States Mission',
  issued: '2018-03-23',
  kind: 'explanation-of-vote',
  voice: 'state',
  state: 'United States',
  resolutions: ['A/HRC/RES/37/23'],
  summary: 'Explains the vote against.',
  url: 'https://source.test/eov',
};

describe('a text of further reading', () => {
  it('names its State exactly when the voice is a State', () => {
    expect(issues(readingSchema, reading)).toEqual([]);
    const { state: _state, ...noState } = reading;
    expect(issues(readingSchema, noState)).toEqual([
      'state: expected the State whose voice the text is (state), since voice is state',
    ]);
    expect(issues(readingSchema, { ...reading, voice: 'ngo' })).toEqual([
      'state: expected no state, since voice is ngo; found United States',
    ]);
    expect(issues(readingSchema, { ...noState, voice: 'ngo' })).toEqual([]);
  });

  it('concerns at least one resolution, in one sentence, at an http(s) address', () => {
    expect(issues(readingSchema, { ...reading, resolutions: [] })).toEqual([
      'resolutions: expected the resolutions the text concerns',
    ]);
    expect(issues(readingSchema, { ...reading, summary: 'x'.repeat(301) })).toHaveLength(1);
    expect(issues(readingSchema, { ...reading, url: 'javascript:alert(1)' })).toEqual([
      'url: expected a full http(s) URL',
    ]);
    expect(issues(readingSchema, { ...reading, lang: 'English' })).toEqual([
      'lang: expected a language tag such as en, zh or zh-Hant',
    ]);
  });
});

describe('a title in another language and a drafting record', () => {
  it('needs its publisher, language and address', () => {
    const title = {
      renders: 'X',
      lang: 'zh-Hant',
      text: '在人權領域促進合作共贏',
      publisher: 'AM730',
      issued: '2021-03',
      url: 'https://source.test/t',
    };
    expect(issues(otherTitleSchema, title)).toEqual([]);
    // A tag the pattern allows but Intl refuses would stop the page that names its language.
    expect(issues(otherTitleSchema, { ...title, lang: 'zh-a' })).toHaveLength(1);
    expect(issues(otherTitleSchema, { ...title, lang: 'Chinese' })).toEqual([
      'lang: expected a language tag such as en, zh or zh-Hant',
    ]);
  });

  it('holds every account with its status and sources, and defaults what it lacks', () => {
    const record = {
      draftRecord: { value: 'Draft A/HRC/49/L.28', status: 'single-source', sources: ['https://e.org/r'] },
    };
    expect(draftingSchema.parse(record)).toMatchObject({
      presenters: [],
      steps: [],
      consultations: [],
      amendments: [],
      gaps: { drafting: [], statements: [], followUp: [] },
    });
    expect(
      issues(draftingSchema, {
        ...record,
        consultations: [{ rounds: 8, countedBy: 'China', status: 'confirmed', sources: ['https://e.org/c'] }],
      }),
    ).toEqual([
      'consultations.0.sources: expected two or more different sources for a confirmed fact (or status single-source); found 1',
    ]);
    expect(
      issues(draftingSchema, {
        ...record,
        amendments: [
          {
            by: 'United Kingdom',
            text: 'Two amendments.',
            fate: 'passed',
            status: 'single-source',
            sources: ['https://e.org/a'],
          },
        ],
      }),
    ).toEqual(['amendments.0.fate: expected one of: adopted-by-vote, accepted-by-sponsor, rejected, not-known']);
  });
});
