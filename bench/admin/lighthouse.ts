// Lighthouse (desktop preset, Debian's Chromium) on the admin's home, orders list, order page,
// product edit, analytics and theme editor, signed in, against a real API with a seeded tenant
// (one store, 60 products, 30 orders). `node --import tsx bench/admin/lighthouse.ts`; writes bench/admin/lighthouse-summary.json
// and prints a Markdown table. Each page gets its own sign-in (the refresh cookie rotates).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { VentoryClient } from '@ventory/sdk';
import { startAdmin } from '../../apps/admin/test/harness.ts';
import { startTestServer } from '../../apps/api/test/server.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const cli = createRequire(import.meta.url).resolve('lighthouse/cli/index.js');
const flags =
  '--headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking --disable-component-update --disable-sync';

const api = await startTestServer();
const admin = await startAdmin(api.url);
const email = `bench-${Date.now()}@example.test`;
const password = 'long-enough-password';
const session = await new VentoryClient({ baseUrl: api.url }).auth.signup({
  tenantName: 'Bench',
  email,
  password,
});
const owner = new VentoryClient({ baseUrl: api.url, token: session.accessToken });
const domain = `bench-${Date.now()}.localhost`;
const store = await owner.stores.create({ name: 'Bench Store', domain });
await owner.commerce.shippingMethods.create(store.id, { name: 'Standard', price: '5.00' });
await owner.commerce.paymentMethods.create(store.id, { name: 'Card', provider: 'test' });
const listings: string[] = [];
let productId = '';
for (let i = 0; i < 60; i++) {
  const p = await owner.inventory.products.create({
    sku: `B-${i}`,
    name: `Bench item ${i}`,
    price: `${10 + i}.00`,
    initialStock: 100,
  });
  productId ||= p.id;
  if (i < 5) listings.push((await owner.catalog.listings.create(store.id, { productId: p.id })).id);
}
const shopper = new VentoryClient({ baseUrl: api.url });
const address = {
  firstName: 'Ada',
  lastName: 'L',
  line1: '1 Main St',
  city: 'Springfield',
  postalCode: '12345',
  country: 'US',
};
let orderId = '';
for (let i = 0; i < 30; i++) {
  const cart = await shopper.storefront.cart.create(domain, {
    items: [{ listingId: listings[i % listings.length] ?? '', quantity: 1 + (i % 3) }],
    email: `s${i}@example.test`,
  });
  const ship = (await shopper.storefront.shippingOptions(domain, cart.id)).data[0];
  const pay = (await shopper.storefront.paymentMethods(domain)).data[0];
  const order = await shopper.storefront.checkout(
    domain,
    {
      cartId: cart.id,
      email: `s${i}@example.test`,
      shippingAddress: address,
      shippingMethodId: ship?.id,
      payments: [{ paymentMethodId: pay?.id, token: 'tok_visa' }],
    },
    `bench-${i}`,
  );
  orderId ||= order.id;
}

async function cookies(): Promise<string> {
  const res = await fetch(admin.url('/session/login'), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  return res.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
}

const pages = [
  ['home', `/?store=${store.id}`],
  ['orders list', `/orders?store=${store.id}`],
  ['order page', `/orders/${orderId}?store=${store.id}`],
  ['product edit', `/products/${productId}?store=${store.id}`],
  // Issue 13's two: the analytics dashboard (charts) and the theme editor (with its preview frame).
  ['analytics', `/analytics?store=${store.id}`],
  ['theme editor', `/design?store=${store.id}`],
] as const;
const rows: Array<Record<string, unknown>> = [];
for (const [name, p] of pages) {
  const profile = mkdtempSync(path.join(os.tmpdir(), 'lh-admin-'));
  const report = path.join(profile, 'report.json');
  execFileSync(
    process.execPath,
    [
      cli,
      admin.url(p),
      '--quiet',
      '--preset=desktop',
      '--output=json',
      `--output-path=${report}`,
      `--extra-headers=${JSON.stringify({ Cookie: await cookies() })}`,
      `--chrome-flags=${flags} --user-data-dir=${profile}/chrome`,
    ],
    {
      env: { ...process.env, CHROME_PATH: process.env.CHROME_PATH ?? '/usr/bin/chromium' },
      stdio: 'inherit',
    },
  );
  const lhr = JSON.parse(readFileSync(report, 'utf8'));
  const score = (k: string) => Math.round((lhr.categories[k]?.score ?? 0) * 100);
  rows.push({
    page: name,
    performance: score('performance'),
    accessibility: score('accessibility'),
    bestPractices: score('best-practices'),
    lcpMs: Math.round(lhr.audits['largest-contentful-paint']?.numericValue ?? 0),
    tbtMs: Math.round(lhr.audits['total-blocking-time']?.numericValue ?? 0),
    cls: Number((lhr.audits['cumulative-layout-shift']?.numericValue ?? 0).toFixed(3)),
    failing: Object.values(
      lhr.audits as Record<string, { id: string; score: number | null; scoreDisplayMode: string }>,
    )
      .filter((a) => a.score !== null && a.score < 0.9 && a.scoreDisplayMode === 'binary')
      .map((a) => a.id),
  });
  rmSync(profile, { recursive: true, force: true });
}
writeFileSync(path.join(here, 'lighthouse-summary.json'), `${JSON.stringify(rows, null, 2)}\n`);
console.log('| page | performance | accessibility | best practices | LCP ms | TBT ms | CLS |');
console.log('|---|---|---|---|---|---|---|');
for (const r of rows)
  console.log(
    `| ${r.page} | ${r.performance} | ${r.accessibility} | ${r.bestPractices} | ${r.lcpMs} | ${r.tbtMs} | ${r.cls} |`,
  );
await admin.stop();
await api.close();
