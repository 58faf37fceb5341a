import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { gzipSync } from 'node:zlib';
import yaml from 'js-yaml';
import type { Topology } from 'topojson-specification';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  anchorPoint,
  insideRing,
  joinNumbers,
  mapIds,
  markPaths,
  placeOnMap,
  projectWorld,
  RingRecorder,
  ringsToPath,
  shapeId,
  signedArea,
  SMALL_AREA,
  stateShapeProblems,
  worldSvg,
} from '../../src/lib/world-map.ts';
import { favourClass, favourClassKeys, favourMapSummary, voteMapSummary } from '../../src/lib/vote-maps.ts';

type Point = [number, number];
const square = (x: number, y: number, size: number): Point[] => [
  [x, y],
  [x + size, y],
  [x + size, y + size],
  [x, y + size],
];

describe('path data', () => {
  it('writes numbers with the fewest separators: a minus sign is one', () => {
    expect(joinNumbers([12, -3, 4, 0, -1.5])).toBe('12-3 4 0-1.5');
    expect(joinNumbers([0.123456])).toBe('0.12');
  });

  it('writes each ring as a move and relative steps, and leaves out rings that enclose nothing', () => {
    expect(
      ringsToPath([
        [
          [10, 20],
          [13, 19],
          [13, 25],
        ],
        [
          [1, 1],
          [2, 2],
        ],
      ]),
    ).toBe('M10 20l3-1 0 6z');
  });

  it('writes every ring, one after the other', () => {
    const triangle: Point[] = [
      [0, 0],
      [2, 0],
      [0, 2],
    ];
    expect(ringsToPath([triangle, triangle])).toBe('M0 0l2 0-2 2zM0 0l2 0-2 2z');
  });

  it('ignores a line drawn before any ring has begun, and rounds negative places to the step', () => {
    const recorder = new RingRecorder(1);
    recorder.lineTo(5, 5);
    expect(recorder.rings).toEqual([]);
    recorder.moveTo(-1.6, -0.4);
    recorder.lineTo(-1.4, -0.6);
    recorder.lineTo(-2.4, -0.6);
    expect(recorder.rings).toEqual([
      [
        [-2, -0],
        [-1, -1],
        [-2, -1],
      ],
    ]);
  });

  it('records projected rings rounded to the step, without repeated points', () => {
    const recorder = new RingRecorder(2);
    recorder.moveTo(0.9, 1.2);
    recorder.lineTo(1.1, 0.8);
    recorder.lineTo(1.4, 0.6);
    recorder.lineTo(1.4, 2.2);
    recorder.lineTo(1.2, 0.4);
    recorder.lineTo(4.2, 0.1);
    recorder.closePath();
    recorder.moveTo(9, 9);
    recorder.arc();
    expect(recorder.rings).toEqual([
      [
        [0, 2],
        [2, 0],
        [2, 2],
        [2, 0],
        [4, 0],
      ],
      [[10, 10]],
    ]);
  });
});

describe('where a State’s mark goes', () => {
  it('measures a ring’s area, signed by its direction', () => {
    expect(signedArea(square(0, 0, 2))).toBe(4);
    expect(signedArea([...square(0, 0, 2)].reverse())).toBe(-4);
  });

  it('tells whether a point is inside a ring', () => {
    expect(insideRing([1, 1], square(0, 0, 2))).toBe(true);
    expect(insideRing([3, 1], square(0, 0, 2))).toBe(false);
    expect(insideRing([1, 3], square(0, 0, 2))).toBe(false);
  });

  it('tells inside from outside across a slanting edge', () => {
    const triangle: Point[] = [
      [0, 0],
      [10, 10],
      [0, 10],
    ];
    expect(insideRing([2, 8], triangle)).toBe(true);
    expect(insideRing([8, 2], triangle)).toBe(false);
    expect(insideRing([5, 6], triangle)).toBe(true);
    expect(insideRing([6, 5], triangle)).toBe(false);
    // The same slant, lifted off the axis.
    const lifted: Point[] = [
      [0, 2],
      [10, 12],
      [0, 12],
    ];
    expect(insideRing([5, 8], lifted)).toBe(true);
    expect(insideRing([5, 6], lifted)).toBe(false);
  });

  it('places a mark on land of only three points', () => {
    const point = anchorPoint([
      [
        [0, 0],
        [12, 0],
        [0, 12],
      ],
    ]);
    if (!point) throw new Error('expected a point');
    expect(point[0]).toBeGreaterThan(0);
    expect(point[1]).toBeGreaterThan(0);
    expect(point[0] + point[1]).toBeLessThan(12);
  });

  it('puts the mark on the largest piece of land, away from its coasts', () => {
    const point = anchorPoint([square(100, 100, 2), square(0, 0, 10)]);
    expect(point).toEqual([5, 5]);
  });

  it('keeps the mark off a State inside another (Lesotho in South Africa)', () => {
    const outer = square(0, 0, 12);
    const hole = [...square(3, 3, 6)].reverse();
    const point = anchorPoint([outer, hole]);
    if (!point) throw new Error('expected a point');
    expect(insideRing(point, hole)).toBe(false);
    expect(insideRing(point, outer)).toBe(true);
    // A ring turning the same way as the land is an island beside it, not a hole in it.
    expect(anchorPoint([outer, square(3, 3, 6)])).toEqual([6, 6]);
  });

  it('has no point for no land', () => {
    expect(anchorPoint([])).toBeUndefined();
    expect(
      anchorPoint([
        [
          [0, 0],
          [1, 1],
        ],
      ]),
    ).toBeUndefined();
  });
});

describe('the States’ codes and shapes', () => {
  it('links ISO alpha-3 codes to the numeric codes Natural Earth uses', () => {
    expect(shapeId('CHN')).toBe('156');
    expect(shapeId('GBR')).toBe('826');
    expect(shapeId('XXX')).toBeUndefined();
  });

  it('places a State by its code: its mark, and whether its land is drawn and smaller than a mark', () => {
    const map = {
      countries: [
        { id: '156', d: 'M0 0l1 0 0 1z', area: 900 },
        { id: '442', d: 'M0 0l1 0 0 1z', area: SMALL_AREA - 1 },
        { id: '048', d: 'M0 0l1 0 0 1z', area: SMALL_AREA },
      ],
      anchors: new Map<string, Point>([
        ['156', [700, 120]],
        ['442', [505, 80]],
        ['048', [610, 150]],
        ['584', [980, 220]],
      ]),
    };
    expect(placeOnMap('CHN', map)).toEqual({ id: '156', at: [700, 120], drawn: true, small: false });
    expect(placeOnMap('LUX', map)).toEqual({ id: '442', at: [505, 80], drawn: true, small: true });
    expect(placeOnMap('BHR', map)).toEqual({ id: '048', at: [610, 150], drawn: true, small: false });
    expect(placeOnMap('MHL', map)).toEqual({ id: '584', at: [980, 220], drawn: false, small: true });
    expect(placeOnMap('FRA', map)).toBeUndefined();
    expect(placeOnMap('XXX', map)).toBeUndefined();
  });

  it('stops the build on a code the maps cannot place, naming the file and the field', () => {
    const map = { width: 10, height: 5, sphere: '', countries: [], anchors: new Map([['156', [1, 1] as Point]]) };
    const problems = stateShapeProblems(
      [
        { slug: 'china', iso3: 'CHN' },
        { slug: 'atlantis', iso3: 'ATL' },
        { slug: 'greenland', iso3: 'GRL' },
      ],
      map,
      'content/states.yaml',
    );
    expect(problems).toEqual([
      {
        file: 'content/states.yaml',
        field: 'atlantis.iso3',
        message: expect.stringContaining('“ATL” is not an ISO 3166-1 alpha-3 code'),
      },
      {
        file: 'content/states.yaml',
        field: 'greenland.iso3',
        message: expect.stringContaining('no shape for GRL (ISO numeric 304)'),
      },
    ]);
  });
});

describe('the world, projected from Natural Earth', () => {
  const require = createRequire(import.meta.url);
  const atlas = (file: string) => JSON.parse(readFileSync(require.resolve(`world-atlas/${file}`), 'utf8')) as Topology;
  let map: ReturnType<typeof projectWorld>;
  beforeAll(() => {
    map = projectWorld(atlas('countries-110m.json'), atlas('countries-50m.json'), 1000);
  });
  const states = Object.entries(
    yaml.load(readFileSync('content/states.yaml', 'utf8')) as Record<string, { name: string; iso3: string }>,
  );

  it('is 1,000 units wide, without Antarctica, as one shared file of at most 30 KB gzipped', () => {
    expect(map.width).toBe(1000);
    expect(map.height).toBeGreaterThan(400);
    expect(map.height).toBeLessThan(500);
    expect(map.countries.some((c) => c.id === '010')).toBe(false);
    const svg = worldSvg(map);
    expect(gzipSync(svg).length).toBeLessThanOrEqual(30 * 1024);
    for (const id of [mapIds.sphere, mapIds.land, mapIds.dot, mapIds.country('156'), mapIds.mark('against')])
      expect(svg).toContain(`id="${id}"`);
    // Ids are unique: Natural Earth's land of no ISO code (Kosovo) has none.
    const ids = [...svg.matchAll(/id="([^"]+)"/g)].map((m) => m[1]);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('draws each vote’s mark in the shape of the tables’ marks, the ring with a hole', () => {
    const svg = worldSvg(map);
    expect(svg.startsWith(`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1000 ${map.height}"><defs>`)).toBe(
      true,
    );
    expect(svg.endsWith('</defs></svg>\n')).toBe(true);
    expect(svg).toContain(`<path id="m-notVoting" fill-rule="evenodd" d="${markPaths.notVoting}"/>`);
    expect(svg).toContain(
      `<path id="m-inFavour" d="${markPaths.inFavour}"/><path id="m-against" d="${markPaths.against}"/><path id="m-abstaining" d="${markPaths.abstaining}"/>`,
    );
    expect(svg.match(/fill-rule/g)).toHaveLength(1);
    // Land of no ISO code (Kosovo) is drawn without an id; nothing stands between one element and the next.
    expect(svg).toMatch(/<path d="M/);
    expect(svg).not.toMatch(/\/>[^<]/);
    expect(svg).toContain('<g id="land"><path id="c');
  });

  it('refuses a topology without countries', () => {
    const empty = { type: 'Topology', objects: {}, arcs: [] } as unknown as Topology;
    expect(() => projectWorld(empty, empty, 100)).toThrow(
      'expected a world-atlas topology with an object named “countries”',
    );
  });

  it('places every State of the archive, and each mark on its own land where the map draws it', () => {
    expect(
      stateShapeProblems(
        states.map(([slug, s]) => ({ slug, iso3: s.iso3 })),
        map,
        'states.yaml',
      ),
    ).toEqual([]);
    const misplaced = states.flatMap(([, s]) => {
      const id = shapeId(s.iso3) ?? '';
      const shape = map.countries.find((c) => c.id === id);
      const point = map.anchors.get(id);
      // A State smaller than its mark is drawn as the mark alone.
      if (!shape || shape.area < SMALL_AREA || !point) return [];
      const rings = [...shape.d.matchAll(/M([^z]+)z/g)].map((m) => {
        const [start, steps] = (m[1] ?? '').split('l');
        const numbers = (text = '') => (text.match(/-?[\d.]+/g) ?? []).map(Number);
        const [x0 = 0, y0 = 0] = numbers(start);
        const ring: Point[] = [[x0, y0]];
        const d = numbers(steps);
        for (let i = 0; i + 1 < d.length; i += 2) {
          const [x, y] = ring.at(-1) as Point;
          ring.push([x + (d[i] ?? 0), y + (d[i + 1] ?? 0)]);
        }
        return ring;
      });
      const inside = rings.filter((ring) => insideRing(point, ring)).length % 2 === 1;
      return inside ? [] : [s.name];
    });
    expect(misplaced).toEqual([]);
  });
});

describe('the maps in words', () => {
  it('sums up a vote, naming the States of a small group, in order', () => {
    expect(
      voteMapSummary('A/HRC/RES/37/23', {
        inFavour: ['Cuba', 'China', 'Brazil', 'Angola'],
        against: ['United States'],
        abstaining: ['Japan', 'Chile', 'Australia'],
        notVoting: [],
      }),
    ).toBe(
      'World map of the vote on A/HRC/RES/37/23, as the voting record lists the 8 members of the Council: 4 in favour, 1 against (United States), 3 abstaining (Australia, Chile and Japan).',
    );
  });

  it('classes a State by the share of its votes cast in favour', () => {
    const t = (inFavour: number, against: number, abstaining = 0, notVoting = 0) => ({
      inFavour,
      against,
      abstaining,
      notVoting,
    });
    expect(favourClass(t(3, 0))).toBe('always');
    expect(favourClass(t(2, 2))).toBe('mostly');
    expect(favourClass(t(1, 1, 0, 1))).toBe('sometimes');
    expect(favourClass(t(0, 1, 2))).toBe('never');
    expect(favourClass(t(0, 0))).toBeUndefined();
    expect(favourClassKeys).toEqual(['always', 'mostly', 'sometimes', 'never']);
  });

  it('sums up the map of votes in favour', () => {
    expect(favourMapSummary({ always: 43, mostly: 15, sometimes: 5, never: 33 }, 8)).toBe(
      'World map of how often each State that sat on the Council voted in favour of the 8 resolutions; in favour every time: 43; in favour at half or more of its votes: 15; in favour at fewer than half: 5; never in favour: 33 States.',
    );
  });
});
