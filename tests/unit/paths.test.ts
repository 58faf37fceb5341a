import { describe, expect, it } from 'vitest';
import { absoluteUrl, dataUrlText, pathWithBase, routes } from '../../src/lib/paths.ts';

describe('pathWithBase', () => {
  it('leaves paths alone at the root', () => {
    expect(pathWithBase('/timeline/', '/')).toBe('/timeline/');
  });

  it('prefixes a sub-path deployment, with or without its trailing slash', () => {
    expect(pathWithBase('/timeline/', '/hrc/')).toBe('/hrc/timeline/');
    expect(pathWithBase('/timeline/', '/hrc')).toBe('/hrc/timeline/');
    expect(pathWithBase('favicon.svg', '/hrc/')).toBe('/hrc/favicon.svg');
    expect(pathWithBase('timeline/', '/hrc//')).toBe('/hrc/timeline/');
  });

  it('builds the permanent resolution address', () => {
    expect(pathWithBase(routes.resolution('a-hrc-res-37-23'), '/hrc/')).toBe('/hrc/resolutions/a-hrc-res-37-23/');
  });
});

describe('absoluteUrl', () => {
  it('joins the site, the base and the path', () => {
    expect(absoluteUrl('/data/', 'https://archive.example', '/hrc/')).toBe('https://archive.example/hrc/data/');
  });
});

describe('text in a data: URL', () => {
  it('escapes what a URL cannot hold, and reads back as the same text', () => {
    const text =
      'TY  - GOVDOC\r\nTI  - Rights & duties: 100% #1 "quoted" <b>\r\nUR  - https://undocs.org/A/HRC/RES/37/23\r\n';
    const encoded = dataUrlText(text);
    expect(encoded).not.toMatch(/[\s#%"<>&](?![0-9A-F]{2})/);
    expect(encoded).toContain('https://undocs.org/A/HRC/RES/37/23');
    expect(decodeURIComponent(encoded)).toBe(text);
  });
});
