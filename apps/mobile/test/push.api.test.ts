// Order updates on the phone: the app's thunks register its Expo push token with the real API
// (started by test/support/global-setup.js), and a shipped order reaches the local server that
// speaks Expo's push protocol (MOBILE_TEST_EXPO_URL) with that token and the update's text.
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from '@jest/globals';
import { VentoryClient } from '@ventory/sdk';
import { eventually } from '../../api/test/mailbox.ts';
import { registerForOrderUpdates, signOut } from '../src/state/account-actions.ts';
import { api } from '../src/state/api.ts';
import { signedIn } from '../src/state/slices.ts';
import { makeStore } from '../src/state/store.ts';

const DOMAIN = 'northwind.localhost';
const OWNER = { email: 'owner@northwind.demo', password: 'demo-password' };
type Sent = { to: string; title: string; body: string; data: Record<string, unknown> };

async function pushesSent(): Promise<Sent[]> {
  const url = process.env.MOBILE_TEST_EXPO_URL;
  if (!url) throw new Error('MOBILE_TEST_EXPO_URL is unset: start the API with scripts/api-stack.mts');
  return ((await (await fetch(url)).json()) as { messages: Sent[] }).messages;
}

/** A test-card order by the signed-in shopper, straight through the API. */
async function placeOrder(client: VentoryClient, token: string, email: string) {
  const sf = client.storefront;
  const listing = (await sf.products(DOMAIN, { available: 'true' })).data.find((l) => l.available > 2);
  if (!listing) throw new Error('no listing in stock');
  const address = {
    firstName: 'Ada',
    lastName: 'App',
    line1: '1 Main St',
    city: 'Austin',
    region: 'TX',
    postalCode: '73301',
    country: 'US',
  };
  const cart = await sf.cart.create(DOMAIN, { items: [{ listingId: listing.id, quantity: 1 }] }, token);
  await sf.cart.update(DOMAIN, cart.id, { email, shippingAddress: address }, token);
  const method = (await sf.shippingOptions(DOMAIN, cart.id, token)).data[0];
  const priced = await sf.cart.update(DOMAIN, cart.id, { shippingMethodId: method?.id }, token);
  const card = (await sf.paymentMethods(DOMAIN)).data.find((m) => m.provider === 'test');
  const input = {
    cartId: cart.id,
    email,
    shippingAddress: address,
    shippingMethodId: method?.id,
    payments: [{ paymentMethodId: card?.id, token: 'tok_visa', amount: priced.totalAmount }],
  };
  return sf.checkout(DOMAIN, input, randomUUID(), token);
}

describe('order updates in the app', () => {
  it('registers the phone for the shopper, pushes a shipped order to it, and stops after sign out', async () => {
    const client = new VentoryClient({ baseUrl: process.env.MOBILE_TEST_API_URL as string });
    const store = makeStore({ apiUrl: process.env.MOBILE_TEST_API_URL as string, storeDomain: DOMAIN });
    const email = `push-${randomUUID().slice(0, 8)}@example.com`;
    const session = await store.dispatch(
      api.endpoints.register.initiate({ email, password: 'app password', firstName: 'Ada', lastName: 'App' }),
    );
    const token = session.data?.accessToken as string;
    store.dispatch(signedIn({ token, shopper: { email, name: 'Ada App' } }));
    const pushToken = `ExponentPushToken[jest-${randomUUID().slice(0, 8)}]`;

    expect((await store.dispatch(registerForOrderUpdates('not a token'))).payload).toMatchObject({
      ok: false,
    });
    expect((await store.dispatch(registerForOrderUpdates(pushToken))).payload).toEqual({ ok: true });
    expect(store.getState().session.pushToken).toBe(pushToken);

    const order = await placeOrder(client, token, email);
    const owner = client.as((await client.auth.login(OWNER)).accessToken);
    const storeId = (await owner.stores.list()).data.find((s) => s.domain === DOMAIN)?.id as string;
    await owner.fulfillment.fulfill(storeId, order.id);
    const shipped = await eventually(
      async () =>
        (await pushesSent()).find((m) => m.to === pushToken && m.body === 'Your order is on its way.'),
      'the shipment push',
      20_000,
    );
    expect(shipped.title).toBe(`Order ${order.orderNumber}`);
    expect(shipped.data.orderId).toBe(order.id);

    await store.dispatch(signOut());
    expect(store.getState().session).toMatchObject({ token: null, pushToken: null });
    const later = await placeOrder(client, token, email);
    await owner.fulfillment.fulfill(storeId, later.id);
    await new Promise((r) => setTimeout(r, 1500)); // four delivery passes of the API
    expect((await pushesSent()).filter((m) => m.data.orderId === later.id)).toEqual([]);
  });
});
