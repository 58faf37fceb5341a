/**
 * The shared map file, projected once per build from Natural Earth's shapes (world-atlas): the
 * 1:110m countries are drawn, the 1:50m ones place a mark on every State, small island States too.
 * Its name carries a hash of its bytes, so a reader's browser may keep it for good.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Topology } from 'topojson-specification';
import { pathWithBase } from '../lib/paths.ts';
import { projectWorld, worldSvg, type WorldMap } from '../lib/world-map.ts';

/** Map units across: a whole number per unit is finer than the 1:110m shapes. */
const MAP_WIDTH = 1000;

const require = createRequire(import.meta.url);
const topology = (file: string) => JSON.parse(readFileSync(require.resolve(`world-atlas/${file}`), 'utf8')) as Topology;

export interface SharedMap {
  map: WorldMap;
  svg: string;
  /** Its address on the site, before the base path. */
  path: string;
}

let shared: SharedMap | undefined;

export function sharedMap(): SharedMap {
  if (!shared) {
    const map = projectWorld(topology('countries-110m.json'), topology('countries-50m.json'), MAP_WIDTH);
    const svg = worldSvg(map);
    const hash = createHash('sha256').update(svg).digest('hex').slice(0, 10);
    shared = { map, svg, path: `/maps/world-${hash}.svg` };
  }
  return shared;
}

/** The address of one shape of the shared file (`mapIds`), as a map's <use> refers to it. */
export function sharedShape(id: string): string {
  return `${pathWithBase(sharedMap().path)}#${id}`;
}
