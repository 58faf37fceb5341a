/**
 * WCAG 2.2 AA as an accessibility tester checks it, beyond what axe's defaults see: every axe rule
 * (the experimental ones included) on every template, its colour rules again in the dark theme;
 * reflow at 320 px; focus never hidden under the matrix's sticky header; a copy announced; borders
 * of form controls that can be seen; text spacing without clipping; forced colours that keep the
 * vote marks.
 */
import AxeBuilder from '@axe-core/playwright';
import axe from 'axe-core';
import { expect, test, type Page } from '@playwright/test';
import { onePageOfEachTemplate, pagesOfEachTemplate } from '../support/site.ts';

// axe leaves its experimental rules (label-content-name-mismatch, p-as-heading, td-has-header…) off.
const experimental = Object.fromEntries(axe.getRules(['experimental']).map((r) => [r.ruleId, { enabled: true }]));

// The dark theme changes colours only (the same markup, other values of the same variables): in it, axe
// runs its colour rules of WCAG AA (contrast, links told apart from text), on the fullest page of each
// template, since a template's styles decide its colours.
for (const scheme of ['light', 'dark'] as const) {
  test.describe(`axe, ${scheme === 'light' ? 'every rule' : 'colour rules'}, ${scheme}`, () => {
    test.use({ colorScheme: scheme });
    for (const path of scheme === 'light' ? pagesOfEachTemplate() : onePageOfEachTemplate()) {
      test(`${path} has no violations`, async ({ page }) => {
        await page.goto(path);
        const builder = new AxeBuilder({ page });
        const results = await (
          scheme === 'light'
            ? builder.options({ rules: experimental })
            : builder.withRules(['color-contrast', 'link-in-text-block'])
        ).analyze();
        const summary = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
        expect(summary).toEqual([]);
      });
    }
  });
}

test('every template reflows at 320 px: the page never scrolls sideways', async ({ browser }) => {
  test.setTimeout(120_000);
  const page = await browser.newPage({ viewport: { width: 320, height: 640 } });
  const wide: string[] = [];
  for (const path of pagesOfEachTemplate()) {
    await page.goto(path);
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    if (width > 320) wide.push(`${path}: ${width} px`);
  }
  expect(wide).toEqual([]);
  await page.close();
});

/**
 * Whether the focused element is on screen and is what a reader sees there (nothing drawn over it).
 * A link that wraps is checked line by line: the middle of its box can fall between its lines. Half
 * a pixel past the window's edge is rounding, not a hidden link.
 */
const focusInView = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return 'nothing focused';
    const label = `${el.tagName} “${el.textContent?.trim() ?? ''}”`;
    for (const box of el.getClientRects()) {
      if (box.top < -1 || box.bottom > innerHeight + 1 || box.left < -1 || box.right > innerWidth + 1)
        return `${label} is off screen`;
      const x = Math.min(Math.max(box.left + box.width / 2, 0), innerWidth - 1);
      const y = Math.min(Math.max(box.top + box.height / 2, 0), innerHeight - 1);
      const top = document.elementFromPoint(x, y);
      if (!top || !(el === top || el.contains(top))) return `${label} is under ${top?.tagName ?? 'nothing'}`;
    }
    return 'visible';
  });

// The header row covers different links at different sizes: on a phone the walk backwards is the one
// that hid links, on a desktop the walk forwards.
const stickyTables = [
  { name: 'the vote matrix', path: '/votes/', links: '.vote-matrix tbody a' },
  { name: "the table of States' totals", path: '/states/', links: '.state-totals tbody a' },
];
for (const table of stickyTables)
  for (const [direction, key, width, height] of [
    ['forwards', 'Tab', 1280, 720],
    ['backwards', 'Shift+Tab', 1280, 720],
    ['forwards', 'Tab', 390, 844],
    ['backwards', 'Shift+Tab', 390, 844],
  ] as const) {
    test(`${table.name}, walked ${direction} by keyboard at ${width} px, never hides the focus under its sticky header`, async ({
      page,
    }) => {
      test.setTimeout(90_000);
      await page.setViewportSize({ width, height });
      await page.goto(table.path);
      const links = page.locator(table.links);
      const count = await links.count();
      expect(count).toBeGreaterThan(90);
      // Start beside the table, then walk across every link in it.
      await (key === 'Tab' ? links.first() : links.last()).focus();
      const hidden: string[] = [];
      for (let step = 0; step < count - 1; step += 1) {
        await page.keyboard.press(key);
        const state = await focusInView(page);
        if (state !== 'visible') hidden.push(`step ${step + 1}: ${state}`);
      }
      expect(hidden).toEqual([]);
    });
  }

test('the timeline chart: every link shows its focus, and a mark’s name starts with the words it shows', async ({
  page,
}) => {
  await page.goto('/timeline/');
  const data = page.locator('.timeline-chart').getByRole('link', { name: 'The timeline as data' });
  await data.focus();
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Tab');
  expect(await data.evaluate((a) => getComputedStyle(a).outlineStyle)).not.toBe('none');
  // A dot's focus ring is not drawn in the colour of its fill.
  const dot = page.locator('.timeline-chart a:has(circle.dot)').first();
  await dot.focus();
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Tab');
  const circle = await dot.locator('circle').evaluate((c) => {
    const style = getComputedStyle(c);
    return { fill: style.fill, stroke: style.stroke, width: parseFloat(style.strokeWidth) };
  });
  expect(circle.width).toBeGreaterThanOrEqual(2);
  expect(circle.stroke).not.toBe(circle.fill);
  // Speech input: "click 35/21" must find the link whose visible label is 35/21.
  const labelled = page.locator('.chart-year a:has(text)');
  expect(await labelled.count()).toBeGreaterThan(10);
  for (const mark of await labelled.all()) {
    const visible = ((await mark.locator('text').textContent()) ?? '').trim();
    await expect(mark).toHaveAccessibleName(new RegExp(`^${visible.replace(/[/.]/g, '\\$&')}, `));
  }
});

test('copying a citation is announced and shown, and the button keeps the name it shows', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/resolutions/a-hrc-res-37-23/');
  const button = page.locator('[data-copy="cite-apa"]');
  await expect(button).toHaveAccessibleName('Copy the APA citation');
  const status = page.locator('#copy-status');
  await expect(status).toHaveAttribute('role', 'status');
  await expect(status).toBeEmpty();
  await button.click();
  await expect(status).toHaveText('APA citation copied to the clipboard.');
  await expect(status).toBeVisible();
  await expect(button).toHaveAccessibleName('Copy the APA citation');
  await expect(button).toHaveText('Copy the APA citation');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toContain(
    'Promoting mutually beneficial cooperation',
  );
});

/** WCAG's contrast ratio of two CSS colours `rgb(…)`/`rgba(…)`. */
const contrastScript = () => {
  const luminance = (rgb: number[]) => {
    const [r, g, b] = rgb.map((v) => {
      const c = v / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    }) as [number, number, number];
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const parse = (css: string) => (css.match(/[\d.]+/g) ?? []).map(Number);
  const background = (el: Element | null): number[] => {
    for (let node = el; node; node = node.parentElement) {
      const c = parse(getComputedStyle(node).backgroundColor);
      if (c.length === 3 || (c[3] ?? 1) > 0) return c.slice(0, 3);
    }
    return [255, 255, 255];
  };
  return [...document.querySelectorAll<HTMLElement>('input:not([type="checkbox"]), select, textarea')]
    .filter((el) => el.getClientRects().length > 0)
    .map((el) => {
      const border = parse(getComputedStyle(el).borderTopColor).slice(0, 3);
      const [a, b] = [luminance(border), luminance(background(el.parentElement))];
      return { id: el.id, ratio: (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05) };
    });
};

for (const scheme of ['light', 'dark'] as const) {
  test(`form controls have borders of at least 3:1 against the page, ${scheme}`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    const seen: string[] = [];
    for (const path of ['/search/', '/timeline/', '/']) {
      await page.goto(path);
      for (const control of await page.evaluate(contrastScript)) {
        seen.push(control.id);
        expect(control.ratio, `${path} #${control.id}`).toBeGreaterThanOrEqual(3);
      }
    }
    expect(seen).toEqual(expect.arrayContaining(['site-search', 'search-input', 'search-sort-select']));
  });
}

test.describe('a reader’s own text spacing', () => {
  // A reader's spacing comes from a user style sheet or an extension, which the page's policy does not govern.
  test.use({ bypassCSP: true });
  test('the search page keeps every word of its results with a reader’s text spacing (WCAG 1.4.12)', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto('/search/?q=cooperation');
    await expect(page.locator('#search-results li').first()).not.toHaveAttribute('aria-hidden', 'true');
    await page.addStyleTag({
      content:
        '* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; } p { margin-bottom: 2em !important; }',
    });
    const clipped = await page
      .locator('#search-results li:not([aria-hidden])')
      .evaluateAll((items) =>
        items.flatMap((item) =>
          [item, ...item.querySelectorAll('*')]
            .filter((el) => el.scrollHeight > el.clientHeight + 1 && getComputedStyle(el).overflowY !== 'visible')
            .map((el) => `${el.tagName}.${el.className}`),
        ),
      );
    expect(clipped).toEqual([]);
  });
});

test('search results are headings, to move from one to the next', async ({ page }) => {
  await page.goto('/search/?q=cooperation');
  const first = page.locator('#search-results li').first();
  await expect(first).not.toHaveAttribute('aria-hidden', 'true');
  await expect(first.getByRole('heading', { level: 2 }).getByRole('link')).toHaveCount(1);
});

/** The pixels of a screenshot, read back in the page (no image library needed). */
async function pixels(page: Page, png: Buffer): Promise<number[]> {
  return page.evaluate(async (data) => {
    const image = new Image();
    image.src = `data:image/png;base64,${data}`;
    await image.decode();
    const canvas = new OffscreenCanvas(image.width, image.height);
    const context = canvas.getContext('2d') as OffscreenCanvasRenderingContext2D;
    context.drawImage(image, 0, 0);
    return [...context.getImageData(0, 0, image.width, image.height).data];
  }, png.toString('base64'));
}

for (const scheme of ['light', 'dark'] as const) {
  test(`forced colours (${scheme}): the four vote marks stay drawn and distinct, and buttons keep their edge`, async ({
    page,
  }) => {
    await page.emulateMedia({ forcedColors: 'active', colorScheme: scheme });
    await page.goto('/votes/');
    const shapes: string[] = [];
    for (const group of ['inFavour', 'against', 'abstaining', 'notVoting']) {
      const mark = page.locator(`ul[aria-label="Key"] .vote-mark[data-mark="${group}"]`).first();
      const data = await pixels(page, await mark.screenshot());
      // Ink: how many pixels differ from the first (the background at the corner).
      const [r, g, b] = data;
      const ink = data.filter(
        (_, i) =>
          i % 4 === 0 && Math.abs(data[i]! - r!) + Math.abs(data[i + 1]! - g!) + Math.abs(data[i + 2]! - b!) > 96,
      );
      expect(ink.length, `${group} is drawn`).toBeGreaterThan(4);
      shapes.push(data.map((v) => (v > 127 ? 1 : 0)).join(''));
    }
    expect(new Set(shapes).size).toBe(4);
    await page.screenshot({ path: test.info().outputPath(`forced-colours-votes-${scheme}.png`) });
    await page.goto('/search/');
    const button = page.locator('main form[role="search"] button');
    const edge = await button.evaluate((b) => getComputedStyle(b).borderTopStyle);
    expect(edge).not.toBe('none');
    await page.screenshot({ path: test.info().outputPath(`forced-colours-search-${scheme}.png`) });
  });
}

test('an editor’s note is tied to the passage it annotates', async ({ page }) => {
  await page.goto('/articles/2021-03-25-china-champions-win-win-cooperation/');
  const passage = page.locator('mark.annotated').first();
  await expect(passage).toHaveAttribute('aria-details', /^annotation-\d+$/);
  const note = page.locator(`#${await passage.getAttribute('aria-details')}`);
  await expect(note).toHaveAttribute('role', 'note');
  await expect(note).toContainText("Archive's note");
});
