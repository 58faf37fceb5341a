/** Where the content lives; tests and the benchmark build the same site against another folder. */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { slugToSymbol } from './lib/slugs.ts';

export const contentDir = process.env['ARCHIVE_CONTENT_DIR'] ?? 'content';

/**
 * The symbols of the resolutions the archive holds, from their file names (the build checks that a
 * file is named for its symbol), for the Markdown pipelines that link mentions before any
 * collection is loaded.
 */
export function heldResolutionSymbols(dir: string = contentDir): Set<string> {
  const folder = join(dir, 'resolutions');
  if (!existsSync(folder)) return new Set();
  return new Set(readdirSync(folder).flatMap((name) => slugToSymbol(name.replace(/\.ya?ml$/, '')) ?? []));
}

/** Whether files whose names differ only in case are different files in this folder's file system. */
export function diskIsCaseSensitive(dir: string): boolean {
  mkdirSync(dir, { recursive: true });
  const probe = mkdtempSync(join(dir, '.case-probe-'));
  try {
    writeFileSync(join(probe, 'a'), '');
    return !existsSync(join(probe, 'A'));
  } finally {
    rmSync(probe, { recursive: true, force: true });
  }
}
