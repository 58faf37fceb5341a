/** A vote is confirmed only by a second source: never by the voting record, or a copy of it, again. */
import { describe, expect, it } from 'vitest';
import { checkRollCall, rollCallVotes, type StateRef } from '../../src/lib/roll-calls.ts';
import { rollCallSchema, type RollCall } from '../../src/schemas/roll-call.ts';

const names = (from: number, count: number) => Array.from({ length: count }, (_, i) => `State ${from + i}`);
const states: StateRef[] = names(0, 47).map((name, i) => ({ slug: `s-${i}`, name, iso3: `S${i}` }));
const record = 'https://searchlibrary.ohchr.org/record/1';
const copy = 'https://digitallibrary.un.org/record/1';
const statement = 'https://geneva.usmission.gov/eov';

function rollCall(confirmations: RollCall['confirmations']): RollCall {
  return rollCallSchema.parse({
    record,
    sources: [record, copy],
    inFavour: names(0, 28),
    against: names(28, 1),
    abstaining: names(29, 17),
    notVoting: names(46, 1),
    confirmations,
    membership: { year: 2018, finding: 'The 47 members.', sources: ['https://www.ohchr.org/members'] },
  });
}
const counts = { inFavour: 28, against: 1, abstaining: 17 };
const confirming = (source: string) => [{ source, quote: 'Voted no.', vote: 'against' as const, states: ['State 28'] }];

describe('a confirmation of votes', () => {
  it('is another source: it confirms the votes it names', () => {
    const call = rollCall(confirming(statement));
    expect(checkRollCall(call, counts, states)).toEqual([]);
    expect(rollCallVotes(call).find((v) => v.name === 'State 28')).toMatchObject({
      status: 'confirmed',
      sources: [record, statement],
    });
    expect(rollCallVotes(call).find((v) => v.name === 'State 0')?.status).toBe('single-source');
  });

  for (const [what, source] of [
    ['the voting record', record],
    ['a copy of it', copy],
  ] as const) {
    it(`is refused when it is ${what}, and confirms nothing`, () => {
      const call = rollCall(confirming(source));
      expect(checkRollCall(call, counts, states)).toEqual([
        {
          field: 'vote.rollCall.confirmations[0].source',
          message: `expected a source other than the voting record it confirms (or a copy of it); found ${source}`,
        },
      ]);
      expect(rollCallVotes(call).find((v) => v.name === 'State 28')).toMatchObject({
        status: 'single-source',
        sources: [record],
      });
    });
  }
});
