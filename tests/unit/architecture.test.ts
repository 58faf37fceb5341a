/**
 * Data flows one way: content → schemas → pure functions in src/lib → components → pages. The
 * schemas depend on nothing of src/lib, and src/lib on nothing of Astro.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../support/astro-build.ts';

const importsOf = (folder: string) =>
  readdirSync(join(projectRoot, 'src', folder))
    .filter((name) => name.endsWith('.ts'))
    .flatMap((name) =>
      [...readFileSync(join(projectRoot, 'src', folder, name), 'utf8').matchAll(/^import[^'"]*['"]([^'"]+)['"]/gm)].map(
        (m) => `${folder}/${name} → ${m[1]}`,
      ),
    );

describe('the direction of the data', () => {
  it('schemas import nothing from src/lib, the data layer, components or pages', () => {
    const imports = importsOf('schemas');
    expect(imports.length).toBeGreaterThan(10);
    expect(imports.filter((line) => /→ \.\.\//.test(line))).toEqual([]);
  });

  it('src/lib imports nothing of Astro, components or pages', () => {
    const imports = importsOf('lib');
    expect(imports.length).toBeGreaterThan(30);
    expect(
      imports.filter((line) => /→ (astro|astro:.*|\.\.\/(components|pages|layouts|data)\/.*)$/.test(line)),
    ).toEqual([]);
  });
});
