import { describe, expect, it } from 'vitest';
import { seriesSchema } from '../../src/schemas/series.ts';

const valid = { title: 'Mutually beneficial cooperation', series: 'cooperation', description: 'The series.' };
const messages = (data: unknown) => {
  const result = seriesSchema.safeParse(data);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};

describe('a series page', () => {
  it('accepts a title, a series and a description of up to 300 characters', () => {
    expect(messages(valid)).toEqual([]);
    expect(messages({ ...valid, description: 'x'.repeat(300) })).toEqual([]);
  });

  it('asks for the title by name', () => {
    expect(messages({ ...valid, title: '' })).toEqual(['title: expected the series title']);
  });

  it('refuses an empty description, and one longer than a page description may be', () => {
    expect(messages({ ...valid, description: '' })).toHaveLength(1);
    expect(messages({ ...valid, description: 'x'.repeat(301) })).toEqual([
      'description: keep the description under 300 characters: it is the page description',
    ]);
  });

  it('refuses a series that is not one of the series', () => {
    expect(messages({ ...valid, series: 'other' }).map((m) => m.split(':')[0])).toEqual(['series']);
  });
});
