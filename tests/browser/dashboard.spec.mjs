// The dashboard in a real browser: its panels agree with the API, filters live
// in the URL, the evidence view marks the trigger, and document text stays text.
import { expect, test } from '@playwright/test';
import fs from 'node:fs';
import { chromium } from './playwright.config.mjs';

const shots = new URL('./output/', import.meta.url).pathname;
test.skip(!fs.existsSync(chromium), `no Chromium at ${chromium} (apt-get install chromium)`);

async function api(request, path) {
  const res = await request.get(path);
  expect(res.ok()).toBeTruthy();
  return res.json();
}

// Waits for the dashboard to finish the render started by `act`.
async function rendered(page, act) {
  const before = await page.locator('body').getAttribute('data-ready');
  await act();
  await expect(page.locator('body')).not.toHaveAttribute('data-ready', before ?? '');
  await expect(page.locator('body')).toHaveAttribute('data-ready', /\d+/);
}

const sum = (rows) => rows.reduce((n, r) => n + r.events, 0);

test('timeline, map and register match the API', async ({ page, request }) => {
  const errors = [];  // console errors: a refused script or style (Content-Security-Policy), a failed fetch
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(e.message));
  await rendered(page, () => page.goto('/'));
  const series = await api(request, '/api/series?period=month');
  const places = await api(request, '/api/places');
  const register = await api(request, '/api/register');
  expect(sum(series.rows)).toBeGreaterThan(0);
  await expect(page.locator('#timeline')).toHaveAttribute('data-total', String(sum(series.rows)));
  await expect(page.locator('#map')).toHaveAttribute('data-total', String(sum(places.rows)));
  await expect(page.locator('#map circle.place')).toHaveCount(places.rows.length);
  await expect(page.locator('#map path.land')).not.toHaveCount(0);
  await expect(page.locator('#register tbody tr')).toHaveCount(register.rows.length);
  expect(register.rows.length).toBeGreaterThan(0);
  // Known-deal / new-in-the-news flags as the API gives them (the server has the SIPRI fixture).
  expect(register.sipri).toBe(true);
  const flags = register.rows.map((r) => (r.sipri ? r.sipri.match : ''));
  expect(flags).toContain('known-deal');
  for (const [i, flag] of flags.entries())
    await expect(page.locator('#register tbody tr').nth(i)).toHaveAttribute('data-flag', flag);
  await expect(page.locator('#error')).toHaveText('');
  await page.screenshot({ path: `${shots}dashboard.png`, fullPage: true });
  expect(errors).toEqual([]);
});

test('a filter changes the panels and lives in the URL', async ({ page, request }) => {
  await rendered(page, () => page.goto('/'));
  const all = sum((await api(request, '/api/series?period=month')).rows);
  const dyad = sum((await api(request, '/api/series?period=month&dyad=RUS,UKR')).rows);
  expect(dyad).toBeGreaterThan(0);
  expect(dyad).toBeLessThan(all);
  await page.fill('input[name=dyad]', 'RUS,UKR');
  await rendered(page, () => page.click('button[type=submit]'));
  expect(new URL(page.url()).searchParams.get('dyad')).toBe('RUS,UKR');
  await expect(page.locator('#timeline')).toHaveAttribute('data-total', String(dyad));
  const events = await api(request, '/api/events?dyad=RUS,UKR&limit=50');
  await expect(page.locator('#events tbody tr')).toHaveCount(events.events.length);
  // The URL alone gives the same view.
  const shared = await page.context().newPage();
  await rendered(shared, () => shared.goto(page.url()));
  await expect(shared.locator('input[name=dyad]')).toHaveValue('RUS,UKR');
  await expect(shared.locator('#timeline')).toHaveAttribute('data-total', String(dyad));
  await page.screenshot({ path: `${shots}filtered.png`, fullPage: true });
});

test('the evidence view marks the trigger', async ({ page, request }) => {
  await rendered(page, () => page.goto('/?dyad=RUS,MLI'));
  const first = page.locator('#events tbody tr').first();
  const key = await first.getAttribute('data-key');
  await rendered(page, () => first.click());
  expect(new URL(page.url()).searchParams.get('event')).toBe(key);
  const body = await api(request, `/api/events/${key}`);
  const trigger = body.mentions[0].record.evidence.trigger.text;
  await expect(page.locator('#evidence mark.hl-trigger').first()).toHaveText(trigger);
  await expect(page.locator('#evidence .sentence').first()).toContainText(body.mentions[0].sentence.text.slice(0, 20));
  await page.locator('#evidence-panel').screenshot({ path: `${shots}evidence.png` });
});

test('document text with HTML is shown as text', async ({ page }) => {
  const alerts = [];
  page.on('dialog', (d) => {
    alerts.push(d.message());
    d.dismiss();
  });
  await rendered(page, () => page.goto('/?doc=html%2F1'));
  const view = page.locator('#evidence');
  await expect(view).toContainText('<script>window.__dyadXss = 1</script><b>Russian troops');
  await expect(view.locator('h3')).toHaveText('<img src=x onerror=alert(1)>');
  await expect(view.locator('script, b, img')).toHaveCount(0);
  await expect(view.locator('mark.hl-trigger')).not.toHaveCount(0);
  expect(await page.evaluate(() => window.__dyadXss)).toBeUndefined();
  expect(alerts).toEqual([]);
  await page.locator('#evidence-panel').screenshot({ path: `${shots}document.png` });
});
