// Part 2 screens in a real browser against the real API, database, DNS server and storefront:
// the theme editor (draft shows in the preview frame only, publish makes it live), domains
// (the TXT record to create, a failed then a passing verification) and marketing (coupons with
// every field, gift cards issued, adjusted, deactivated, with their ledger).
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { VentoryClient } from '@ventory/sdk';
import type { Page } from 'playwright-core';
import sharp from 'sharp';
import type { Coupon, GiftCard } from '../lib/marketing.ts';
import {
  type Admin,
  axe,
  type Merchant,
  request,
  type Stack,
  shot,
  startMerchant,
  suffix,
  until,
} from './harness.ts';

let merchant: Merchant;
let stack: Stack;
let admin: Admin;
let owner: VentoryClient;
let page: Page;
const password = 'long-enough-password';
const email = `owner-${suffix()}@example.test`;
const tag = suffix();
const domain = `design-${tag}.localhost`;
let storeId = '';

before(async () => {
  // The storefront lets only the admin frame a preview; the admin's port is picked later.
  merchant = await startMerchant('Design Test Merchant', {
    email,
    password,
    webEnv: { ADMIN_ORIGIN: 'http://localhost:*' },
  });
  ({ stack, admin, owner } = merchant);
  storeId = (await owner.stores.create({ name: 'Fern & Field', domain })).id;
  page = await merchant.signedIn('/');
});

after(async () => {
  await merchant?.stop();
});

/**
 * Desktop and phone screenshots of the screen as it is now. The viewport grows to the page's
 * height first: a full-page capture beyond the viewport leaves the cross-site preview frame blank.
 */
async function shots(name: string) {
  const fit = async (width: number, height: number) => {
    await page.setViewportSize({ width, height });
    const full = await page.evaluate(() => document.documentElement.scrollHeight);
    await page.setViewportSize({ width, height: Math.max(height, full) });
    // Two animation frames in every frame of the page: the resized preview paints before capture.
    for (const f of page.frames())
      await f
        .evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))))
        .catch(() => {});
  };
  await fit(1366, 900);
  await shot(page, name);
  await fit(390, 844);
  await shot(page, `${name}-phone`);
  await page.setViewportSize({ width: 1366, height: 900 });
}

const live = async () => (await request(stack.web.port, domain, '/')).body;

describe('admin part 2', () => {
  test('design: a draft shows in the preview frame only; publish makes it live', async () => {
    await page.goto(admin.url(`/design?store=${storeId}`));
    await page.getByRole('heading', { name: 'Design', level: 1 }).waitFor();
    await page.getByRole('status').filter({ hasText: 'No unpublished changes.' }).waitFor();
    const frame = page.frameLocator('iframe[title="Storefront preview"]');
    await frame.locator('.shop.home-classic').waitFor();

    await page.getByLabel('Home page layout').selectOption('editorial');
    await page.getByLabel('Primary colour').fill('#ffdd00');
    await page.getByText('is below 4.5:1').waitFor();
    await page.getByLabel('Primary colour').fill('#aa3300');
    await page.getByText('Contrast on white 6.6:1').waitFor();
    assert.equal(await page.getByText('is below 4.5:1').count(), 0);
    await page.getByRole('status').filter({ hasText: 'Unpublished changes.' }).waitFor();
    // The frame reloads with the draft: editorial home, the new brand colour, a preview banner.
    await frame.locator('.shop.home-editorial[data-preview="draft"]').waitFor();
    // The frame reloads after each edit, so a read can land mid-navigation: count it as "not yet".
    const frameStyles = () =>
      frame
        .locator('style')
        .evaluateAll((els) => els.map((e) => e.textContent).join('\n'))
        .catch(() => '');
    await until(
      async () => (await frameStyles()).includes('--brand:#aa3300'),
      'the draft colour in the preview frame',
    );
    // Content: a font and a hero in the draft; a bad button link is refused beside its field.
    await page.getByLabel('Font', { exact: true }).selectOption('old-style');
    await page.getByLabel('Hero heading').fill('Autumn knits are here');
    await page.getByLabel('Button label').fill('Shop knits');
    await page.getByLabel('Button link').fill('javascript:alert(1)');
    const link = page.getByLabel('Button link');
    await until(
      async () => (await link.getAttribute('aria-invalid')) === 'true',
      'the bad link marked invalid',
    );
    await page.locator('.field-error').filter({ hasText: 'store path' }).waitFor();
    await link.fill('/search');
    await until(async () => (await link.getAttribute('aria-invalid')) === null, 'the link accepted');
    await frame.getByRole('heading', { name: 'Autumn knits are here', level: 1 }).waitFor();
    const frameFont = () =>
      frame
        .locator('body')
        .evaluate((b) => getComputedStyle(b).fontFamily)
        .catch(() => '');
    await until(async () => (await frameFont()).includes('Iowan Old Style'), 'the draft font in the preview');
    // A logo upload shows in the editor and in the preview's header.
    const png = await sharp({ create: { width: 120, height: 40, channels: 3, background: '#aa3300' } })
      .png()
      .toBuffer();
    await page
      .getByLabel('Logo', { exact: true })
      .setInputFiles({ name: 'logo.png', mimeType: 'image/png', buffer: png });
    await page.getByRole('img', { name: 'Current logo' }).waitFor();
    await until(
      () =>
        frame
          .locator('.logo img')
          .evaluate(
            (img: HTMLImageElement) => img.src.includes('/api/media/uploads/') && img.naturalWidth > 0,
          )
          .catch(() => false),
      'the uploaded logo in the preview header',
    );
    // Shoppers still get the live design.
    const before = await live();
    assert.match(before, /home-classic/);
    assert.doesNotMatch(before, /--brand:#aa3300|data-preview="draft"/);
    assert.doesNotMatch(before, /Autumn knits are here|Iowan Old Style|api\/media\/uploads/);
    await axe(page);
    // The screenshots show the frame with the draft's hero and logo.
    await frame.getByRole('heading', { name: 'Autumn knits are here', level: 1 }).waitFor();
    await frame.locator('.logo img').waitFor();
    await shots('design');

    await page.getByRole('button', { name: 'Publish' }).click();
    await page.getByRole('status').filter({ hasText: 'Published.' }).waitFor();
    await until(async () => {
      const body = await live();
      return body.includes('home-editorial') && body.includes('--brand:#aa3300');
    }, 'the published design on the live storefront');
    const published = await live();
    assert.match(published, /<h1>Autumn knits are here<\/h1>/);
    assert.match(published, /--font:'Iowan Old Style'/);
    assert.match(published, /<img src="\/api\/media\/uploads\/[^"]+"/);

    // Discard: a new draft is dropped and the form returns to the live values.
    await page.getByLabel('Footer layout').selectOption('minimal');
    await page.getByRole('status').filter({ hasText: 'Unpublished changes.' }).waitFor();
    await page.getByRole('button', { name: 'Discard draft' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Discard changes' }).click();
    await page.getByRole('status').filter({ hasText: 'Draft discarded.' }).waitFor();
    assert.equal(await page.getByLabel('Footer layout').inputValue(), 'classic');
    const theme = (await owner.stores.themes.list(storeId)).data.find((t) => t.isActive);
    assert.equal(theme?.footerLayout, 'classic');
    assert.equal(theme?.hasDraft, false);
  });

  test('domains: add one, see the TXT record, a failed then a passing verification', async () => {
    const custom = `shop-${tag}.example.test`;
    await page.goto(admin.url(`/domains?store=${storeId}`));
    const primary = page.getByRole('listitem', { name: domain });
    await primary.getByText('Primary · Verified').waitFor();
    await page.getByLabel('Domain name').fill(custom);
    await page.getByRole('button', { name: 'Add domain' }).click();
    const item = page.getByRole('listitem', { name: custom });
    await item.getByText('Custom · Pending verification').waitFor();
    const name = await item.getByLabel('TXT record name').inputValue();
    const value = await item.getByLabel('TXT record value').inputValue();
    assert.equal(name, `_ventory-challenge.${custom}`);
    assert.ok(value.length > 10);

    await item.getByRole('button', { name: `Verify ${custom}` }).click();
    const failed = item.getByRole('alert');
    await failed.waitFor();
    assert.match((await failed.textContent()) ?? '', /Not verified yet/);
    assert.ok((await failed.getByRole('listitem').count()) >= 1, 'the reasons are listed');
    await axe(page);
    await shots('domains');

    stack.dns.zone.set(name, { TXT: [value] });
    await item.getByRole('button', { name: `Verify ${custom}` }).click();
    await item.getByText('Custom · Verified').waitFor();
    const listed = await owner.stores.domains.list(storeId);
    assert.equal(listed.data.find((d) => d.hostname === custom)?.status, 'verified');
  });

  test('marketing: a coupon with every field, edited and deleted; a gift card issued, adjusted, deactivated', async () => {
    await page.goto(admin.url(`/marketing?store=${storeId}`));
    await page.getByText('No coupons yet.').waitFor();
    await page.getByText('No gift cards yet.').waitFor();
    await axe(page);

    const form = page.getByRole('form', { name: 'New coupon' });
    await form.getByLabel('Code', { exact: true }).fill('spring10');
    await form.getByLabel('Discount type').selectOption('PERCENTAGE');
    await form.getByLabel('Discount (%)').fill('150');
    await form.getByLabel('Minimum order amount').fill('20.00');
    await form.getByLabel('Starts (UTC)').fill('2030-03-01T09:00');
    await form.getByLabel('Expires (UTC)').fill('2030-04-01T09:00');
    await form.getByLabel('Usage limit (all customers)').fill('100');
    await form.getByLabel('Limit per customer').fill('1');
    await form.getByLabel('Description').fill('Spring sale');
    await form.getByLabel('Automatic').uncheck();
    // A field error from the API shows next to its field; the form keeps what was typed.
    await form.getByRole('button', { name: 'Create coupon' }).click();
    await until(
      async () => (await form.getByLabel('Discount (%)').getAttribute('aria-invalid')) === 'true',
      'discount marked invalid',
    );
    assert.equal(await form.getByLabel('Usage limit (all customers)').inputValue(), '100');
    await form.getByLabel('Discount (%)').fill('10');
    await form.getByRole('button', { name: 'Create coupon' }).click();
    await page.getByRole('status').filter({ hasText: 'Created SPRING10.' }).waitFor();
    const [made] = (await owner.commerce.coupons.list(storeId)).data as unknown as Coupon[];
    assert.deepEqual(
      {
        code: made?.code,
        type: made?.discountType,
        value: made?.discountValue,
        min: made?.minimumOrderAmount,
        starts: made?.startsAt,
        expires: made?.expiresAt,
        limit: made?.usageLimit,
        perCustomer: made?.perCustomerLimit,
        description: made?.description,
        active: made?.isActive,
      },
      {
        code: 'SPRING10',
        type: 'PERCENTAGE',
        value: '10',
        min: '20.00',
        starts: '2030-03-01T09:00:00.000Z',
        expires: '2030-04-01T09:00:00.000Z',
        limit: 100,
        perCustomer: 1,
        description: 'Spring sale',
        active: true,
      },
    );

    await page.getByRole('button', { name: 'Edit SPRING10' }).click();
    const edit = page.getByRole('form', { name: 'Edit coupon SPRING10' });
    await edit.getByLabel('Discount (%)').fill('15');
    await edit.getByRole('button', { name: 'Save coupon' }).click();
    await page.getByRole('status').filter({ hasText: 'Saved SPRING10.' }).waitFor();
    const edited = (await owner.commerce.coupons.get(storeId, made?.id ?? '')) as unknown as Coupon;
    assert.equal(edited.discountValue, '15');
    assert.equal(edited.expiresAt, '2030-04-01T09:00:00.000Z', 'untouched fields are kept');

    // Gift card: issue, adjust, deactivate; the ledger shows each step.
    const issue = page.getByRole('form', { name: 'Issue a gift card' });
    await issue.getByLabel('Amount').fill('50');
    await issue.getByLabel('Recipient email').fill('friend@example.test');
    await issue.getByRole('button', { name: 'Issue gift card' }).click();
    const issued = issue.getByRole('status').filter({ hasText: 'Issued' });
    await issued.waitFor();
    const code = /Issued (\S+) with/.exec((await issued.textContent()) ?? '')?.[1] ?? '';
    assert.match(code, /^[A-Z0-9]{4}(-[A-Z0-9]{4}){3}$/);
    const panel = page.getByRole('region', { name: `Gift card ${code}` });
    await panel.getByLabel('New balance').fill('35.50');
    await panel.getByRole('button', { name: 'Adjust balance' }).click();
    await panel.getByRole('status').filter({ hasText: 'Balance set to $35.50.' }).waitFor();
    await panel.getByRole('cell', { name: 'ADJUST' }).waitFor();
    // The list is refetched after the adjustment, apart from the ledger: wait for it too.
    await until(
      async () => (await page.getByTestId(`balance-${code}`).textContent()) === '$35.50',
      'the list shows the new balance',
    );
    await panel.getByRole('button', { name: `Deactivate ${code}` }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Deactivate card' }).click();
    await panel.getByRole('status').filter({ hasText: 'Card deactivated.' }).waitFor();
    await axe(page);
    await shots('marketing');
    const cards = (await owner.commerce.giftCards.list(storeId)).data as unknown as GiftCard[];
    const card = cards.find((c) => c.code === code);
    assert.equal(card?.balance, '35.50');
    assert.equal(card?.isActive, false);
    assert.equal(card?.recipientEmail, 'friend@example.test');

    await page.getByRole('button', { name: 'Delete SPRING10' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Delete coupon' }).click();
    await page.getByText('No coupons yet.').waitFor();
    assert.equal((await owner.commerce.coupons.list(storeId)).total, 0);
  });

  test('a coupon and a gift card made in the admin pay for a storefront order', async () => {
    // What the store needs to sell (Settings has its own test): a shipping method and the test card.
    const ship = await owner.call<{ id: string }>('POST', `/api/stores/${storeId}/shipping-methods`, {
      name: 'Post',
      price: '5.00',
    });
    const card = await owner.call<{ id: string }>('POST', `/api/stores/${storeId}/payment-methods`, {
      name: 'Card',
      provider: 'test',
    });
    const mug = await owner.call<{ id: string }>('POST', '/api/inventory/products', {
      sku: `MUG-${suffix()}`,
      name: 'Stoneware Mug',
      price: '30.00',
      initialStock: 5,
    });
    const listing = await owner.catalog.listings.create(storeId, { productId: mug.id });

    await page.goto(admin.url(`/marketing?store=${storeId}`));
    const coupon = page.getByRole('form', { name: 'New coupon' });
    await coupon.getByLabel('Code', { exact: true }).fill('welcome10');
    await coupon.getByLabel('Discount type').selectOption('PERCENTAGE');
    await coupon.getByLabel('Discount (%)').fill('10');
    await coupon.getByRole('button', { name: 'Create coupon' }).click();
    await page.getByRole('status').filter({ hasText: 'Created WELCOME10.' }).waitFor();
    const issue = page.getByRole('form', { name: 'Issue a gift card' });
    await issue.getByLabel('Amount').fill('20');
    await issue.getByRole('button', { name: 'Issue gift card' }).click();
    const issued = issue.getByRole('status').filter({ hasText: 'Issued' });
    const code = /Issued (\S+) with/.exec((await issued.textContent()) ?? '')?.[1] ?? '';

    // The shopper's side, through the storefront API: 30.00 less 10 % is 27.00, plus 5.00 post.
    const shopper = new VentoryClient({ baseUrl: stack.api.url });
    const sf = `/api/storefront/${domain}`;
    const cart = await shopper.call<{ id: string }>('POST', `${sf}/cart`, {
      items: [{ listingId: listing.id, quantity: 1 }],
    });
    const discounted = await shopper.call<{ discountAmount: string }>('PUT', `${sf}/cart/${cart.id}`, {
      couponCodes: ['WELCOME10'],
    });
    assert.equal(discounted.discountAmount, '3.00');
    const order = await shopper.call<{
      totalAmount: string;
      payments: { provider: string; amount: string }[];
    }>('POST', `${sf}/checkout`, {
      cartId: cart.id,
      email: 'shopper@example.test',
      shippingAddress: {
        firstName: 'Ada',
        lastName: 'Lovelace',
        line1: '1 Market St',
        city: 'San Francisco',
        region: 'CA',
        postalCode: '94103',
        country: 'US',
      },
      shippingMethodId: ship.id,
      payments: [
        { giftCardCode: code, amount: '20' },
        { paymentMethodId: card.id, token: 'tok_visa' },
      ],
    });
    assert.equal(order.totalAmount, '32.00');
    assert.deepEqual(
      order.payments.map((p) => [p.provider, p.amount]),
      [
        ['gift_card', '20.00'],
        ['test', '12.00'],
      ],
    );
    // The admin shows the card spent.
    await page.reload();
    await until(
      async () => (await page.getByTestId(`balance-${code}`).textContent()) === '$0.00',
      'card spent',
    );
    await axe(page);
  });

  test('experiments: start a home-layout test, read each variant with its interval, make the winner live', async () => {
    // The live home layout (the control) is classic; the design test above may have changed it.
    const theme = (await owner.stores.themes.list(storeId)).data.find((t) => t.isActive);
    await owner.stores.themes.update(storeId, theme?.id ?? '', { homeLayout: 'classic' });
    await page.goto(admin.url(`/experiments?store=${storeId}`));
    await page.getByText('No experiments yet.').waitFor();
    await axe(page);
    const form = page.getByRole('region', { name: 'New experiment' });
    await form.getByLabel('What to test').selectOption('home-layout');
    await form.getByLabel('Challenger').selectOption('bold');
    await form.getByLabel('Goal').selectOption('add_to_cart');
    await form.getByLabel('Name (optional)').fill('Bold home');
    await form.getByRole('button', { name: 'Start experiment' }).click();
    await form.getByRole('status').filter({ hasText: 'Bold home is running.' }).waitFor();
    await page.getByRole('cell', { name: 'classic (50 %), bold (50 %)' }).waitFor();

    // Shoppers who allowed analytics, as the storefront enrols them; those on bold add to cart.
    const sf = `${stack.api.url}/api/storefront/${domain}`;
    const seen: Record<string, number> = {};
    for (let i = 0; i < 30; i++) {
      const sessionId = `ab-${tag}-${i}`;
      const res = await fetch(`${sf}/experiments/home-layout/assignment?sessionId=${sessionId}`);
      const { variant } = (await res.json()) as { variant: string };
      seen[variant] = (seen[variant] ?? 0) + 1;
      if (variant === 'bold')
        await fetch(`${sf}/events`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ type: 'add_to_cart', sessionId }),
        });
    }
    await page.getByRole('button', { name: 'Results of Bold home' }).click();
    const bold = page.getByRole('row', { name: /^bold / });
    await bold.waitFor();
    const boldText = (await bold.textContent()) ?? '';
    assert.match(
      boldText,
      new RegExp(`^bold${seen.bold}${seen.bold}100\\.0 % \\(\\d+\\.\\d % – 100\\.0 %\\)`),
    );
    assert.match(boldText, /p = 0\.\d{3} \((significant|not significant yet)\)/);
    assert.match(
      (await page.getByRole('row', { name: /^classic \(control\)/ }).textContent()) ?? '',
      new RegExp(`^classic \\(control\\)${seen.classic}00\\.0 % \\(0\\.0 % – `),
    );
    await axe(page);
    await shots('experiments');

    await page.getByRole('button', { name: 'Make bold live' }).click();
    await page.getByRole('button', { name: 'Make it live' }).click();
    await page.getByRole('cell', { name: 'Stopped' }).waitFor();
    await until(async () => /hero-bold/.test(await live()), 'the storefront home in the bold layout');
  });
});
