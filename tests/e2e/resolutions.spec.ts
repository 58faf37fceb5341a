import { expect, test } from '@playwright/test';
import { formatDate } from '../../src/lib/dates.ts';
import { sessionName } from '../../src/lib/sessions.ts';
import { symbolToSlug } from '../../src/lib/slugs.ts';
import { readSourceTexts, readResolutions } from '../support/content.ts';

const resolutions = readResolutions();

test('there is one page per resolution in the data', () => {
  expect(resolutions).toHaveLength(8);
});

for (const r of resolutions) {
  test.describe(r.symbol, () => {
    test.beforeEach(async ({ page }) => {
      await page.goto(`/resolutions/${symbolToSlug(r.symbol)}/`);
    });

    test('states the symbol, title, date and session as recorded', async ({ page }) => {
      await expect(page.locator('#symbol')).toHaveText(r.symbol);
      await expect(page.getByRole('heading', { level: 1 })).toContainText(r.title);
      await expect(page.locator('dd:has(+ dt#meeting), #adopted + dd')).toContainText(formatDate(r.adopted.value));
      await expect(page.locator('#session + dd')).toContainText(sessionName(r.session));
      await expect(page.locator('#official-record')).toHaveAttribute('href', `https://undocs.org/${r.symbol}`);
    });

    test('gives the vote figures exactly, in numbers and as an accessible chart', async ({ page }) => {
      const vote = page.locator('section[aria-labelledby="vote"]');
      await expect(vote.locator('[data-vote="inFavour"]')).toHaveText(String(r.vote.inFavour));
      await expect(vote.locator('[data-vote="against"]')).toHaveText(String(r.vote.against));
      await expect(vote.locator('[data-vote="abstaining"]')).toHaveText(String(r.vote.abstaining));
      await expect(vote.locator('[data-vote="notVoting"]')).toHaveText(
        String(47 - r.vote.inFavour - r.vote.against - r.vote.abstaining),
      );
      await expect(vote.getByRole('img')).toHaveAttribute(
        'aria-label',
        new RegExp(`${r.vote.inFavour} in favour, ${r.vote.against} against, ${r.vote.abstaining} abstaining`),
      );
    });

    test('lists how States voted in four groups, or says that the list is not in the archive yet', async ({ page }) => {
      const states = page.locator('section[aria-labelledby="states"]');
      if (r.vote.rollCall) {
        await expect(states.locator('section[data-group]')).toHaveCount(4);
        await expect(states.locator('li[data-state]')).toHaveCount(47);
        await expect(states.getByRole('link', { name: 'The OHCHR voting record' })).toHaveAttribute(
          'href',
          r.vote.rollCall.record,
        );
      } else {
        await expect(states).toContainText('The archive does not have the list of how each State voted');
        await expect(states.locator(`a[href="https://undocs.org/${r.symbol}"]`)).toHaveCount(1);
      }
    });

    test('shows every key point and every discrepancy the research records', async ({ page }) => {
      await expect(page.locator('section[aria-labelledby="content"] ol > li')).toHaveCount(r.keyPoints.length);
      if (r.discrepancies.length > 0)
        await expect(page.locator('section[aria-labelledby="discrepancies"] ul > li')).toHaveCount(
          r.discrepancies.length,
        );
    });

    test('has stable anchors a reader can link to', async ({ page }) => {
      for (const id of [
        'facts',
        'vote',
        'states',
        'sponsors',
        'content',
        'introduction',
        'record',
        'drafting',
        'statements',
        'follow-up',
        'further-reading',
        'discrepancies',
        'source-texts',
        'sources',
      ]) {
        await expect(page.locator(`#${id}`)).toHaveCount(1);
      }
    });
  });
}

test('the index lists every resolution by series with its vote', async ({ page }) => {
  await page.goto('/resolutions/');
  for (const r of resolutions) {
    const row = page.locator('tr', { has: page.getByRole('link', { name: r.symbol, exact: true }) });
    await expect(row).toContainText(`${r.vote.inFavour}–${r.vote.against}–${r.vote.abstaining}`);
    await expect(
      page.locator(`section[aria-labelledby="${r.series}"]`).getByRole('link', { name: r.symbol, exact: true }),
    ).toHaveCount(1);
  }
});

test('previous and next link within a series', async ({ page }) => {
  await page.goto('/resolutions/a-hrc-res-43-21/');
  await expect(page.locator('a[rel="prev"]')).toHaveAttribute('href', '/resolutions/a-hrc-res-37-23/');
  await expect(page.locator('a[rel="next"]')).toHaveAttribute('href', '/resolutions/a-hrc-res-46-13/');
});

test('the source texts that mention a resolution are listed on its page', async ({ page }) => {
  for (const r of resolutions) {
    const mentioning = readSourceTexts().filter((a) =>
      a.frontmatter.mentions.some((m) => m.resolutions.includes(r.symbol)),
    );
    await page.goto(`/resolutions/${symbolToSlug(r.symbol)}/`);
    const list = page.locator('section[aria-labelledby="source-texts"]');
    await expect(list.locator('li')).toHaveCount(mentioning.length);
    for (const a of mentioning) await expect(list.locator(`a[href="/articles/${a.slug}/"]`)).toHaveCount(1);
  }
});

test('each resolution page opens with a summary a reader can quote, within the first phone screen', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  for (const r of resolutions) {
    await page.goto(`/resolutions/${symbolToSlug(r.symbol)}/`);
    const summary = page.locator('#summary');
    await expect(summary).toContainText(`adopted ${r.symbol} on ${formatDate(r.adopted.value)}`);
    await expect(summary).toContainText(
      `by a recorded vote of ${r.vote.inFavour} to ${r.vote.against}, with ${r.vote.abstaining} abstentions`,
    );
    await expect(summary.getByRole('img')).toHaveAttribute('aria-label', new RegExp(`${r.vote.inFavour} in favour`));
    await expect(summary).toContainText(`What it does: ${r.keyPoints[0].text}`);
    await expect(page.locator('h1')).toContainText(r.symbol);
    for (const part of [page.locator('h1'), summary.getByRole('img'), page.locator('#official-record')]) {
      const box = await part.boundingBox();
      expect(
        box && box.y + box.height,
        `${r.symbol}: ${await part.evaluate((el) => el.id || el.tagName)}`,
      ).toBeLessThanOrEqual(844);
    }
  }
});

test('the labels above a resolution title lead to all resolutions and to its series', async ({ page }) => {
  await page.goto('/resolutions/a-hrc-res-37-23/');
  await expect(page.getByRole('link', { name: 'Resolution', exact: true })).toHaveAttribute('href', '/resolutions/');
  // In the page itself: the footer links every series too.
  const main = page.getByRole('main');
  await expect(main.getByRole('link', { name: 'Mutually beneficial cooperation', exact: true })).toHaveAttribute(
    'href',
    '/series/cooperation/',
  );
});

test('printing a resolution prints the sources of each fact, and no search form or copy buttons', async ({ page }) => {
  await page.goto('/resolutions/a-hrc-res-37-23/');
  await page.emulateMedia({ media: 'print' });
  const firstSource = page.locator('section[aria-labelledby="facts"] details a').first();
  await expect(firstSource).toBeVisible();
  await expect(page.locator('form[role="search"]')).toBeHidden();
  await expect(page.locator('button[data-copy]').first()).toBeHidden();
  await page.emulateMedia({ media: 'screen' });
  await expect(firstSource).toBeHidden();
});

test('a symbol typed or pasted as an address, in any of its usual forms, reaches the permanent page', async ({
  page,
  request,
}) => {
  for (const [i, r] of resolutions.entries()) {
    const slug = symbolToSlug(r.symbol);
    const short = r.symbol.replace('A/HRC/RES/', '').replace('/', '-');
    const forms = [`/resolutions/${short}/`, `/resolutions/${r.symbol}/`, `/resolutions/${slug.toUpperCase()}/`];
    for (const typed of forms) {
      const alias = await request.get(typed, { maxRedirects: 0 });
      expect(alias.status(), typed).toBe(200);
      const html = await alias.text();
      expect(html, typed).toContain(`<meta http-equiv="refresh" content="0;url=/resolutions/${slug}/">`);
      expect(html, typed).toContain(
        `<link rel="canonical" href="https://hrc-archive.example.org/resolutions/${slug}/">`,
      );
    }
    // In a browser, each form in turn (every form is followed at least twice across the resolutions).
    const typed = forms[i % forms.length] as string;
    await page.goto(typed);
    await expect(page).toHaveURL(`/resolutions/${slug}/`);
    await expect(page.locator('#symbol')).toHaveText(r.symbol);
  }
});

test('a resolution prints to PDF whole: every page of it, nothing cut off at the side', async ({ page }) => {
  await page.goto('/resolutions/a-hrc-res-37-23/');
  await page.emulateMedia({ media: 'print' });
  // Nothing that would print as a box with hidden contents: no element wider than what shows of it
  // (text for screen readers only is clipped on purpose).
  const clipped = await page.evaluate(() =>
    [...document.querySelectorAll('main *:not(.sr-only)')]
      .filter((el) => {
        const style = getComputedStyle(el);
        return /auto|scroll|hidden/.test(style.overflowX) && el.scrollWidth > el.clientWidth + 1;
      })
      .map((el) => `${el.tagName.toLowerCase()}.${el.className}`),
  );
  expect(clipped).toEqual([]);
  const pdf = await page.pdf({ format: 'A4', printBackground: true });
  const pages = pdf.toString('latin1').match(/\/Type\s*\/Page\b/g) ?? [];
  expect(pages.length).toBeGreaterThanOrEqual(3);
  expect(pdf.length).toBeGreaterThan(50_000);
});

test('a guessed address keeps its #fragment on the way: a State by its code or usual name, a resolution by its short symbol', async ({
  page,
  request,
}) => {
  for (const [typed, lands] of [
    ['/states/uk/#vote-a-hrc-res-46-13', '/states/united-kingdom/#vote-a-hrc-res-46-13'],
    ['/states/gbr/', '/states/united-kingdom/'],
    ['/states/usa/', '/states/united-states/'],
    ['/states/russia/', '/states/russian-federation/'],
    ['/states/south-korea/', '/states/republic-of-korea/'],
    ['/resolutions/46/13/#vote-india', '/resolutions/a-hrc-res-46-13/#vote-india'],
    ['/resolutions/46-13/#vote-india', '/resolutions/a-hrc-res-46-13/#vote-india'],
  ] as const) {
    await page.goto(typed);
    await expect(page, typed).toHaveURL(lands);
    const alias = await request.get(typed.replace(/#.*/, ''), { maxRedirects: 0 });
    expect(await alias.text(), typed).toContain(
      `<link rel="canonical" href="https://hrc-archive.example.org${lands.replace(/#.*/, '')}">`,
    );
  }
});
