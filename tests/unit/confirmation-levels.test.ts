import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import {
  fact,
  factStatus,
  isoDate,
  langTag,
  sources,
  statusProblem,
  symbol,
  title,
  voteCount,
  webUrl,
  written,
} from '../../src/schemas/common.ts';

const a = 'https://a.example/';
const b = 'https://b.example/';

describe('confirmation levels', () => {
  it('confirms a fact only on two different sources: one source listed twice is one source', () => {
    expect(statusProblem({ status: 'confirmed', sources: [a, b], known: true })).toBeUndefined();
    expect(statusProblem({ status: 'confirmed', sources: [a, a], known: true })).toEqual({
      field: 'sources',
      message: 'expected two or more different sources for a confirmed fact (or status single-source); found 1',
    });
    expect(statusProblem({ status: 'confirmed', sources: [], known: true })?.message).toMatch(/found 0$/);
  });

  it('needs a source for a single-source or unconfirmed fact', () => {
    expect(statusProblem({ status: 'single-source', sources: [a], known: true })).toBeUndefined();
    expect(statusProblem({ status: 'unconfirmed', sources: [a], known: true })).toBeUndefined();
    for (const status of ['single-source', 'unconfirmed'] as const)
      expect(statusProblem({ status, sources: [], known: true })).toEqual({
        field: 'sources',
        message: `expected at least one source for a ${status} fact; found none`,
      });
  });

  it('keeps not-found for a fact without a value, and only for it', () => {
    expect(statusProblem({ status: 'not-found', sources: [], known: false })).toBeUndefined();
    expect(statusProblem({ status: 'not-found', sources: [], known: true })).toEqual({
      field: 'status',
      message: 'expected a status other than not-found, since a value is given; found not-found',
    });
    expect(statusProblem({ status: 'confirmed', sources: [a, b], known: false })).toEqual({
      field: 'status',
      message: 'expected not-found, since no value is given; found confirmed',
    });
  });

  it('applies the levels to a fact of any type, an empty list being no value', () => {
    const names = fact(z.array(z.string()));
    const issues = (data: unknown) =>
      names.safeParse(data).error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`) ?? [];
    expect(issues({ value: ['x'], status: 'single-source', sources: [a] })).toEqual([]);
    expect(issues({ value: [], status: 'not-found', sources: [] })).toEqual([]);
    expect(issues({ value: null, status: 'not-found', sources: [] })).toEqual([]);
    expect(issues({ value: [], status: 'single-source', sources: [a] })).toEqual([
      'status: expected not-found, since no value is given; found single-source',
    ]);
    expect(issues({ value: ['x'], status: 'confirmed', sources: [a, a] })).toEqual([
      'sources: expected two or more different sources for a confirmed fact (or status single-source); found 1',
    ]);
    expect(names.safeParse({ value: [], status: 'confirmed', sources: [a, b] }).error?.issues[0]?.code).toBe('custom');
  });
});

describe('shared building blocks', () => {
  it("refuses the drafting tool's placeholder where the editor's words are expected", () => {
    expect(written.safeParse('The State spoke.').success).toBe(true);
    expect(written.safeParse('').success).toBe(false);
    expect(written.safeParse('CHECK: the summary').error?.issues[0]?.message).toBe(
      "expected the editor's own words; found the drafting tool's placeholder (CHECK: …)",
    );
    // Only a leading mark is the placeholder.
    expect(written.safeParse('Says CHECK: twice').success).toBe(true);
  });

  it('accepts language tags the platform knows, and nothing else', () => {
    for (const tag of ['en', 'zh', 'zh-Hant', 'ara']) expect(langTag.safeParse(tag).success, tag).toBe(true);
    for (const tag of ['', 'EN', 'english', 'en_GB', 'x-', 'en-', 'e'])
      expect(langTag.safeParse(tag).success, tag).toBe(false);
    expect(langTag.safeParse('de-1').error?.issues[0]?.message).toBe(
      'expected a language tag such as en, zh or zh-Hant',
    );
  });

  it('says what each shared field expects', () => {
    const message = (schema: z.ZodType, value: unknown) => schema.safeParse(value).error?.issues[0]?.message;
    expect(message(isoDate, 20180323)).toBe('expected a date written YYYY-MM-DD (in quotes in YAML)');
    expect(message(isoDate, '2018-02-30')).toBe('expected a real calendar date written YYYY-MM-DD');
    expect(message(webUrl, 'example.org')).toBe('expected a full http(s) URL');
    expect(message(sources, 'https://a.example/')).toBe('expected a list of source URLs');
    expect(message(symbol, 'HRC 37/23')).toBe('expected a resolution symbol such as A/HRC/RES/37/23');
    expect(message(voteCount, 2.5)).toBe('expected a whole number');
    expect(message(voteCount, -1)).toBe('expected zero or more');
    expect(message(factStatus, 'probable')).toBe('expected one of: confirmed, single-source, unconfirmed, not-found');
  });

  it('takes web addresses only: http or https, and no other scheme that merely contains them', () => {
    for (const url of ['http://a.example/', 'https://a.example/x?y=1'])
      expect(webUrl.safeParse(url).success).toBe(true);
    for (const url of ['ftp://a.example/', 'xhttp://a.example/', 'httpsx://a.example/', 'mailto:a@a.example'])
      expect(webUrl.safeParse(url).success, url).toBe(false);
    // Not an address at all: one issue, not a crash in the check for placeholders.
    expect(webUrl.safeParse('example.org').error?.issues.map((i) => i.message)).toEqual([
      'expected a full http(s) URL',
    ]);
  });

  it("refuses the template's example addresses as sources, and only those", () => {
    for (const url of ['https://example.org/', 'http://www.example.com/a', 'https://sub.EXAMPLE.net/'])
      expect(webUrl.safeParse(url).error?.issues[0]?.message, url).toBe(
        "expected the address of a real source; found an example address, the template's placeholder",
      );
    for (const url of ['https://notexample.org/', 'https://example.org.cn/', 'https://example.edu/'])
      expect(webUrl.safeParse(url).success, url).toBe(true);
  });

  it('keeps a title a page can wrap: no word over 40 characters', () => {
    const t = title();
    expect(t.safeParse(`${'x'.repeat(40)} y`).success).toBe(true);
    expect(t.safeParse(`a ${'x'.repeat(41)} b`).error?.issues[0]?.message).toBe(
      `expected words of at most 40 characters, so that the page can wrap the title; found “${'x'.repeat(41)}”`,
    );
    expect(t.safeParse(`a ${'x'.repeat(70)}`).error?.issues[0]?.message).toMatch(new RegExp(`found “x{60}”$`));
    expect(t.safeParse('').error?.issues[0]?.message).toBe('expected a non-empty title');
    expect(t.safeParse(3).error?.issues[0]?.message).toBe('expected a title');
    expect(t.safeParse('CHECK: the headline').error?.issues[0]).toMatchObject({
      code: 'custom',
      message: "expected the title itself; found the drafting tool's placeholder (CHECK: …)",
    });
    expect(t.safeParse('Read this CHECK: later').success).toBe(true);
    expect(t.safeParse(`a ${'x'.repeat(41)}`).error?.issues[0]?.code).toBe('custom');
    expect(title('expected the page title').safeParse(3).error?.issues[0]?.message).toBe('expected the page title');
  });
});
