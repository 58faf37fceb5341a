import { describe, expect, it } from 'vitest';
import {
  copyCitationScript,
  keepFragmentScript,
  notFoundWordsScript,
  cspHash,
  inlineScriptHashes,
  searchHighlightScript,
  themeInitScript,
  themeToggleScript,
} from '../../src/lib/inline-scripts.ts';

/** A document with a root element, enough for the theme scripts. */
function fakePage(stored: string | null) {
  const classes = new Set<string>();
  const root = { classList: { add: (c: string) => classes.add(c) }, dataset: {} as Record<string, string> };
  const saved = new Map<string, string>(stored === null ? [] : [['theme', stored]]);
  const localStorage = {
    getItem: (k: string) => saved.get(k) ?? null,
    setItem: (k: string, v: string) => void saved.set(k, v),
  };
  return { document: { documentElement: root }, localStorage, classes, root, saved };
}

describe('the inline scripts', () => {
  it('hash as the Content Security Policy expects: sha256, base64 of the UTF-8 text', () => {
    // Known SHA-256 values (FIPS 180-2 test vector "abc"; the others from coreutils' sha256sum).
    expect(cspHash('abc')).toBe('sha256-ungWv48Bz+pBQUDeXa4iI7ADYaOWF3qctBD/YfIAFa0=');
    expect(cspHash('')).toBe('sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=');
    expect(cspHash('é')).toBe('sha256-SplVfkAzw1Od4utlRyAXytX5VX96BiWgnxw/biumnEw=');
  });

  it('hashes the four scripts every page may carry, the highlighter with its base', () => {
    const hashes = inlineScriptHashes('/hrc/');
    expect(hashes).toEqual([
      cspHash(themeInitScript),
      cspHash(themeToggleScript),
      cspHash(searchHighlightScript('/hrc/')),
      cspHash(copyCitationScript),
    ]);
    expect(new Set(hashes).size).toBe(4);
    // The short addresses' and the 404 page's scripts are named in those pages' policies alone.
    expect(hashes).not.toContain(cspHash(keepFragmentScript));
    expect(hashes).not.toContain(cspHash(notFoundWordsScript('/hrc/')));
    expect(inlineScriptHashes('/')[2]).not.toBe(hashes[2]);
  });

  it('are all valid JavaScript', () => {
    for (const script of [
      themeInitScript,
      themeToggleScript,
      searchHighlightScript('/'),
      copyCitationScript,
      keepFragmentScript,
      notFoundWordsScript('/'),
    ]) {
      expect(script.length).toBeGreaterThan(20);
      expect(() => new Function(script)).not.toThrow();
    }
  });

  it('loads the highlighter from under the base, however many slashes end it', () => {
    for (const base of ['/hrc', '/hrc/', '/hrc///'])
      expect(searchHighlightScript(base)).toContain('import("/hrc/pagefind/pagefind-highlight.js")');
    expect(searchHighlightScript('/')).toContain('import("/pagefind/pagefind-highlight.js")');
    expect(searchHighlightScript('')).toContain('import("/pagefind/pagefind-highlight.js")');
    expect(searchHighlightScript('/')).toMatch(/^\/\[\?&\]pagefind-highlight=\/\.test\(location\.search\)&&/);
  });

  it("applies a reader's stored theme before first paint, and marks the page as scripted", () => {
    for (const [stored, expected] of [
      ['dark', 'dark'],
      ['light', 'light'],
      ['purple', undefined],
      [null, undefined],
    ] as const) {
      const page = fakePage(stored);
      new Function('document', 'localStorage', themeInitScript)(page.document, page.localStorage);
      expect(page.classes.has('js')).toBe(true);
      expect(page.root.dataset['theme']).toBe(expected);
    }
  });

  it('copies the citation a button names and says so in the status line', async () => {
    let onClick: ((e: unknown) => void) | undefined;
    const copied: string[] = [];
    const status = { textContent: '' };
    const button = { dataset: { copy: 'apa', done: 'APA citation copied to the clipboard.' }, textContent: 'Copy' };
    const document = {
      addEventListener: (_: string, f: (e: unknown) => void) => (onClick = f),
      getElementById: (id: string) =>
        id === 'copy-status' ? status : { textContent: id === 'apa' ? 'The citation' : '' },
    };
    const navigator = { clipboard: { writeText: async (t: string) => void copied.push(t) } };
    new Function('document', 'navigator', copyCitationScript)(document, navigator);
    onClick?.({ target: { closest: () => null } });
    expect(copied).toEqual([]);
    onClick?.({ target: { closest: (s: string) => (s === '[data-copy]' ? button : null) } });
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(copied).toEqual(['The citation']);
    expect(status.textContent).toBe('APA citation copied to the clipboard.');
    expect(button.textContent).toBe('Copy');
  });
});
