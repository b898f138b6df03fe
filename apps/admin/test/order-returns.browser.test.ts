// Returns, exchanges and resent emails on the order page, in a real browser against the real API,
// PostgreSQL and Redis: a shopper's order is shipped; staff open a return (the API's answer
// beside the line when someone else got there first), reject one, approve, receive part back into
// stock and refund it; the home's "returns to receive" leads to the returns list filtered to
// them, and on to the order; an exchange for another size places a replacement order; the
// returns list shows every return, filters by status in the URL and leads to the orders; the confirmation and shipment emails go out again and
// show in the store's email log.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { InventoryProduct, Order, VentoryClient } from '@ventory/sdk';
import type { Page } from 'playwright-core';
import {
  type Admin,
  axe,
  type Merchant,
  type Stack,
  screenshots,
  startMerchant,
  suffix,
  until,
} from './harness.ts';

let merchant: Merchant;
let stack: Stack;
let admin: Admin;
let owner: VentoryClient;
let page: Page;
let tee: InventoryProduct;
let order: Order;
const password = 'long-enough-password';
const email = `owner-${suffix()}@example.test`;
const shopperEmail = `shopper-${suffix()}@example.test`;
const tag = suffix().toUpperCase();
const domain = `returns-${tag.toLowerCase()}.localhost`;
const small = `TEE-${tag}-S`;
const large = `TEE-${tag}-L`;
let storeId = '';
let desk = '';

before(async () => {
  merchant = await startMerchant('Returns Test Merchant', { email, password });
  ({ stack, admin, owner } = merchant);
  storeId = (await owner.stores.create({ name: 'Linen Lane', domain })).id;
  await owner.commerce.shippingMethods.create(storeId, { name: 'Standard', price: '5.00' });
  await owner.commerce.paymentMethods.create(storeId, { name: 'Card', provider: 'test' });
  tee = await owner.inventory.products.create({
    sku: `TEE-${tag}`,
    name: 'Linen Tee',
    price: '30.00',
    variants: [
      { sku: small, name: 'Small', options: { size: 'S' }, initialStock: 10 },
      { sku: large, name: 'Large', options: { size: 'L' }, initialStock: 4 },
    ],
  });
  // Returned goods can go back on hand somewhere else than where they shipped from.
  desk = (await owner.inventory.locations.create({ name: 'Returns Desk', code: 'returns' })).id;
  const listing = await owner.catalog.listings.create(storeId, { productId: tee.id, isVisible: true });
  // A shopper buys two Small and one Large; the order ships in one go.
  const shopper = stack.admin.as(undefined);
  const cart = await shopper.storefront.cart.create(domain, {
    items: [
      { listingId: listing.id, variantId: variantOf(small), quantity: 2 },
      { listingId: listing.id, variantId: variantOf(large), quantity: 1 },
    ],
    email: shopperEmail,
  });
  const shipping = (await shopper.storefront.shippingOptions(domain, cart.id)).data[0];
  const method = (await shopper.storefront.paymentMethods(domain)).data[0];
  order = await shopper.storefront.checkout(
    domain,
    {
      cartId: cart.id,
      email: shopperEmail,
      shippingAddress: {
        firstName: 'Ada',
        lastName: 'Lovelace',
        line1: '1 Main St',
        city: 'Springfield',
        postalCode: '12345',
        country: 'US',
      },
      shippingMethodId: shipping?.id,
      payments: [{ paymentMethodId: method?.id, token: 'tok_visa' }],
    },
    `k-${suffix()}`,
  );
  await owner.fulfillment.fulfill(storeId, order.id, { trackingNumber: `TRK-${tag}` });
  page = await merchant.signedIn(`/orders/${order.id}?store=${storeId}`);
});

after(async () => {
  await merchant?.stop();
});

function variantOf(sku: string) {
  const id = tee.variants.find((v) => v.sku === sku)?.id;
  assert.ok(id, sku);
  return id;
}
const line = (sku: string) => {
  const item = order.items.find((i) => i.sku === sku);
  assert.ok(item, sku);
  return item;
};
const shots = (name: string) => screenshots(page, name, { desktop: `${name}-desktop` });
const dialog = () => page.getByRole('dialog');
/** The returns list's row of a return, found by its number. */
const returnRow = (number: string) =>
  page
    .getByRole('table', { name: 'Returns' })
    .getByRole('row')
    .filter({ has: page.getByRole('link', { name: number, exact: true }) });
const statusOf = (number: string) => page.getByTestId(`return-status-${number}`);
async function expectStatus(number: string, status: string) {
  await until(
    async () =>
      (await statusOf(number)
        .textContent()
        .catch(() => null)) === status,
    `${number} is ${status}`,
  );
}
/** A step that asks first: the button, then the dialog's confirming button. */
async function confirm(button: string, confirmLabel: string) {
  await page.getByRole('button', { name: button, exact: true }).click();
  await dialog().getByRole('button', { name: confirmLabel }).click();
  await dialog().waitFor({ state: 'hidden' });
}
/** On hand of a variant at a location (the default one unless named). */
async function onHand(sku: string, locationId?: string) {
  const rows = (await owner.inventory.stockByLocation(tee.id)).data;
  const at = locationId ?? (await owner.inventory.locations.list()).data.find((l) => l.isDefault)?.id;
  return rows.find((r) => r.variantId === variantOf(sku) && r.locationId === at)?.onHand ?? 0;
}

describe('returns and emails on the order page', () => {
  test('a return: the API answer beside its line, reject, approve, receive part into stock, refund', async () => {
    const returns = page.getByRole('region', { name: 'Returns and exchanges' });
    await returns.getByText('No returns for this order yet.').waitFor();
    const smallTitle = line(small).title;
    // Someone else opens a return for both Small units while this page shows them as returnable.
    const elsewhere = await owner.fulfillment.returns.open(storeId, order.id, {
      items: [{ itemId: line(small).id, quantity: 2 }],
    });
    await returns.getByLabel(`Units to return: ${smallTitle}`).fill('2');
    await returns.getByLabel('Reason').fill('Too small');
    await returns.getByRole('button', { name: 'Open return' }).click();
    await page.getByText('Only 0 of that line can be returned', { exact: false }).first().waitFor();
    assert.equal(
      await page.getByLabel(`Units to return: ${smallTitle}`).getAttribute('aria-invalid'),
      'true',
    );
    await axe(page);
    await shots('order-return-error');

    // Fresh from the API: that return is there; staff reject it (asked first), then open their own.
    await page.reload();
    await expectStatus(elsewhere.number, 'REQUESTED');
    await confirm(`Reject Return ${elsewhere.number}`, 'Reject the return');
    await expectStatus(elsewhere.number, 'REJECTED');
    await returns.getByLabel(`Units to return: ${smallTitle}`).fill('2');
    await returns.getByRole('button', { name: 'Open return' }).click();
    await page.getByRole('status').filter({ hasText: 'Return opened.' }).waitFor();
    const mine = `${order.orderNumber}-R2`;
    await expectStatus(mine, 'REQUESTED');
    await page.getByRole('button', { name: `Approve Return ${mine}` }).click();
    await expectStatus(mine, 'APPROVED');
    await axe(page);
    await shots('order-return-approved');

    // The home counts it among the returns to receive and leads to the returns waiting for goods,
    // filtered in the URL; the row leads to this order.
    await page.goto(admin.url(`/?store=${storeId}`));
    await until(
      async () => (await page.getByTestId('returns-to-receive').textContent()) === '1',
      'one to receive',
    );
    await page.getByRole('link', { name: 'See returns to receive' }).click();
    await page.getByRole('heading', { name: 'Returns', level: 1 }).waitFor();
    assert.equal(new URL(page.url()).searchParams.get('status'), 'APPROVED');
    const listed = returnRow(mine);
    await listed.getByRole('cell', { name: 'APPROVED', exact: true }).waitFor();
    await listed.getByRole('cell', { name: 'Receive the goods' }).waitFor();
    assert.equal(await page.getByRole('table', { name: 'Returns' }).getByRole('row').count(), 2);
    await listed.getByRole('link', { name: mine, exact: true }).click();
    await page.getByRole('heading', { name: `Order ${order.orderNumber}` }).waitFor();

    // One unit back on the shelf at the returns desk, one written off; the figures follow.
    assert.equal(await onHand(small), 8);
    await page.getByLabel(`Back in stock: ${smallTitle}`).fill('1');
    await page.getByLabel('Into location').selectOption(desk);
    await page.getByRole('button', { name: `Receive Return ${mine}`, exact: true }).click();
    await dialog().getByText('1 unit(s) go back on hand at Returns Desk and 1 are written off').waitFor();
    await axe(page);
    await dialog().getByRole('button', { name: 'Receive' }).click();
    await expectStatus(mine, 'RECEIVED');
    assert.deepEqual([await onHand(small), await onHand(small, desk)], [8, 1]);
    await page.goto(admin.url(`/inventory?store=${storeId}`));
    await until(
      async () =>
        (await page
          .getByTestId(`available-${small}-returns`)
          .textContent()
          .catch(() => null)) === '1',
      'the inventory screen shows the unit at the returns desk',
    );
    await page.goBack();
    await expectStatus(mine, 'RECEIVED');
    const received = (await owner.fulfillment.returns.list(storeId, `?orderId=${order.id}&status=RECEIVED`))
      .data[0];
    assert.deepEqual(
      received?.items.map((l) => [l.quantityRestocked, l.quantityWrittenOff]),
      [[1, 1]],
    );

    // The refund: the two Small units' share of what was paid, back on the card.
    await page.getByRole('button', { name: `Refund Return ${mine}`, exact: true }).click();
    await dialog().getByText('$60.00 goes back to the original payments').waitFor();
    await dialog().getByRole('button', { name: 'Refund' }).click();
    await expectStatus(mine, 'REFUNDED');
    await page.getByTestId('payment').filter({ hasText: 'refunded $60.00' }).waitFor();
    const after = await owner.commerce.orders.get(storeId, order.id);
    assert.deepEqual(
      after.payments.map((p) => p.refundedAmount),
      ['60.00'],
    );
    assert.equal(after.items.find((i) => i.sku === small)?.quantityReturned, 2);
    await axe(page);
    await shots('order-return-refunded');
  });

  test('an exchange for another size places a replacement order', async () => {
    const largeTitle = line(large).title;
    const returns = page.getByRole('region', { name: 'Returns and exchanges' });
    await returns.getByLabel('Kind').selectOption('EXCHANGE');
    await returns.getByLabel(`Units to return: ${largeTitle}`).fill('1');
    await returns.getByLabel(`Exchange for: ${largeTitle}`).selectOption(variantOf(small));
    await returns.getByRole('button', { name: 'Open exchange' }).click();
    const swap = `${order.orderNumber}-R3`;
    await expectStatus(swap, 'REQUESTED');
    await returns.getByRole('cell', { name: `Small (${small})` }).waitFor();
    await page.getByRole('button', { name: `Approve Exchange ${swap}` }).click();
    await expectStatus(swap, 'APPROVED');
    await confirm(`Receive Exchange ${swap}`, 'Receive');
    await expectStatus(swap, 'RECEIVED');
    assert.equal(await onHand(large), 4);
    await confirm(`Place the exchange order for Exchange ${swap}`, 'Place the order');
    await expectStatus(swap, 'EXCHANGED');
    await axe(page);
    await shots('order-exchange');
    await page.getByRole('link', { name: 'Exchange order' }).click();
    await page.getByRole('heading', { name: /^Order / }).waitFor();
    const placed = (await owner.fulfillment.returns.list(storeId, `?orderId=${order.id}&status=EXCHANGED`))
      .data[0];
    assert.ok(placed?.exchangeOrderId);
    const replacement = await owner.commerce.orders.get(storeId, placed.exchangeOrderId);
    assert.deepEqual(
      replacement.items.map((i) => [i.variantId, i.quantity, i.totalAmount]),
      [[variantOf(small), 1, '0.00']],
    );
    await page.getByRole('heading', { name: `Order ${replacement.orderNumber}` }).waitFor();
  });

  test('the returns list: every return with its status and next step, a status filter in the URL, rows lead to the order', async () => {
    // The replacement ships and the shopper asks to send it back too: one return still to decide.
    const exchanged = (await owner.fulfillment.returns.list(storeId, `?orderId=${order.id}&status=EXCHANGED`))
      .data[0];
    assert.ok(exchanged?.exchangeOrderId);
    await owner.fulfillment.fulfill(storeId, exchanged.exchangeOrderId);
    const replacement = await owner.commerce.orders.get(storeId, exchanged.exchangeOrderId);
    const asked = await owner.fulfillment.returns.open(storeId, replacement.id, {
      items: [{ itemId: replacement.items[0]?.id ?? '', quantity: 1 }],
      reason: 'Changed my mind',
    });
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Returns' }).click();
    await page.getByRole('heading', { name: 'Returns', level: 1 }).waitFor();
    const expected = [
      [asked.number, 'REQUESTED', 'Approve or reject'],
      [`${order.orderNumber}-R3`, 'EXCHANGED', 'None, settled'],
      [`${order.orderNumber}-R2`, 'REFUNDED', 'None, settled'],
      [`${order.orderNumber}-R1`, 'REJECTED', 'None, settled'],
    ];
    for (const [number, status, next] of expected) {
      const row = returnRow(number ?? '');
      await row.getByRole('cell', { name: status, exact: true }).waitFor();
      await row.getByRole('cell', { name: next }).waitFor();
    }
    // Newest first, each with its order, customer and size.
    const rows = page.getByRole('table', { name: 'Returns' }).getByRole('row');
    assert.equal(await rows.count(), 5);
    assert.match((await rows.nth(1).textContent()) ?? '', new RegExp(`^${asked.number}`));
    const r2 = returnRow(`${order.orderNumber}-R2`);
    await r2.getByRole('link', { name: order.orderNumber, exact: true }).waitFor();
    const cells = await r2.getByRole('cell').allTextContents();
    assert.deepEqual(
      [cells[2], cells[4]],
      [`Ada Lovelace ${shopperEmail}`, '1 line · 2 units'],
      cells.join(' | '),
    );
    await page.getByText('Returns 1–4 of 4').waitFor();
    await axe(page);
    await shots('returns-list');

    // Filtered through the select, the URL holds the status (and survives a reload).
    await page.getByLabel('Status').selectOption('REFUNDED');
    await until(async () => new URL(page.url()).searchParams.get('status') === 'REFUNDED', 'status in URL');
    await until(async () => (await rows.count()) === 2, 'only the refunded return');
    await r2.waitFor();
    await page.reload();
    await r2.waitFor();
    assert.equal(await page.getByLabel('Status').inputValue(), 'REFUNDED');
    await page.getByLabel('Status').selectOption('CANCELED');
    await page.getByText('No returns are canceled.').waitFor();
    assert.equal(new URL(page.url()).searchParams.get('status'), 'CANCELED');
    await axe(page);
    await page.getByLabel('Status').selectOption('');
    await until(async () => !new URL(page.url()).searchParams.has('status'), 'no status in URL');

    // The row leads to its order's page, where the return's steps are.
    await returnRow(asked.number).getByRole('link', { name: replacement.orderNumber, exact: true }).click();
    await page.getByRole('heading', { name: `Order ${replacement.orderNumber}` }).waitFor();
    await page.getByRole('button', { name: `Approve Return ${asked.number}` }).waitFor();
  });

  test('the confirmation and the shipment email go out again and show in the email log', async () => {
    await page.goto(admin.url(`/orders/${order.id}?store=${storeId}`));
    const emails = page.getByRole('region', { name: 'Customer emails' });
    await emails.waitFor();
    await confirm('Resend order confirmation', 'Send it');
    await page
      .getByRole('status')
      .filter({ hasText: `The order confirmation is on its way to ${shopperEmail}.` })
      .waitFor();
    await confirm('Resend shipment email', 'Send it');
    await page.getByRole('status').filter({ hasText: 'The shipment email is on its way' }).waitFor();
    const log = await until(async () => {
      const got = await owner.emails.log(storeId, `?to=${encodeURIComponent(shopperEmail)}&limit=100`);
      const sent = got.data.filter((e) => e.reference === `order:${order.id}`).map((e) => e.template);
      return sent.filter((t) => t === 'order_confirmation').length === 2 ? sent : null;
    }, 'the confirmation twice in the log');
    assert.equal(log.filter((t) => t === 'shipment').length, 2);
    // The newest emails to the address, newest first: the two just sent lead the list.
    const latest = emails.getByRole('list', { name: 'Latest emails' }).getByRole('listitem');
    await until(
      async () =>
        /is on its way/.test((await latest.nth(0).textContent()) ?? '') &&
        (await latest.nth(1).textContent())?.includes(`Order ${order.orderNumber} confirmed`),
      'the resent emails first in the list',
    );
    await page.getByText(`Order confirmation email sent again to ${shopperEmail}`).waitFor();
    await axe(page);
    await shots('order-emails');
  });
});
