import { describe, expect, it } from 'vitest';
import { addressAliases, nameSegment } from '../../src/lib/address-aliases.ts';
import { withFragmentKept } from '../../src/lib/policy-first.ts';

describe('addresses people guess', () => {
  it('writes a name as an address segment', () => {
    expect(nameSegment('South Korea')).toBe('south-korea');
    expect(nameSegment('Côte d’Ivoire')).toBe('cote-d-ivoire');
    expect(nameSegment('R.-U.')).toBe('r-u');
    expect(nameSegment('英国')).toBe('');
  });

  const aliases = addressAliases({
    resolutions: ['A/HRC/RES/46/13'],
    states: [
      { slug: 'united-kingdom', iso3: 'GBR', names: ['United Kingdom', 'UK', 'Royaume-Uni', '英国'] },
      { slug: 'congo', iso3: 'COG', names: ['Congo', 'Congo (Republic)'] },
      { slug: 'democratic-republic-of-the-congo', iso3: 'COD', names: ['Democratic Republic of the Congo', 'Congo'] },
    ],
    capitalsFit: true,
  });
  const to = (from: string) => aliases.find((a) => a.from === from)?.to;

  it('leads every usual form of a symbol to the resolution’s page', () => {
    expect(to('resolutions/46-13')).toBe('resolutions/a-hrc-res-46-13');
    expect(to('resolutions/46/13')).toBe('resolutions/a-hrc-res-46-13');
    expect(to('resolutions/A/HRC/RES/46/13')).toBe('resolutions/a-hrc-res-46-13');
    expect(to('resolutions/A-HRC-RES-46-13')).toBe('resolutions/a-hrc-res-46-13');
  });

  it('leads a State’s code and Latin names to its page, never over a real page, and a shared name nowhere', () => {
    expect(to('states/gbr')).toBe('states/united-kingdom');
    expect(to('states/uk')).toBe('states/united-kingdom');
    expect(to('states/royaume-uni')).toBe('states/united-kingdom');
    expect(to('states/cog')).toBe('states/congo');
    expect(to('states/congo-republic')).toBe('states/congo');
    // "Congo" is both a real page and another State's name: the real page stays.
    expect(aliases.filter((a) => a.from === 'states/congo')).toEqual([]);
    expect(aliases.some((a) => a.from === 'states/united-kingdom' || a.from === 'states/')).toBe(false);
    expect(aliases.every((a) => a.from !== a.to)).toBe(true);
  });

  it('leaves the capitals out where the disk would write them over the permanent page', () => {
    const caseless = addressAliases({ resolutions: ['A/HRC/RES/46/13'], states: [], capitalsFit: false });
    expect(caseless.map((a) => a.from)).toEqual([
      'resolutions/46-13',
      'resolutions/46/13',
      'resolutions/A/HRC/RES/46/13',
    ]);
  });

  it('gives a name two States share to neither', () => {
    const shared = addressAliases({
      resolutions: [],
      states: [
        { slug: 'a', iso3: 'AAA', names: ['Twin'] },
        { slug: 'b', iso3: 'BBB', names: ['Twin'] },
      ],
      capitalsFit: true,
    });
    expect(shared.map((a) => a.from)).toEqual(['states/aaa', 'states/bbb']);
  });
});

describe('a short address keeps the #fragment', () => {
  const policy = `<meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'self' 'sha256-a';">`;
  const page = `<!doctype html><meta charset="utf-8">${policy}<title>Redirecting</title><meta http-equiv="refresh" content="0;url=/states/united-kingdom/"><body>`;

  it('adds the script right after the refresh it reads, once, and its hash to that page’s policy', () => {
    const kept = withFragmentKept(page, 'go()', 'sha256-go');
    expect(kept).toContain('<meta http-equiv="refresh" content="0;url=/states/united-kingdom/"><script>go()</script>');
    expect(kept).toContain(`script-src 'self' 'sha256-a' 'sha256-go';`);
    expect(withFragmentKept(kept, 'go()', 'sha256-go')).toBe(kept);
  });

  it('leaves every other page as it is', () => {
    const other = `<!doctype html><meta charset="utf-8">${policy}<title>A page</title>`;
    expect(withFragmentKept(other, 'go()', 'sha256-go')).toBe(other);
  });
});
