// Lighthouse (mobile preset, Debian's Chromium) on the demo stores' home, category, product, cart
// and checkout pages (the last two with a cart of one product, made through the API).
// `node scripts/lighthouse.mjs <webPort> <apiUrl>` against a running demo stack (scripts/demo-stack.ts);
// writes bench/web/lighthouse-summary.json and prints a Markdown table.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const port = process.argv[2] ?? '3000';
const api = process.argv[3] ?? 'http://127.0.0.1:4000';
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const out = path.join(root, 'bench/web');
mkdirSync(out, { recursive: true });
const cli = createRequire(import.meta.url).resolve('lighthouse/cli/index.js');
const flags =
  '--headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking --disable-component-update --disable-sync';
const pages = [
  ['copperleaf', 'home', '/'],
  ['copperleaf', 'category', '/c/cookware'],
  ['copperleaf', 'product', '/p/copper-kettle'],
  ['northwind', 'home', '/'],
  ['northwind', 'category', '/c/jackets'],
  ['northwind', 'product', '/p/stormshell-rain-jacket'],
  ['copperleaf', 'cart', '/cart'],
  ['northwind', 'cart', '/cart'],
  ['copperleaf', 'checkout', '/checkout'],
  ['northwind', 'checkout', '/checkout'],
];
const withCart = new Set(['cart', 'checkout']);

/** A new cart holding the store's first listing, as the cookie the storefront reads. */
async function cartCookie(store) {
  const sf = `${api}/api/storefront/${store}.localhost`;
  const listing = (await (await fetch(`${sf}/products?limit=1`)).json()).data[0];
  const res = await fetch(`${sf}/cart`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ items: [{ listingId: listing.id, quantity: 1 }] }),
  });
  if (!res.ok) throw new Error(`cart for ${store}: HTTP ${res.status}`);
  return `vc_cart=${(await res.json()).id}`;
}
// Warm each page first: Lighthouse should measure a running shop, not the first render's data fetch.
const cookies = new Map();
for (const [store, kind, p] of pages) {
  if (withCart.has(kind) && !cookies.has(store)) cookies.set(store, await cartCookie(store));
  const cookie = withCart.has(kind) ? { cookie: cookies.get(store) } : {};
  for (let i = 0; i < 2; i++) {
    await new Promise((resolve) => {
      const req = http.get(
        { host: '127.0.0.1', port, path: p, headers: { host: `${store}.localhost:${port}`, ...cookie } },
        (res) => {
          res.resume();
          res.on('end', resolve);
        },
      );
      req.on('error', resolve);
    });
  }
}
const rows = [];
for (const [store, kind, p] of pages) {
  const url = `http://${store}.localhost:${port}${p}`;
  const profile = mkdtempSync(path.join(os.tmpdir(), 'lh-'));
  const report = path.join(profile, 'report.json');
  execFileSync(
    process.execPath,
    [
      cli,
      url,
      '--quiet',
      '--output=json',
      `--output-path=${report}`,
      `--chrome-flags=${flags} --user-data-dir=${profile}/chrome`,
      ...(withCart.has(kind) ? [`--extra-headers=${JSON.stringify({ Cookie: cookies.get(store) })}`] : []),
    ],
    {
      env: { ...process.env, CHROME_PATH: process.env.CHROME_PATH ?? '/usr/bin/chromium' },
      stdio: 'inherit',
    },
  );
  const lhr = JSON.parse(readFileSync(report, 'utf8'));
  const score = (k) => Math.round((lhr.categories[k]?.score ?? 0) * 100);
  const row = {
    store,
    page: kind,
    path: p,
    performance: score('performance'),
    accessibility: score('accessibility'),
    bestPractices: score('best-practices'),
    seo: score('seo'),
    lcpMs: Math.round(lhr.audits['largest-contentful-paint']?.numericValue ?? 0),
    cls: Number((lhr.audits['cumulative-layout-shift']?.numericValue ?? 0).toFixed(3)),
    tbtMs: Math.round(lhr.audits['total-blocking-time']?.numericValue ?? 0),
    failing: Object.values(lhr.audits)
      .filter((a) => a.score !== null && a.score < 0.9 && a.scoreDisplayMode === 'binary')
      .map((a) => a.id),
  };
  rows.push(row);
  rmSync(profile, { recursive: true, force: true });
  console.error(
    `${store} ${kind}: ${row.performance}/${row.accessibility}/${row.bestPractices}/${row.seo} ${row.failing.join(',')}`,
  );
}
writeFileSync(
  path.join(out, 'lighthouse-summary.json'),
  `${JSON.stringify({ lighthouse: '13.5.0', preset: 'mobile (default)', date: new Date().toISOString(), rows }, null, 2)}\n`,
);
console.log('| store | page | performance | accessibility | best practices | SEO | LCP | CLS | TBT |');
console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- |');
for (const r of rows) {
  console.log(
    `| ${r.store} | ${r.page} | ${r.performance} | ${r.accessibility} | ${r.bestPractices} | ${r.seo} | ${(r.lcpMs / 1000).toFixed(1)} s | ${r.cls} | ${r.tbtMs} ms |`,
  );
}
