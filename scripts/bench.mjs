#!/usr/bin/env node
/**
 * Scale benchmark: builds the site with N synthetic source texts (valid against the same schema,
 * laid out like real ones) and measures the build and the first search a reader makes.
 *
 *   npm run bench                 # 10,000 texts
 *   npm run bench -- 1000 10000   # several sizes, one row each; --write updates BENCHMARKS.md
 *   npm run bench -- 1000 --keep  # leaves .tmp/bench-1000 in place to profile by hand
 *   npm run bench -- 1000 --search-only  # measures the search again on what --keep left
 *
 * Works in .tmp/bench-*, never touches content/, and removes what it made.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { makeCorpus } from './synthetic-corpus.mjs';

const root = resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
const write = args.includes('--write');
// Leaves .tmp/bench-N (corpus, build, cache) in place, to profile a build by hand.
const keep = args.includes('--keep');
// Measures only the search, against the site a --keep run left behind.
const searchOnly = args.includes('--search-only');
const sizes = args.filter((a) => /^\d+$/.test(a)).map(Number);
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
function run(command, commandArgs, env) {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(command, commandArgs, {
      cwd: root,
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

async function measureSearch(dir, port) {
  const server = spawn(process.execPath, [join(root, 'scripts', 'serve.mjs')], {
    env: { ...process.env, SERVE_DIR: dir, SERVE_PORT: String(port) },
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
      // Counted per finished request, including those Pagefind's web worker makes.
      let bytes = 0;
      const pending = [];
      context.on('requestfinished', (request) => {
        pending.push(
          request.sizes().then((sizes) => {
            bytes += sizes.responseBodySize + sizes.responseHeadersSize;
          }),
        );
      });
      await page.goto(`http://127.0.0.1:${port}/search/`, { waitUntil: 'networkidle' });
      await Promise.all(pending.splice(0));
      const pageBytes = bytes;
      bytes = 0;
      const input = page.locator('pagefind-input input');
      await input.waitFor();
      const elapsed = await page.evaluate(
        (text) =>
          new Promise((done) => {
            const field = document.querySelector('pagefind-input input');
            const results = document.querySelector('pagefind-results');
            // A reader clicks into the field and types: Pagefind starts loading on focus, so the clock starts there.
            const started = performance.now();
            field.focus();
            const observer = new MutationObserver(() => {
              if (results.querySelector('li a[href]')) {
                observer.disconnect();
                done(performance.now() - started);
              }
            });
            observer.observe(results, { childList: true, subtree: true, attributes: true });
            field.value = text;
            field.dispatchEvent(new Event('input', { bubbles: true }));
          }),
        query,
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

const rows = [];
for (const count of sizes) {
  const work = join(root, '.tmp', `bench-${count}`);
  if (searchOnly) {
    for (const s of await measureSearch(join(work, 'dist'), 4410))
      console.log(
        `  "${s.query}": page ${Math.round(s.pageBytes / 1024)} KB, first query ${Math.round(s.queryBytes / 1024)} KB, ${s.ms} ms to first result`,
      );
    continue;
  }
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  try {
    console.log(`Generating ${count} source texts…`);
    makeCorpus(join(root, 'content'), join(work, 'content'), count);
    const out = join(work, 'dist');
    console.log('Building…');
    const started = performance.now();
    const { output, peakTreeKb } = await run(
      '/usr/bin/time',
      ['-v', process.execPath, join(root, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build'],
      {
        ARCHIVE_CONTENT_DIR: join(work, 'content'),
        ARCHIVE_OUT_DIR: out,
        ARCHIVE_CACHE_DIR: join(work, 'cache'),
        ASTRO_TELEMETRY_DISABLED: '1',
      },
    );
    const seconds = (performance.now() - started) / 1000;
    const peakKb = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(output)?.[1] ?? NaN);
    const pages = Number(/(\d+) page\(s\) built/.exec(output)?.[1] ?? NaN);
    const indexBytes = sizeOf(join(out, 'pagefind'));
    console.log(
      `Built ${pages} pages in ${seconds.toFixed(1)} s, peak ${Math.round(peakKb / 1024)} MB in one process, ${Math.round(peakTreeKb / 1024)} MB in all; index ${Math.round(indexBytes / 1024)} KB. Searching…`,
    );
    const searches = await measureSearch(out, 4410);
    for (const s of searches)
      console.log(
        `  "${s.query}": page ${Math.round(s.pageBytes / 1024)} KB, first query ${Math.round(s.queryBytes / 1024)} KB, ${s.ms} ms to first result`,
      );
    rows.push({ count, pages, seconds, peakKb, peakTreeKb, indexBytes, searches });
  } finally {
    if (!keep) rmSync(work, { recursive: true, force: true });
  }
}

const kb = (n) => `${Math.round(n / 1024)} KB`;
const table = [
  '| source texts | pages built | build wall time | peak memory: largest process / all processes | index on disk | search page before a query | first query: transferred, time to first result |',
  '| ---: | ---: | ---: | ---: | ---: | ---: | --- |',
  ...rows.map(
    (r) =>
      `| ${r.count.toLocaleString('en')} | ${r.pages.toLocaleString('en')} | ${r.seconds.toFixed(1)} s | ${Math.round(r.peakKb / 1024)} MB / ${Math.round(r.peakTreeKb / 1024)} MB | ${kb(r.indexBytes)} | ${kb(Math.max(...r.searches.map((s) => s.pageBytes)))} | ${r.searches.map((s) => `“${s.query}”: ${kb(s.queryBytes)}, ${s.ms} ms`).join('; ')} |`,
  ),
].join('\n');
if (!searchOnly) console.log(`\n${table}`);
if (write && !searchOnly) {
  const path = join(root, 'BENCHMARKS.md');
  const before = existsSync(path) ? readFileSync(path, 'utf8') : '';
  const marker = /<!-- bench:start -->[\s\S]*<!-- bench:end -->/;
  const block = `<!-- bench:start -->\n${table}\n\nMeasured ${new Date().toISOString().slice(0, 10)} with \`npm run bench -- ${sizes.join(' ')} --write\`.\n<!-- bench:end -->`;
  writeFileSync(path, marker.test(before) ? before.replace(marker, block) : `${before}\n${block}\n`);
}
