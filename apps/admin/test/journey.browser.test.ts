// The merchant's day in a real browser against the real API, database and storefront: sign in,
// create a product with two variants and stock, list it, see it on the storefront; a shopper's
// order shows on the home without a reload; pick by scanning at phone width (right, wrong and
// over-picked SKUs), pack, label, ship; the shopper's tracking says shipped; a partial refund.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Order, VentoryClient } from '@ventory/sdk';
import type { Browser, Page } from 'playwright-core';
import sharp from 'sharp';
import {
  type Admin,
  axe,
  type Merchant,
  request,
  type Stack,
  shot,
  signIn,
  startMerchant,
  suffix,
  until,
} from './harness.ts';

let merchant: Merchant;
let stack: Stack;
let admin: Admin;
let browser: Browser;
let owner: VentoryClient;
const password = 'long-enough-password';
const email = `owner-${suffix()}@example.test`;
const tag = suffix().toUpperCase();
const domain = `shop-${tag.toLowerCase()}.localhost`;
let storeId = '';
const made = { productId: '', slug: '', image: '', order: null as Order | null, shopperEmail: '' };

before(async () => {
  merchant = await startMerchant('Admin Test Merchant', { email, password });
  ({ stack, admin, owner, browser } = merchant);
  const store = await owner.stores.create({ name: 'Harbor Goods', domain });
  storeId = store.id;
  await owner.stores.themes.create(store.id, { name: 'Default', isActive: true });
  await owner.commerce.shippingMethods.create(store.id, { name: 'Standard', price: '5.00' });
  await owner.commerce.paymentMethods.create(store.id, { name: 'Card', provider: 'test' });
});

after(async () => {
  await merchant?.stop();
});

const desktop = async (): Promise<Page> =>
  (await browser.newContext({ viewport: { width: 1366, height: 900 } })).newPage();

describe('merchant journey', () => {
  let page: Page;

  test('sign in, create a product with two variants and stock, list it, it shows on the storefront', async () => {
    page = await desktop();
    await page.goto(admin.url('/'));
    await axe(page);
    await shot(page, 'sign-in');
    await signIn(page, admin.url('/products/new'), email, password);
    await page.getByRole('heading', { name: 'New product' }).waitFor();
    await page.getByLabel('Name', { exact: true }).fill('Canvas Tote');
    await page.getByLabel('SKU', { exact: true }).fill(`TOTE-${tag}`);
    await page.getByLabel('Price').fill('24.00');
    await page.getByRole('button', { name: 'Add variant' }).click();
    await page.getByRole('button', { name: 'Add variant' }).click();
    for (const [i, size] of ['S', 'L'].entries()) {
      await page.getByLabel(`Variant ${i + 1} SKU`).fill(`TOTE-${tag}-${size}`);
      await page.getByLabel(`Variant ${i + 1} option value`).fill(size);
      await page.getByLabel(`Variant ${i + 1} stock`).fill(String(5 + i));
    }
    await axe(page);
    await shot(page, 'product-new');
    await page.getByRole('button', { name: 'Create product' }).click();
    await page.waitForURL(/\/products\/[0-9a-f-]{36}/);
    made.productId = page.url().split('/products/')[1]?.split('?')[0] ?? '';
    assert.equal(await page.getByTestId(`available-TOTE-${tag}-S`).textContent(), '5');
    assert.equal(await page.getByTestId(`available-TOTE-${tag}-L`).textContent(), '6');
    // Two images at once, through the file chooser (the drop zone feeds the same upload).
    const jpeg = await sharp({ create: { width: 80, height: 60, channels: 3, background: '#2060a0' } })
      .jpeg()
      .withMetadata({ exif: { IFD0: { Make: 'SecretCam' } } })
      .toBuffer();
    const png = await sharp({ create: { width: 40, height: 40, channels: 3, background: '#a02060' } })
      .png()
      .toBuffer();
    await page.getByLabel('Choose images').setInputFiles([
      { name: 'front.jpg', mimeType: 'image/jpeg', buffer: jpeg },
      { name: 'back.png', mimeType: 'image/png', buffer: png },
    ]);
    await page.getByText('2 images added.').waitFor();
    await page.getByLabel('Alt text for image 1').fill('Blue canvas tote, front');
    await page.getByLabel('Alt text for image 1').blur();
    await page.getByText('Alt text saved.').waitFor();
    await page.getByRole('button', { name: 'Move image 2 up' }).click();
    await page.getByText('Order saved.').waitFor();
    const stored = await owner.inventory.products.get(made.productId);
    assert.equal(stored.images.length, 2);
    assert.equal(
      (stored.attributes.imageAlt as Record<string, string>)[stored.images[1] ?? ''],
      'Blue canvas tote, front',
    );
    const served = await fetch(stack.api.url + (stored.images[1] ?? ''));
    assert.equal(
      (await sharp(Buffer.from(await served.arrayBuffer())).metadata()).exif,
      undefined,
      'EXIF stripped',
    );
    made.image = stored.images[0] ?? '';
    await page.getByRole('button', { name: 'List on Harbor Goods' }).click();
    const listed = await page.getByRole('status').filter({ hasText: 'Listed on' }).textContent();
    made.slug = /as \/(\S+)\./.exec(listed ?? '')?.[1] ?? '';
    assert.ok(made.slug, `listing slug in “${listed}”`);
    await axe(page);
    await shot(page, 'product');

    const onShop = await until(async () => {
      const res = await request(stack.web.port, domain, `/p/${made.slug}`);
      return res.status === 200 && res.body.includes('Canvas Tote') ? res : null;
    }, 'the product page on the storefront');
    assert.match(onShop.body, /Canvas Tote/);
    const hash = made.image.split('/').pop()?.replace('.webp', '') ?? 'missing';
    assert.ok(onShop.body.includes(hash), 'the storefront shows the uploaded image');
  });

  test('a field error from the API shows next to its field (duplicate SKU)', async () => {
    await page.goto(admin.url('/products/new'));
    await page.getByLabel('Name', { exact: true }).fill('Second Tote');
    await page.getByLabel('SKU', { exact: true }).fill(`TOTE-${tag}`);
    await page.getByLabel('Price').fill('not money');
    await page.getByRole('button', { name: 'Create product' }).click();
    const price = page.getByLabel('Price');
    await until(async () => (await price.getAttribute('aria-invalid')) === 'true', 'price marked invalid');
    await axe(page);
  });

  test("a shopper's order shows on the home without a reload", async () => {
    await page.goto(admin.url(`/?store=${storeId}`));
    await page.getByRole('heading', { name: 'Orders to fulfil' }).waitFor();
    await axe(page);
    const product = await owner.inventory.products.get(made.productId);
    const small = product.variants.find((v) => v.sku.endsWith('-S'));
    const large = product.variants.find((v) => v.sku.endsWith('-L'));
    const listing = (await owner.catalog.listings.list(storeId)).data[0];
    assert.ok(small && large && listing);
    made.shopperEmail = `shopper-${suffix()}@example.test`;
    const shopper = stack.admin.as(undefined);
    const cart = await shopper.storefront.cart.create(domain, {
      items: [
        { listingId: listing.id, variantId: small.id, quantity: 2 },
        { listingId: listing.id, variantId: large.id, quantity: 1 },
      ],
      email: made.shopperEmail,
    });
    const address = {
      firstName: 'Ada',
      lastName: 'Lovelace',
      line1: '1 Main St',
      city: 'Springfield',
      postalCode: '12345',
      country: 'US',
    };
    const shipping = (await shopper.storefront.shippingOptions(domain, cart.id)).data[0];
    const method = (await shopper.storefront.paymentMethods(domain)).data[0];
    made.order = await shopper.storefront.checkout(
      domain,
      {
        cartId: cart.id,
        email: made.shopperEmail,
        shippingAddress: address,
        shippingMethodId: shipping?.id,
        payments: [{ paymentMethodId: method?.id, token: 'tok_visa' }],
      },
      `k-${suffix()}`,
    );
    await page.getByRole('link', { name: made.order.orderNumber }).waitFor({ timeout: 20_000 });
    await shot(page, 'home');
  });

  test('pick by scanning at phone width (wrong SKU, right SKUs, over-pick), pack, label, ship', async () => {
    const order = made.order as Order;
    const phone = await (
      await browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true })
    ).newPage();
    await signIn(phone, admin.url('/warehouse'), email, password);
    const link = phone.getByRole('link', { name: new RegExp(`Order ${order.orderNumber}`) });
    await link.waitFor({ timeout: 20_000 });
    await axe(phone);
    await shot(phone, 'warehouse-queue');
    await link.click();
    const scan = phone.getByLabel('Scan or type SKU');
    await scan.waitFor();
    const alertText = async () =>
      (await phone
        .locator('.alert')
        .textContent()
        .catch(() => '')) ?? '';
    const scanSku = async (sku: string) => {
      await scan.fill(sku);
      await scan.press('Enter');
    };
    // Scanner focus: the field is ready as the page opens, so a wedge scanner can fire at once.
    await scanSku(`NOPE-${tag}`);
    await until(async () => /Wrong item: NOPE/.test(await alertText()), 'wrong item warning');
    await axe(phone);
    await shot(phone, 'warehouse-wrong-item');
    await scanSku(`TOTE-${tag}-L`);
    await until(
      async () => (await phone.getByTestId(`picked-TOTE-${tag}-L`).textContent()) === '1 / 1',
      'L picked',
    );
    await scanSku(`TOTE-${tag}-L`);
    await until(async () => /Over-pick/.test(await alertText()), 'over-pick warning');
    assert.equal(await phone.getByTestId(`picked-TOTE-${tag}-L`).textContent(), '1 / 1');
    for (const n of [1, 2]) {
      await scanSku(`TOTE-${tag}-S`);
      await until(
        async () => (await phone.getByTestId(`picked-TOTE-${tag}-S`).textContent()) === `${n} / 2`,
        `picked ${n}`,
      );
    }
    assert.equal(await phone.getByTestId('package-status').textContent(), 'PICKED');
    await phone.getByRole('button', { name: 'Pack' }).click();
    await until(async () => (await phone.getByTestId('package-status').textContent()) === 'PACKED', 'packed');
    await phone.getByRole('button', { name: 'Buy label' }).click();
    await phone.getByRole('button', { name: 'Print label (PDF)' }).waitFor();
    const download = phone.waitForEvent('download');
    await phone.getByRole('button', { name: 'Print label (PDF)' }).click();
    const pdf = await download;
    assert.match(pdf.suggestedFilename(), /^label-.+\.pdf$/);
    await axe(phone);
    await shot(phone, 'warehouse-packed');
    await phone.getByRole('button', { name: 'Ship' }).click();
    await until(
      async () => (await phone.getByTestId('package-status').textContent()) === 'SHIPPED',
      'shipped',
    );
    await shot(phone, 'warehouse-shipped');
    const tracking = await stack.admin
      .as(undefined)
      .tracking.track(domain, order.orderNumber, made.shopperEmail);
    assert.equal(tracking.status, 'SHIPPED');
    await phone.context().close();
  });

  test('partial refund from the order page; order and payments agree', async () => {
    const order = made.order as Order;
    await page.goto(admin.url(`/orders?store=${storeId}`));
    await page.getByRole('link', { name: order.orderNumber }).click();
    await page.getByRole('heading', { name: `Order ${order.orderNumber}` }).waitFor();
    await axe(page);
    await page.getByLabel('Refund amount').fill('5.00');
    // The refund form's own field: the returns form below has a Reason too.
    await page.getByRole('form', { name: 'Refund' }).getByLabel('Reason').fill('Scuffed corner');
    await page.getByRole('button', { name: 'Refund', exact: true }).click();
    await page.getByText('Refunded $5.00 to the original payment.').waitFor();
    const after = await owner.commerce.orders.get(storeId, order.id);
    const refunded = after.payments.reduce((s, p) => s + Number(p.refundedAmount), 0);
    assert.equal(refunded.toFixed(2), '5.00');
    await until(
      async () => /refunded \$5\.00/.test((await page.getByTestId('payment').first().textContent()) ?? ''),
      'payment shows the refund',
    );
    // Internal notes stay with the order; the invoice and the packing slip download as PDFs.
    await page.getByLabel('Notes for your team (the customer never sees them)').fill('Gift wrap, called Tue');
    await page.getByRole('button', { name: 'Save notes' }).click();
    await page.getByText('Notes saved.').waitFor();
    assert.equal((await owner.commerce.orders.get(storeId, order.id)).internalNotes, 'Gift wrap, called Tue');
    for (const [button, kind] of [
      ['Invoice (PDF)', 'invoice'],
      ['Packing slip (PDF)', 'packing-slip'],
    ]) {
      const download = page.waitForEvent('download');
      await page.getByRole('button', { name: button }).click();
      assert.equal((await download).suggestedFilename(), `${kind}-${order.orderNumber}.pdf`);
    }
    await axe(page);
    await shot(page, 'order');
    // The home's figure is today's revenue after refunds: the order's total less the refund.
    await page.goto(admin.url(`/?store=${storeId}`));
    const expected = `$${(Number(order.totalAmount) - 5).toFixed(2)}`;
    await until(
      async () => (await page.getByTestId('sales-today').textContent()) === expected,
      `sales today ${expected}`,
    );
    await page.goto(admin.url(`/orders?store=${storeId}&paymentStatus=PAID`));
    await page.getByRole('table', { name: 'Orders' }).waitFor();
    await axe(page);
    await shot(page, 'orders');
  });

  test('CSV import of 1,000 products with 3 bad rows: dry run names them, import 997, again changes nothing', async () => {
    const lines = ['sku,name,price,stock'];
    for (let i = 1; i <= 1000; i++)
      lines.push(
        i === 10
          ? `CSV-${tag}-${i},Bad price,abc,1`
          : i === 500
            ? `,No sku,1.00,1`
            : i === 900
              ? `CSV-${tag}-${i},,2.00,1`
              : `CSV-${tag}-${i},Mug ${i},${(i % 20) + 3}.00,${i % 5}`,
      );
    const file = { name: 'products.csv', mimeType: 'text/csv', buffer: Buffer.from(`${lines.join('\n')}\n`) };
    // Keyboard: the command palette opens the import screen.
    await page.goto(admin.url('/products'));
    await page.getByRole('heading', { name: 'Products' }).waitFor();
    await page.keyboard.press('Control+k');
    await page.getByRole('combobox', { name: 'Command' }).fill('import');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Import products' }).waitFor();
    await page.getByLabel('CSV file').setInputFiles(file);
    await page.getByRole('button', { name: 'Check file (dry run)' }).click();
    const summary = page.getByTestId('import-summary');
    await until(
      async () =>
        /1000 rows: 997 to create, 0 to update, 0 unchanged, 3 with errors/.test(
          (await summary.textContent().catch(() => '')) ?? '',
        ),
      'dry-run summary',
      60_000,
    );
    const lineCells = await page
      .getByRole('table', { name: 'Rows with errors' })
      .locator('tbody tr td:first-child')
      .allTextContents();
    assert.deepEqual(lineCells, ['11', '501', '901']);
    await axe(page);
    await shot(page, 'import-dry-run');
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await until(
      async () =>
        /997 created, 0 updated, 0 unchanged, 3 with errors/.test((await summary.textContent()) ?? ''),
      'import summary',
      60_000,
    );
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await until(
      async () =>
        /0 created, 0 updated, 997 unchanged, 3 with errors/.test((await summary.textContent()) ?? ''),
      'second run',
      60_000,
    );
    const listed = await owner.inventory.products.list(`?q=CSV-${tag}-&limit=1`);
    assert.equal(listed.total, 997);
  });

  test('a STAFF user sees no owner-only actions, and the API refuses them anyway', async () => {
    const staffEmail = `staff-${suffix()}@example.test`;
    await owner.users.create({ email: staffEmail, password, role: 'STAFF' });
    const staff = await (await browser.newContext({ viewport: { width: 1366, height: 900 } })).newPage();
    await signIn(staff, admin.url(`/products/${made.productId}`), staffEmail, password);
    await staff.getByRole('heading', { name: 'Canvas Tote' }).waitFor();
    assert.equal(await staff.getByRole('button', { name: 'Delete product' }).count(), 0);
    assert.equal(
      await staff.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Team' }).count(),
      0,
    );
    await staff.goto(admin.url('/team'));
    await staff.getByText('Only owners and admins manage the team.').waitFor();
    await axe(staff);
    const staffSession = await stack.admin.auth.login({ email: staffEmail, password });
    const refused = await stack.admin.raw('DELETE', `/api/inventory/products/${made.productId}`, undefined, {
      token: staffSession.accessToken,
    });
    assert.equal(refused.status, 403);
    // The owner does see it.
    await page.goto(admin.url(`/products/${made.productId}`));
    await page.getByRole('button', { name: 'Delete product' }).waitFor();
    await staff.context().close();
  });
});
