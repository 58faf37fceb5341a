/**
 * The maps as readers see them: each vote on a world map on every resolution and series page, how
 * often each State voted in favour on /states/, all drawn from one shared file of shapes; and who
 * voted with whom on each State's page and in the matrix's third kind of order. Every figure is
 * counted again here from the content files, not from the site's own code.
 */
import { gzipSync } from 'node:zlib';
import { expect, test, type Page } from '@playwright/test';
import { symbolToSlug } from '../../src/lib/slugs.ts';
import { expectedVotes, readResolutions, voteGroupsInFiles } from '../support/content.ts';

const votes = expectedVotes();
const resolutions = readResolutions().filter((r) => r.vote.rollCall);
const KB = 1024;

/** What the page's maps refer to, and whether each reference is drawn (an external <use> that fails draws nothing). */
async function mapsOf(page: Page) {
  return page.locator('svg.map').evaluateAll((maps) =>
    maps.map((svg) => {
      const uses = [...svg.querySelectorAll('use')];
      return {
        name: svg.getAttribute('aria-label') ?? '',
        role: svg.getAttribute('role'),
        files: [...new Set(uses.map((u) => (u.getAttribute('href') ?? '').split('#')[0] ?? ''))],
        marks: [...svg.querySelectorAll('use.map-mark')].map((u) => u.getAttribute('data-map-vote')),
        undrawn: uses.filter((u) => {
          const box = (u as SVGGraphicsElement).getBBox();
          return box.width === 0 || box.height === 0;
        }).length,
        html: svg.outerHTML,
      };
    }),
  );
}

test('every resolution page maps its vote: one mark per member, in its group, named in words', async ({ page }) => {
  for (const r of resolutions) {
    await page.goto(`/resolutions/${symbolToSlug(r.symbol)}/`);
    const [map, ...more] = await mapsOf(page);
    expect(more, r.symbol).toHaveLength(0);
    if (!map) throw new Error(`${r.symbol}: no map`);
    expect(map.role).toBe('img');
    expect(map.undrawn, `${r.symbol}: shapes or marks not drawn`).toBe(0);
    expect(map.files).toHaveLength(1);
    const mine = votes.filter((v) => v.symbol === r.symbol);
    expect(map.marks).toHaveLength(mine.length);
    for (const group of voteGroupsInFiles) {
      const names = mine.filter((v) => v.group === group).map((v) => v.state.name);
      expect(
        map.marks.filter((m) => m === group),
        `${r.symbol} ${group}`,
      ).toHaveLength(names.length);
      const words = { inFavour: 'in favour', against: 'against', abstaining: 'abstaining', notVoting: 'did not vote' };
      if (names.length > 0) expect(map.name).toContain(`${names.length} ${words[group]}`);
      if (names.length > 0 && names.length <= 3) for (const name of names) expect(map.name).toContain(name);
    }
    expect(map.name).toMatch(new RegExp(`^World map of the vote on ${r.symbol.replaceAll('/', '\\/')}, `));
    // Each member is named once where a pointer finds it (its land, or the mark of a State too small to see).
    const sentences = {
      inFavour: 'voted in favour',
      against: 'voted against',
      abstaining: 'abstained',
      notVoting: 'did not vote',
    };
    expect((await page.locator('svg.map title').allTextContents()).sort()).toEqual(
      mine.map((v) => `${v.state.name} ${sentences[v.group]}`).sort(),
    );
    await expect(page.locator('section[data-group="inFavour"]')).toBeVisible();
  }
});

test('every series page maps each vote of its series, oldest first', async ({ page }) => {
  for (const series of ['development', 'cooperation', 'related']) {
    await page.goto(`/series/${series}/`);
    const expected = resolutions
      .filter((r) => r.series === series)
      .sort((a, b) => a.adopted.value.localeCompare(b.adopted.value))
      .map((r) => r.symbol);
    const maps = await mapsOf(page);
    expect(maps.map((m) => m.name.match(/vote on (\S+),/)?.[1])).toEqual(expected);
    for (const map of maps) expect(map.undrawn).toBe(0);
  }
});

test('one shared file of shapes, cached, at most 30 KB; each map adds at most 3 KB of colouring', async ({ page }) => {
  const shapes: Array<{ url: string; bytes: number; type: string }> = [];
  page.on('requestfinished', async (request) => {
    if (!request.url().includes('/maps/')) return;
    const response = await request.response();
    const sizes = await request.sizes();
    shapes.push({
      url: request.url(),
      bytes: sizes.responseBodySize + sizes.responseHeadersSize,
      type: (await response?.headerValue('content-type')) ?? '',
    });
  });
  const files = new Set<string>();
  for (const path of ['/resolutions/a-hrc-res-37-23/', '/series/cooperation/', '/states/']) {
    await page.goto(path, { waitUntil: 'networkidle' });
    for (const map of await mapsOf(page)) {
      map.files.forEach((f) => files.add(f));
      const colouring = gzipSync(map.html).length;
      test.info().annotations.push({ type: `colouring ${path}`, description: String(colouring) });
      expect(colouring).toBeLessThanOrEqual(3 * KB);
    }
  }
  expect([...files]).toHaveLength(1);
  expect([...files][0]).toMatch(/^\/maps\/world-[0-9a-f]{10}\.svg$/);
  const first = shapes[0];
  if (!first) throw new Error('the shared file was not loaded');
  test.info().annotations.push({ type: 'shared shapes', description: String(first.bytes) });
  expect(first.type).toContain('image/svg+xml');
  expect(first.bytes).toBeLessThanOrEqual(30 * KB);
  // Each page asks for it once, however many maps it draws.
  expect(shapes.length).toBeLessThanOrEqual(3);
});

test('/states/ maps how often each State voted in favour, with a key whose counts add up to the table', async ({
  page,
}) => {
  await page.goto('/states/');
  const [map] = await mapsOf(page);
  if (!map) throw new Error('no map on /states/');
  expect(map.undrawn).toBe(0);
  const rows = await page.locator('table.state-totals tbody tr').evaluateAll((trs) =>
    trs.map((tr) => {
      const n = (g: string) => Number(tr.querySelector(`[data-tally="${g}"]`)?.textContent ?? 'NaN');
      return { inFavour: n('inFavour'), sat: n('inFavour') + n('against') + n('abstaining') + n('notVoting') };
    }),
  );
  const classOf = (r: { inFavour: number; sat: number }) =>
    r.inFavour === r.sat
      ? 'every time'
      : r.inFavour === 0
        ? 'never'
        : r.inFavour * 2 >= r.sat
          ? 'half or more'
          : 'fewer than half';
  const count = (c: string) => rows.filter((r) => classOf(r) === c).length;
  const key = page.getByRole('list', { name: 'Key to the map' });
  await expect(key).toContainText(`In favour every time (${count('every time')})`);
  await expect(key).toContainText(`In favour at half or more of its votes (${count('half or more')})`);
  await expect(key).toContainText(`In favour at fewer than half (${count('fewer than half')})`);
  await expect(key).toContainText(`Never in favour (${count('never')})`);
  expect(map.name).toContain(`in favour every time: ${count('every time')}`);
});

test('the maps keep their marks on a phone, in dark mode and in print', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/resolutions/a-hrc-res-37-23/');
  const mark = page.locator('use.map-mark').first();
  // On a phone a mark grows around its own point, so that it stays on its State.
  expect(await mark.evaluate((el) => getComputedStyle(el).scale)).toBe('1.8');
  const fills = async () =>
    page
      .locator('svg.map')
      .evaluate((svg) =>
        ['.map-sea', '.map-land', '.map-state[data-map-vote="inFavour"]', '.map-mark[data-map-vote="notVoting"]'].map(
          (s) => getComputedStyle(svg.querySelector(s) as Element).fill,
        ),
      );
  const light = await fills();
  expect(new Set(light).size).toBe(4);
  await page.emulateMedia({ colorScheme: 'dark' });
  const dark = await fills();
  expect(new Set(dark).size).toBe(4);
  dark.forEach((fill, i) => expect(fill).not.toBe(light[i]));
  await page.emulateMedia({ colorScheme: 'dark', media: 'print' });
  const paper = await fills();
  expect(paper[0]).toBe('rgb(255, 255, 255)');
  expect(await page.locator('svg.map').evaluate((svg) => getComputedStyle(svg).printColorAdjust)).toBe('exact');
  for (const [scheme, media] of [
    ['light', 'screen'],
    ['dark', 'screen'],
    ['light', 'print'],
  ] as const) {
    await page.emulateMedia({ colorScheme: scheme, media });
    await page.locator('svg.map').screenshot({ path: test.info().outputPath(`map-phone-${scheme}-${media}.png`) });
  }
});

test('a State page names the States that most and least often cast the same vote, counted from the votes', async ({
  page,
}) => {
  const byState = new Map<string, Map<string, string>>();
  for (const v of votes) byState.set(v.state.name, (byState.get(v.state.name) ?? new Map()).set(v.symbol, v.group));
  const together = (a: string, b: string) => {
    const x = byState.get(a) ?? new Map();
    const y = byState.get(b) ?? new Map();
    const both = [...x.keys()].filter((s) => y.has(s));
    return { both: both.length, same: both.filter((s) => x.get(s) === y.get(s) && x.get(s) !== 'notVoting').length };
  };
  for (const [slug, name] of [
    ['cuba', 'Cuba'],
    ['united-kingdom', 'United Kingdom'],
    ['india', 'India'],
  ] as const) {
    await page.goto(`/states/${slug}/`);
    const rows = await page.locator('tr[data-alike]').evaluateAll((trs) =>
      trs.map((tr) => ({
        other: tr.getAttribute('data-alike') ?? '',
        text: tr.querySelector('td')?.textContent ?? '',
      })),
    );
    expect(rows.length, name).toBe(10);
    for (const row of rows) {
      const { both, same } = together(name, row.other);
      expect(row.text.replace(/\s+/g, ' ').trim(), `${name} and ${row.other}`).toBe(
        `${same} of ${both === 1 ? 'the one vote' : `the ${both} votes`} at which both sat`,
      );
    }
    const share = (row: { other: string }) => {
      const { both, same } = together(name, row.other);
      return same / both;
    };
    const most = rows.slice(0, 5).map(share);
    const least = rows.slice(5).map(share);
    expect(Math.min(...most)).toBeGreaterThanOrEqual(Math.max(...least));
    expect(most).toEqual([...most].sort((a, b) => b - a));
    expect(least).toEqual([...least].sort((a, b) => a - b));
  }
  // The sponsor: China at every vote but the one where it did not sit; 49/19's core group with it.
  await page.goto('/states/united-kingdom/');
  await expect(page.locator('#alike ~ p').first()).toContainText(
    /United Kingdom cast the same vote as the resolution's main sponsor at 0 of the \d votes at which both sat\./,
  );
});

test('the matrix in the order of voting alike keeps each State once, explains itself, and puts blocs together', async ({
  page,
}) => {
  await page.goto('/votes/by-voting-alike/');
  await expect(page.locator('[data-order-note="alike"]')).toContainText(
    'States that voted alike stand next to each other',
  );
  const names = await page.locator('.vote-matrix tbody th a:not(.anchor-link)').allTextContents();
  const everyone = [...new Set(votes.map((v) => v.state.name))];
  expect([...names].sort()).toEqual([...everyone].sort());
  expect(names).not.toEqual([...names].sort((a, b) => a.localeCompare(b, 'en')));
  // The half of the list that voted in favour more often comes first.
  const inFavour = (name: string) => {
    const mine = votes.filter((v) => v.state.name === name);
    return mine.filter((v) => v.group === 'inFavour').length / mine.length;
  };
  const half = Math.floor(names.length / 2);
  const sum = (list: string[]) => list.reduce((n, name) => n + inFavour(name), 0);
  expect(sum(names.slice(0, half))).toBeGreaterThan(sum(names.slice(-half)));
  await expect(
    page
      .getByRole('navigation', { name: 'Order of the States' })
      .getByRole('link', { name: 'voting alike side by side' }),
  ).toHaveAttribute('aria-current', 'page');
});
