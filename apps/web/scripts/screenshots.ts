// Screenshots of the demo stores' home and product pages, desktop and mobile, into docs/screenshots.
// `node --import tsx scripts/screenshots.ts <webPort>` against a running demo stack (scripts/demo-stack.ts).
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { CHROMIUM, CHROMIUM_ARGS, WEB_DIR } from '../test/harness.ts';

const port = process.argv[2] ?? '3000';
const out = path.resolve(WEB_DIR, '../../docs/screenshots');
mkdirSync(out, { recursive: true });
const shots = [
  ['copperleaf', '/', 'home'],
  ['copperleaf', '/p/copper-kettle', 'product'],
  ['northwind', '/', 'home'],
  ['northwind', '/p/stormshell-rain-jacket', 'product'],
  ['copperleaf', '/c/kettles', 'category'],
  ['northwind', '/c/jackets', 'category'],
  ['northwind', '/search?q=trampoline', 'search-empty'],
  ['copperleaf', '/search?q=kettel', 'search-typo'],
] as const;
const checkoutShots = [
  ['copperleaf', '/p/copper-kettle'],
  ['northwind', '/p/stormshell-rain-jacket'],
] as const;

/** A cart, the shipping step, then the payment step with a test card typed into the gateway's frame. */
async function checkoutWithCard(page: Page, origin: string, product: string) {
  await page.goto(`${origin}${product}`);
  await page.getByRole('button', { name: 'Add to cart' }).click();
  await page.waitForURL(/\/cart/);
  await page.goto(`${origin}/checkout`);
  await page.fill('input[name="email"]', 'ada@example.test');
  const address = { firstName: 'Ada', lastName: 'Lovelace', line1: '1 Main St', city: 'Springfield' };
  for (const [name, value] of Object.entries({ ...address, postalCode: '10001', country: 'US' }))
    await page.fill(`input[name="${name}"]`, value);
  await page.getByRole('button', { name: 'Continue to payment' }).click();
  await page.waitForURL(/step=payment/);
  const frame = page.frameLocator('iframe.card-frame');
  await frame.getByLabel('Card number').fill('4242 4242 4242 4242');
  await frame.getByLabel('Expiry (MM / YY)').fill('12 / 34');
  await frame.getByLabel('Security code').fill('123');
  await page.getByTestId('card-status').filter({ hasText: 'Card ready' }).waitFor();
}

const sizes = [
  ['desktop', { width: 1366, height: 900 }, 1],
  ['mobile', { width: 390, height: 844 }, 2],
] as const;

const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
for (const [size, viewport, scale] of sizes) {
  const context = await browser.newContext({
    viewport,
    deviceScaleFactor: scale,
    isMobile: size === 'mobile',
  });
  const page = await context.newPage();
  for (const [store, p, name] of shots) {
    await page.goto(`http://${store}.localhost:${port}${p}`, { waitUntil: 'networkidle' });
    // Scroll through once so lazy images below the fold load before the full-page capture.
    await page.evaluate(async () => {
      for (let y = 0; y < document.body.scrollHeight; y += 500) {
        window.scrollTo(0, y);
        await new Promise((r) => setTimeout(r, 60));
      }
      window.scrollTo(0, 0);
    });
    await page.waitForLoadState('networkidle');
    const file = path.join(out, `${store}-${name}-${size}.png`);
    await page.screenshot({ path: file, fullPage: size === 'desktop' });
    console.log(file);
  }
  for (const [store, product] of checkoutShots) {
    const file = path.join(out, `${store}-checkout-card-${size}.png`);
    await checkoutWithCard(page, `http://${store}.localhost:${port}`, product);
    await page.screenshot({ path: file, fullPage: size === 'desktop' });
    console.log(file);
  }
  await context.close();
}
await browser.close();
