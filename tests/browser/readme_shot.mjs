// The README's screenshot: `node tests/browser/readme_shot.mjs URL OUT.png` on a running `dyad serve`.
import { chromium } from '@playwright/test';

const [url, out] = process.argv.slice(2);
const browser = await chromium.launch({
  executablePath: process.env.DYAD_CHROMIUM || '/usr/bin/chromium',
  args: ['--no-sandbox'],
});
const page = await browser.newPage({ viewport: { width: 1280, height: 1300 }, deviceScaleFactor: 0.75 });
await page.goto(url);
await page.waitForSelector('body[data-ready]');
const first = page.locator('#events tbody tr').first();
const before = await page.locator('body').getAttribute('data-ready');
await first.click();
await page.waitForFunction((b) => document.body.dataset.ready !== b, before);
// The panels down to the events and the evidence; the register is a long table.
const box = await page.locator('#events-panel').boundingBox();
await page.screenshot({ path: out, clip: { x: 0, y: 0, width: 1280, height: box.y + box.height + 12 } });
await browser.close();
