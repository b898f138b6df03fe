import type { Store, VentoryClient } from '@ventory/sdk';

/**
 * Gives a tenant one of (nearly) everything, through the API, so that suites such as the
 * tenant-isolation walk have real ids of every kind to try. Each module adds its resources here.
 */
export async function populateTenant(client: VentoryClient, store: Store): Promise<void> {
  await client.stores.themes.create(store.id, { name: 'Second theme' });

  const kettle = await client.inventory.products.create({
    sku: 'POP-KETTLE',
    name: 'Populated Kettle',
    price: '40.00',
    initialStock: 10,
    lowStockThreshold: 20,
    variants: [
      { sku: 'POP-KETTLE-S', name: 'Small', options: { size: 'S' } },
      { sku: 'POP-KETTLE-L', name: 'Large', options: { size: 'L' }, price: '55.00' },
    ],
  });
  const warehouse = await client.inventory.locations.create({ name: 'Second warehouse', code: 'WH2' });
  const [small] = kettle.variants;
  if (!small) throw new Error('populate: the kettle has no variants');
  await client.inventory.products.adjust(kettle.id, {
    quantity: 5,
    reason: 'populate',
    locationId: warehouse.id,
    variantId: small.id,
  });
  await client.inventory.products.create({
    sku: 'POP-KIT',
    name: 'Populated Kit',
    type: 'BUNDLE',
    price: '60.00',
    bundleItems: [{ variantId: small.id, quantity: 1 }],
  });

  // Catalog: a category tree, a listing with a review, a page, a blog post and a collection.
  const cookware = await client.catalog.categories.create(store.id, { name: 'Populated Cookware' });
  const kettles = await client.catalog.categories.create(store.id, {
    name: 'Populated Kettles',
    parentId: cookware.id,
  });
  const listing = await client.catalog.listings.create(store.id, {
    productId: kettle.id,
    categoryIds: [kettles.id],
    tags: ['populated'],
  });
  await client.catalog.pages.create(store.id, {
    title: 'Populated Page',
    content: '<p>hi</p>',
    isPublished: true,
  });
  await client.catalog.blogPosts.create(store.id, { title: 'Populated Post', isPublished: true });
  await client.catalog.collections.create(store.id, {
    title: 'Populated Picks',
    kind: 'MANUAL',
    listingIds: [listing.id],
  });
  const review = await client.call<{ id: string }>(
    'POST',
    `/api/storefront/${store.domain}/products/${listing.slug}/reviews`,
    { rating: 5, content: 'Populated review', customerName: 'Pop' },
    { token: null },
  );
  await client.catalog.reviews.approve(store.id, review.id);

  // Checkout: pricing configuration, a converted cart (an order paid by gift card + card), an open cart.
  const ship = await client.commerce.shippingMethods.create(store.id, {
    name: 'Populated Post',
    price: '4.00',
  });
  const card = await client.commerce.paymentMethods.create(store.id, {
    name: 'Populated Card',
    provider: 'test',
  });
  await client.commerce.taxRates.create(store.id, { name: 'Populated VAT', country: 'US', rate: '5' });
  await client.commerce.coupons.create(store.id, {
    code: 'POPULATED',
    discountType: 'FIXED',
    discountValue: '1',
  });
  const gift = await client.commerce.giftCards.create(store.id, { initialBalance: '100' });
  await client.call('POST', `/api/stores/${store.id}/subscription-plans`, {
    listingId: listing.id,
    name: 'Populated Monthly',
    interval: 'MONTH',
    price: '30.00',
  });
  const shopper = client.as(undefined);
  const line = { listingId: listing.id, variantId: small.id, quantity: 1 };
  const bought = await shopper.checkout.cart.create(store.domain, { items: [line] });
  await shopper.checkout.cart.update(store.domain, bought.id, { couponCodes: ['POPULATED'] });
  await shopper.checkout.placeOrder(store.domain, {
    cartId: bought.id,
    email: 'populated@example.test',
    shippingAddress: {
      firstName: 'Pop',
      lastName: 'Ulated',
      line1: '1 Main St',
      city: 'Springfield',
      postalCode: '12345',
      country: 'US',
    },
    shippingMethodId: ship.id,
    payments: [
      { giftCardCode: gift.code, amount: '10' },
      { paymentMethodId: card.id, token: 'tok_visa' },
    ],
  });
  const open = await shopper.checkout.cart.create(store.domain, { items: [line] });
  await shopper.checkout.cart.update(store.domain, open.id, {
    couponCodes: ['POPULATED'],
    shippingMethodId: ship.id,
  });

  await populateCustomers(client, store);
}

/**
 * Customers: a customer with an address, loyalty, a segment, (inactive) webhooks and a template
 * override. Packages and returns are not made here (more order events keep background consumers
 * writing B's rows while the walk runs); they are walked across tenants in
 * modules/fulfillment/__tests__/safety.e2e.test.ts instead.
 */
async function populateCustomers(client: VentoryClient, store: Store) {
  await client.customers.create(store.id, {
    email: 'populated-admin@example.test',
    tags: ['populated'],
    addresses: [
      {
        firstName: 'Pop',
        lastName: 'Ulated',
        line1: '1 Pop St',
        city: 'Popton',
        postalCode: '12345',
        country: 'US',
      },
    ],
  });
  await client.call('PUT', `/api/stores/${store.id}/loyalty`, { isActive: true });
  await client.call('POST', `/api/stores/${store.id}/segments`, {
    name: 'Populated',
    rules: { hasTag: 'populated' },
  });
  // Inactive, so that no delivery to these (unreachable) URLs is retried while the walk runs.
  await client.call('POST', `/api/stores/${store.id}/webhooks`, {
    url: 'https://example.test/hooks',
    events: ['order.*'],
    isActive: false,
  });
  await client.call('POST', '/api/webhooks', { url: 'https://example.test/all', isActive: false });
  await client.call('PUT', `/api/stores/${store.id}/notification-templates/shipment`, {
    subject: 'Shipped {{order.orderNumber}}',
    body: '<p>On its way</p>',
  });
  // Saved views of the orders list: a private one and one shared with the team.
  await client.savedViews.create({
    resource: 'orders',
    name: 'Populated unpaid',
    filters: { paymentStatus: 'PENDING' },
  });
  await client.savedViews.create({ resource: 'orders', name: 'Populated shared', filters: {}, shared: true });
  await settleOrderConsumers(client, store);
}

/**
 * The order placed above is queued for fulfilment, counted on its customer and confirmed by
 * email by background consumers; the walk snapshots B's rows, so wait until they are done (the
 * confirmation email is sent last, after the other consumers of the same events).
 */
async function settleOrderConsumers(client: VentoryClient, store: Store) {
  const deadline = Date.now() + 30_000;
  for (;;) {
    const log = await client.call<{ data: Array<{ template: string; status: string }> }>(
      'GET',
      `/api/stores/${store.id}/notifications`,
    );
    const confirmation = log.data.find((e) => e.template === 'order_confirmation');
    if (confirmation && confirmation.status !== 'PENDING' && confirmation.status !== 'SENDING') return;
    if (Date.now() > deadline) throw new Error('populate: the order consumers did not finish');
    await new Promise((r) => setTimeout(r, 100));
  }
}
