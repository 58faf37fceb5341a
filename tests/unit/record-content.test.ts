import { CORE_SCHEMA, load } from 'js-yaml';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rollCallVotes } from '../../src/lib/roll-calls.ts';
import {
  checkDrafting,
  checkFollowUp,
  checkReadings,
  checkStatements,
  checkTitles,
  type Keyed,
  type RecordContext,
} from '../../src/lib/record-checks.ts';
import { seatIn, voiceOn } from '../../src/lib/voices.ts';
import { draftingSchema } from '../../src/schemas/drafting.ts';
import { followUpSchema } from '../../src/schemas/follow-up.ts';
import { otherTitleSchema } from '../../src/schemas/other-title.ts';
import { readingSchema } from '../../src/schemas/reading.ts';
import { rollCallSchema } from '../../src/schemas/roll-call.ts';
import { statementSchema } from '../../src/schemas/statement.ts';
import type { z } from 'zod';
import { contentRoot, readResolutions, readStates } from '../support/content.ts';

function list<S extends z.ZodType>(file: string, schema: S): Keyed<z.infer<S>>[] {
  const items = load(readFileSync(join(contentRoot, file), 'utf8'), { schema: CORE_SCHEMA }) as Array<
    Record<string, unknown>
  >;
  return items.map(({ id, ...rest }) => ({ file, id: String(id), data: schema.parse(rest) }));
}

const resolutions = readResolutions();
const context: RecordContext = {
  buildDate: '2026-12-05',
  resolutions: resolutions.map((r) => ({
    symbol: r['symbol'],
    title: r['title'],
    series: r['series'],
    mainSponsors: r['mainSponsors'].value ?? [],
    adopted: r['adopted'].value,
    votes: new Map(rollCallVotes(rollCallSchema.parse(r['vote'].rollCall)).map((v) => [v.name, v.group])),
  })),
  stateNames: readStates().map((s) => s.name),
  sessions: Object.entries(
    load(readFileSync(join(contentRoot, 'sessions.yaml'), 'utf8'), { schema: CORE_SCHEMA }) as Record<
      string,
      { parts: Array<{ start: string; end: string }> }
    >,
  ).map(([number, s]) => ({ number: Number(number), parts: s.parts })),
};
const statements = list('statements.yaml', statementSchema);
const readings = list('further-reading.yaml', readingSchema);
const drafting = Object.entries(
  load(readFileSync(join(contentRoot, 'drafting.yaml'), 'utf8'), { schema: CORE_SCHEMA }) as Record<string, unknown>,
).map(([id, value]) => ({ file: 'drafting.yaml', id, data: draftingSchema.parse(value) }));

describe('the record around each vote, as the content holds it', () => {
  it('passes every cross-check', () => {
    expect([
      ...checkStatements(statements, context),
      ...checkFollowUp(list('follow-up.yaml', followUpSchema), context),
      ...checkReadings(readings, context),
      ...checkTitles(list('titles.yaml', otherTitleSchema), drafting, context),
      ...checkDrafting(drafting, context),
    ]).toEqual([]);
  });

  it('has a drafting record for every resolution, and the other sides beside the sponsor for each', () => {
    expect(drafting.map((d) => d.id).sort()).toEqual(resolutions.map((r) => String(r['file']).replace('.yaml', '')));
    const voteOf = (state: string, symbol: string) =>
      seatIn(context.resolutions.find((r) => r.symbol === symbol)?.votes, state);
    for (const symbol of ['A/HRC/RES/35/21', 'A/HRC/RES/37/23', 'A/HRC/RES/43/21', 'A/HRC/RES/49/19']) {
      const voices = readings.flatMap((r) =>
        r.data.resolutions.includes(symbol) ? [voiceOn(r.data, symbol, voteOf)] : [],
      );
      expect(voices, symbol).toContain('state-against');
      expect(voices, symbol).toContain('sponsor');
    }
  });

  it('shows, not settles, the two counts of the consultations on 49/19', () => {
    const counts = drafting
      .find((d) => d.id === 'a-hrc-res-49-19')
      ?.data.consultations.map((c) => [c.countedBy, c.rounds]);
    expect(counts).toEqual(
      expect.arrayContaining([
        ['China, speaking for the core group', 8],
        ['the United States', 7],
      ]),
    );
  });
});
