/** The built site on disk, for tests that walk every page. */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { expectedVotes } from './content.ts';

export const distRoot = join(import.meta.dirname, '..', '..', 'dist');

/** Every HTML page's URL path in a build, e.g. `/resolutions/a-hrc-res-37-23/`. */
/** Every HTML file of the built site, short-address pages included, relative to its root. */
export function htmlFiles(root = distRoot): string[] {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith('.html')) files.push(relative(root, path).split(sep).join('/'));
    }
  };
  walk(root);
  return files.sort();
}

export function builtPages(root = distRoot): string[] {
  return (
    htmlFiles(root)
      // A redirect (an address people type, sent on to the permanent page) is not a page a reader reads.
      .filter((file) => !readFileSync(join(root, file), 'utf8').includes('http-equiv="refresh"'))
      .map((file) =>
        file === 'index.html'
          ? '/'
          : file.endsWith('/index.html')
            ? `/${file.slice(0, -'index.html'.length)}`
            : `/${file}`,
      )
      .sort()
  );
}

/**
 * Every page, except that of the pages made from one template per State only a few are kept (the
 * States with the most and the fewest votes, the longest name, and one that did not vote), and the
 * matrix once, in its first order. Checks that load each page in a browser (axe, in two colour
 * schemes) run on these; checks that read the built files run on every page.
 */
export function pagesOfEachTemplate(root = distRoot): string[] {
  const votes = expectedVotes();
  const count = (slug: string) => votes.filter((v) => v.state.slug === slug).length;
  const states = [...new Set(votes.map((v) => v.state.slug))];
  const byCount = [...states].sort((a, b) => count(a) - count(b) || a.localeCompare(b));
  const longest = [...votes].sort((a, b) => b.state.name.length - a.state.name.length)[0]?.state.slug;
  const absent = votes.find((v) => v.group === 'notVoting')?.state.slug;
  const kept = new Set(
    [byCount[0], byCount.at(-1), longest, absent]
      .filter((slug): slug is string => slug !== undefined)
      .map((slug) => `/states/${slug}/`),
  );
  // The matrix ordered otherwise (/votes/by-…/) is the same template with its rows in another order.
  return builtPages(root).filter(
    (path) => (!/^\/states\/[^/]+\/$/.test(path) || kept.has(path)) && !/^\/votes\/by-[^/]+\/$/.test(path),
  );
}

/**
 * One page of each template, the one with the most on it (the largest file): pages that share a
 * folder share a template (/resolutions/<symbol>/, /states/<State>/), while each page at the top
 * (/votes/, /about/) is one of its own. For checks whose result the template decides, not the text
 * (colours in the dark theme).
 */
export function onePageOfEachTemplate(root = distRoot): string[] {
  const size = (path: string) => statSync(join(root, path.endsWith('/') ? `${path}index.html` : path)).size;
  const largest = new Map<string, string>();
  for (const path of pagesOfEachTemplate(root)) {
    const folder = path.replace(/[^/]+\/$/, '');
    const template = folder === '/' ? path : `${folder}*`;
    const kept = largest.get(template);
    if (!kept || size(path) > size(kept)) largest.set(template, path);
  }
  return [...largest.values()].sort();
}
