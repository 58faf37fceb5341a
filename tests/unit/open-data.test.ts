import { describe, expect, it } from 'vitest';
import { jsonSchemaOf, timelineJs, toCsv, resolutionsFile } from '../../src/lib/open-data.ts';

describe('CSV', () => {
  it('writes a header row and quotes what needs quoting, with CRLF line ends', () => {
    const csv = toCsv(
      [
        { a: 'plain', b: 'with, comma' },
        { a: 'say "hi"', b: 'two\nlines' },
        { a: null, b: 3 },
      ],
      [
        ['a', (r) => r.a],
        ['b', (r) => r.b],
      ],
    );
    expect(csv).toBe('a,b\r\nplain,"with, comma"\r\n"say ""hi""","two\nlines"\r\n,3\r\n');
  });
});

describe('TimelineJS', () => {
  it('maps entries to events with dates split into parts and a stable id', () => {
    const js = timelineJs(
      [
        {
          id: 'a-hrc-res-37-23',
          kind: 'resolution',
          date: '2018-03-23',
          title: 'Promoting…',
          symbol: 'A/HRC/RES/37/23',
          href: '/resolutions/a-hrc-res-37-23/',
        },
      ],
      'https://archive.example',
    );
    expect(js['events']).toEqual([
      {
        unique_id: 'a-hrc-res-37-23',
        start_date: { year: '2018', month: '03', day: '23' },
        text: { headline: 'A/HRC/RES/37/23: Promoting…', text: '' },
        group: 'resolution',
        url: 'https://archive.example/resolutions/a-hrc-res-37-23/',
      },
    ]);
  });
});

describe('JSON Schema', () => {
  it('is draft 2020-12 and describes an array of resolutions', () => {
    const schema = jsonSchemaOf(resolutionsFile, 'resolutions.json');
    expect(schema).toMatchObject({
      title: 'resolutions.json',
      $schema: 'https://json-schema.org/draft/2020-12/schema',
      type: 'array',
    });
  });
});
