import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { symbolAliases } from '../../src/lib/search.ts';
import { symbolToSlug } from '../../src/lib/slugs.ts';
import { readSourceTexts, readContentText, readResolutions, readStates } from '../support/content.ts';

const results = (page: Page) => page.locator('#search-results li');

/** How many results the summary announces (results are listed a page at a time). */
async function resultCount(page: Page): Promise<number> {
  const text = (await page.locator('#search-summary').textContent()) ?? '';
  if (text.startsWith('No results')) return 0;
  const count = /^(\d+) results? /.exec(text)?.[1];
  if (count === undefined) throw new Error(`No count in the summary: "${text}"`);
  return Number(count);
}

async function search(page: Page, query: string, extra = ''): Promise<void> {
  await page.goto(`/search/?q=${encodeURIComponent(query)}${extra}`);
  // A real result, not the placeholder shown while results load.
  await expect(results(page).locator('a').first()).toBeVisible();
}

/** The first result's address, less the highlight parameters Pagefind adds. */
async function firstResult(page: Page): Promise<string | undefined> {
  const href = await results(page).first().locator('a').first().getAttribute('href');
  if (!href) return undefined;
  const url = new URL(href, 'http://archive.test');
  return `${url.pathname}${url.hash}`;
}

const sourceTexts = readSourceTexts();
const words = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/** Eight consecutive words from the middle of the body that no other text contains: what a reader might paste. */
function quoteFrom(article: (typeof sourceTexts)[number]): string {
  const others = sourceTexts.filter((a) => a !== article).map((a) => words(a.body));
  const paragraphs = article.body
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter((p) => p.split(' ').length > 12);
  const ordered = [
    ...paragraphs.slice(Math.floor(paragraphs.length / 2)),
    ...paragraphs.slice(0, Math.floor(paragraphs.length / 2)),
  ];
  for (const paragraph of ordered) {
    const tokens = paragraph.split(' ');
    for (let start = 0; start + 8 <= tokens.length; start += 1) {
      const quote = tokens.slice(start, start + 8).join(' ');
      if (!others.some((body) => body.includes(words(quote)))) return quote;
    }
  }
  throw new Error(`${article.slug} has no eight words of its own`);
}

for (const article of sourceTexts) {
  test(`a quote from ${article.slug}, searched as a phrase, finds it first`, async ({ page }) => {
    await search(page, `"${quoteFrom(article)}"`);
    expect(await firstResult(page)).toBe(`/articles/${article.slug}/`);
  });
}

for (const r of readResolutions()) {
  const forms = [r.symbol, ...symbolAliases(r.symbol, r.draftSymbol.value)];
  test(`every form of ${r.symbol} finds it first: ${forms.join(', ')}`, async ({ page }) => {
    await page.goto('/search/');
    const input = page.locator('#search-input');
    for (const form of forms) {
      await input.fill(form);
      await expect(page.locator('#search-summary')).toContainText(`for ${form}`);
      await expect.poll(() => firstResult(page), { message: form }).toBe(`/resolutions/${symbolToSlug(r.symbol)}/`);
    }
  });
}

test('a filter narrows the results, and lives in the URL', async ({ page }) => {
  await search(page, 'cooperation');
  const all = await resultCount(page);
  await search(page, 'cooperation', '&type=source-text');
  const narrowed = await resultCount(page);
  expect(narrowed).toBeGreaterThan(0);
  expect(narrowed).toBeLessThan(all);
  for (const href of await results(page)
    .locator('a[href]')
    .evaluateAll((links) => links.map((a) => a.getAttribute('href')))) {
    expect(href).toMatch(/^\/articles\//);
  }
});

test('a session or event is found and opens the timeline at its entry', async ({ page }) => {
  await search(page, 'Xinjiang');
  const href = await firstResult(page);
  expect(href).toBe('/timeline/#event-2022-10-06-xinjiang-debate-draft-decision');
});

test('the query is shared by URL, survives a reload and is restored by the back button', async ({ page }) => {
  await page.goto('/search/');
  const input = page.locator('#search-input');
  await input.fill('vaccines');
  await expect(page).toHaveURL(/\/search\/\?q=vaccines$/);
  await expect(results(page).first()).toBeVisible();
  const before = await results(page).count();
  await page.reload();
  await expect(input).toHaveValue('vaccines');
  await expect(results(page)).toHaveCount(before);
  await results(page).first().locator('a').first().click();
  await expect(page).not.toHaveURL(/\/search\//);
  await page.goBack();
  await expect(input).toHaveValue('vaccines');
  await expect(results(page)).toHaveCount(before);
});

test('opening a result highlights the terms on the page', async ({ page }) => {
  await search(page, 'multilateralism');
  await results(page).first().locator('a').first().click();
  await expect(page.locator('mark.pagefind-highlight').first()).toBeVisible();
});

test('the header search box lands on the search page with the query', async ({ page }) => {
  await page.goto('/timeline/');
  await page.getByRole('search').getByRole('searchbox').fill('Eritrea');
  await page.getByRole('search').getByRole('button', { name: 'Search' }).click();
  await expect(page).toHaveURL('/search/?q=Eritrea');
  await expect(results(page).first()).toBeVisible();
});

test('no result links to a missing page', async ({ page, request }) => {
  const hrefs = new Set<string>();
  for (const query of ['human rights', 'resolution', 'session', 'China', '2021']) {
    await search(page, query);
    for (const href of await results(page)
      .locator('a[href]')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? '')))
      hrefs.add(href.split(/[?#]/)[0] as string);
  }
  expect(hrefs.size).toBeGreaterThan(5);
  for (const href of hrefs) expect((await request.get(href)).status(), href).toBe(200);
});

test('hostile input shows no injected markup and raises no error', async ({ page }) => {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(error.message));
  page.on('dialog', (dialog) => {
    problems.push(`dialog: ${dialog.message()}`);
    void dialog.dismiss();
  });
  const inputs = [
    '<img src=x onerror=alert(1)>',
    '"\'><script>alert(1)</script>',
    'a'.repeat(2000),
    '人权 合作共赢',
    '🤝🌍 human rights',
    '%22%3E%3Csvg%2Fonload%3Dalert(1)%3E',
  ];
  for (const text of inputs) {
    await page.goto(`/search/?q=${encodeURIComponent(text)}`);
    await expect(page.locator('#search-summary')).not.toHaveText('');
    await page.waitForTimeout(300);
    await expect(page.locator('main img, main svg[onload], main script:not([type])')).toHaveCount(0);
  }
  expect(problems).toEqual([]);
});

for (const scheme of ['light', 'dark'] as const) {
  test(`the search page with results has no WCAG A/AA violations (${scheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await search(page, 'cooperation');
    const axe = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'])
      .analyze();
    expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
}

for (const [query, slug] of [
  ['India', 'india'],
  ['Republic of Korea', 'republic-of-korea'],
  ['United Kingdom', 'united-kingdom'],
  // The names people use, from CLDR and the aliases kept with their sources, in the UN's six languages.
  ['UK', 'united-kingdom'],
  ['Britain', 'united-kingdom'],
  ['USA', 'united-states'],
  ['United States of America', 'united-states'],
  ['South Korea', 'republic-of-korea'],
  ['Ivory Coast', 'cote-d-ivoire'],
  ['Russia', 'russian-federation'],
  ['Czechia', 'czech-republic'],
  ['Royaume-Uni', 'united-kingdom'],
  ['Reino Unido', 'united-kingdom'],
  ['英国', 'united-kingdom'],
  ['Россия', 'russian-federation'],
  ['الهند', 'india'],
] as const) {
  test(`"${query}" puts the State's page first`, async ({ page }) => {
    await search(page, query);
    expect(await firstResult(page)).toBe(`/states/${slug}/`);
  });
}

test('States are a type of their own in the filters', async ({ page }) => {
  await search(page, 'Cuba', '&type=state');
  await expect.poll(() => firstResult(page)).toBe('/states/cuba/');
  const hrefs = await results(page)
    .locator('a[href]')
    .evaluateAll((links) => links.map((a) => new URL(a.getAttribute('href') ?? '', 'http://x').pathname));
  expect(hrefs.every((href) => href.startsWith('/states/'))).toBe(true);
});

test('what the index holds reads as prose: no words glued across elements, no lists of source addresses', async ({
  page,
}) => {
  await page.goto('/search/');
  const records = await page.evaluate(async () => {
    const pagefind = await import(new URL('/pagefind/pagefind.js', location.href).href);
    const filters = await pagefind.filters();
    const { results } = await pagefind.search(null, { filters: { type: { any: Object.keys(filters.type) } } });
    return Promise.all(
      results.map(async (r: { data(): Promise<{ url: string; content: string }> }) => {
        const { url, content } = await r.data();
        return { url, content };
      }),
    );
  });
  expect(records.length).toBeGreaterThan(100);
  // A word that the content files spell that way (DefendDefenders) is a name, not two words run together.
  const spelled = readContentText();
  const problems: string[] = [];
  for (const { url, content } of records) {
    // The source texts' own words are as published; only the archive's own markup is checked.
    if (url.startsWith('/articles/')) continue;
    for (const match of content.matchAll(/\S*(?:[a-z][A-Z]|[a-z)][(]|\)[A-Za-z]|\d[A-Z][a-z])\S*/g)) {
      const word = match[0].replace(/[.,;:]+$/, '');
      if (!spelled.includes(word)) problems.push(`${url}: “${match[0]}”`);
    }
    for (const match of content.matchAll(/https?:\/\/\S+/g)) problems.push(`${url}: address ${match[0]}`);
  }
  expect(problems).toEqual([]);
});

for (const [name, slug] of [
  ['Liu Xinsheng', '2024-03-29-liu-xinsheng-promote-cooperation-based-on-mutual-benefits'],
  ['Yu Jianhua', '2018-02-28-yu-jianhua-win-win-cooperation-for-the-common-cause'],
] as const) {
  test(`"${name}" puts the text they wrote or delivered first`, async ({ page }) => {
    await search(page, name);
    expect(await firstResult(page)).toBe(`/articles/${slug}/`);
  });
}

test('a person quoted in a text finds it through its provenance, without the rest of the panel', async ({ page }) => {
  await page.goto('/search/');
  // Every result, not only the first screen: statements and further reading name him too.
  const urls = await page.evaluate(async () => {
    const pagefind = await import(new URL('/pagefind/pagefind.js', location.href).href);
    const { results } = await pagefind.search('Chen Xu');
    return Promise.all(results.map(async (r: { data(): Promise<{ url: string }> }) => (await r.data()).url));
  });
  expect(urls.map((url: string) => url.replace(/[?#].*$/, ''))).toContain(
    '/articles/2021-03-25-china-champions-win-win-cooperation/',
  );
  // The original address is in the panel but not in the index: nothing matches its last part.
  const excerpts = await page.evaluate(async () => {
    const pagefind = await import(new URL('/pagefind/pagefind.js', location.href).href);
    const { results } = await pagefind.search('ihaitayy1355821');
    return Promise.all(results.map(async (r: { data(): Promise<{ content: string }> }) => (await r.data()).content));
  });
  expect(excerpts.filter((content: string) => content.includes('ihaitayy'))).toEqual([]);
});

test('choosing a filter is a step Back undoes, and a filter without a query lists what it matches', async ({
  page,
}) => {
  await search(page, 'cooperation');
  await expect(page.locator('#search-summary')).toContainText('cooperation');
  const all = await resultCount(page);
  await page.getByText('Filter by type, year, series or publisher').click();
  const typeGroup = page.locator('#search-filters details[data-filter-name="type"]');
  await typeGroup.locator('summary').click();
  await typeGroup.getByRole('checkbox', { name: /^Source text/ }).check();
  await expect(page).toHaveURL(/\/search\/\?q=cooperation&type=source-text$/);
  await expect.poll(() => resultCount(page)).toBeLessThan(all);
  await page.goBack();
  await expect(page).toHaveURL(/\/search\/\?q=cooperation$/);
  await expect.poll(() => resultCount(page)).toBe(all);

  await page.goto('/search/?type=state');
  await expect(results(page).first()).toBeVisible();
  const states = readStates().length;
  await expect.poll(() => resultCount(page)).toBe(states);
  await expect(page.locator('#search-summary')).toHaveText(`${states} results for the filters chosen`);
  for (const href of await results(page)
    .locator('a[href]')
    .evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? '')))
    expect(href).toMatch(/^\/states\/[a-z-]+\/(\?|$)/);
});

test('a fresh search page shows no empty filter box, fetches no index before the reader asks, and filter indexes only when the filters are opened', async ({
  page,
}) => {
  const fetched: string[] = [];
  page.on('request', (r) => {
    if (/\/pagefind\/(index|filter|fragment)\//.test(r.url())) fetched.push(r.url());
  });
  await page.goto('/search/');
  await expect(page.locator('#search-input')).toBeVisible();
  await expect(page.locator('#search-filters details[data-filter-name="type"]')).toBeHidden();
  await page.waitForTimeout(500);
  expect(fetched).toEqual([]);
  await page.locator('#search-input').fill('vaccines');
  await expect(results(page).first()).toBeVisible();
  // The first search fetched the words it needed, and no filter's index.
  expect(fetched.filter((url) => url.includes('/pagefind/filter/'))).toEqual([]);
  await page.getByText('Filter by type, year, series or publisher').click();
  const typeGroup = page.locator('#search-filters details[data-filter-name="type"]');
  await expect(typeGroup).toBeVisible();
  await expect.poll(() => fetched.filter((url) => url.includes('/pagefind/filter/')).length).toBeGreaterThan(0);
  // Counts for the current query, not for the whole archive.
  await typeGroup.locator('summary').click();
  const sourceTexts = typeGroup.getByRole('checkbox', { name: /^Source text/ });
  await expect(sourceTexts).toBeVisible();
  // The counts arrive once the filter indexes have loaded.
  const count = () =>
    typeGroup
      .locator('label')
      .filter({ hasText: /^Source text/ })
      .locator('.search-filter-count')
      .textContent()
      .then(Number);
  await expect.poll(count).toBeGreaterThan(0);
  expect(await count()).toBeLessThan(readSourceTexts().length + 1);
});

test('on a phone, a result line keeps its date', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  await search(page, 'Yu Jianhua');
  const line = results(page).first().locator('[data-result-line]');
  await expect(line).toContainText('28 February 2018');
  // The line wraps rather than being cut, so the date at its start is on screen whole.
  const fits = await line.evaluate((el) => {
    const range = document.createRange();
    const text = el.firstChild as Text;
    const date = '28 February 2018';
    const start = (text.textContent ?? '').indexOf(date);
    range.setStart(text, start);
    range.setEnd(text, start + date.length);
    return range.getBoundingClientRect().right <= el.getBoundingClientRect().right;
  });
  expect(fits).toBe(true);
  await context.close();
});

test('a pasted wall of text searches, and the address keeps at most 500 characters of it', async ({ page }) => {
  await page.goto('/search/');
  const wall = `${'mutually beneficial cooperation in the field of human rights '.repeat(60)}`.trim();
  await page.locator('#search-input').fill(wall);
  await expect(page).toHaveURL(/\?q=/);
  const q = new URL(page.url()).searchParams.get('q') ?? '';
  expect(q).toBe(wall.slice(0, 500));
});

test('without JavaScript, the search page has a form that submits to itself and says what works without it', async ({
  browser,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/search/');
  const form = page.locator('main form[role="search"]');
  await expect(form).toBeVisible();
  await form.getByRole('searchbox').fill('vaccines');
  await form.getByRole('button', { name: 'Search' }).click();
  await expect(page).toHaveURL('/search/?q=vaccines');
  await expect(page.locator('main')).toContainText('needs JavaScript, which is off here');
  await expect(page.locator('main').getByRole('link', { name: 'all resolutions' })).toBeVisible();
  await expect(page.locator('#search-summary')).toBeHidden();
  await context.close();
});

test('"Newest first" and "Oldest first" order the results by date, then the records without one; the order lives in the URL and is fetched only when asked for', async ({
  page,
  request,
}) => {
  const timeline = (await (await request.get('/data/timeline.json')).json()) as {
    entries: Array<{ id: string; date: string; href?: string }>;
  };
  const readings = (await (await request.get('/data/further-reading.json')).json()) as Array<{
    id: string;
    issued: string;
  }>;
  // Every record's date as the index has it: timeline entries, and texts of further reading known to the day.
  const dates = new Map([
    ...timeline.entries.map((entry) => [entry.href ?? `/timeline/#${entry.id}`, entry.date] as const),
    ...readings
      .filter((r) => r.issued.length === 10)
      .map((r) => [`/further-reading/#reading-${r.id}`, r.issued] as const),
  ]);
  const orderFetched: string[] = [];
  page.on('request', (r) => {
    if (r.url().includes('date-order')) orderFetched.push(r.url());
  });
  await search(page, 'China');
  expect(orderFetched).toEqual([]);
  /** The date of each result shown so far (undefined for a record without one, such as a State). */
  const shownDates = async () =>
    (
      await results(page)
        .locator('a[href]')
        .evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''))
    ).map((href) => {
      const url = new URL(href, 'http://archive.test');
      // A resolution found by a State's name opens at that State's vote: the record is the page.
      return dates.get(`${url.pathname}${url.hash.startsWith('#vote-') ? '' : url.hash}`);
    });
  for (const [order, direction] of [
    ['date-desc', -1],
    ['date-asc', 1],
  ] as const) {
    await page.selectOption('#search-sort-select', order);
    await expect(page).toHaveURL(new RegExp(`[?&]sort=${order}`));
    await expect
      .poll(async () => {
        const shown = (await shownDates()).filter((date) => date !== undefined);
        return (
          shown.length >= 4 &&
          shown.every((date, i) => i === 0 || Math.sign(date.localeCompare(shown[i - 1] as string)) !== -direction)
        );
      })
      .toBe(true);
  }
  expect(orderFetched).toHaveLength(1);
  // A change of order is a step the back button undoes, like a filter.
  await page.goBack();
  await expect(page).toHaveURL(/[?&]sort=date-desc/);
  await expect(page.locator('#search-sort-select')).toHaveValue('date-desc');
  await page.goForward();
  await expect(page.locator('#search-sort-select')).toHaveValue('date-asc');
  // Every result, listed and loaded (a result loads when it comes into view): the dated ones first,
  // then those without a date, none dropped.
  await page.setViewportSize({ width: 1280, height: 20000 });
  while (await page.locator('#search-more').isVisible()) await page.locator('#search-more').click();
  await expect(page.locator('#search-results li[aria-hidden="true"]')).toHaveCount(0);
  const all = await shownDates();
  expect(all).toHaveLength(await resultCount(page));
  expect(all.some((date) => date === undefined)).toBe(true);
  expect(all.findIndex((date) => date === undefined)).toBe(all.filter((date) => date !== undefined).length);
  await page.reload();
  await expect(page.locator('#search-sort-select')).toHaveValue('date-asc');
});

for (const query of ['vote', 'abstained', 'voted against']) {
  test(`"${query}" puts a resolution first, not the page of a State`, async ({ page }) => {
    await search(page, query);
    expect(await firstResult(page)).toMatch(/^\/resolutions\/a-hrc-res-/);
  });
}

test('a session as people write it (HRC46) finds the resolution adopted there first', async ({ page }) => {
  await search(page, 'HRC46');
  expect(await firstResult(page)).toBe('/resolutions/a-hrc-res-46-13/');
});

test('a query of stop words only says so', async ({ page }) => {
  await search(page, 'the of and');
  await expect(page.locator('#search-summary')).toContainText('these words are in almost every text');
});

test('a resolution found by a State’s name opens at that State’s vote', async ({ page }) => {
  await search(page, 'India', '&type=resolution');
  const href = await results(page).first().locator('a').first().getAttribute('href');
  expect(href).toMatch(/^\/resolutions\/a-hrc-res-[\w-]+\/(\?[^#]*)?#vote-india$/);
});

test('a misspelt name that finds nothing suggests the nearest names, fetched only then', async ({ page }) => {
  const fetched: string[] = [];
  page.on('request', (r) => {
    if (r.url().includes('suggestions.json')) fetched.push(r.url());
  });
  await page.goto('/search/?q=India');
  await expect(page.locator('#search-summary')).toContainText('for India');
  expect(fetched).toEqual([]);
  await page.goto('/search/?q=Venezuala');
  await expect(page.locator('#search-summary')).toHaveText('No results for Venezuala');
  await expect(page.locator('#search-suggestions').getByRole('link', { name: 'Venezuela' })).toHaveAttribute(
    'href',
    '/states/venezuela-bolivarian-republic-of/',
  );
  expect(fetched).toHaveLength(1);
});

test('the empty search page shows examples and the ways to browse, and hides them once a search is made', async ({
  page,
}) => {
  await page.goto('/search/');
  const start = page.locator('#search-start');
  await expect(start.getByRole('link', { name: 'India' })).toHaveAttribute('href', '/search/?q=India');
  await expect(start.getByRole('link', { name: 'the States' })).toHaveAttribute('href', '/states/');
  await page.locator('#search-input').fill('vaccines');
  await expect(start).toBeHidden();
});

test('the page for a missing address offers the search field with its words, and the ways to browse', async ({
  page,
}) => {
  const response = await page.goto('/states/inda/');
  expect(response?.status()).toBe(404);
  await expect(page.locator('#not-found-search')).toHaveValue('states inda');
  await page.locator('#not-found-search').press('Enter');
  await expect.poll(() => firstResult(page)).toBe('/states/india/');
  await page.goto('/no/such/page/');
  for (const name of ['All resolutions', 'All States', 'every vote in one table'])
    await expect(page.getByRole('link', { name })).toBeVisible();
});
