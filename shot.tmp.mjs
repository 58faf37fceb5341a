import { chromium } from '@playwright/test';
const [, , path, name, width = '1280', scheme = 'light', selector = ''] = process.argv;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'] });
const page = await browser.newPage({ viewport: { width: Number(width), height: Number(width) < 500 ? 844 : 900 }, colorScheme: scheme });
await page.goto(`http://127.0.0.1:4400${path}`);
if (selector) await page.locator(selector).first().screenshot({ path: `/tmp/shots/${name}.png` });
else await page.screenshot({ path: `/tmp/shots/${name}.png`, fullPage: false });
await browser.close();
