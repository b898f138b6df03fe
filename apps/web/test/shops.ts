// The shared world of the browser suites: the real stack, one merchant with two differently
// themed stores (each with a small catalog), a Chromium, and an axe check.
import assert from 'node:assert/strict';
import { VentoryClient } from '@ventory/sdk';
import { type Browser, chromium, type Page } from 'playwright-core';
import { seriousViolations } from './axe.ts';
import { type Catalog, seedCatalog } from './catalog-fixture.ts';
import { CHROMIUM, CHROMIUM_ARGS, type Stack, startStack, suffix } from './harness.ts';

export type Shop = { id: string; name: string; domain: string; color: string; catalog: Catalog };
export type Shops = { stack: Stack; browser: Browser; shops: [Shop, Shop]; close: () => Promise<void> };

const SPECS = [
  {
    name: 'Alpha Kitchen',
    color: '#9c3d10',
    theme: {
      headerLayout: 'classic',
      homeLayout: 'classic',
      productLayout: 'classic',
      categoryLayout: 'grid',
    },
    products: ['Copper Kettle', 'Cast Iron Pan', 'Linen Apron'],
  },
  {
    name: 'Beta Trails',
    color: '#1f6f8b',
    theme: {
      headerLayout: 'bold',
      homeLayout: 'bold',
      productLayout: 'split',
      categoryLayout: 'compact',
      checkoutLayout: 'focused',
    },
    products: ['Trail Tent', 'Down Jacket', 'Camp Stove'],
  },
] as const;

/** Boots the stack and creates the two stores; `close()` stops everything. */
export async function openShops(): Promise<Shops> {
  const stack = await startStack();
  const session = await stack.admin.auth.signup({
    tenantName: 'Web Test Merchant',
    email: `web-${suffix()}@example.test`,
    password: 'long-enough-password',
  });
  stack.admin = stack.admin.as(session.accessToken);
  const shops: Shop[] = [];
  for (const spec of SPECS) {
    const domain = `${spec.name.split(' ')[0]?.toLowerCase()}-${suffix()}.localhost`;
    const store = await stack.admin.stores.create({
      name: spec.name,
      domain,
      primaryColor: spec.color,
      secondaryColor: '#222222',
      description: `${spec.name} test store`,
    });
    await stack.admin.stores.themes.create(store.id, {
      name: `${spec.name} theme`,
      isActive: true,
      ...spec.theme,
    });
    const catalog = await seedCatalog(stack.admin, store.id, domain, [...spec.products]);
    shops.push({ id: store.id, name: spec.name, domain, color: spec.color, catalog });
  }
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  return {
    stack,
    browser,
    shops: shops as [Shop, Shop],
    close: async () => {
      await browser.close();
      await stack.stop();
    },
  };
}

/** A page in a context of its own (own cookies and storage); axe needs pages made from a context. */
export async function newPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext();
  return context.newPage();
}

export async function axe(page: Page) {
  // After a client-side navigation, Next streams the new page's metadata in after its content.
  await page.waitForFunction(() => document.title !== '', undefined, { timeout: 5_000 }).catch(() => {});
  assert.deepEqual(await seriousViolations(page), [], 'no serious or critical accessibility violations');
}

/**
 * Types a card into the gateway's hosted fields (a frame from the API's origin, so the page itself
 * cannot read them) and waits until the frame has handed the page its token.
 */
export async function enterCard(page: Page, number: string, expiry = '12 / 34', cvc = '123') {
  const frame = page.frameLocator('iframe.card-frame');
  await frame.getByLabel('Card number').fill(number);
  await frame.getByLabel('Expiry (MM / YY)').fill(expiry);
  await frame.getByLabel('Security code').fill(cvc);
  await page.getByTestId('card-status').filter({ hasText: 'Card ready' }).waitFor();
}

/**
 * A shopper registered through the API (with a default address and a saved test card when asked),
 * and a browser page signed in as them.
 */
export async function signedInShopper(
  stack: Stack,
  browser: Browser,
  shop: Shop,
  who: { first: string; last: string; email: string },
  extras: { address?: { line1: string; city: string; postalCode: string }; card?: boolean } = {},
) {
  const { accessToken } = await new VentoryClient({ baseUrl: stack.api.url }).account.register(shop.domain, {
    email: who.email,
    password: 'a-long-password',
    firstName: who.first,
    lastName: who.last,
  });
  const me = stack.admin.as(accessToken);
  if (extras.address)
    await me.account.addAddress(shop.domain, {
      firstName: who.first,
      lastName: who.last,
      ...extras.address,
      country: 'US',
      isDefault: true,
    });
  const method = (await me.checkout.paymentMethods(shop.domain)).data.find((m) => m.provider === 'test');
  const saved = extras.card
    ? await me.checkout.savedPaymentMethods.save(shop.domain, {
        paymentMethodId: method?.id ?? '',
        token: 'tok_visa',
      })
    : null;
  const page = await (await browser.newContext()).newPage();
  await page
    .context()
    .addCookies([{ name: 'vc_session', value: accessToken, url: stack.web.url(shop.domain) }]);
  return { me, accessToken, method, saved, page };
}

/** Which hero layout a home page renders (`classic`, `editorial`, `bold`): what an experiment varies. */
export const heroLayout = async (page: Page) =>
  /hero-(\w+)/.exec((await page.locator('section.hero').getAttribute('class')) ?? '')?.[1] ?? '';

/**
 * New shoppers who allow analytics on the home page at `url`, one page per hero layout they are
 * shown, until `variants` layouts have one each (the split hashes the session id). Before consent
 * every shopper sees `themed`, the theme's own layout.
 */
export async function sessionsPerVariant(browser: Browser, url: string, themed: string, variants = 2) {
  const byVariant = new Map<string, Page>();
  for (let i = 0; i < 20 && byVariant.size < variants; i++) {
    const page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
    await page.goto(url);
    assert.equal(await heroLayout(page), themed, 'before consent the theme is shown');
    const banner = page.getByRole('region', { name: 'Privacy choice' });
    await banner.getByRole('button', { name: 'Allow' }).click();
    await banner.waitFor({ state: 'detached' });
    await page.reload();
    const layout = await heroLayout(page);
    if (byVariant.has(layout)) await page.context().close();
    else byVariant.set(layout, page);
  }
  return byVariant;
}
