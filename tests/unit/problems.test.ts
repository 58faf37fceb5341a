import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  describeValue,
  fieldPath,
  formatProblemLines,
  issueProblems,
  problemLine,
  stopBuild,
} from '../../src/lib/problems.ts';

afterEach(() => vi.restoreAllMocks());

describe('one format for every problem', () => {
  it('names a field by its path', () => {
    expect(fieldPath(['vote', 'rollCall', 'inFavour', 3])).toBe('vote.rollCall.inFavour[3]');
    expect(fieldPath([0, 'id'])).toBe('[0].id');
    expect(fieldPath([])).toBe('');
  });

  it('says what was found in words', () => {
    expect(describeValue(undefined)).toBe('nothing');
    expect(describeValue(null)).toBe('nothing');
    expect(describeValue([1, 2])).toBe('a list of 2');
    expect(describeValue({ a: 1 })).toBe('a map of key: value pairs');
    expect(describeValue('short')).toBe('“short”');
    expect(describeValue('x'.repeat(60))).toBe(`“${'x'.repeat(60)}”`);
    expect(describeValue('x'.repeat(61))).toBe(`“${'x'.repeat(57)}…”`);
    expect(describeValue(3)).toBe('3');
    expect(describeValue(false)).toBe('false');
  });

  it('turns a schema’s generic words into what was expected and found', () => {
    expect(
      issueProblems('f.yaml', [
        { path: ['title'], message: 'Invalid input', code: 'invalid_type', expected: 'string', input: 3 },
        { path: ['a'], message: 'Invalid input', code: 'invalid_type', expected: 'bigint', input: 'x' },
        { path: [], message: 'Unrecognized keys: "x", "y"', code: 'unrecognized_keys' },
        { path: ['b'], message: 'expected a title; found none' },
        { path: ['c'], message: 'Invalid option', input: 'z' },
      ]),
    ).toEqual([
      { file: 'f.yaml', field: 'title', message: 'expected text; found 3' },
      { file: 'f.yaml', field: 'a', message: 'expected bigint; found “x”' },
      {
        file: 'f.yaml',
        field: '(the whole record)',
        message: 'expected only the fields of this record; found "x", "y"',
      },
      { file: 'f.yaml', field: 'b', message: 'expected a title; found none' },
      { file: 'f.yaml', field: 'c', message: 'Invalid option; found “z”' },
    ]);
    expect(
      issueProblems('f.yaml', [{ path: ['k'], message: 'Invalid input', code: 'invalid_type', expected: 'object' }]),
    ).toEqual([{ file: 'f.yaml', field: 'k', message: 'expected a map of key: value pairs' }]);
  });

  it('prints every problem on a line of its own under one heading', () => {
    const problem = { file: 'content/x.yaml', field: 'title', message: 'expected text' };
    expect(problemLine(problem)).toBe('content/x.yaml: title: expected text');
    expect(formatProblemLines([problemLine(problem)])).toBe(
      "The archive's content has 1 problem:\n  content/x.yaml: title: expected text",
    );
    expect(formatProblemLines(['a', 'b'])).toBe("The archive's content has 2 problems:\n  a\n  b");
  });

  it('stops the build in one way: every problem printed, then exit code 1', () => {
    // With process.exit stubbed, the call returns; typed as such so the lines after it are reachable.
    const stop: (...args: Parameters<typeof stopBuild>) => void = stopBuild;
    const exit = vi.spyOn(process, 'exit').mockImplementation((() => undefined) as never);
    const printed: string[] = [];
    stop([{ file: 'f', field: 'g', message: 'm' }, 'content/y.mdx: body: n'], (text) => printed.push(text));
    expect(printed).toEqual(["The archive's content has 2 problems:\n  f: g: m\n  content/y.mdx: body: n"]);
    expect(exit).toHaveBeenCalledWith(1);
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    stop(['a: b: c']);
    expect(error).toHaveBeenCalledWith("The archive's content has 1 problem:\n  a: b: c");
  });
});
