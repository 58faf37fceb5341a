import { describe, expect, it } from 'vitest';
import { ordinal, sessionName } from '../../src/lib/sessions.ts';

describe('session names', () => {
  it('uses English ordinals, including the teens', () => {
    expect([1, 2, 3, 4, 11, 12, 13, 21, 22, 23, 35, 41, 42, 43, 51, 111].map(ordinal)).toEqual([
      '1st',
      '2nd',
      '3rd',
      '4th',
      '11th',
      '12th',
      '13th',
      '21st',
      '22nd',
      '23rd',
      '35th',
      '41st',
      '42nd',
      '43rd',
      '51st',
      '111th',
    ]);
  });

  it('names a regular session', () => {
    expect(sessionName(49)).toBe('49th regular session of the Human Rights Council');
  });
});
