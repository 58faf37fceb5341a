import { describe, expect, it } from 'vitest';
import { absoluteUrl, pathWithBase, routes } from '../../src/lib/paths.ts';

describe('pathWithBase', () => {
  it('leaves paths alone at the root', () => {
    expect(pathWithBase('/timeline/', '/')).toBe('/timeline/');
  });

  it('prefixes a sub-path deployment, with or without its trailing slash', () => {
    expect(pathWithBase('/timeline/', '/hrc/')).toBe('/hrc/timeline/');
    expect(pathWithBase('/timeline/', '/hrc')).toBe('/hrc/timeline/');
    expect(pathWithBase('favicon.svg', '/hrc/')).toBe('/hrc/favicon.svg');
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
