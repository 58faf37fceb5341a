import { CORE_SCHEMA, load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { draftStatement } from '../../src/lib/drafts.ts';
import { statementPositions, statementSchema, statementStages } from '../../src/schemas/statement.ts';

const EOV = 'https://geneva.usmission.gov/2018/03/23/eov-on-mutually-beneficial-cooperation-l-36/';

function parsed(yaml: string) {
  const [record] = load(yaml, { schema: CORE_SCHEMA }) as Array<Record<string, unknown>>;
  const { id, ...rest } = record ?? {};
  return { id, rest };
}

describe('drafting a statement', () => {
  it('fills in the symbol and the source, and guesses the State, the date and the stage from the address', () => {
    const draft = draftStatement('A/HRC/RES/37/23', EOV, new Set());
    expect(draft.id).toBe('37-23-united-states-explanation-of-vote');
    const { id, rest } = parsed(draft.yaml);
    expect(id).toBe(draft.id);
    expect(rest).toMatchObject({
      resolution: 'A/HRC/RES/37/23',
      date: 'CHECK: 2018-03-23, read from the address; the day it was said, YYYY-MM-DD',
      speaker: { state: 'CHECK: United States, guessed from the address; the State as states.yaml names it' },
      stage: expect.stringMatching(/^CHECK: explanation-of-vote, guessed from the address; one of introduction, /),
      sources: [EOV],
    });
    expect(draft.guesses).toEqual([
      'speaker.state: United States (from the address geneva.usmission.gov)',
      'date: 2018-03-23 (from the address)',
      'stage: explanation-of-vote (from the address)',
    ]);
  });

  it('writes a record the build refuses, field by field, until the editor has confirmed every guess', () => {
    const fields = (yaml: string) =>
      (statementSchema.safeParse(parsed(yaml).rest).error?.issues ?? []).map((i) => i.path.join('.')).sort();
    expect(fields(draftStatement('A/HRC/RES/37/23', EOV, new Set()).yaml)).toEqual(
      ['date', 'position', 'speaker.state', 'stage', 'status', 'summary'].sort(),
    );
    expect(fields(draftStatement('A/HRC/RES/46/13', 'https://www.ngo.test/a', new Set()).yaml)).toEqual(
      ['date', 'position', 'speaker.organisation', 'stage', 'status', 'summary'].sort(),
    );
  });

  it('tells an explanation of position from one of vote, and reads a date written without separators', () => {
    const position = draftStatement(
      'A/HRC/RES/35/21',
      'https://geneva.usmission.gov/2017/06/23/explanation-of-position-on-resolution-ahrc35l-33/',
      new Set(),
    );
    expect(position.guesses).toContain('stage: explanation-of-position (from the address)');
    const representative = draftStatement(
      'A/HRC/RES/37/23',
      'https://example.org/statement-by-the-permanent-representative',
      new Set(),
    );
    expect(representative.guesses).toContain('stage: statement-at-adoption (from the address)');
    const compact = draftStatement(
      'A/HRC/RES/49/19',
      'http://geneva.china-mission.gov.cn/eng/dbtyw/rqsw/202204/t20220404_10664531.htm',
      new Set(),
    );
    expect(compact.guesses).toContain('date: 2022-04-04 (from the address)');
  });

  it('guesses a presentation and the mission of China, and never reuses an id', () => {
    const intro = draftStatement(
      'A/HRC/RES/49/19',
      'http://geneva.china-mission.gov.cn/eng/dbtyw/rqsw/202204/t20220404_introducing.htm',
      new Set(['49-19-china-introduction']),
    );
    expect(intro.id).toBe('49-19-china-introduction-2');
    expect(intro.guesses).toEqual([
      'speaker.state: China (from the address geneva.china-mission.gov.cn)',
      'date: 2022-04-04 (from the address)',
      'stage: introduction (from the address)',
    ]);
  });

  it('names the State of each mission it knows by its host, and only by the end of the host', () => {
    const stateOf = (host: string) =>
      draftStatement('A/HRC/RES/37/23', `https://${host}/a`, new Set()).guesses[0]?.replace(/ \(from .*$/, '');
    expect(
      [
        'geneva.usmission.gov',
        'www.china-un.ch',
        'www.fmprc.gov.cn',
        'geneva.china-mission.gov.cn',
        'www.emb-japan.go.jp',
      ].map(stateOf),
    ).toEqual([
      'speaker.state: United States',
      'speaker.state: China',
      'speaker.state: China',
      'speaker.state: China',
      'speaker.state: Japan',
    ]);
    expect(['www.mofa.go.jp', 'pmindiaun.gov.in', 'www.mea.gov.in', 'www.gov.uk'].map(stateOf)).toEqual([
      'speaker.state: Japan',
      'speaker.state: India',
      'speaker.state: India',
      'speaker.state: United Kingdom',
    ]);
    const lookAlikes = [
      'usmission.gov.example.org',
      'china-mission.gov.cn.example.org',
      'china-un.ch.example.org',
      'fmprc.gov.cn.example.org',
      'emb-japan.go.jp.example.org',
      'mofa.go.jp.example.org',
      'pmindiaun.gov.in.example.org',
      'mea.gov.in.example.org',
      'gov.uk.example.org',
    ];
    for (const host of lookAlikes)
      expect(stateOf(host), host).toBe('speaker: not guessed; name the State or organisation');
  });

  it('says what it could not guess, and names the record after the host without its "www."', () => {
    const draft = draftStatement('A/HRC/RES/37/23', 'https://www.example.org/news/a', new Set());
    expect(draft.id).toBe('37-23-example-org-statement-at-adoption');
    expect(draft.guesses).toEqual([
      'speaker: not guessed; name the State or organisation',
      'date: not in the address; give the day it was said',
      'stage: statement-at-adoption (from the address)',
    ]);
    expect(draft.yaml).toBe(
      [
        '- id: 37-23-example-org-statement-at-adoption',
        '  resolution: A/HRC/RES/37/23',
        '  date: "CHECK: the day it was said, YYYY-MM-DD"',
        '  speaker:',
        '    organisation: "CHECK: the State (state:) or organisation that spoke"',
        `  stage: "CHECK: statement-at-adoption, guessed from the address; one of ${statementStages.join(', ')}"`,
        `  position: "CHECK: one of ${statementPositions.join(', ')} (the build compares it with the roll-call)"`,
        '  summary: "CHECK: the stated reason in one or two sentences of your own words"',
        '  status: "CHECK: single-source, or confirmed with two different sources"',
        '  sources:',
        '  - https://www.example.org/news/a',
        '',
      ].join('\n'),
    );
    expect(draftStatement('A/HRC/RES/37/23', 'https://newwww.example.org/a', new Set()).id).toBe(
      '37-23-newwww-example-org-statement-at-adoption',
    );
  });

  it('reads a presentation, and a date written without separators to the last day of a month', () => {
    const present = draftStatement('A/HRC/RES/37/23', 'https://example.org/2019/present-the-draft', new Set());
    expect(present.guesses[2]).toBe('stage: introduction (from the address)');
    const dated = (path: string) =>
      draftStatement('A/HRC/RES/37/23', `https://example.org/${path}`, new Set()).guesses[1];
    expect(dated('t20211231_1.htm')).toBe('date: 2021-12-31 (from the address)');
    expect(dated('t20220414_1.htm')).toBe('date: 2022-04-14 (from the address)');
    expect(dated('t20221130_1.htm')).toBe('date: 2022-11-30 (from the address)');
    expect(dated('t20221301_1.htm')).toBe('date: not in the address; give the day it was said');
    expect(dated('t202204141.htm')).toBe('date: not in the address; give the day it was said');
  });

  it('counts on past every id already taken', () => {
    const taken = new Set(['37-23-example-org-statement-at-adoption', '37-23-example-org-statement-at-adoption-2']);
    expect(draftStatement('A/HRC/RES/37/23', 'https://example.org/a', taken).id).toBe(
      '37-23-example-org-statement-at-adoption-3',
    );
  });

  it('refuses what is not a symbol or not an http(s) address', () => {
    expect(() => draftStatement('37/23', EOV, new Set())).toThrow('is not a resolution symbol');
    expect(() => draftStatement('A/HRC/RES/37/23', 'geneva.usmission.gov', new Set())).toThrow('is not an address');
    expect(() => draftStatement('A/HRC/RES/37/23', 'ftp://example.org/a', new Set())).toThrow(
      'is not an http(s) address',
    );
  });
});
