/**
 * The record around each vote, as a reader sees it: how the draft changed, who spoke and why, what
 * the resolution set in motion, further reading from every side, titles in other languages.
 */
import { Cite } from '@citation-js/core';
import { expect, test } from '@playwright/test';
import { followUpFile, readingsFile, statementsFile } from '../../src/lib/open-data.ts';
import { parseCsv } from '../support/csv.ts';

const readings = async (request: import('@playwright/test').APIRequestContext) =>
  readingsFile.parse(await (await request.get('/data/further-reading.json')).json());

test('a resolution page grows its record: drafting, the vote, what it set in motion, further reading', async ({
  page,
}) => {
  await page.goto('/resolutions/a-hrc-res-37-23/');
  const record = page.locator('section[aria-labelledby="record"]');
  await expect(record.getByRole('heading', { level: 2 })).toHaveText('Drafting, statements and follow-up');
  await expect(record.getByRole('heading', { level: 3 })).toHaveText([
    'How it was drafted',
    'At the vote',
    'What it set in motion',
  ]);
  // The draft's first title, shown as the research found it, with its confirmation.
  await expect(record).toContainText('“Promoting the international human rights cause through win-win cooperation”');
  // Every side of the vote: the sponsor presenting it, the State that voted against explaining why.
  const us = page.locator('#statement-37-23-united-states-explanation-of-vote');
  await expect(us).toContainText('United States, Jason Mack (explained its vote, 23 March 2018)');
  await expect(us.locator('[data-status]')).toHaveAttribute('data-status', 'confirmed');
  await expect(us.locator('blockquote')).toHaveAttribute('lang', 'en');
  await expect(page.locator('#statement-37-23-china-introduction')).toContainText('Sponsor');
  // Four States named together by one report are one item, each State still reachable by its own anchor.
  const consultations = page.locator('li', { has: page.locator('#statement-37-23-japan-consultations') });
  await expect(consultations).toContainText('Australia, Cuba, Japan and Republic of Korea');
  await expect(consultations).toHaveAttribute('id', 'statement-37-23-australia-consultations');
  // What it set in motion, and where the missing document would be.
  await expect(record.locator('[id^="follow-up-"]')).toHaveCount(1);
  await expect(record.locator('[id^="follow-up-"]')).toContainText('its symbol is not in the archive yet');
  await expect(record.getByText('Not in the archive yet').first()).toBeVisible();
  // Further reading: the share, computed from the records, and the way to the texts.
  await expect(page.locator('[data-further-reading-share]')).toContainText(
    /^\d+ texts: \d+ from States that voted against, .* from the sponsor/,
  );
  await page.locator('[data-further-reading-share] a').click();
  await expect(page).toHaveURL(/\/further-reading\/#a-hrc-res-37-23$/);
});

test("where sources disagree, every account is shown and none chosen (49/19's rounds of consultations)", async ({
  page,
}) => {
  await page.goto('/resolutions/a-hrc-res-49-19/');
  const drafting = page.locator('section[aria-labelledby="record"]');
  await expect(drafting).toContainText('8 rounds, according to China, speaking for the core group');
  await expect(drafting).toContainText('7 rounds, according to the United States');
  await expect(drafting).toContainText('The accounts differ; the archive shows each and does not settle them.');
  await page.goto('/resolutions/a-hrc-res-48-7/');
  await expect(page.locator('section[aria-labelledby="record"]')).toContainText(
    'United Kingdom, 2 amendments: adopted by a vote.',
  );
});

test('titles in other languages carry their language and their publisher, never as official', async ({ page }) => {
  await page.goto('/resolutions/a-hrc-res-37-23/');
  const titles = page.locator('section[aria-labelledby="other-titles"]');
  await expect(titles).toContainText("none is the UN's official wording");
  const wordings = titles.locator('li > span[lang]');
  expect(await wordings.count()).toBeGreaterThan(2);
  for (const wording of await wordings.all()) {
    await expect(wording).toHaveAttribute('lang', /^(zh|zh-Hant|fr|es|ar|ja|de|ko|it|fa)$/);
    await expect(wording.locator('xpath=following-sibling::span')).toContainText(', as published by ');
  }
  await expect(titles.locator('span[lang="zh"]').first()).toBeVisible();
  await expect(titles.getByRole('link', { name: /more wordings? of this title/ })).toHaveAttribute(
    'href',
    '/series/cooperation/#other-titles',
  );
});

test('a search in Chinese for some words of a title finds the resolution', async ({ page }) => {
  await page.goto(`/search/?q=${encodeURIComponent('合作共赢')}`);
  const first = page.locator('#search-results li a').first();
  await expect(first).toBeVisible();
  const hrefs = await page.locator('#search-results li a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  expect(hrefs.some((href) => href?.startsWith('/resolutions/a-hrc-res-'))).toBe(true);
  await page.goto(`/search/?q=${encodeURIComponent('殖民主义')}`);
  await expect(page.locator('#search-results li a').first()).toHaveAttribute('href', /\/resolutions\/a-hrc-res-48-7\//);
});

test('48/7 and 49/19 are not a series: nothing compares one with the other', async ({ page }) => {
  for (const slug of ['a-hrc-res-48-7', 'a-hrc-res-49-19']) {
    await page.goto(`/resolutions/${slug}/`);
    await expect(page.getByText(/in this series/)).toHaveCount(0);
    await expect(page.locator('nav[aria-label="This series"]')).toHaveCount(0);
  }
  await page.goto('/series/related/');
  await expect(page.locator('h1')).toHaveText('Other China-led resolutions');
  await expect(page.locator('table[data-series-votes] th')).not.toContainText(['Change']);
  await expect(page.getByText('The texts are unrelated, so their margins are not compared.')).toBeVisible();
  // India voted in favour of 48/7 and against 49/19: its page lists both without calling it a change.
  await page.goto('/states/india/');
  const group = page.locator('section[aria-labelledby="series-related"]');
  await expect(group.locator('h2')).toHaveText('Other China-led resolutions');
  await expect(group).not.toContainText(/Changed|Same as|First vote in this series|previous vote/);
});

test('further reading lists every text from every side, by resolution and by voice, and works without JavaScript', async ({
  browser,
  request,
}) => {
  const records = await readings(request);
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/further-reading/');
  // A text about several resolutions is listed under each, its anchor where it first appears.
  for (const record of records) {
    await expect(page.locator(`#reading-${record.id}`)).toHaveCount(1);
    await expect(page.locator(`[data-reading="${record.id}"]`)).toHaveCount(record.resolutions.length);
  }
  const japan = records.find((r) => r.state === 'Japan');
  await expect(page.locator(`#reading-${japan?.id}`)).toContainText('Japan, a State that voted against');

  await page.getByRole('link', { name: 'By voice' }).click();
  await expect(page).toHaveURL(/\/further-reading\/by-voice\/$/);
  const against = page.locator('section[aria-labelledby="state-against"]');
  await expect(against.locator('h2')).toHaveText('States that voted against');
  await expect(against.locator('li')).toHaveCount(
    records.filter((r) => Object.values(r.voices).includes('state-against')).length,
  );
  await expect(page.locator('script[src]')).toHaveCount(0);
  await context.close();
});

test('further reading exports as CSL-JSON, RIS and BibTeX that a reference manager reads, and as CSV', async ({
  request,
}) => {
  const records = await readings(request);
  const csl = new Cite(await (await request.get('/data/further-reading.csl.json')).text()).data as Array<{
    title: string;
    URL: string;
  }>;
  expect(csl.map((c) => c.URL).sort()).toEqual(records.map((r) => r.url).sort());
  const ris = await (await request.get('/data/further-reading.ris')).text();
  expect(ris.match(/^TY {2}- /gm)).toHaveLength(records.length);
  const bib = await (await request.get('/data/further-reading.bib')).text();
  expect(bib.match(/^@misc\{/gm)).toHaveLength(records.length);
  const [header, ...rows] = parseCsv(await (await request.get('/data/further-reading.csv')).text());
  expect(header?.slice(0, 3)).toEqual(['id', 'title', 'title_described']);
  expect(rows).toHaveLength(records.length);
});

test('statements and follow-up are open data, each record pointing at its place on the page', async ({
  request,
  page,
}) => {
  const statements = statementsFile.parse(await (await request.get('/data/statements.json')).json());
  const followUp = followUpFile.parse(await (await request.get('/data/follow-up.json')).json());
  for (const record of [...statements.slice(0, 3), ...followUp.slice(0, 3)]) {
    const url = new URL(record.archiveUrl);
    await page.goto(url.pathname);
    await expect(page.locator(url.hash)).toBeAttached();
  }
  for (const file of ['statements.csv', 'follow-up.csv']) {
    const response = await request.get(`/data/${file}`);
    expect(response.headers()['content-type']).toContain('text/csv');
  }
  await page.goto('/data/');
  for (const file of [
    'statements.json',
    'follow-up.json',
    'further-reading.json',
    'further-reading.csl.json',
    'titles.json',
  ])
    await expect(page.locator(`[data-download="${file}"]`)).toBeVisible();
});

test("a State's page shows what it said, with the resolution and its vote beside each statement", async ({ page }) => {
  await page.goto('/states/japan/');
  const said = page.locator('section[aria-labelledby="statements"]');
  await expect(said.locator('h2')).toHaveText('What Japan said');
  const eov = said.locator('#statement-43-21-japan-explanation-of-vote');
  await expect(eov).toContainText('A/HRC/RES/43/21 (it voted against)');
  await expect(eov).toContainText('explained its vote');
});

test('the timeline shows what the resolutions set in motion, marked on the chart and linked to the resolution', async ({
  page,
}) => {
  await page.goto('/timeline/follow-up/');
  const entries = page.locator('li[data-kind="follow-up"]');
  expect(await entries.count()).toBeGreaterThanOrEqual(5);
  await expect(entries.first()).toContainText('Asked for by A/HRC/RES/41/19.');
  await expect(page.locator('.chart-year polygon.triangle')).not.toHaveCount(0);
  const mark = page.locator('.chart-year a', { has: page.locator('polygon.triangle') }).first();
  // A small mark leads to its entry in the list, which names it and links to the resolution's record.
  await expect(mark).toHaveAttribute('href', /^#follow-up-/);
  await mark.click();
  const entry = page.locator('li:target');
  await expect(entry).toContainText('intersessional seminar', { ignoreCase: true });
  await expect(entry.locator('a[href*="/resolutions/a-hrc-res-41-19/#follow-up-"]')).not.toHaveCount(0);
});
