/** Where the content lives; tests and the benchmark build the same site against another folder. */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { slugToSymbol } from './lib/slugs.ts';
import { namesIn, stateNames } from './lib/state-names.ts';
import { cldrNames } from './data/cldr.ts';
import type { StateAlias } from './lib/state-names.ts';

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

/**
 * The States of content/states.yaml with their usual names in the six languages, English short forms
 * and the names the file adds, for the addresses
 * people guess (/states/uk/). The build checks the file itself; what it cannot read gives no address.
 */
export function heldStates(dir: string = contentDir): Array<{ slug: string; iso3: string; names: string[] }> {
  const file = join(dir, 'states.yaml');
  if (!existsSync(file)) return [];
  const parsed: unknown = load(readFileSync(file, 'utf8'));
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) return [];
  return Object.entries(parsed as Record<string, { iso3?: unknown; name?: unknown; aliases?: StateAlias[] }>).flatMap(
    ([slug, state]) => {
      if (typeof state?.iso3 !== 'string' || typeof state.name !== 'string') return [];
      const names = stateNames(state.iso3, Array.isArray(state.aliases) ? state.aliases : [], cldrNames);
      if (names === undefined) return [];
      // Short forms only in English: "RU" is the United Kingdom in Spanish, not Russia, to a reader typing it.
      const usual = names.languages.map((l) => l.name);
      return [{ slug, iso3: state.iso3, names: [state.name, ...usual, ...namesIn(names, 'en')] }];
    },
  );
}
