// The marketing screens that follow customers, in a real browser against the real API and
// database: a segment built from rules with its live count, saved, its members, then edited (the
// form opens on its stored rules, another operator narrows it); the category rule offers the
// store's categories; an abandoned cart listed, then recovered by its shopper; loyalty rules.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { VentoryClient } from '@ventory/sdk';
import { sql } from 'kysely';
import type { Page } from 'playwright-core';
import {
  type Admin,
  axe,
  type Merchant,
  type Stack,
  shotOf,
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
const domain = `marketing-${tag}.localhost`;
let storeId = '';

before(async () => {
  merchant = await startMerchant('Segments Test Merchant', { email, password });
  ({ stack, admin, owner } = merchant);
  storeId = (await owner.stores.create({ name: 'Fern & Field', domain })).id;
  page = await merchant.signedIn('/');
});

after(async () => {
  await merchant?.stop();
});

describe('marketing: customers', () => {
  test('a segment from two rules with its live count, saved, its members; edited with a third rule', async () => {
    const vipTag = `vip-${tag}`;
    const mail = (n: string) => `${n}-${tag}@example.test`;
    await owner.customers.create(storeId, { email: mail('both'), tags: [vipTag], marketingConsent: true });
    await owner.customers.create(storeId, { email: mail('tagged'), tags: [vipTag] });
    await owner.customers.create(storeId, {
      email: mail('blocked'),
      tags: [vipTag, 'blocked'],
      marketingConsent: true,
    });
    await page.goto(admin.url(`/marketing?store=${storeId}`));
    const seg = page.getByRole('region', { name: 'Segments', exact: true });
    const form = seg.getByRole('form');
    const count = seg.getByTestId('segment-live-count');
    await form.getByLabel('Rule 1 field').selectOption('Tag');
    await form.getByLabel('Rule 1 value').fill(vipTag);
    await count.filter({ hasText: '3 customers match' }).waitFor();
    await form.getByRole('button', { name: 'Add rule' }).click();
    await form.getByLabel('Rule 2 field').selectOption('Accepts marketing');
    await form.getByLabel('Rule 2 value').selectOption('yes');
    await count.filter({ hasText: '2 customers match' }).waitFor();
    // ANY widens it: the API's own count of the same rules is what the screen shows.
    await form.getByLabel('Any rule').check();
    const any = await owner.call<{ count: number }>('POST', `/api/stores/${storeId}/segments/preview`, {
      rules: { match: 'any', hasTag: vipTag, marketingConsent: true },
    });
    await count.filter({ hasText: `${any.count} customers match` }).waitFor();
    await form.getByLabel('All rules').check();
    await count.filter({ hasText: '2 customers match' }).waitFor();
    await form.getByLabel('Segment name').fill('VIP subscribers');
    await form.getByRole('button', { name: 'Create segment' }).click();
    await seg.getByRole('status').filter({ hasText: 'Created VIP subscribers.' }).waitFor();
    const members = seg.getByRole('table', { name: 'Members of VIP subscribers' });
    await members.getByRole('cell', { name: mail('blocked') }).waitFor();
    assert.equal(await members.getByRole('cell', { name: mail('tagged') }).count(), 0);
    const row = seg.getByRole('row', { name: /VIP subscribers/ });
    await row.getByRole('cell', { name: '2', exact: true }).waitFor();

    // Editing starts from the stored rules; the tag's other operator is what a third rule offers.
    await row.getByRole('button', { name: 'Edit VIP subscribers' }).click();
    await form.getByRole('heading', { name: 'Edit segment VIP subscribers' }).waitFor();
    assert.equal(await form.getByLabel('Rule 1 value').inputValue(), vipTag);
    assert.equal(await form.getByLabel('Rule 2 value').inputValue(), 'yes');
    await form.getByRole('button', { name: 'Add rule' }).click();
    await form.getByLabel('Rule 3 field').selectOption('Tag');
    assert.deepEqual(await form.getByLabel('Rule 3 operator').locator('option').allTextContents(), [
      'does not include',
    ]);
    await form.getByLabel('Rule 3 value').fill('blocked');
    await count.filter({ hasText: '1 customer matches' }).waitFor();
    await axe(page);
    await shotOf(page, seg, 'marketing-segments');
    await form.getByRole('button', { name: 'Save segment' }).click();
    await seg.getByRole('status').filter({ hasText: 'Saved VIP subscribers.' }).waitFor();
    await form.getByRole('heading', { name: 'New segment' }).waitFor();
    await row.getByRole('cell', { name: '1', exact: true }).waitFor();
    await row
      .getByRole('cell', {
        name: `Tag includes ${vipTag} and Tag does not include blocked and Accepts marketing is yes`,
      })
      .waitFor();
    await members.getByRole('cell', { name: mail('both') }).waitFor();
    await until(
      async () => (await members.getByRole('cell', { name: mail('blocked') }).count()) === 0,
      'blocked gone',
    );
    const [saved] = (
      await owner.call<{ data: Array<{ rules: object }> }>('GET', `/api/stores/${storeId}/segments`)
    ).data;
    assert.deepEqual(saved?.rules, { hasTag: vipTag, lacksTag: 'blocked', marketingConsent: true });
  });

  test("the category rule offers the store's categories and counts who bought from one", async () => {
    await owner.catalog.categories.create(storeId, { name: 'Linen', slug: `linen-${tag}` });
    await page.reload();
    const form = page.getByRole('region', { name: 'Segments', exact: true }).getByRole('form');
    await form.getByLabel('Rule 1 field').selectOption('Bought from category');
    await form.getByLabel('Rule 1 value').selectOption({ label: 'Linen' });
    await page.getByTestId('segment-live-count').filter({ hasText: '0 customers match' }).waitFor();
  });

  test('an abandoned cart is listed with its shopper, units and total; once recovered it says so', async () => {
    const product = await owner.call<{ id: string }>('POST', '/api/inventory/products', {
      sku: `MUG-${tag}`,
      name: 'Stoneware Mug',
      price: '12.50',
      initialStock: 20,
    });
    const listing = await owner.call<{ id: string }>('POST', `/api/stores/${storeId}/products`, {
      productId: product.id,
    });
    const shopper = stack.admin.as(undefined);
    const cart = await shopper.storefront.cart.create(domain, {
      items: [{ listingId: listing.id, quantity: 2 }],
      email: `left-${tag}@example.test`,
    });
    // Two idle hours, then the job that marks carts abandoned (it runs every few minutes in production).
    const db = stack.api.platform.db;
    await db.withPlatform((tx) =>
      sql`update carts set last_activity_at = now() - interval '2 hours' where id = ${cart.id}`.execute(tx),
    );
    await stack.api.app.modules.cartJobs.markAbandoned();

    await page.goto(admin.url(`/marketing?store=${storeId}`));
    const section = page.getByRole('region', { name: 'Abandoned carts', exact: true });
    const row = section.getByRole('row', { name: new RegExp(`left-${tag}@example\\.test`) });
    await row.getByRole('cell', { name: '$25.00' }).waitFor();
    await row.getByRole('cell', { name: 'Waiting' }).waitFor();
    await section.getByLabel('Show carts').selectOption('Recovered');
    await section.getByText('No abandoned carts.').waitFor();
    await axe(page);

    const token = await db.withPlatform(
      async (tx) =>
        (await sql<{ t: string }>`select recovery_token as t from carts where id = ${cart.id}`.execute(tx))
          .rows[0]?.t,
    );
    await shopper.call('POST', `/api/storefront/${domain}/cart/recover`, { token });
    await page.reload();
    await section.getByLabel('Show carts').selectOption('Recovered');
    await row.getByRole('cell', { name: /^Recovered / }).waitFor();
    // The figures are a request of their own, apart from the list.
    const figures = section.getByRole('definition');
    await until(
      async () => (await figures.allTextContents()).slice(0, 3).join() === '1,1,100.0 %',
      'the recovery figures',
    );
    await shotOf(page, section, 'marketing-abandoned-carts');
  });

  test('loyalty rules: a field error, then saved and kept', async () => {
    const loyalty = page.getByRole('form', { name: 'Loyalty rules' });
    await loyalty.getByLabel('Fewest points to redeem').fill('0');
    await loyalty.getByRole('button', { name: 'Save loyalty rules' }).click();
    await loyalty.locator('.field-error').first().waitFor();
    await loyalty.getByLabel('Fewest points to redeem').fill('250');
    await loyalty.getByLabel('Points earned per currency unit').fill('3');
    await loyalty.getByRole('button', { name: 'Save loyalty rules' }).click();
    await loyalty.getByRole('status').filter({ hasText: 'Loyalty rules saved.' }).waitFor();
    await axe(page);
    await shotOf(page, page.getByRole('region', { name: 'Loyalty rules' }), 'marketing-loyalty');
    await page.reload();
    const again = page.getByRole('form', { name: 'Loyalty rules' });
    await again.getByLabel('Points earned per currency unit').waitFor();
    assert.equal(await again.getByLabel('Points earned per currency unit').inputValue(), '3');
    assert.equal(await again.getByLabel('Fewest points to redeem').inputValue(), '250');
  });
});
