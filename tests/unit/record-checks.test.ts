import { describe, expect, it } from 'vitest';
import {
  checkDrafting,
  checkFollowUp,
  checkReadings,
  checkStatements,
  checkTitles,
  positionVotes,
  type Keyed,
  type RecordContext,
} from '../../src/lib/record-checks.ts';
import { draftingSchema, type DraftingData } from '../../src/schemas/drafting.ts';
import { followUpSchema, type FollowUpData } from '../../src/schemas/follow-up.ts';
import type { OtherTitleData } from '../../src/schemas/other-title.ts';
import { readingSchema, type ReadingData } from '../../src/schemas/reading.ts';
import type { StatementData } from '../../src/schemas/statement.ts';

const TITLE = 'Promoting mutually beneficial cooperation in the field of human rights';
const context: RecordContext = {
  buildDate: '2026-12-05',
  resolutions: [
    {
      symbol: 'A/HRC/RES/37/23',
      title: TITLE,
      series: 'cooperation',
      mainSponsors: ['China'],
      adopted: '2018-03-23',
      votes: new Map([
        ['United States', 'against'],
        ['Japan', 'abstaining'],
        ['China', 'inFavour'],
        ['Tunisia', 'notVoting'],
      ]),
    },
  ],
  stateNames: ['United States', 'Japan', 'China', 'Tunisia', "Côte d'Ivoire", 'India'],
  sessions: [{ number: 37, parts: [{ start: '2018-02-26', end: '2018-03-23' }] }],
};
const keyed = <T>(data: T, id = 'x'): Keyed<T> => ({ file: 'content/x.yaml', id, data });
const messages = (problems: ReadonlyArray<{ field: string; message: string }>) =>
  problems.map((p) => `${p.field}: ${p.message}`);

const statement: StatementData = {
  resolution: 'A/HRC/RES/37/23',
  date: '2018-03-23',
  speaker: { state: 'United States' },
  stage: 'explanation-of-vote',
  position: 'against',
  summary: 'Voted no.',
  status: 'single-source',
  sources: ['https://source.test/eov'],
};
const check = (change: Partial<StatementData>) =>
  messages(checkStatements([keyed({ ...statement, ...change })], context));

describe('statements', () => {
  it('dates what was said at the adoption on the adoption’s day, and consultations before it', () => {
    expect(check({ date: '2018-03' })).toEqual([]);
    expect(check({ date: '2018' })).toEqual([]);
    expect(check({ date: '2018-03-22' })).toEqual([
      'x.date: expected the day the resolution was adopted (2018-03-23), as a statement made at its adoption; found 2018-03-22',
    ]);
    expect(check({ stage: 'introduction', date: '2018-04' })).toHaveLength(1);
    expect(check({ stage: 'statement-at-adoption', date: '2017' })).toHaveLength(1);
    expect(check({ stage: 'explanation-of-position', date: '2018-03-22' })).toEqual([]);
    expect(check({ stage: 'consultations', date: '2018-03-23' })).toEqual([]);
    expect(check({ stage: 'consultations', date: '2018-02' })).toEqual([]);
    expect(check({ stage: 'consultations', date: '2018-03-24' })).toEqual([
      'x.date: expected consultations on or before the adoption (2018-03-23); found 2018-03-24',
    ]);
    expect(check({ stage: 'consultations', date: '2018-04' })).toHaveLength(1);
  });

  it('accepts a State whose position agrees with its vote', () => {
    expect(check({})).toEqual([]);
    expect(check({ speaker: { state: 'China' }, position: 'sponsor' })).toEqual([]);
    expect(check({ speaker: { state: 'Japan' }, position: 'abstained' })).toEqual([]);
  });

  it('refuses a position the roll-call contradicts, unless a note says why', () => {
    expect(check({ position: 'for' })).toEqual([
      'x.position: expected a position that agrees with the roll-call, by which United States voted against, or a positionNote saying why they differ; found for',
    ]);
    expect(check({ speaker: { state: 'Tunisia' }, position: 'abstained' })).toEqual([
      'x.position: expected a position that agrees with the roll-call, by which Tunisia did not vote, or a positionNote saying why they differ; found abstained',
    ]);
    expect(check({ position: 'for', positionNote: 'It spoke for the text and then voted no.' })).toEqual([]);
  });

  it('refuses a note where nothing differs, so that no stale note is published', () => {
    expect(check({ positionNote: 'Left over.' })).toEqual([
      'x.positionNote: expected none: the position against agrees with the roll-call; remove the note',
    ]);
  });

  it('compares no vote for concerns, for a State not on the Council, or for an organisation', () => {
    expect(positionVotes.concerns).toBeUndefined();
    expect(check({ position: 'concerns' })).toEqual([]);
    expect(check({ speaker: { state: 'India' }, position: 'for' })).toEqual([]);
    expect(check({ speaker: { organisation: 'Human Rights Watch' }, position: 'for' })).toEqual([]);
  });

  it('refuses an unknown resolution, a State not in states.yaml or spelt otherwise, and a date after the build', () => {
    expect(check({ resolution: 'A/HRC/RES/99/1' })).toEqual([
      'x.resolution: A/HRC/RES/99/1 has no file in content/resolutions/; expected a resolution the archive holds',
    ]);
    expect(check({ speaker: { state: 'Atlantis' } })).toEqual([
      'x.speaker.state: “Atlantis” is not in states.yaml; expected a State named as states.yaml names it, or an organisation',
    ]);
    expect(check({ speaker: { state: "Cote d'Ivoire" }, position: 'concerns' })).toEqual([
      "x.speaker.state: expected “Côte d'Ivoire”, as states.yaml writes it; found “Cote d'Ivoire”",
    ]);
    expect(check({ stage: 'comment', date: '2027-01-01' })).toEqual([
      'x.date: expected a date on or before the date of this build (2026-12-05); found 2027-01-01',
    ]);
    expect(check({ stage: 'comment', date: '2026-12' })).toEqual([]);
    expect(check({ stage: 'comment', date: '2027' })).toHaveLength(1);
  });

  it('refuses a quotation taken from none of its sources', () => {
    const quote = { text: 'No.', lang: 'en', source: 'https://source.test/elsewhere' };
    expect(check({ quote })).toEqual([
      "x.quote.source: expected one of the statement's sources; found https://source.test/elsewhere",
    ]);
    expect(check({ quote: { ...quote, source: 'https://source.test/eov' } })).toEqual([]);
  });
});

const followUp = (change: Record<string, unknown>): FollowUpData =>
  followUpSchema.parse({
    resolution: 'A/HRC/RES/37/23',
    kind: 'seminar',
    title: 'A seminar',
    request: 'A seminar.',
    requestSources: ['https://source.test/r'],
    outcome: 'Held.',
    document: 'A/HRC/40/1',
    status: 'single-source',
    sources: ['https://source.test/o'],
    ...change,
  });
const checkF = (change: Record<string, unknown>) => messages(checkFollowUp([keyed(followUp(change))], context));

describe('follow-up', () => {
  it('accepts what was held after the resolution, inside its session', () => {
    expect(checkF({ held: { date: '2018-03-23' }, session: 37 })).toEqual([]);
    expect(checkF({ held: { date: '2019-05-01' } })).toEqual([]);
  });

  it('refuses what the resolution cannot have set in motion, or a date not yet come', () => {
    expect(checkF({ held: { date: '2018-03-22' } })).toEqual([
      'x.held.date: expected a date after the resolution that asked for it (2018-03-23); found 2018-03-22',
    ]);
    expect(checkF({ held: { date: '2027-01-01' } })).toEqual([
      'x.held.date: expected a date on or before the date of this build (2026-12-05); found 2027-01-01',
    ]);
  });

  it('refuses an unknown session, a date outside its session and an unknown resolution', () => {
    expect(checkF({ session: 54 })).toEqual(['x.session: session 54 is not in sessions.yaml']);
    expect(checkF({ held: { date: '2019-05-01' }, session: 37 })).toEqual([
      'x.held.date: 2019-05-01 is outside session 37',
    ]);
    expect(checkF({ resolution: 'A/HRC/RES/99/1' })).toHaveLength(1);
  });
});

const reading = (change: Record<string, unknown>): ReadingData =>
  readingSchema.parse({
    title: 'A text',
    lang: 'en',
    publisher: 'A publisher',
    issued: '2018-03',
    kind: 'news',
    voice: 'media',
    resolutions: ['A/HRC/RES/37/23'],
    summary: 'Reports the vote.',
    url: 'https://source.test/text',
    ...change,
  });

describe('further reading', () => {
  it('accepts a text about a held resolution', () => {
    expect(checkReadings([keyed(reading({}))], context)).toEqual([]);
  });

  it('refuses an unknown or repeated resolution, an unknown State, a text listed twice and a future date', () => {
    expect(messages(checkReadings([keyed(reading({ resolutions: ['A/HRC/RES/99/1'] }))], context))).toEqual([
      'x.resolutions[0]: A/HRC/RES/99/1 has no file in content/resolutions/; expected a resolution the archive holds',
    ]);
    expect(
      messages(checkReadings([keyed(reading({ resolutions: ['A/HRC/RES/37/23', 'A/HRC/RES/37/23'] }))], context)),
    ).toEqual(['x.resolutions: expected each resolution once; found one listed twice']);
    expect(messages(checkReadings([keyed(reading({ voice: 'state', state: 'Atlantis' }))], context))).toHaveLength(1);
    expect(messages(checkReadings([keyed(reading({}), 'a'), keyed(reading({}), 'b')], context))).toEqual([
      'b.url: is already the address of a; expected each text once',
    ]);
    expect(messages(checkReadings([keyed(reading({ issued: '2027' }))], context))).toEqual([
      'x.issued: expected a date on or before the date of this build (2026-12-05); found 2027',
    ]);
  });

  it("refuses the sponsor's own texts counted as a State placed by its vote", () => {
    expect(messages(checkReadings([keyed(reading({ voice: 'state', state: 'China' }))], context))).toEqual([
      "x.voice: expected sponsor, since China presented A/HRC/RES/37/23: its voice is the sponsor's, not that of a State placed by its vote; found state",
    ]);
    expect(messages(checkReadings([keyed(reading({ voice: 'state', state: 'Japan' }))], context))).toEqual([]);
  });
});

describe('titles in other languages and drafting', () => {
  const drafting: DraftingData = draftingSchema.parse({
    draftRecord: { value: 'Draft resolution A/HRC/37/L.36', status: 'single-source', sources: ['https://e.org/r'] },
    originalTitle: {
      value: 'Promoting the international human rights cause through win-win cooperation',
      status: 'single-source',
      sources: ['https://e.org/t'],
    },
  });
  const title = (change: Partial<OtherTitleData>): OtherTitleData => ({
    renders: TITLE,
    lang: 'zh',
    text: '在人权领域促进合作共赢',
    publisher: 'Xinhua',
    issued: '2018-03',
    url: 'https://source.test/zh',
    ...change,
  });
  const checkT = (change: Partial<OtherTitleData>) =>
    messages(checkTitles([keyed(title(change))], [keyed(drafting, 'a-hrc-res-37-23')], context));

  it("accepts a wording of a held resolution's title or of a draft's original title", () => {
    expect(checkT({})).toEqual([]);
    expect(checkT({ renders: 'Promoting the international human rights cause through win-win cooperation' })).toEqual(
      [],
    );
    expect(checkT({ about: 'A/HRC/RES/37/23' })).toEqual([]);
  });

  it('refuses a title that renders no title the archive holds, an unknown resolution and a future date', () => {
    expect(checkT({ renders: 'Promoting mutually beneficial cooperation in the field of human right' })).toEqual([
      "x.renders: expected the English title of a resolution the archive holds, or a draft's original title, letter for letter; found “Promoting mutually beneficial cooperation in the field of human right”",
    ]);
    expect(checkT({ about: 'A/HRC/RES/99/1' })).toHaveLength(1);
    expect(
      checkT({
        about: 'A/HRC/RES/37/23',
        renders: 'Promoting the international human rights cause through win-win cooperation',
      }),
    ).toEqual([]);
    expect(checkT({ issued: '2027-01' })).toHaveLength(1);
  });

  it('shows a wording where it belongs: on the resolution it was about, else on a series page', () => {
    const withRelated: RecordContext = {
      ...context,
      resolutions: [
        ...context.resolutions,
        {
          symbol: 'A/HRC/RES/48/7',
          title: 'Negative impact of the legacies of colonialism on the enjoyment of human rights',
          series: 'related',
          mainSponsors: ['China'],
          adopted: '2021-10-08',
          votes: new Map(),
        },
      ],
    };
    const check = (change: Partial<OtherTitleData>) =>
      messages(checkTitles([keyed(title(change))], [keyed(drafting, 'a-hrc-res-37-23')], withRelated));
    expect(check({ about: 'A/HRC/RES/48/7' })).toEqual([
      `x.renders: expected the title of A/HRC/RES/48/7 or of its draft, since the wording was written about it; found “${TITLE}”`,
    ]);
    const colonialism = 'Negative impact of the legacies of colonialism on the enjoyment of human rights';
    expect(check({ renders: colonialism })).toEqual([
      'x.about: expected the resolution the wording was written about: a title outside the two series has no series page to show it on',
    ]);
    expect(check({ renders: colonialism, about: 'A/HRC/RES/48/7' })).toEqual([]);
  });

  it('keys drafting by the slug of a held resolution', () => {
    expect(checkDrafting([keyed(drafting, 'a-hrc-res-37-23')], context)).toEqual([]);
    expect(messages(checkDrafting([keyed(drafting, 'a-hrc-res-37-24')], context))).toEqual([
      'a-hrc-res-37-24: expected the slug of a resolution the archive holds (a-hrc-res-37-23); found none by that slug',
    ]);
  });
});
