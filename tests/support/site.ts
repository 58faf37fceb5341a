/** The built site on disk, for tests that walk every page. */
import { readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

export const distRoot = join(import.meta.dirname, '..', '..', 'dist');

/** Every HTML page's URL path in a build, e.g. `/resolutions/a-hrc-res-37-23/`. */
export function builtPages(root = distRoot): string[] {
  const pages: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith('.html')) pages.push(relative(root, path).split(sep).join('/'));
    }
  };
  walk(root);
  return pages
    .map((file) => (file === 'index.html' ? '/' : file.endsWith('/index.html') ? `/${file.slice(0, -'index.html'.length)}` : `/${file}`))
    .sort();
}
