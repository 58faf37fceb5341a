import { chromium } from '@playwright/test';
const [, , path, name, width = '1280', scheme = 'light'] = process.argv;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'] });
const page = await browser.newPage({ viewport: { width: Number(width), height: 900 }, colorScheme: scheme });
await page.goto(`http://127.0.0.1:4400${path}`);
await page.screenshot({ path: `/tmp/shots/${name}.png`, fullPage: true });
await browser.close();
