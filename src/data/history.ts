/** The date each content file last changed, from one `git log` over the content folder. */
import { execFileSync } from 'node:child_process';
import { relative, resolve } from 'node:path';
import { contentDir } from '../content-dir.ts';
import { lastChangedByFile, latestDate } from '../lib/history.ts';

let byFile: Map<string, string> | undefined;
let latest: string | null = null;
let root = '';

function history(): Map<string, string> {
  if (byFile) return byFile;
  const git = (args: string[]) =>
    execFileSync('git', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 1 << 28 });
  try {
    root = git(['rev-parse', '--show-toplevel']).trim();
    byFile = lastChangedByFile(git(['log', '--format=@%cs', '--name-only', '--', resolve(contentDir)]));
    latest = latestDate([...byFile.values()]);
  } catch {
    // Not a checkout (an unpacked archive, or content outside the repository): no dates to show.
    byFile = new Map();
  }
  return byFile;
}

/** The latest change to any of these files (paths as the content layer gives them), or null. */
export function lastChangedOf(files: readonly string[]): string | null {
  const dates = history();
  return latestDate(files.map((file) => dates.get(relative(root, resolve(file)))));
}

/** The latest change to anything in the content folder: the date of a page drawn from all of it. */
export function contentLastChanged(): string | null {
  history();
  return latest;
}
