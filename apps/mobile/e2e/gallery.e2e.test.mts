// The product gallery's zoom on the app's WEB build in Chromium at phone size, with real touches
// (the DevTools protocol's multi-touch): a tap opens the picture full screen, two fingers spread
// zoom it, one finger moves it, a double tap zooms back out, and the buttons do the same.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { type Browser, type CDPSession, chromium } from 'playwright-core';
import { CHROMIUM, CHROMIUM_ARGS, type Harness, PHONE, startHarness } from './harness.mts';

let h: Harness;
let browser: Browser;

before(async () => {
  h = await startHarness();
  browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
});

after(async () => {
  await browser?.close();
  await h?.stop();
});

type Point = { x: number; y: number };
const touch = (cdp: CDPSession, type: 'touchStart' | 'touchMove' | 'touchEnd', points: Point[]) =>
  cdp.send('Input.dispatchTouchEvent', { type, touchPoints: points.map((p, id) => ({ ...p, id })) });

/** Two fingers from `from` px apart to `to` px apart, around the centre, in small steps. */
async function pinch(cdp: CDPSession, centre: Point, from: number, to: number) {
  const at = (d: number) => [
    { x: centre.x - d / 2, y: centre.y },
    { x: centre.x + d / 2, y: centre.y },
  ];
  await touch(cdp, 'touchStart', at(from));
  for (let i = 1; i <= 10; i++) await touch(cdp, 'touchMove', at(from + ((to - from) * i) / 10));
  await touch(cdp, 'touchEnd', []);
}

async function tap(cdp: CDPSession, p: Point) {
  await touch(cdp, 'touchStart', [p]);
  await touch(cdp, 'touchEnd', []);
}

test('pinch, move and double-tap zoom a product picture', async () => {
  const context = await browser.newContext(PHONE);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(h.url('copperleaf.localhost', '/'));
  await page.getByRole('tab', { name: /^Search/ }).click();
  await page.getByLabel('Search products').fill('Cast Iron Skillet');
  await page.getByRole('link', { name: 'Cast Iron Skillet', exact: true }).click();
  await page
    .getByRole('button', { name: /^Zoom into / })
    .first()
    .click();

  const level = page.getByTestId('zoom-level');
  await level.waitFor();
  assert.match((await level.textContent()) ?? '', /^100 %/);
  const box = await page.getByTestId('zoomed-image').boundingBox();
  assert.ok(box, 'the zoomed picture is on screen');
  const centre = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  const cdp = await context.newCDPSession(page);

  // The pinch counts from the first move that has both fingers, so about (not exactly) 2.5×.
  await pinch(cdp, centre, 60, 150);
  await page.getByText(/^100 %/).waitFor({ state: 'detached' });
  const percent = Number.parseInt((await level.textContent()) ?? '', 10);
  assert.ok(percent >= 180 && percent <= 250, `zoomed to ${percent} %`);
  const zoomed = await page.getByTestId('zoomed-image').boundingBox();
  const drawn = (zoomed?.width ?? 0) / box.width;
  assert.ok(Math.abs(drawn - percent / 100) < 0.05, `drawn ${drawn}×, shown ${percent} %`);

  // One finger moves the zoomed picture, no further than its edge.
  await touch(cdp, 'touchStart', [centre]);
  for (let i = 1; i <= 10; i++) await touch(cdp, 'touchMove', [{ x: centre.x + i * 100, y: centre.y }]);
  await touch(cdp, 'touchEnd', []);
  const moved = await page.getByTestId('zoomed-image').boundingBox();
  assert.ok(moved && zoomed && moved.x > zoomed.x, 'the picture followed the finger');
  assert.ok(moved && moved.x <= box.x + 1, 'its left edge stays at or beyond the frame');

  // Spreading further stops at 400 %; a double tap goes back to 100 %.
  await pinch(cdp, centre, 40, 300);
  await page.getByText(/^400 %/).waitFor();
  await tap(cdp, centre);
  await tap(cdp, centre);
  await page.getByText(/^100 %/).waitFor();

  // The same without pinching, for one hand or a switch.
  await page.getByRole('button', { name: 'Zoom in', exact: true }).click();
  await page.getByText(/^150 %/).waitFor();
  if (process.env.SCREENSHOTS === '1')
    await page.screenshot({ path: h.screenshot('mobile-product-zoom.png') });
  await page.getByRole('button', { name: 'Close' }).click();
  await page.getByTestId('zoom-viewer').waitFor({ state: 'detached' });
  assert.deepEqual(errors, []);
  await context.close();
});
