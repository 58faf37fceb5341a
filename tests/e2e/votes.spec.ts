/**
 * The voting record as readers see it: every per-State vote on every page and in every download
 * equals the content files (which a unit test holds equal to the research).
 */
import { expect, test } from '@playwright/test';
import { voteGroupLabels } from '../../src/schemas/roll-call.ts';
import { votesFile } from '../../src/lib/open-data.ts';
import { symbolToSlug } from '../../src/lib/slugs.ts';
import {
  expectedVotes,
  readResolutions,
  readStates,
  voteGroupsInFiles,
  type ExpectedVote,
} from '../support/content.ts';
import { parseCsv } from '../support/csv.ts';

const votes = expectedVotes();
const resolutions = readResolutions()
  .filter((r) => r.vote.rollCall)
  .sort((a, b) => a.adopted.value.localeCompare(b.adopted.value));
const states = readStates();
const voters = states.filter((s) => votes.some((v) => v.state.slug === s.slug));
const words: Record<string, string> = {
  inFavour: 'in favour',
  against: 'against',
  abstaining: 'abstaining',
  notVoting: 'did not vote',
};
const key = (v: Pick<ExpectedVote, 'symbol'> & { state: { name: string } }) => `${v.symbol} ${v.state.name}`;

test('every resolution page lists each member in its group, linked to its State page', async ({ page }) => {
  for (const r of resolutions) {
    await page.goto(`/resolutions/${symbolToSlug(r.symbol)}/`);
    for (const group of voteGroupsInFiles) {
      const section = page.locator(`section[data-group="${group}"]`);
      const expected = votes
        .filter((v) => v.symbol === r.symbol && v.group === group)
        .map((v) => v.state)
        .sort((a, b) => a.name.localeCompare(b.name, 'en'));
      await expect(section.locator('h3'), `${r.symbol} ${group}`).toContainText(
        `${voteGroupLabels[group].heading} (${expected.length})`,
      );
      expect(
        await section
          .locator('li')
          .evaluateAll((els) =>
            els.map((el) => [el.getAttribute('data-state'), el.querySelector('a')?.getAttribute('href')]),
          ),
        `${r.symbol} ${group}`,
      ).toEqual(expected.map((s) => [s.name, `/states/${s.slug}/`]));
    }
  }
});

test('48/7 shows the official count and the catalogue list side by side, and says the archive does not know which State differs', async ({
  page,
}) => {
  const r = resolutions.find((x) => x.vote.rollCall.discrepancy);
  expect(r?.symbol).toBe('A/HRC/RES/48/7');
  await page.goto(`/resolutions/${symbolToSlug(r!.symbol)}/`);
  const note = page.locator('#count-discrepancy');
  await expect(note).toContainText('Official totals: 27 in favour, 0 against, 20 abstaining');
  await expect(note).toContainText("The OHCHR catalogue's list of States: 28 in favour, 0 against, 19 abstaining");
  await expect(note).toContainText('the archive does not know which State it is');
  await expect(page.locator('section[aria-labelledby="vote"] [data-vote="inFavour"]')).toHaveText('27');
  await expect(page.locator('section[data-group="inFavour"] h3')).toContainText('official count 27');
});

test('every State page gives its vote on each resolution, its tally, its changes and its sources', async ({
  request,
}) => {
  for (const state of voters) {
    const html = await (await request.get(`/states/${state.slug}/`)).text();
    const rows = [...html.matchAll(/<tr[^>]*data-symbol="([^"]+)"[^>]*data-vote="([^"]+)"/g)].map((m) => [m[1], m[2]]);
    const mine = votes.filter((v) => v.state.slug === state.slug);
    expect(rows, state.name).toEqual(
      resolutions
        .map((r) => [r.symbol, mine.find((v) => v.symbol === r.symbol)?.group ?? 'not-member'])
        .sort((a, b) => {
          const order = (symbol: string) =>
            ['development', 'cooperation', 'related'].indexOf(resolutions.find((r) => r.symbol === symbol)?.series);
          return order(a[0] as string) - order(b[0] as string);
        }),
    );
    for (const group of voteGroupsInFiles) {
      expect(html, `${state.name} ${group}`).toMatch(
        new RegExp(`data-tally="${group}"[^>]*>.*?<strong>${mine.filter((v) => v.group === group).length}</strong>`),
      );
    }
    for (const v of mine) {
      expect(html).toContain(`href="${v.record}"`);
      for (const url of v.confirmedBy)
        expect(html, `${state.name} ${v.symbol} confirmed by ${url}`).toContain(`href="${url}"`);
    }
  }
});

test('a State page marks where its vote changed from the previous text of the same series, never across texts that are not a series', async ({
  page,
}) => {
  await page.goto('/states/united-kingdom/');
  const changed = page.locator('tr[data-changed="yes"]');
  const mine = votes
    .filter((v) => v.state.slug === 'united-kingdom')
    .sort((a, b) => a.adopted.localeCompare(b.adopted));
  const expected = mine
    .filter((v, i) => {
      const before = mine
        .slice(0, i)
        .filter((p) => p.series === v.series && p.series !== 'related')
        .at(-1);
      return before !== undefined && before.group !== v.group;
    })
    .map((v) => v.symbol);
  // The United Kingdom abstained on 48/7 and voted against 49/19: two unrelated texts, not a change.
  expect(expected).toEqual(['A/HRC/RES/46/13']);
  expect(await changed.evaluateAll((rows) => rows.map((r) => r.getAttribute('data-symbol')))).toEqual(expected);
});

test('the States index gives each State its years and tally', async ({ request }) => {
  const html = await (await request.get('/states/')).text();
  for (const state of voters) {
    const row =
      new RegExp(`<tr[^>]*data-state="${state.name.replace(/[()]/g, '\\$&')}"[^>]*>([\\s\\S]*?)</tr>`).exec(
        html.replaceAll('&#39;', "'"),
      )?.[1] ?? '';
    const mine = votes.filter((v) => v.state.slug === state.slug);
    const years = [...new Set(mine.map((v) => v.adopted.slice(0, 4)))].sort().join(', ');
    expect(row, state.name).toContain(years);
    const tallies = [...row.matchAll(/data-tally="(\w+)"[^>]*>(\d+)</g)].map((m) => [m[1], Number(m[2])]);
    expect(tallies, state.name).toEqual(voteGroupsInFiles.map((g) => [g, mine.filter((v) => v.group === g).length]));
  }
});

for (const [path, order] of [
  ['/votes/', 'name'],
  ['/votes/by-votes-in-favour/', 'inFavour'],
  ['/votes/by-votes-against/', 'against'],
  ['/votes/by-abstentions/', 'abstaining'],
  ['/votes/by-votes-not-cast/', 'notVoting'],
] as const) {
  test(`the matrix ${path} has every vote in its cell and each State's totals, States ordered by ${order}`, async ({
    page,
  }) => {
    await page.goto(path);
    const table = page.locator('table.vote-matrix');
    expect(
      await table
        .locator('thead th a')
        .evaluateAll((links) => links.map((a) => [a.textContent, a.getAttribute('href')])),
    ).toEqual(resolutions.map((r) => [r.symbol, `/resolutions/${symbolToSlug(r.symbol)}/`]));
    expect(await table.locator('thead th .vm-year').allTextContents()).toEqual(
      resolutions.map((r) => r.adopted.value.slice(0, 4)),
    );
    const grid = await table
      .locator('tbody tr')
      .evaluateAll((rows) =>
        rows.map((row) => [
          row.querySelector('th a')?.textContent ?? '',
          ...[...row.querySelectorAll('td')].map((td) => td.getAttribute('data-vote') ?? ''),
        ]),
      );
    const tally = (slug: string, group: string) =>
      votes.filter((v) => v.state.slug === slug && v.group === group).length;
    const sat = (slug: string) => votes.filter((v) => v.state.slug === slug).length;
    // Most votes of the kind first; of two with as many, the one that sat at fewer votes; then by name.
    const ordered = [...voters].sort(
      (a, b) =>
        (order === 'name' ? 0 : tally(b.slug, order) - tally(a.slug, order) || sat(a.slug) - sat(b.slug)) ||
        a.name.localeCompare(b.name, 'en'),
    );
    const totals = await table
      .locator('tbody tr .vm-total')
      .evaluateAll((cells) => cells.map((c) => c.getAttribute('data-total')));
    expect(totals).toEqual(
      ordered.map((s) => {
        const [y, n, a, d] = voteGroupsInFiles.map((g) => tally(s.slug, g));
        return `${y}–${n}–${a}${d ? `, ${d} not cast` : ''} of ${sat(s.slug)}`;
      }),
    );
    expect(grid).toEqual(
      ordered.map((s) => [
        s.name,
        ...resolutions.map((r) => votes.find((v) => v.state.slug === s.slug && v.symbol === r.symbol)?.group ?? ''),
      ]),
    );
    // Never colour alone: each cell has a shape and words.
    const first = table.locator('tbody td[data-vote]').first();
    await expect(first.locator('.vote-mark')).toHaveCount(1);
    expect((await first.innerText()).trim()).not.toBe('');
  });
}

test('the matrix header stays in view while the page scrolls, and the page carries no script beyond the theme', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/votes/');
  await page.locator('table.vote-matrix tbody tr').nth(60).scrollIntoViewIfNeeded();
  const header = await page.locator('table.vote-matrix thead th').first().boundingBox();
  expect(header?.y).toBeGreaterThanOrEqual(-1);
  expect(header?.y).toBeLessThan(5);
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width).toBeLessThanOrEqual(390);
  await expect(page.locator('script[src]')).toHaveCount(0);
});

test('the matrix prints on landscape pages', async ({ page }) => {
  await page.goto('/votes/');
  const pdf = await page.pdf({ preferCSSPageSize: true });
  const boxes = [...pdf.toString('latin1').matchAll(/\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/g)].map((m) => [
    Number(m[1]),
    Number(m[2]),
  ]);
  expect(boxes.length).toBeGreaterThan(1);
  for (const [width, height] of boxes) expect(width).toBeGreaterThan(height as number);
});

test('printing a resolution prints every State of the roll-call', async ({ page }) => {
  await page.goto('/resolutions/a-hrc-res-37-23/');
  await page.emulateMedia({ media: 'print' });
  const items = page.locator('section[aria-labelledby="states"] li[data-state]');
  await expect(items).toHaveCount(47);
  for (const item of await items.all()) await expect(item).toBeVisible();
});

test('votes.json, votes.csv and votes-matrix.csv hold exactly the votes of the content files', async ({ request }) => {
  const json = votesFile.parse(await (await request.get('/data/votes.json')).json());
  const expected = votes.map((v) => ({
    symbol: v.symbol,
    adopted: v.adopted,
    state: v.state.name,
    iso3: v.state.iso3,
    vote: words[v.group],
    status: v.confirmedBy.length > 0 ? 'confirmed' : 'single-source',
    source: v.record,
    confirmedBy: v.confirmedBy,
  }));
  const sort = <T extends { symbol: string; state: string }>(list: T[]) =>
    [...list].sort((a, b) =>
      key({ symbol: a.symbol, state: { name: a.state } }).localeCompare(
        key({ symbol: b.symbol, state: { name: b.state } }),
      ),
    );
  expect(sort(json)).toEqual(sort(expected));

  const [header, ...rows] = parseCsv(await (await request.get('/data/votes.csv')).text());
  expect(header).toEqual(['symbol', 'adopted', 'state', 'iso3', 'vote', 'status', 'source', 'confirmed_by']);
  expect(
    sort(
      rows.map((r) => ({
        symbol: r[0] as string,
        adopted: r[1],
        state: r[2] as string,
        iso3: r[3],
        vote: r[4],
        status: r[5],
        source: r[6],
        confirmedBy: r[7] ? (r[7] as string).split(' ') : [],
      })),
    ),
  ).toEqual(sort(expected));

  const [matrixHeader, ...matrixRows] = parseCsv(await (await request.get('/data/votes-matrix.csv')).text());
  expect(matrixHeader).toEqual(['state', 'iso3', ...resolutions.map((r) => r.symbol)]);
  expect(matrixRows).toEqual(
    [...voters]
      .sort((a, b) => a.name.localeCompare(b.name, 'en'))
      .map((s) => [
        s.name,
        s.iso3,
        ...resolutions.map((r) => {
          const v = votes.find((x) => x.state.slug === s.slug && x.symbol === r.symbol);
          return v ? (words[v.group] as string) : '';
        }),
      ]),
  );
});

test('the open-data page lists the vote downloads', async ({ page }) => {
  await page.goto('/data/');
  for (const file of ['votes.json', 'votes.csv', 'votes-matrix.csv'])
    await expect(page.locator(`a[data-download="${file}"]`)).toHaveCount(1);
});

test('every State page gives its names in the UN’s six languages, each marked with its language', async ({
  request,
  page,
}) => {
  for (const state of states) {
    const html = await (await request.get(`/states/${state.slug}/`)).text();
    const rows = [...html.matchAll(/<tr[^>]*data-lang="(\w+)"[^>]*>([\s\S]*?)<\/tr>/g)];
    expect(
      rows.map((r) => r[1]),
      state.slug,
    ).toEqual(['ar', 'zh', 'en', 'fr', 'ru', 'es']);
    for (const [, lang, cells] of rows) {
      expect(cells, `${state.slug} ${lang}`).toContain(`lang="${lang}"${lang === 'ar' ? ' dir="rtl"' : ''}`);
    }
  }
  await page.goto('/states/united-kingdom/');
  const names = page.getByRole('table', { name: "Names of United Kingdom in the UN's six languages" });
  await expect(names.locator('tr[data-lang="en"]')).toContainText('UK');
  await expect(names.locator('tr[data-lang="fr"]')).toContainText('Royaume-Uni');
  await expect(page.locator('[lang="zh"]', { hasText: '英国' })).toBeVisible();
});

test('one State’s vote has an address on the resolution page, in the matrix and on the State page, each with a visible link', async ({
  page,
}) => {
  await page.goto('/resolutions/a-hrc-res-46-13/#vote-india');
  const onResolution = page.locator('li:has(> #vote-india)');
  await expect(onResolution).toContainText('India');
  await expect(onResolution.getByRole('link', { name: "Link to India's vote on 46/13" })).toHaveAttribute(
    'href',
    '#vote-india',
  );
  expect(await onResolution.evaluate((li) => li.querySelector(':target') !== null)).toBe(true);
  // Marked when reached: the item stands out from the list.
  expect(await onResolution.evaluate((li) => getComputedStyle(li).outlineStyle)).toBe('solid');

  await page.goto('/votes/#state-india');
  await expect(page.locator('tr:has(#state-india)').getByRole('link', { name: "Link to India's row" })).toBeVisible();

  await page.goto('/states/india/#vote-a-hrc-res-46-13');
  const onState = page.locator('tr:has(#vote-a-hrc-res-46-13)');
  await expect(onState).toHaveAttribute('data-symbol', 'A/HRC/RES/46/13');
  await expect(onState.getByRole('link', { name: "Link to India's vote on 46/13" })).toBeVisible();
});

test('every State in every roll-call has an anchor, unique on its page', async ({ request }) => {
  for (const r of resolutions) {
    const html = await (await request.get(`/resolutions/${symbolToSlug(r.symbol)}/`)).text();
    const ids = [...html.matchAll(/<li data-state="[^"]+">[\s\S]*?<a id="(vote-[\w-]+)" href="#\1"/g)].map((m) => m[1]);
    expect(ids, r.symbol).toHaveLength(47);
    expect(new Set(ids).size, r.symbol).toBe(47);
  }
});

test('the matrix says which States voted against, and which in favour, every time they sat', async ({ page }) => {
  await page.goto('/votes/');
  for (const group of ['against', 'inFavour'] as const) {
    const expected = voters
      .filter((s) => {
        const mine = votes.filter((v) => v.state.slug === s.slug);
        return mine.length >= 2 && mine.every((v) => v.group === group);
      })
      .map((s) => s.name)
      .sort();
    const named = await page.locator(`[data-every-time="${group}"] a`).allTextContents();
    expect([...named].sort(), group).toEqual(expected);
  }
});

for (const [path, group] of [
  ['/states/by-votes-against/', 'against'],
  ['/states/by-abstentions/', 'abstaining'],
] as const) {
  test(`the States index ${path} is ordered by that count, most first`, async ({ request }) => {
    const html = await (await request.get(path)).text();
    const counts = [...html.matchAll(new RegExp(`data-tally="${group}"[^>]*>(\\d+)<`, 'g'))].map((m) => Number(m[1]));
    expect(counts.length).toBe(voters.length);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
  });
}

test('the matrix and the States index fit a 320 px screen', async ({ browser }) => {
  const page = await browser.newPage({ viewport: { width: 320, height: 700 } });
  for (const path of ['/votes/', '/states/', '/'])
    await page
      .goto(path)
      .then(async () =>
        expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(320),
      );
  await page.close();
});
