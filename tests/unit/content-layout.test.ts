import { describe, expect, it } from 'vitest';
import { checkLayout, checkText, decodeCapture } from '../../src/lib/content-layout.ts';

describe('where content may live', () => {
  it('reads the known places and leaves templates alone', () => {
    expect(
      checkLayout([
        'articles/a.mdx',
        'captures/a.txt',
        'resolutions/a-hrc-res-37-23.yaml',
        'series/development.mdx',
        'sessions.yaml',
        'events.yaml',
        'states.yaml',
        'templates/resolution.yaml',
      ]),
    ).toEqual([]);
  });

  it('refuses files in subfolders, unknown places and wrong extensions, and one record saved twice', () => {
    expect(
      checkLayout([
        'resolutions/old/a-hrc-res-1-1.yaml',
        'notes.txt',
        'drafts/x.yaml',
        'resolutions/a.json',
        'resolutions/a-hrc-res-37-23.yaml',
        'resolutions/a-hrc-res-37-23.yml',
      ]),
    ).toMatchInlineSnapshot(`
      [
        {
          "field": "(file)",
          "file": "content/drafts/x.yaml",
          "message": "expected content in one of the folders articles, captures, resolutions, series; found a folder the build does not read",
        },
        {
          "field": "(file)",
          "file": "content/notes.txt",
          "message": "expected only sessions.yaml, events.yaml, states.yaml, statements.yaml, follow-up.yaml, further-reading.yaml, titles.yaml, drafting.yaml and the folders articles, captures, resolutions, series at the top of content/; found a file the build does not read",
        },
        {
          "field": "(file)",
          "file": "content/resolutions/a-hrc-res-37-23.yml",
          "message": "expected one file per record; found the same record also saved as content/resolutions/a-hrc-res-37-23.yaml (keep one)",
        },
        {
          "field": "(file)",
          "file": "content/resolutions/a.json",
          "message": "expected a .yaml or .yml file in content/resolutions/; found a .json file",
        },
        {
          "field": "(file)",
          "file": "content/resolutions/old/a-hrc-res-1-1.yaml",
          "message": "expected the file directly in content/resolutions/; found it in a subfolder, which the build does not read (move it up)",
        },
      ]
    `);
  });
});

describe('what a file may hold', () => {
  it('refuses a byte-order mark and an empty file', () => {
    expect(checkText('content/states.yaml', '\uFEFFafghanistan:\n')[0]?.message).toBe(
      'expected UTF-8 without a byte-order mark; found one at the start of the file (save it again without a BOM)',
    );
    expect(checkText('content/states.yaml', ' \n\n')[0]?.message).toBe('expected content; found an empty file');
    expect(checkText('content/states.yaml', 'afghanistan:\n')).toEqual([]);
  });
});

describe('a capture’s bytes', () => {
  it('are held to the rules of any text too', () => {
    expect(decodeCapture('c.txt', bytes('  \n')).problems.map((p) => p.message)).toEqual([
      'expected content; found an empty file',
    ]);
  });

  const bytes = (...parts: Array<string | number[]>) =>
    Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'utf8') : Buffer.from(p))));

  it('accepts UTF-8, a “�” written in it included', () => {
    expect(decodeCapture('c.txt', bytes('café – “quoted” �'))).toEqual({ text: 'café – “quoted” �', problems: [] });
  });

  it('names the line and the byte of the first that is not UTF-8', () => {
    expect(decodeCapture('c.txt', bytes('a\n�b\ncaf', [0xe9], ' au lait')).problems).toEqual([
      {
        file: 'c.txt',
        field: '(file)',
        message:
          'expected text in UTF-8; found bytes that are not UTF-8 on line 3, at byte 11 (save the capture again as UTF-8)',
      },
    ]);
    expect(decodeCapture('c.txt', bytes([0x80])).problems.map((p) => p.message)).toEqual([
      expect.stringContaining('on line 1, at byte 1 '),
    ]);
  });
});
