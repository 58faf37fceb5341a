import { describe, expect, it } from 'vitest';
import { markUrlTextLinks } from '../../src/lib/print-links.ts';

describe('links that print their address once', () => {
  it('marks a link whose text is its address, whatever its other attributes', () => {
    expect(markUrlTextLinks('<a href="https://a.org/x" rel="external">https://a.org/x</a>')).toBe(
      '<a href="https://a.org/x" rel="external" data-url-text>https://a.org/x</a>',
    );
    expect(markUrlTextLinks('<a href="http://b.org/">\n http://b.org/ </a>')).toBe(
      '<a href="http://b.org/" data-url-text>http://b.org/</a>',
    );
  });

  it('leaves a link named otherwise, a link within the site and a link already marked as they are', () => {
    for (const html of [
      '<a href="https://a.org/x">a.org</a>',
      '<a href="/states/">/states/</a>',
      '<a href="https://a.org/x" data-url-text>https://a.org/x</a>',
    ])
      expect(markUrlTextLinks(html)).toBe(html);
  });
});
