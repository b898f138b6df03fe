import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Platform } from '../platform/platform.ts';
import { storefrontLink } from '../platform/storefront-url.ts';
import { apiOf, seedCatalog } from './demo-catalog.ts';
import { DEMO_COUPON, DEMO_GIFT_CARD, seedCommerce } from './demo-commerce.ts';

/** Demo tenants for a newcomer's first run: created once, on an empty database. */
export const DEMO_TENANTS = [
  {
    tenantName: 'Copperleaf Home',
    email: 'owner@copperleaf.demo',
    password: 'demo-password',
    store: {
      name: 'Copperleaf Home',
      handle: 'copperleaf',
      primaryColor: '#b5552b',
      secondaryColor: '#2f3e46',
      description: 'Cookware and kitchen goods, made to last.',
    },
    // Each demo store shows a different storefront layout (apps/web/lib/theme.ts).
    theme: {
      name: 'Editorial',
      headerLayout: 'centered',
      homeLayout: 'editorial',
      productLayout: 'stacked',
      categoryLayout: 'list',
      footerLayout: 'minimal',
      checkoutLayout: 'focused',
    },
  },
  {
    tenantName: 'Northwind Outfitters',
    email: 'owner@northwind.demo',
    password: 'demo-password',
    store: {
      name: 'Northwind Outfitters',
      handle: 'northwind',
      primaryColor: '#1f6f8b',
      secondaryColor: '#f4a261',
      description: 'Outdoor gear for every season.',
    },
    theme: {
      name: 'Trail',
      headerLayout: 'bold',
      homeLayout: 'bold',
      productLayout: 'split',
      categoryLayout: 'compact',
      footerLayout: 'classic',
      checkoutLayout: 'classic',
    },
  },
] as const;

async function call(url: string, path: string, body: unknown, token?: string) {
  const res = await fetch(url + path, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`seed: ${path} answered ${res.status}: ${await res.text()}`);
  return res.json() as Promise<Record<string, unknown>>;
}

/** Seeds through the public API, so the demo data obeys every rule real data does. */
export async function seedDemo(platform: Platform, url: string): Promise<void> {
  const existing = await platform.db.withPlatform((tx) =>
    tx.selectFrom('tenants').select('id').limit(1).execute(),
  );
  const domain = platform.config.platformDomain;
  if (existing.length === 0) {
    for (const demo of DEMO_TENANTS) {
      const { accessToken } = (await call(url, '/api/auth/signup', {
        tenantName: demo.tenantName,
        email: demo.email,
        password: demo.password,
      })) as { accessToken: string };
      const { handle, ...store } = demo.store;
      const created = (await call(
        url,
        '/api/stores',
        { ...store, domain: `${handle}.${domain}` },
        accessToken,
      )) as {
        id: string;
        domain: string;
      };
      await call(url, `/api/stores/${created.id}/themes`, { ...demo.theme, isActive: true }, accessToken);
      await seedCommerce(apiOf(url, accessToken), created.id);
      const listings = await seedCatalog(
        url,
        accessToken,
        { ...created, handle, primaryColor: store.primaryColor },
        (path) => storefrontLink(platform.config.storefrontUrl, created.domain, path),
      );
      console.log(`  seeded ${demo.store.name}: ${listings} product listings`);
    }
  }
}

/**
 * What `npm start` prints once the storefront answers (scripts/start.mjs reads it): the demo
 * stores, their admin logins, the coupon and the gift card. Written by main.ts on every start, seeded now or before.
 */
export async function writeDemoSummary(platform: Platform) {
  const domain = platform.config.platformDomain;
  const summary = {
    stores: DEMO_TENANTS.map((d) => ({
      name: d.store.name,
      handle: d.store.handle,
      domain: `${d.store.handle}.${domain}`,
      email: d.email,
      password: d.password,
    })),
    coupon: {
      code: DEMO_COUPON.code,
      summary: `${DEMO_COUPON.percent}% off orders over $${DEMO_COUPON.minimumOrderAmount}`,
    },
    giftCard: { code: DEMO_GIFT_CARD.code, balance: DEMO_GIFT_CARD.balance },
  };
  const dir = path.resolve(platform.config.dataDir);
  await mkdir(dir, { recursive: true });
  await writeFile(path.join(dir, 'demo.json'), `${JSON.stringify(summary, null, 2)}\n`);
}
