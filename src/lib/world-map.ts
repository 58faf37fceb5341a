/**
 * The world as the vote maps draw it: Natural Earth's countries (world-atlas TopoJSON), projected
 * once at build time on Equal Earth, an equal-area projection, so that no State looks larger or
 * smaller than it is. One shared SVG file holds every shape; each map on a page only refers to the
 * shapes by id and colours them.
 */
import { geoEqualEarth, geoPath, type GeoContext, type GeoProjection } from 'd3-geo';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import polylabel from 'polylabel';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import countryCodes from 'i18n-iso-countries';
import type { Problem } from './problems.ts';
import { voteGroups, type VoteGroup } from '../schemas/roll-call.ts';

type Point = [number, number];
type Ring = Point[];

/** Natural Earth's Antarctica: no State of the Council, and a quarter of the map's height. */
const ANTARCTICA = '010';

/**
 * A d3-geo path context that keeps each projected ring as points, rounded to `step` map units and
 * without repeats, so that coastlines finer than the map can show cost no bytes.
 */
export class RingRecorder implements GeoContext {
  readonly rings: Ring[] = [];
  private readonly step: number;
  constructor(step = 1) {
    this.step = step;
  }
  private point(x: number, y: number): Point {
    return [Math.round(x / this.step) * this.step, Math.round(y / this.step) * this.step];
  }
  moveTo(x: number, y: number): void {
    this.rings.push([this.point(x, y)]);
  }
  lineTo(x: number, y: number): void {
    const ring = this.rings.at(-1);
    // d3 always moves before it draws a line; a line without a ring has nowhere to go.
    if (ring === undefined) return;
    const [lastX, lastY] = ring.at(-1) as Point;
    const point = this.point(x, y);
    if (point[0] !== lastX || point[1] !== lastY) ring.push(point);
  }
  // A ring ends where the next one moves to; points (arcs) are not drawn: a country is its polygons.
  closePath(): void {}
  beginPath(): void {}
  arc(): void {}
}

/** Numbers as an SVG path writes them most shortly: a minus sign is its own separator. */
export function joinNumbers(numbers: readonly number[]): string {
  return numbers.reduce<string>((text, n, i) => `${text}${i > 0 && n >= 0 ? ' ' : ''}${Number(n.toFixed(2))}`, '');
}

/**
 * Rings as SVG path data in relative steps (`M12 30l3-1 2 4z`), the shortest form for a file of
 * outlines. A ring with fewer than three points encloses nothing and is left out.
 */
export function ringsToPath(rings: readonly Ring[]): string {
  return rings
    .filter((ring) => ring.length >= 3)
    .map((ring) => {
      const [first, ...rest] = ring as [Point, ...Point[]];
      const steps = rest.flatMap((point, i) => {
        const before = ring[i] as Point;
        return [point[0] - before[0], point[1] - before[1]];
      });
      return `M${joinNumbers(first)}l${joinNumbers(steps)}z`;
    })
    .join('');
}

/** A ring's area, signed by the direction in which it turns. */
export function signedArea(ring: readonly Point[]): number {
  let sum = 0;
  ring.forEach(([x1, y1], i) => {
    const [x2, y2] = ring[(i + 1) % ring.length] as Point;
    sum += x1 * y2 - x2 * y1;
  });
  return sum / 2;
}

/** Whether a point lies inside a ring (even-odd rule). */
export function insideRing([x, y]: Point, ring: readonly Point[]): boolean {
  let inside = false;
  ring.forEach(([x1, y1], i) => {
    const [x2, y2] = ring[(i + 1) % ring.length] as Point;
    // A ray to the left crosses as many edges as one to the right: the two differ only on an edge itself.
    // Stryker disable next-line EqualityOperator: see above
    if (y1 > y !== y2 > y && x < ((x2 - x1) * (y - y1)) / (y2 - y1) + x1) inside = !inside;
  });
  return inside;
}

/**
 * Where a State's mark goes: the point of its largest piece of land farthest from any coast or
 * border (polylabel), so that the mark of a crescent-shaped State (Croatia) or of one around
 * another (South Africa, around Lesotho) stands on its own land, not on its neighbour's.
 */
export function anchorPoint(rings: readonly Ring[]): Point | undefined {
  const outer = rings.reduce<Ring | undefined>(
    // Stryker disable next-line EqualityOperator: of two pieces of land as large, either will do
    (best, ring) => (!best || Math.abs(signedArea(ring)) > Math.abs(signedArea(best)) ? ring : best),
    undefined,
  );
  if (!outer || outer.length < 3) return undefined;
  const turn = Math.sign(signedArea(outer));
  const holes = rings.filter((ring) => Math.sign(signedArea(ring)) === -turn && ring[0] && insideRing(ring[0], outer));
  const [x, y] = polylabel([outer, ...holes], 0.25);
  return [Math.round(x * 10) / 10, Math.round(y * 10) / 10];
}

/** The ISO 3166-1 numeric code by which Natural Earth names a State's shape, from its alpha-3 code. */
export function shapeId(iso3: string): string | undefined {
  return countryCodes.alpha3ToNumeric(iso3);
}

/** A State's land smaller than this, in square map units, is smaller than its mark: the mark stands for it. */
export const SMALL_AREA = 40;

export interface CountryShape {
  /** ISO 3166-1 numeric, as Natural Earth gives it; absent for land of no ISO code (Kosovo). */
  id: string | undefined;
  d: string;
  /** Its area on the map, in square map units: a State smaller than a mark needs its mark to be seen. */
  area: number;
}

export interface WorldMap {
  width: number;
  height: number;
  /** The outline of the globe on this projection: the sea. */
  sphere: string;
  countries: CountryShape[];
  /** A point on each State's land (from the detailed shapes, so that small island States have one too). */
  anchors: ReadonlyMap<string, Point>;
}

const countriesOf = (topology: Topology): FeatureCollection<Geometry> => {
  const object = topology.objects['countries'] as GeometryCollection | undefined;
  if (!object) throw new Error('expected a world-atlas topology with an object named “countries”');
  const collection = feature(topology, object);
  return {
    type: 'FeatureCollection',
    features: collection.features.filter((f) => String(f.id ?? '') !== ANTARCTICA),
  };
};

function record(projection: GeoProjection, object: Parameters<ReturnType<typeof geoPath>>[0], step: number): Ring[] {
  const recorder = new RingRecorder(step);
  geoPath(projection, recorder)(object);
  return recorder.rings;
}

/**
 * Projects the world `width` map units wide: every country of `shapes` as a path (drawn), and a
 * point inside every country of `detail` (where its mark goes). `detail` is the finer topology, which
 * has the small island States the coarse one leaves out.
 */
export function projectWorld(shapes: Topology, detail: Topology, width: number): WorldMap {
  const coarse = countriesOf(shapes);
  const projection = geoEqualEarth().fitWidth(width, coarse);
  const [, [, bottom]] = geoPath(projection).bounds(coarse);
  const countries = coarse.features.map((f: Feature) => {
    const rings = record(projection, f, 1);
    return {
      id: f.id === undefined ? undefined : String(f.id),
      d: ringsToPath(rings),
      area: Math.abs(rings.reduce((sum, ring) => sum + signedArea(ring), 0)),
    };
  });
  // Natural Earth gives some territories their State's code (Ashmore and Cartier Islands are 036,
  // Australia's): a State's land is every feature of its code.
  const landOf = new Map<string, Ring[]>();
  for (const f of countriesOf(detail).features) {
    if (f.id === undefined) continue;
    const id = String(f.id);
    landOf.set(id, [...(landOf.get(id) ?? []), ...record(projection, f, 0.1)]);
  }
  const anchors = new Map<string, Point>();
  for (const [id, rings] of landOf) {
    const point = anchorPoint(rings);
    if (point) anchors.set(id, point);
  }
  return {
    width,
    height: Math.ceil(bottom),
    sphere: ringsToPath(record(projection, { type: 'Sphere' }, 1)),
    countries: countries.filter((c) => c.d !== ''),
    anchors,
  };
}

/**
 * The four marks of a vote, centred on their point, in the shapes of the vote tables' marks
 * (styles/votes.css): a disc in favour, a square against, a triangle abstaining, a ring for a
 * vote not cast.
 */
export const markPaths: Record<VoteGroup, string> = {
  inFavour: 'M-5 0a5 5 0 1 0 10 0a5 5 0 1 0-10 0z',
  against: 'M-4.5-4.5h9v9h-9z',
  abstaining: 'M0-5.5l5.75 10h-11.5z',
  notVoting: 'M-5 0a5 5 0 1 0 10 0a5 5 0 1 0-10 0zM-2.6 0a2.6 2.6 0 1 0 5.2 0a2.6 2.6 0 1 0-5.2 0z',
};

/** The ids of the shared file, for the maps that refer to it. */
export const mapIds = {
  sphere: 'sea',
  land: 'land',
  country: (id: string) => `c${id}`,
  mark: (group: VoteGroup) => `m-${group}`,
  dot: 'dot',
} as const;

/**
 * The shared file: every shape in <defs>, drawn only where a page's map refers to it, and not
 * styled, so that each page colours the shapes with its own theme (light, dark, print).
 */
export function worldSvg(map: WorldMap): string {
  const country = (c: CountryShape) => `<path${c.id ? ` id="${mapIds.country(c.id)}"` : ''} d="${c.d}"/>`;
  const marks = voteGroups
    .map(
      (group) =>
        `<path id="${mapIds.mark(group)}"${group === 'notVoting' ? ' fill-rule="evenodd"' : ''} d="${markPaths[group]}"/>`,
    )
    .join('');
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${map.width} ${map.height}"><defs>`,
    `<path id="${mapIds.sphere}" d="${map.sphere}"/>`,
    `<g id="${mapIds.land}">${map.countries.map(country).join('')}</g>`,
    marks,
    `<circle id="${mapIds.dot}" r="4"/>`,
    '</defs></svg>\n',
  ].join('');
}

export interface Placement {
  /** The id of its shape in the shared file, when the map draws its land. */
  id: string;
  /** Where its mark goes. */
  at: Point;
  /** Whether the map draws its land, and whether that land is smaller than a mark. */
  drawn: boolean;
  small: boolean;
}

/** Where a State goes on the map, from its ISO alpha-3 code; undefined for a code the map cannot place. */
export function placeOnMap(iso3: string, map: Pick<WorldMap, 'countries' | 'anchors'>): Placement | undefined {
  const id = shapeId(iso3);
  // A code with no number has no point either: each check alone would do, both are for the types.
  // Stryker disable ConditionalExpression
  const at = id === undefined ? undefined : map.anchors.get(id);
  if (id === undefined || at === undefined) return undefined;
  // Stryker restore ConditionalExpression
  const shape = map.countries.find((c) => c.id === id);
  return { id, at, drawn: shape !== undefined, small: (shape?.area ?? 0) < SMALL_AREA };
}

export interface MappedState {
  slug: string;
  iso3: string;
}

/**
 * Every State the archive names must be placed on the map: its code must be one ISO 3166 knows, and
 * Natural Earth must have its shape.
 */
export function stateShapeProblems(states: readonly MappedState[], map: WorldMap, file: string): Problem[] {
  return states.flatMap(({ slug, iso3 }) => {
    const id = shapeId(iso3);
    if (id === undefined)
      return [
        {
          file,
          field: `${slug}.iso3`,
          message: `“${iso3}” is not an ISO 3166-1 alpha-3 code the maps know; expected the State's code, e.g. GBR`,
        },
      ];
    if (!map.anchors.has(id))
      return [
        {
          file,
          field: `${slug}.iso3`,
          message: `Natural Earth (world-atlas) has no shape for ${iso3} (ISO numeric ${id}), so no map can place it; expected a code Natural Earth draws (it leaves out some territories and Tuvalu)`,
        },
      ];
    return [];
  });
}
