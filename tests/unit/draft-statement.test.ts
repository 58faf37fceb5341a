import { CORE_SCHEMA, load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { draftStatement } from '../../src/lib/drafts.ts';
import { statementSchema } from '../../src/schemas/statement.ts';

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
      date: '2018-03-23',
      speaker: { state: 'United States' },
      stage: 'explanation-of-vote',
      sources: [EOV],
    });
    expect(draft.guesses).toEqual([
      'speaker.state: United States (from the address geneva.usmission.gov)',
      'date: 2018-03-23 (from the address)',
      'stage: explanation-of-vote',
    ]);
  });

  it('writes a record the build refuses until the editor has filled it in, saying which fields', () => {
    const { rest } = parsed(draftStatement('A/HRC/RES/37/23', EOV, new Set()).yaml);
    const fields = (statementSchema.safeParse(rest).error?.issues ?? []).map((i) => i.path.join('.'));
    expect(fields).toEqual(['position', 'summary']);
    const { rest: unknownHost } = parsed(draftStatement('A/HRC/RES/46/13', 'https://example.org/a', new Set()).yaml);
    expect((statementSchema.safeParse(unknownHost).error?.issues ?? []).map((i) => i.path.join('.'))).toEqual([
      'date',
      'speaker.organisation',
      'position',
      'summary',
    ]);
  });

  it('guesses a presentation and the mission of China, and never reuses an id', () => {
    const intro = draftStatement(
      'A/HRC/RES/49/19',
      'http://geneva.china-mission.gov.cn/eng/dbtyw/rqsw/202204/t20220404_introducing.htm',
      new Set(['49-19-china-introduction']),
    );
    expect(intro.id).toBe('49-19-china-introduction-2');
    expect(parsed(intro.yaml).rest).toMatchObject({ speaker: { state: 'China' }, stage: 'introduction' });
  });

  it('refuses what is not a symbol or not an http(s) address', () => {
    expect(() => draftStatement('37/23', EOV, new Set())).toThrow('is not a resolution symbol');
    expect(() => draftStatement('A/HRC/RES/37/23', 'geneva.usmission.gov', new Set())).toThrow('is not an address');
    expect(() => draftStatement('A/HRC/RES/37/23', 'ftp://example.org/a', new Set())).toThrow(
      'is not an http(s) address',
    );
  });
});
