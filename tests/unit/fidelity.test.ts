import { describe, expect, it } from 'vitest';
import {
  checkRemovedLines,
  compareParagraphs,
  compareText,
  expectedParagraphs,
  markdownParagraphs,
  normaliseWhitespace,
} from '../../src/lib/fidelity.ts';
import { readArticles, readCapture } from '../support/content.ts';

const capture = [
  'Headline',
  '',
  'Home > News',
  'First paragraph,',
  'still first.',
  '',
  'Second  paragraph.',
  'Footer',
].join('\n');
const removed = [
  { line: 1, text: 'Headline' },
  { line: 3, text: 'Home > News' },
  { line: 8, text: 'Footer' },
];

describe('fidelity to the capture', () => {
  it('keeps every line that is not declared, one paragraph per line', () => {
    expect(expectedParagraphs(capture, removed)).toEqual(['First paragraph,', 'still first.', 'Second paragraph.']);
  });

  it('accepts declared lines that read exactly as captured', () => {
    expect(checkRemovedLines(capture, removed)).toEqual([]);
  });

  it('rejects a declared line that is not in the capture', () => {
    expect(checkRemovedLines(capture, [{ line: 3, text: 'Home > World' }])).toEqual([
      'capture.removed[0]: expected the text of capture line 3, which is "Home > News", but the entry says "Home > World"',
    ]);
    expect(checkRemovedLines(capture, [{ line: 99, text: 'x' }])[0]).toMatch(
      /line 99 does not exist; the capture has 8 lines/,
    );
  });

  it('compares white space loosely and words strictly', () => {
    expect(normaliseWhitespace(' a\n\u00a0b\t c ')).toBe('a b c');
    expect(compareText(['First paragraph,', 'still first.'], 'First   paragraph,\nstill first.')).toBeUndefined();
    expect(compareText(['First paragraph,'], 'First paragraph;')).toMatch(/First difference at character 16/);
  });

  it('checks paragraph for paragraph against a Markdown body', () => {
    const body = 'First paragraph,\n\nstill first.\n\nSecond paragraph.\n';
    expect(compareParagraphs(expectedParagraphs(capture, removed), markdownParagraphs(body))).toBeUndefined();
    expect(
      compareParagraphs(
        expectedParagraphs(capture, removed),
        markdownParagraphs('First paragraph, still first.\n\nSecond paragraph.'),
      ),
    ).toMatch(/^paragraph 1 differs/);
    expect(
      compareParagraphs(expectedParagraphs(capture, removed), markdownParagraphs(body + '\nAn extra line.')),
    ).toMatch(/^paragraph 4 is not in the capture/);
  });

  describe.each(readArticles())('$file', (article) => {
    const seed = readCapture(article.frontmatter.capture.file);
    const expected = expectedParagraphs(seed, article.frontmatter.capture.removed);

    it('declares only lines that are in its capture', () => {
      expect(checkRemovedLines(seed, article.frontmatter.capture.removed)).toEqual([]);
    });

    it('holds the capture verbatim, paragraph for paragraph', () => {
      expect(compareParagraphs(expected, markdownParagraphs(article.body))).toBeUndefined();
    });

    it('fails when one word of the body is changed', () => {
      const words = article.body.split(' ');
      const middle = Math.floor(words.length / 2);
      words[middle] = `${words[middle]}x`;
      expect(compareParagraphs(expected, markdownParagraphs(words.join(' ')))).toMatch(/differs from the capture/);
      expect(compareText(expected, words.join(' '))).toMatch(/First difference/);
    });
  });
});
