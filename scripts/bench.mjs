#!/usr/bin/env node
/**
 * Scale benchmark against a peer: builds the site with N synthetic source texts (valid against the
 * same schema, laid out like real ones) and, in the same run, a Starlight site of the same texts
 * (scripts/bench-peer/starlight, installed here from its lockfile when absent), alternating the two sides, and measures
 * each build and the first search a reader makes. Every figure is reported as a range over the runs
 * and as the ratio of the archive's mean to the peer's.
 *
 *   npm run bench                     # 10,000 texts, two rounds
 *   npm run bench -- 1000 10000       # several sizes; --write puts the table in BENCHMARKS.md
 *   npm run bench -- 1000 --rounds 3  # more alternations per size
 *   npm run bench -- 1000 --keep      # leaves .tmp/bench-1000 in place to profile by hand
 *
 * Works in .tmp/bench-* and the peer's own folder, never touches content/, and removes what it made.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { makeCorpus, writePeerDocs } from './synthetic-corpus.mjs';

const root = resolve(import.meta.dirname, '..');
const peerRoot = join(root, 'scripts', 'bench-peer', 'starlight');
const args = process.argv.slice(2);
const write = args.includes('--write');
const keep = args.includes('--keep');
const roundsArg = args.indexOf('--rounds');
const rounds = roundsArg >= 0 ? Number(args[roundsArg + 1]) : 2;
const sizes = args.filter((a, i) => /^\d+$/.test(a) && args[i - 1] !== '--rounds').map(Number);
if (sizes.length === 0) sizes.push(10_000);
const queries = ['multilateralism cooperation', 'vaccines developing countries', '37/23'];

/** The resident memory of a process and all its descendants (Astro, its workers, Pagefind's service), in KB. */
function treeRssKb(rootPid) {
  const children = new Map();
  const rss = new Map();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const parent = Number(fields[1]);
      children.set(parent, [...(children.get(parent) ?? []), Number(entry)]);
      rss.set(Number(entry), Number(fields[21]) * 4);
    } catch {
      /* the process ended while we looked */
    }
  }
  let total = 0;
  const stack = [rootPid];
  while (stack.length > 0) {
    const pid = stack.pop();
    total += rss.get(pid) ?? 0;
    stack.push(...(children.get(pid) ?? []));
  }
  return total;
}

/** Runs a command; resolves to its output and the peak memory of its whole process tree, sampled every 200 ms. */
function run(command, commandArgs, { cwd, env }) {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(command, commandArgs, {
      cwd,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    let peakTreeKb = 0;
    const sampler = setInterval(() => {
      peakTreeKb = Math.max(peakTreeKb, treeRssKb(child.pid));
    }, 200);
    child.stdout.on('data', (chunk) => {
      output += chunk;
    });
    child.stderr.on('data', (chunk) => {
      output += chunk;
    });
    child.on('close', (code) => {
      clearInterval(sampler);
      if (code === 0) resolvePromise({ output, peakTreeKb });
      else reject(new Error(`${command} exited ${code}:\n${output.slice(-4000)}`));
    });
  });
}

function sizeOf(path) {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.size;
  return readdirSync(path).reduce((sum, name) => sum + sizeOf(join(path, name)), 0);
}

/**
 * The two sides. Each builds from clean folders and says how a reader starts a search: on the
 * archive, the search page's field (its own interface on Pagefind's search API, 150 ms input delay); on the peer, the
 * search button in Starlight's header, which opens its dialog (Pagefind's Default UI, 300 ms).
 */
function sides(work) {
  return {
    archive: {
      label: 'this archive',
      dist: join(work, 'dist'),
      build: () => ({
        cwd: root,
        steps: [
          [join(root, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build'],
          [join(root, 'scripts', 'index-search.mjs')],
        ],
        clean: [join(work, 'dist'), join(work, 'cache')],
        env: {
          ARCHIVE_CONTENT_DIR: join(work, 'content'),
          ARCHIVE_OUT_DIR: join(work, 'dist'),
          ARCHIVE_CACHE_DIR: join(work, 'cache'),
        },
      }),
      searchPage: '/search/',
      start: async (page) => {
        await page.locator('#search-input').waitFor();
        return { field: '#search-input', results: '#search-results', result: 'li a[href]', open: null };
      },
    },
    peer: {
      label: 'Starlight',
      dist: join(work, 'peer-dist'),
      build: () => ({
        cwd: peerRoot,
        steps: [[join(peerRoot, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build']],
        clean: [join(work, 'peer-dist'), join(work, 'peer-cache')],
        env: { PEER_OUT_DIR: join(work, 'peer-dist'), PEER_CACHE_DIR: join(work, 'peer-cache') },
      }),
      searchPage: '/',
      start: async (page) => {
        await page.locator('button[data-open-modal]').waitFor();
        return {
          field: '.pagefind-ui__search-input',
          results: '#starlight__search',
          result: '.pagefind-ui__result-link[href]',
          open: 'button[data-open-modal]',
        };
      },
    },
  };
}

async function measureSearch(side, port) {
  const server = spawn(process.execPath, [join(root, 'scripts', 'serve.mjs')], {
    env: { ...process.env, SERVE_DIR: side.dist, SERVE_PORT: String(port) },
    stdio: 'ignore',
  });
  await new Promise((r) => setTimeout(r, 500));
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
  });
  try {
    const results = [];
    for (const query of queries) {
      const context = await browser.newContext();
      const page = await context.newPage();
      // Counted per finished request, including those Pagefind's web worker makes. The favicon is left
      // out: the browser fetches it on its own schedule, before a search on one side and during it on the other.
      let bytes = 0;
      const pending = [];
      context.on('requestfinished', (request) => {
        if (/\/favicon\.[a-z]+$/.test(new URL(request.url()).pathname)) return;
        pending.push(
          request.sizes().then((sizes) => {
            bytes += sizes.responseBodySize + sizes.responseHeadersSize;
          }),
        );
      });
      await page.goto(`http://127.0.0.1:${port}${side.searchPage}`, { waitUntil: 'networkidle' });
      const selectors = await side.start(page);
      await page.waitForTimeout(300);
      await Promise.all(pending.splice(0));
      const pageBytes = bytes;
      bytes = 0;
      const elapsed = await page.evaluate(
        ({ text, s }) =>
          new Promise((done) => {
            // A reader clicks into the field (or on the search button) and types: the clock starts there.
            const started = performance.now();
            if (s.open) document.querySelector(s.open).click();
            const waitForField = () => {
              const field = document.querySelector(s.field);
              if (!field) return requestAnimationFrame(waitForField);
              field.focus();
              const results = document.querySelector(s.results);
              const observer = new MutationObserver(() => {
                if (results.querySelector(s.result)) {
                  observer.disconnect();
                  done(performance.now() - started);
                }
              });
              observer.observe(results, { childList: true, subtree: true, attributes: true });
              field.value = text;
              field.dispatchEvent(new Event('input', { bubbles: true }));
            };
            waitForField();
          }),
        { text: query, s: selectors },
      );
      await page.waitForTimeout(500);
      await Promise.all(pending.splice(0));
      results.push({ query, pageBytes, queryBytes: bytes, ms: Math.round(elapsed) });
      await context.close();
    }
    return results;
  } finally {
    await browser.close();
    server.kill();
  }
}

/** One clean build, every step of it (the archive's is `astro build` then its search index), timed and measured. */
async function buildOnce(side) {
  const { cwd, steps, clean, env } = side.build();
  for (const dir of clean) rmSync(dir, { recursive: true, force: true });
  const started = performance.now();
  const field = (output, name) => Number(new RegExp(`${name}: ([\\d.]+)`).exec(output)?.[1] ?? NaN);
  const totals = { cpuSeconds: 0, peakKb: 0, peakTreeKb: 0, pages: NaN };
  for (const step of steps) {
    const { output, peakTreeKb } = await run('/usr/bin/time', ['-v', process.execPath, ...step], {
      cwd,
      env: { ...env, ASTRO_TELEMETRY_DISABLED: '1' },
    });
    totals.cpuSeconds += field(output, 'User time \\(seconds\\)') + field(output, 'System time \\(seconds\\)');
    totals.peakKb = Math.max(totals.peakKb, field(output, 'Maximum resident set size \\(kbytes\\)'));
    totals.peakTreeKb = Math.max(totals.peakTreeKb, peakTreeKb);
    const pages = /(\d+) page\(s\) built/.exec(output)?.[1];
    if (pages) totals.pages = Number(pages);
  }
  return { seconds: (performance.now() - started) / 1000, ...totals, indexBytes: sizeOf(join(side.dist, 'pagefind')) };
}

/**
 * Installs the peer with `npm ci`, as CI installs the site: exactly the versions its lockfile records,
 * refused if the lockfile and its package.json disagree.
 */
function ensurePeer() {
  if (existsSync(join(peerRoot, 'node_modules', 'astro'))) return;
  console.log('Installing the Starlight peer (scripts/bench-peer/starlight)…');
  const result = spawnSync('npm', ['ci', '--no-audit', '--no-fund'], { cwd: peerRoot, stdio: 'inherit' });
  if (result.status !== 0)
    throw new Error('Could not install the Starlight peer: npm ci failed in scripts/bench-peer/starlight');
}

const mean = (values) => values.reduce((a, b) => a + b, 0) / values.length;
const range = (values, format) => {
  const low = Math.min(...values);
  const high = Math.max(...values);
  return format(low) === format(high) ? format(low) : `${format(low)}–${format(high)}`;
};

ensurePeer();
const report = [];
for (const count of sizes) {
  const work = join(root, '.tmp', `bench-${count}`);
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  const peerDocs = join(peerRoot, 'src', 'content', 'docs', 'texts');
  try {
    console.log(`Generating ${count} source texts, for both sides…`);
    makeCorpus(join(root, 'content'), join(work, 'content'), count);
    writePeerDocs(join(work, 'content'), peerDocs);
    const both = sides(work);
    const runs = { archive: [], peer: [] };
    for (let round = 0; round < rounds; round += 1) {
      // Alternating which side goes first, so that neither always builds on a cooler or warmer machine.
      for (const name of round % 2 === 0 ? ['archive', 'peer'] : ['peer', 'archive']) {
        const side = both[name];
        const built = await buildOnce(side);
        const searches = await measureSearch(side, name === 'archive' ? 4410 : 4411);
        runs[name].push({ ...built, searches });
        console.log(
          `  ${count} texts, round ${round + 1}, ${side.label}: ${built.pages} pages in ${built.seconds.toFixed(1)} s (CPU ${built.cpuSeconds.toFixed(1)} s), peak ${Math.round(built.peakTreeKb / 1024)} MB in all, ${Math.round(built.peakKb / 1024)} MB in one process; ${searches.map((s) => `“${s.query}” ${Math.round(s.queryBytes / 1024)} KB, ${s.ms} ms`).join('; ')}`,
        );
      }
    }
    report.push({ count, runs });
  } finally {
    if (!keep) {
      rmSync(work, { recursive: true, force: true });
      rmSync(peerDocs, { recursive: true, force: true });
    }
  }
}

const figures = [
  ['build wall time', (r) => r.seconds, (v) => `${v.toFixed(1)} s`],
  ['CPU time (user + system)', (r) => r.cpuSeconds, (v) => `${v.toFixed(1)} s`],
  ['peak memory, whole process tree', (r) => r.peakTreeKb, (v) => `${(v / 1024 / 1024).toFixed(2)} GB`],
  ['peak memory, largest process', (r) => r.peakKb, (v) => `${(v / 1024 / 1024).toFixed(2)} GB`],
  ['index on disk', (r) => r.indexBytes, (v) => `${(v / 1024 / 1024).toFixed(1)} MB`],
  [
    'search page before a query',
    (r) => Math.max(...r.searches.map((s) => s.pageBytes)),
    (v) => `${Math.round(v / 1024)} KB`,
  ],
  ...queries.flatMap((query, i) => [
    [`first query “${query}”: transferred`, (r) => r.searches[i].queryBytes, (v) => `${Math.round(v / 1024)} KB`],
    [`first query “${query}”: time to first result`, (r) => r.searches[i].ms, (v) => `${Math.round(v)} ms`],
  ]),
];
const lines = [
  '| source texts | figure | this archive | Starlight | ratio (archive ÷ Starlight, means) |',
  '| ---: | --- | ---: | ---: | ---: |',
];
for (const { count, runs } of report) {
  for (const [name, pick, format] of figures) {
    const ours = runs.archive.map(pick);
    const theirs = runs.peer.map(pick);
    lines.push(
      `| ${count.toLocaleString('en')} | ${name} | ${range(ours, format)} | ${range(theirs, format)} | ${(mean(ours) / mean(theirs)).toFixed(2)} |`,
    );
  }
}
const table = lines.join('\n');
console.log(`\n${table}`);
if (write) {
  const path = join(root, 'BENCHMARKS.md');
  const before = existsSync(path) ? readFileSync(path, 'utf8') : '';
  const marker = /<!-- bench:start -->[\s\S]*<!-- bench:end -->/;
  const block = `<!-- bench:start -->\n${table}\n\n${rounds} alternating runs per size and side; ranges are the lowest and highest run. Measured ${new Date().toISOString().slice(0, 10)} with \`npm run bench -- ${sizes.join(' ')} --write\`.\n<!-- bench:end -->`;
  writeFileSync(path, marker.test(before) ? before.replace(marker, block) : `${before}\n${block}\n`);
}
