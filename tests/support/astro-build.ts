/** A real `astro build` of this project, in a child process, for the build tests. */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { contentRoot } from './content.ts';

export const projectRoot = join(contentRoot, '..');

/**
 * Builds with the given environment on top of this one (ARCHIVE_CONTENT_DIR, ARCHIVE_OUT_DIR…);
 * returns the exit status and everything printed, without the terminal's colour codes.
 */
export function astroBuild(env: Record<string, string | undefined>): { status: number | null; output: string } {
  const result = spawnSync(
    process.execPath,
    [join(projectRoot, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build'],
    {
      cwd: projectRoot,
      encoding: 'utf8',
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0', NO_COLOR: '1', ...env },
    },
  );
  // eslint-disable-next-line no-control-regex
  return { status: result.status, output: `${result.stdout}\n${result.stderr}`.replace(/\u001b\[[0-9;]*m/g, '') };
}

/** The build's second step, as `npm run build` runs it: the search index of the site in `outDir`. */
export function indexSearch(outDir: string): { status: number | null; output: string } {
  const result = spawnSync(process.execPath, [join(projectRoot, 'scripts', 'index-search.mjs')], {
    cwd: projectRoot,
    encoding: 'utf8',
    env: { ...process.env, ARCHIVE_OUT_DIR: outDir },
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}
