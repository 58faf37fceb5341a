/** Two clean builds of the same commit, search index included, produce the same bytes, file for file. */
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { astroBuild, indexSearch } from '../support/astro-build.ts';

const scratch = mkdtempSync(join(tmpdir(), 'archive-reproducible-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function cleanBuild(name: string): string {
  const out = join(scratch, name, 'dist');
  const { status, output } = astroBuild({ ARCHIVE_OUT_DIR: out, ARCHIVE_CACHE_DIR: join(scratch, name, 'cache') });
  if (status !== 0) throw new Error(output);
  const indexed = indexSearch(out);
  if (indexed.status !== 0) throw new Error(indexed.output);
  return out;
}

function hashes(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  const walk = (path: string) => {
    for (const name of readdirSync(path)) {
      const full = join(path, name);
      if (statSync(full).isDirectory()) walk(full);
      else files[relative(dir, full)] = createHash('sha256').update(readFileSync(full)).digest('hex');
    }
  };
  walk(dir);
  return files;
}

describe('reproducible builds', () => {
  it('produces byte-identical output from two clean builds', () => {
    const first = hashes(cleanBuild('first'));
    const second = hashes(cleanBuild('second'));
    expect(Object.keys(first).length).toBeGreaterThan(30);
    expect(Object.keys(first).some((file) => file.startsWith('pagefind/'))).toBe(true);
    expect(second).toEqual(first);
  });
});
