// Screenshots of the demo stores' home and product pages, desktop and mobile, into docs/screenshots.
// `node --import tsx scripts/screenshots.ts <webPort>` against a running demo stack (scripts/demo-stack.ts).
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';
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
  await context.close();
}
await browser.close();
