import { describe, expect, it } from 'vitest';
import { nextAnnotationNumber } from '../../src/lib/annotations.ts';

describe('annotation numbers', () => {
  it('counts from 1 on each page, separately for each page', () => {
    const page = {};
    const other = {};
    expect(nextAnnotationNumber(page)).toBe(1);
    expect(nextAnnotationNumber(page)).toBe(2);
    expect(nextAnnotationNumber(other)).toBe(1);
    expect(nextAnnotationNumber(page)).toBe(3);
    expect(nextAnnotationNumber(other)).toBe(2);
  });
});
