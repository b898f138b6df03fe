// Mobile app benchmark: the JavaScript the app ships (web export and Android Hermes export), and
// the time from opening the app's web build at phone size (390x844, touch, Chromium) to the first
// product list on its home screen, cold (a new browser profile) and warm (the app opened again,
// its persisted catalogue restored). The ceiling, measured in the same run on the same API: a bare
// page that fetches the same products from the API and writes them out.
//   npm run bench -- mobile   (about 2 minutes; BENCH_RUNS, default 7)
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { type Browser, chromium, type Page } from 'playwright-core';
import { ensureExport, startHarness } from '../../apps/mobile/e2e/harness.mts';
import { CHROMIUM, CHROMIUM_ARGS } from '../../apps/web/test/harness.ts';
import { median } from '../stats.mts';

const here = path.dirname(fileURLToPath(import.meta.url));
const APP = path.resolve(here, '../../apps/mobile');
const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const STORE = 'northwind.localhost';
const kB = (n: number) => Math.round(n / 1024);

function files(dir: string, ext: RegExp): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((f) => path.join(dir, f))
    .filter((f) => ext.test(f) && statSync(f).isFile());
}

function sizes(list: string[]) {
  const all = Buffer.concat(list.map((f) => readFileSync(f)));
  return {
    files: list.length,
    raw: kB(all.length),
    gzip: kB(gzipSync(all, { level: 9 }).length),
    brotli: kB(brotliCompressSync(all).length),
  };
}

function nativeExport() {
  const out = mkdtempSync(path.join(tmpdir(), 'ventory-native-'));
  const res = spawnSync(
    process.execPath,
    [
      path.join(APP, '../../node_modules/expo/bin/cli'),
      'export',
      '--platform',
      'android',
      '--output-dir',
      out,
    ],
    {
      cwd: APP,
      env: { ...process.env, CI: '1', EXPO_OFFLINE: '1', EXPO_NO_TELEMETRY: '1' },
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  );
  if (res.status !== 0) throw new Error(`expo export --platform android failed (${res.status})`);
  const s = sizes(files(out, /\.hbc$/));
  rmSync(out, { recursive: true, force: true });
  return s;
}

const PHONE = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true };

/** Milliseconds from navigation to the first product card (a link with a picture) on the home screen. */
async function toFirstList(page: Page, url: string) {
  const t0 = Date.now();
  await page.goto(url);
  await page
    .getByRole('link')
    .filter({ has: page.locator('img') })
    .first()
    .waitFor({ timeout: 60_000 });
  return Date.now() - t0;
}

/** A bare page that only fetches the same products and writes them out as links with pictures. */
function ceilingPage(apiUrl: string) {
  return `<!doctype html><meta charset="utf-8"><meta name="viewport" content="width=device-width"><ul id="l"></ul><script>
const api = ${JSON.stringify(apiUrl)};
fetch(api + '/api/storefront/${STORE}/products?limit=12').then((r) => r.json()).then(({ data }) => {
  document.getElementById('l').innerHTML = data.map((p) => '<li><a href="/product/' + p.slug + '"><img alt="" width="80" height="80" src="' + new URL(p.images[0] ?? '/', api) + '">' + p.title + '</a></li>').join('');
});</script>`;
}

async function measure(browser: Browser, url: string, ceilingUrl: string) {
  const cold: number[] = [];
  const warm: number[] = [];
  const ceiling: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const context = await browser.newContext(PHONE);
    const page = await context.newPage();
    cold.push(await toFirstList(page, url));
    warm.push(await toFirstList(page, url));
    ceiling.push(await toFirstList(page, ceilingUrl));
    await context.close();
  }
  return { cold, warm, ceiling };
}

process.env.MOBILE_REBUILD = '1';
ensureExport();
const web = sizes(files(path.join(APP, 'dist/_expo/static/js'), /\.js$/));
const native = nativeExport();
const h = await startHarness();
// Served from loopback like the app (Chromium lets a loopback page call the loopback API).
const ceilingServer = createServer((_req, res) => res.end(ceilingPage(h.apiUrl)));
await new Promise<void>((r) => ceilingServer.listen(0, '127.0.0.1', r));
const ceiling = { url: `http://localhost:${(ceilingServer.address() as AddressInfo).port}/` };
const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
try {
  const t = await measure(browser, h.url(STORE, '/'), ceiling.url);
  const rows = [
    {
      what: 'first product list, cold (new profile)',
      medianMs: median(t.cold),
      ceilingMs: median(t.ceiling),
    },
    {
      what: 'first product list, warm (app reopened)',
      medianMs: median(t.warm),
      ceilingMs: median(t.ceiling),
    },
  ].map((r) => ({ ...r, ratio: Number((r.ceilingMs / r.medianMs).toFixed(2)) }));
  console.log('\nJavaScript shipped (kB)');
  console.table({ 'web export': web, 'android export (Hermes bytecode)': native });
  console.log(`\nTime to first product list at 390x844, ${RUNS} runs each (ratio = ceiling / app)`);
  console.table(rows);
  writeFileSync(
    path.join(here, 'results.json'),
    `${JSON.stringify({ measuredAt: new Date().toISOString(), runs: RUNS, bundles: { web, native }, rows, samples: t }, null, 2)}\n`,
  );
} finally {
  await browser.close();
  ceilingServer.close();
  await h.stop();
}
