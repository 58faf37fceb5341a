import { chromium } from 'playwright-core';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu'] });
const p = await b.newPage();
await p.goto('http://127.0.0.1:4400/search/');
for (const q of process.argv.slice(2)) {
  const r = await p.evaluate(async (q) => {
    const pf = await import('/pagefind/pagefind.js');
    const s = await pf.search(q);
    return Promise.all(s.results.slice(0, 4).map(async (x) => { const d = await x.data(); return d.url + ' | ' + d.meta.title + ' | ' + d.excerpt; }));
  }, q);
  console.log('## ' + q); console.log(r.join('\n'));
}
await b.close();
