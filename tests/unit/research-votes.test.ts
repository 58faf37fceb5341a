/**
 * The archive's roll-calls against the research they were copied from (a copy of the research's
 * votes.json, kept in tests/fixtures so that tests never read outside the project): every State's
 * vote, every official total, every ISO code.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CORE_SCHEMA, load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { contentRoot, readResolutions } from '../support/content.ts';

interface ResearchVote {
  totals: { yes: number; no: number; abstain: number; non_voting: number };
  rollcall_counts: { yes: number; no: number; abstain: number; non_voting: number };
  in_favour: string[];
  against: string[];
  abstaining: string[];
  not_voting: string[];
  iso3: Record<'in_favour' | 'against' | 'abstaining' | 'not_voting', string[]>;
  sources: Array<{ url: string }>;
}

const research = JSON.parse(
  readFileSync(join(import.meta.dirname, '..', 'fixtures', 'research', 'votes.json'), 'utf8'),
) as Record<string, ResearchVote>;
const states = load(readFileSync(join(contentRoot, 'states.yaml'), 'utf8'), { schema: CORE_SCHEMA }) as Record<
  string,
  { name: string; iso3: string }
>;
const codeOf = new Map(Object.values(states).map((s) => [s.name, s.iso3]));
const groups = [
  ['inFavour', 'in_favour'],
  ['against', 'against'],
  ['abstaining', 'abstaining'],
  ['notVoting', 'not_voting'],
] as const;

describe('roll-calls equal the research', () => {
  const resolutions = readResolutions();

  it('covers every resolution of the research, and no other', () => {
    expect(
      resolutions
        .filter((r) => r.vote.rollCall)
        .map((r) => r.symbol)
        .sort(),
    ).toEqual(Object.keys(research).sort());
  });

  for (const r of resolutions) {
    const expected = research[r.symbol];
    if (!expected) continue;
    it(`${r.symbol}: every State's vote, the official totals, the record and the ISO codes`, () => {
      for (const [ours, theirs] of groups) {
        expect([...r.vote.rollCall[ours]].sort(), `${r.symbol} ${ours}`).toEqual([...expected[theirs]].sort());
        expect(
          expected[theirs].map((name: string) => codeOf.get(name)),
          `${r.symbol} ${ours} codes`,
        ).toEqual(expected.iso3[theirs]);
      }
      expect([r.vote.inFavour, r.vote.against, r.vote.abstaining]).toEqual([
        expected.totals.yes,
        expected.totals.no,
        expected.totals.abstain,
      ]);
      expect(r.vote.rollCall.record).toBe(expected.sources[0]?.url);
      const declared = r.vote.rollCall.discrepancy?.rollCallCounts;
      const differs = JSON.stringify(expected.totals) !== JSON.stringify(expected.rollcall_counts);
      expect(declared ?? null).toEqual(
        differs
          ? {
              inFavour: expected.rollcall_counts.yes,
              against: expected.rollcall_counts.no,
              abstaining: expected.rollcall_counts.abstain,
              notVoting: expected.rollcall_counts.non_voting,
            }
          : null,
      );
    });
  }
});
