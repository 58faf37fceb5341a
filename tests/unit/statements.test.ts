import { describe, expect, it } from 'vitest';
import { groupStatements, listInWords } from '../../src/lib/statements.ts';
import type { StatementData } from '../../src/schemas/statement.ts';

const account: StatementData = {
  resolution: 'A/HRC/RES/46/13',
  date: '2021-03-23',
  speaker: { state: 'Cuba' },
  stage: 'statement-at-adoption',
  position: 'for',
  summary: 'Spoke in support of the draft.',
  reportedBy: 'Xinhua',
  status: 'single-source',
  sources: ['https://example.org/xinhua'],
};
const record = (id: string, data: Partial<StatementData>) => ({ id, data: { ...account, ...data } });

describe('statements as pages list them', () => {
  it('joins the records that give one account for several States, keeping the first one’s place', () => {
    const groups = groupStatements([
      record('cuba', {}),
      record('us', { speaker: { state: 'United States' }, position: 'against', summary: 'Voted no.' }),
      record('eritrea', { speaker: { state: 'Eritrea' }, positionNote: 'A note on Eritrea.' }),
      record('russia', { speaker: { state: 'Russian Federation' } }),
    ]);
    expect(groups.map((g) => g.members.map((m) => m.id))).toEqual([['cuba', 'eritrea', 'russia'], ['us']]);
  });

  it('keeps apart records that differ in anything but the speaker', () => {
    for (const change of [
      { summary: 'Another reason.' },
      { date: '2021-03-24' },
      { stage: 'comment' as const },
      { position: 'concerns' as const },
      { sources: ['https://example.org/other'] },
      { status: 'confirmed' as const, sources: ['https://example.org/a', 'https://example.org/b'] },
      { reportedBy: 'CRI' },
    ]) {
      expect(
        groupStatements([record('a', {}), record('b', { speaker: { state: 'Eritrea' }, ...change })]),
      ).toHaveLength(2);
    }
  });

  it('lists names as a sentence does', () => {
    expect(listInWords([])).toBe('');
    expect(listInWords(['Cuba'])).toBe('Cuba');
    expect(listInWords(['Cuba', 'Egypt'])).toBe('Cuba and Egypt');
    expect(listInWords(['Cuba', 'Egypt', 'Venezuela'])).toBe('Cuba, Egypt and Venezuela');
  });
});
