/** Two clean builds of the same commit produce the same bytes, file for file. */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { contentRoot } from '../support/content.ts';

const projectRoot = join(contentRoot, '..');
const scratch = mkdtempSync(join(tmpdir(), 'archive-reproducible-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function cleanBuild(name: string): string {
  const out = join(scratch, name, 'dist');
  const result = spawnSync(
    process.execPath,
    [join(projectRoot, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build'],
    {
      cwd: projectRoot,
      encoding: 'utf8',
      env: {
        ...process.env,
        ARCHIVE_OUT_DIR: out,
        ARCHIVE_CACHE_DIR: join(scratch, name, 'cache'),
        ASTRO_TELEMETRY_DISABLED: '1',
      },
    },
  );
  if (result.status !== 0) throw new Error(result.stdout + result.stderr);
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
    expect(second).toEqual(first);
  });
});
