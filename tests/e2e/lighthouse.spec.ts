/**
 * Lighthouse, mobile defaults, against the built site served with gzip: every category must score 100.
 * The JSON reports are kept in reports/lighthouse/ (ignored by git) for whoever needs the detail.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { launch, type LaunchedChrome } from 'chrome-launcher';
import lighthouse from 'lighthouse';

const reports = join(import.meta.dirname, '..', '..', 'reports', 'lighthouse');
const pages = [
  { name: 'home', path: '/' },
  { name: 'timeline', path: '/timeline/' },
  { name: 'article', path: '/articles/2021-03-25-china-champions-win-win-cooperation/' },
  { name: 'resolution', path: '/resolutions/a-hrc-res-37-23/' },
  { name: 'search', path: '/search/?q=cooperation' },
  { name: 'open data', path: '/data/' },
  { name: 'about', path: '/about/' },
  { name: 'vote matrix', path: '/votes/' },
  { name: 'States', path: '/states/' },
  { name: 'State', path: '/states/united-kingdom/' },
  { name: 'series', path: '/series/development/' },
  { name: 'further reading', path: '/further-reading/' },
];

test.describe.configure({ mode: 'serial', timeout: 180_000 });

let chrome: LaunchedChrome;
test.beforeAll(async () => {
  mkdirSync(reports, { recursive: true });
  chrome = await launch({
    chromePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    chromeFlags: [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
    ],
  });
});
test.afterAll(() => {
  chrome?.kill();
});

const required = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

async function audit(url: string) {
  const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error' });
  if (!result) throw new Error('Lighthouse returned no result');
  const scores = Object.fromEntries(
    required.map((id) => [id, Math.round((result.lhr.categories[id]?.score ?? 0) * 100)]),
  );
  const failing = Object.values(result.lhr.audits)
    .filter(
      (a) =>
        a.score !== null &&
        a.score < 1 &&
        a.scoreDisplayMode !== 'informative' &&
        a.scoreDisplayMode !== 'manual' &&
        a.scoreDisplayMode !== 'notApplicable',
    )
    .map((a) => `${a.id}: ${a.displayValue ?? a.score}`);
  return {
    report: result.report as string,
    scores,
    failing: Object.values(scores).every((s) => s === 100) ? [] : failing,
  };
}

for (const { name, path } of pages) {
  test(`Lighthouse scores 100 in every category: ${name}`, async ({ baseURL }) => {
    const runs = [await audit(`${baseURL}${path}`)];
    // Timing scores move with whatever else the machine is doing; as Lighthouse's own guidance on
    // variability says, an imperfect run is judged by the median of three, not alone.
    if (runs[0]?.failing.length) runs.push(await audit(`${baseURL}${path}`), await audit(`${baseURL}${path}`));
    const median = [...runs].sort((a, b) => (a.scores['performance'] ?? 0) - (b.scores['performance'] ?? 0))[
      Math.floor(runs.length / 2)
    ];
    if (!median) throw new Error('No Lighthouse run');
    writeFileSync(join(reports, `${name}.json`), median.report);
    // Only timing varies from run to run: accessibility, best practices and SEO must be 100 in every
    // run, and performance in the median one.
    for (const run of runs) {
      expect({
        accessibility: run.scores['accessibility'],
        'best-practices': run.scores['best-practices'],
        seo: run.scores['seo'],
      }).toEqual({
        accessibility: 100,
        'best-practices': 100,
        seo: 100,
      });
    }
    expect({ scores: median.scores, failing: median.failing }).toEqual({
      scores: { performance: 100, accessibility: 100, 'best-practices': 100, seo: 100 },
      failing: [],
    });
  });
}
